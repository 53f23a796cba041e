import { z } from 'zod';
import { consoleStateSchema, remoteCommandSchema } from '../present/remote';
import { replySteps, replyWarnings } from '../roleplay/corpus';
import { objectionTypes } from '../roleplay/types';
import { SCREEN_STAGES, type LiveError } from './session';
import { ANSWERED_KINDS } from './took-part';
import type { ParticipantView, ScreenView, TrainerView } from './views';

/**
 * What a live session's sockets say, defined once for both ends: every message carries the
 * protocol version `v`, is built by `liveMessageText` and read by `readLiveClientMessage` (on the
 * server) or `readLiveServerMessage` (on the phone and the console), which check it against the
 * schemas below. A message of another version is refused by name, never half-read.
 */
export const LIVE_PROTOCOL = 2;

const bilingual = z.record(z.string().max(10), z.string().max(1000));
const option = z.object({ id: z.string().min(1).max(40), text: bilingual });
const id = z.string().min(1).max(64);
const joinCode = z.string().regex(/^\d{6}$/);
const v = z.literal(LIVE_PROTOCOL);
const phoneLocale = z.enum(['zh-CN', 'en']);
const terms = z.array(z.string().max(200)).max(40);
const goalContext = z.object({ baseline: z.number().optional(), baselines: z.record(z.string().max(30), z.number()).optional(), marketGrowth: z.number().optional(), priorities: terms.optional(), scopes: terms.optional() });
const scenario = z.object({ id, name: bilingual, summary: bilingual, year: z.number().int().min(2000).max(2100), context: z.object({ 'zh-CN': goalContext.optional(), en: goalContext.optional() }) });

const scenarioFacts = z.object({ marketGrowth: z.number().optional(), lastYear: z.record(z.string().max(30), z.number()), priorities: z.object({ 'zh-CN': terms.optional(), en: terms.optional() }) });
const goalReason = z.object({ key: z.string().max(80), values: z.record(z.string().max(30), z.union([z.number(), z.string().max(200), z.array(z.string().max(200)).max(30)])).optional() });

/** A question as the trainer pushes it (the server gives it its id and time). */
export const pushedQuestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('poll'), prompt: bilingual, options: z.array(option).min(2).max(8) }),
  z.object({ kind: z.literal('quiz'), prompt: bilingual, options: z.array(option).min(2).max(8), multiple: z.boolean(), correct: z.array(z.string()).min(1), itemId: id, seconds: z.number().int().min(5).max(300) }),
  z.object({ kind: z.literal('smart'), prompt: bilingual, scenario: scenario.optional() }),
  z.object({ kind: z.literal('objection'), prompt: bilingual, objection: z.enum(objectionTypes) }),
  z.object({ kind: z.literal('open'), prompt: bilingual }),
  z.object({ kind: z.literal('rating'), prompt: bilingual, max: z.number().int().min(3).max(10), low: bilingual, high: bilingual }),
  z.object({ kind: z.literal('qa'), prompt: bilingual }),
]);
export type PushedQuestion = z.infer<typeof pushedQuestionSchema>;

/** What a phone, a console or a screen may say; anything else is refused with a reason. */
export const liveClientMessageSchema = z.discriminatedUnion('t', [
  z.object({ v, t: z.literal('trainer'), code: joinCode, key: z.string().min(10).max(100) }),
  z.object({ v, t: z.literal('join'), code: joinCode, pid: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/), name: z.string().max(100), token: z.string().max(200).optional(), lang: phoneLocale.optional() }),
  z.object({ v, t: z.literal('screen'), code: joinCode }),
  z.object({ v, t: z.literal('push'), question: pushedQuestionSchema }),
  z.object({ v, t: z.literal('reveal') }),
  z.object({ v, t: z.literal('end') }),
  z.object({ v, t: z.literal('slide'), moduleId: id, slideId: id, black: z.boolean() }),
  z.object({ v, t: z.literal('answer'), qid: id, optionIds: z.array(z.string().max(40)).max(8).optional(), text: z.string().max(1000).optional(), rating: z.number().int().min(1).max(10).optional() }),
  z.object({ v, t: z.literal('stage'), stage: z.enum(SCREEN_STAGES) }),
  z.object({ v, t: z.literal('remove'), pid: z.string().max(64) }),
  z.object({ v, t: z.literal('ask'), text: z.string().max(1000) }),
  z.object({ v, t: z.literal('vote'), entryId: id }),
  z.object({ v, t: z.literal('qa_answered'), entryId: id, answered: z.boolean() }),
  z.object({ v, t: z.literal('save_set'), set: z.object({ id: id.optional(), title: z.string().min(1).max(120), questions: z.array(pushedQuestionSchema).min(1).max(50) }) }),
  z.object({ v, t: z.literal('delete_set'), id }),
  z.object({ v, t: z.literal('ping') }),
  // The trainer's phone remote (src/domain/present/remote.ts): a command for one console, where a console stands, and a screen or remote asking for it.
  z.object({ v, t: z.literal('remote'), ...remoteCommandSchema.shape }),
  z.object({ v, t: z.literal('console'), state: consoleStateSchema }),
  z.object({ v, t: z.literal('follow'), console: consoleStateSchema.shape.source }),
]);
export type LiveClientMessage = z.infer<typeof liveClientMessageSchema>;
/** The hellos: what a socket says first, and again after each reconnect. */
export type LiveHello = Extract<LiveClientMessage, { t: 'trainer' | 'join' | 'screen' }>;

