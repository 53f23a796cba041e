/** Objection-handling role-plays: graph rules and scoring. */
export * from './roleplay/types';
export { bestPath, validateScenario } from './roleplay/graph';
export { scoreRun, type RunScore, type RunTurn } from './roleplay/score';
export * from './roleplay/runs';
export { classifyReply, MONOLOGUE_LIMIT, type ReplyInput, type ReplyVerdict } from './roleplay/classify';
export * from './roleplay/corpus';
export { enCues, zhCues, type Cue, type CueKind, type CueTable } from './roleplay/classify-cues';
export { answerTurn, replyLength, replySimilarity, REPLY_MAX, type OwnWordsTurn } from './roleplay/own-words';
export { roomReplySplit, EXAMPLE_MAX, type RoomReply, type RoomSplit } from './roleplay/room-split';
export { roleplayText, type RoleplayTitle } from './roleplay/titles';
