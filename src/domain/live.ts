/** Live sessions: questions pushed to phones, answers counted once, a leaderboard. */
export * from './live/session';
export * from './live/seats';
export * from './live/answers';
export * from './live/leaderboard';
export * from './live/public-question';
export { roomFacts, type RoomFacts } from './live/room-facts';
export * from './live/views';
export * from './live/from-quiz';
export * from './live/answer-record';
export * from './live/protocol';
export * from './live/qa';
export * from './live/seat-order';
export * from './live/word-cloud';
export * from './live/countdown-cues';
export * from './live/took-part';