/** Why the server refused a message or a request: named, so each end can act on it. */
export const LIVE_REJECTIONS = [
  'bad_message',
  'incompatible_version',
  'no_session',
  'not_trainer',
  'not_participant',
  'ended',
  'full',
  'name',
  'name_taken',
  'removed',
  'no_question',
  'closed',
  'late',
  'invalid_answer',
  'unknown_question',
  'rate_limited',
  'one_seat',
  // A phone's statement token is no longer known (its company sign-in ran out): it must sign in again to be seated as itself.
  'signed_out',
  'already_answered',
  'server_error',
] as const satisfies readonly (LiveError | string)[];
export type LiveRejection = (typeof LIVE_REJECTIONS)[number];

const text = z.string().max(2000);
const publicOptions = z.array(option).max(8);
const publicQuestion = z.discriminatedUnion('kind', [
  z.object({ id, kind: z.literal('poll'), prompt: bilingual, options: publicOptions }),
  z.object({ id, kind: z.literal('quiz'), prompt: bilingual, options: publicOptions, multiple: z.boolean(), seconds: z.number(), pushedAt: z.number() }),
  z.object({ id, kind: z.literal('smart'), prompt: bilingual, scenario: z.object({ name: bilingual, summary: bilingual, year: z.number(), facts: scenarioFacts.optional() }).optional() }),
  z.object({ id, kind: z.literal('objection'), prompt: bilingual }),
  z.object({ id, kind: z.literal('open'), prompt: bilingual }),
  z.object({ id, kind: z.literal('rating'), prompt: bilingual, max: z.number(), low: bilingual, high: bilingual }),
  z.object({ id, kind: z.literal('qa'), prompt: bilingual }),
]);
const fullQuestion = z.discriminatedUnion('kind', [
  z.object({ id, kind: z.literal('poll'), prompt: bilingual, options: publicOptions, pushedAt: z.number() }),
  z.object({ id, kind: z.literal('quiz'), prompt: bilingual, options: publicOptions, multiple: z.boolean(), correct: z.array(z.string()), itemId: id, pushedAt: z.number(), seconds: z.number() }),
  z.object({ id, kind: z.literal('smart'), prompt: bilingual, scenario: scenario.optional(), pushedAt: z.number() }),
  z.object({ id, kind: z.literal('objection'), prompt: bilingual, objection: z.enum(objectionTypes), pushedAt: z.number() }),
  z.object({ id, kind: z.literal('open'), prompt: bilingual, pushedAt: z.number() }),
  z.object({ id, kind: z.literal('rating'), prompt: bilingual, max: z.number(), low: bilingual, high: bilingual, pushedAt: z.number() }),
  z.object({ id, kind: z.literal('qa'), prompt: bilingual, pushedAt: z.number() }),
]);
const cloud = z.array(z.object({ word: text, count: z.number() }));
const qaEntries = z.array(z.object({ id, text, votes: z.number(), answered: z.boolean(), mine: z.boolean().optional() }));
const stage = z.enum(SCREEN_STAGES);
const tally = z.record(z.string(), z.number());
const stepShare = z.object({ count: z.number(), share: z.number(), examples: z.array(text) });
const roomSplit = z.object({
  total: z.number(),
  steps: z.object({ listen: stepShare, sympathize: stepShare, confirm: stepShare, position: stepShare, affirm: stepShare, none: stepShare }),
  warnings: z.record(z.string(), z.number()),
});
const ownReply = z.object({ step: z.enum(replySteps), warnings: z.array(z.enum(replyWarnings)) });
const count = z.number().int().min(0);
const tookPart = z.object({ questions: count, answered: z.partialRecord(z.enum(ANSWERED_KINDS), count), asked: count });
const roomSummary = z.object({ people: count, questions: count, answers: count, asked: count });
const participantView = z.object({
  role: z.literal('participant'),
  code: joinCode,
  name: text,
  ended: z.boolean(),
  now: z.number(),
  question: publicQuestion.optional(),
  answered: z.boolean(),
  mine: z.object({ optionIds: z.array(z.string()).optional(), rating: z.number().optional(), text: text.optional() }).optional(),
  result: z
    .object({ correct: z.array(z.string()).optional(), points: z.number().optional(), rank: z.number().optional(), of: z.number().optional(), counts: tally, answered: z.number(), verdicts: z.record(z.string(), z.string()).optional(), why: z.record(z.string(), goalReason).optional(), cloud: cloud.optional(), reply: ownReply.optional(), split: roomSplit.optional() })
    .optional(),
  qa: qaEntries.optional(),
  final: z.object({ rank: z.number(), of: z.number(), points: z.number(), podium: z.array(z.object({ name: text, points: z.number(), rank: z.number() })).max(5) }).optional(),
  tookPart: tookPart.optional(),
}) satisfies z.ZodType<ParticipantView>;
const trainerView = z.object({
  role: z.literal('trainer'),
  code: joinCode,
  moduleId: id,
  ended: z.boolean(),
  now: z.number(),
  stage,
  participants: z.number(),
  connected: z.number(),
  people: z.array(z.object({ pid: text, name: text })),
  question: fullQuestion.optional(),
  revealed: z.boolean(),
  counts: z.object({ answered: z.number(), byOption: tally }).optional(),
  leaderboard: z.array(z.object({ name: text, points: z.number(), correct: z.number(), rank: z.number() })),
  goals: z.array(z.object({ name: text, text, metCount: z.number() })).optional(),
  split: roomSplit.optional(),
  cloud: cloud.optional(),
  qa: qaEntries.optional(),
  summary: roomSummary.optional(),
}) satisfies z.ZodType<TrainerView>;
const screenView = z.object({
  role: z.literal('screen'),
  code: joinCode,
  slide: z.object({ moduleId: id, slideId: id, black: z.boolean() }).optional(),
  stage,
  ended: z.boolean(),
  now: z.number(),
  participants: z.number(),
  names: z.array(text),
  question: publicQuestion.optional(),
  revealed: z.boolean(),
  answered: z.number(),
  counts: tally.optional(),
  correct: z.array(z.string()).optional(),
  cloud: cloud.optional(),
  qa: qaEntries.optional(),
  board: z.array(z.object({ name: text, points: z.number(), rank: z.number() })),
  summary: roomSummary.optional(),
}) satisfies z.ZodType<ScreenView>;

/** A question set prepared for a module, kept on the server and reused from session to session. */
export const questionSetSchema = z.object({ id, title: z.string().max(120), questions: z.array(pushedQuestionSchema).max(50) });
export type QuestionSet = z.infer<typeof questionSetSchema>;

/** What the server says: who you are, what you see, why it refused, that an answer is in, and the answer to a ping. */
export const liveServerMessageSchema = z.discriminatedUnion('t', [
  z.object({ v, t: z.literal('welcome'), role: z.enum(['trainer', 'participant', 'screen']) }),
  z.object({ v, t: z.literal('view'), view: z.discriminatedUnion('role', [participantView, trainerView, screenView]) }),
  // An answer refused names its question, so a phone that has moved on knows which answer did not count.
  z.object({ v, t: z.literal('error'), error: z.enum(LIVE_REJECTIONS), suggestion: text.optional(), qid: id.optional() }),
  // A phone's answer is in the answer journal (with its statement): only now may the phone say it is in.
  z.object({ v, t: z.literal('received'), qid: id }),
  z.object({ v, t: z.literal('sets'), sets: z.array(questionSetSchema) }),
  z.object({ v, t: z.literal('pong') }),
  z.object({ v, t: z.literal('remote'), ...remoteCommandSchema.shape }),
  z.object({ v, t: z.literal('console'), state: consoleStateSchema }),
]);
export type LiveServerMessage = z.infer<typeof liveServerMessageSchema>;
export type LiveView = Extract<LiveServerMessage, { t: 'view' }>['view'];

/** Why a message that arrived was not taken. */
export type LiveReadFailure = 'notJson' | 'versionMismatch' | 'malformed';
export type LiveRead<M> = { ok: true; message: M } | { ok: false; reason: LiveReadFailure };

type Unversioned<M> = M extends unknown ? Omit<M, 'v'> : never;
export type LiveClientBody = Unversioned<LiveClientMessage>;
export type LiveServerBody = Unversioned<LiveServerMessage>;

/** The wire text of a message, stamped with this protocol's version. */
export function liveMessageText(body: LiveClientBody | LiveServerBody): string {
  return JSON.stringify({ ...body, v: LIVE_PROTOCOL });
}

/**
 * The wire text of a view whose question other views share: the question's JSON comes from
 * `questionJson`, which a broadcast to 1,000 phones asks once per question as shown rather than
 * once per phone. It reads back as the text `liveMessageText` makes of the same view.
 */
export function liveViewText(view: LiveView, questionJson: (question: object) => string): string {
  const { question, ...own } = view;
  if (!question) return liveMessageText({ t: 'view', view });
  return `{"t":"view","v":${LIVE_PROTOCOL},"view":${JSON.stringify(own).slice(0, -1)},"question":${questionJson(question)}}}`;
}

function read<M>(data: unknown, schema: z.ZodType<M>): LiveRead<M> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(data));
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { v?: unknown }).v !== LIVE_PROTOCOL) return { ok: false, reason: typeof parsed === 'object' && parsed !== null ? 'versionMismatch' : 'malformed' };
  const result = schema.safeParse(parsed);
  return result.success ? { ok: true, message: result.data } : { ok: false, reason: 'malformed' };
}

/** Reads what a client sent (on the server). */
export const readLiveClientMessage = (data: unknown): LiveRead<LiveClientMessage> => read(data, liveClientMessageSchema);
/** Reads what the server sent (on a phone, a console or a screen). */
export const readLiveServerMessage = (data: unknown): LiveRead<LiveServerMessage> => read(data, liveServerMessageSchema);
