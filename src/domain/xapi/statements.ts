import { activityIds } from './activities';
import { accountActor } from './actor';
import { isoDuration } from './duration';
import { ACTIVITY_TYPES, DEFAULT_COURSE_IRI, VERBS, type VerbName } from './vocabulary';

/** cmi5's result extension for how far a learner has come, 0–100. */
export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

export interface Trainee {
  name: string;
  employeeId: string;
  /** The company's home page for employee accounts (runtime config). */
  homePage: string;
}

export interface Statement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition?: { type?: string; name?: Record<string, string> } };
  result?: { score?: { scaled: number; raw?: number; min?: number; max?: number }; success?: boolean; completion?: boolean; duration?: string; response?: string; extensions?: Record<string, unknown> };
  context?: { registration?: string; language?: string; contextActivities?: { parent?: { id: string; objectType: 'Activity' }[]; grouping?: { id: string; objectType: 'Activity' }[] }; extensions?: Record<string, unknown> };
  timestamp: string;
}

export interface StatementInput {
  /** A UUID made by the caller (randomness stays outside the rules), so a retry can reuse it. */
  id: string;
  trainee: Trainee;
  verb: VerbName;
  object: { id: string; type: keyof typeof ACTIVITY_TYPES; name?: Record<string, string> };
  /** `progress`: percent done (cmi5's progress extension, on `progressed`). */
  result?: { scaled?: number; success?: boolean; completion?: boolean; durationMs?: number; response?: string; progress?: number; extensions?: Record<string, unknown> };
  registration?: string;
  language?: string;
  parent?: string;
  timestamp: string;
  courseIri?: string;
  /** Context extensions, keyed by IRI. */
  extensions?: Record<string, unknown>;
}

/** Builds one xAPI 1.0.3 statement: an account actor, an ADL verb, an activity under the course IRI. */
export function buildStatement(input: StatementInput): Statement {
  const course = input.courseIri ?? DEFAULT_COURSE_IRI;
  const statement: Statement = {
    id: input.id,
    actor: accountActor(input.trainee.name, input.trainee.employeeId, input.trainee.homePage),
    verb: { id: VERBS[input.verb], display: { 'en-US': input.verb } },
    object: { objectType: 'Activity', id: input.object.id, definition: { type: ACTIVITY_TYPES[input.object.type], ...(input.object.name ? { name: input.object.name } : {}) } },
    timestamp: input.timestamp,
  };
  const r = input.result;
  if (r) {
    statement.result = {
      ...(r.scaled !== undefined ? { score: { scaled: Math.max(-1, Math.min(1, Math.round(r.scaled * 10_000) / 10_000)) } } : {}),
      ...(r.success !== undefined ? { success: r.success } : {}),
      ...(r.completion !== undefined ? { completion: r.completion } : {}),
      ...(r.durationMs !== undefined ? { duration: isoDuration(r.durationMs) } : {}),
      ...(r.response !== undefined ? { response: r.response } : {}),
      ...(r.progress !== undefined || r.extensions
        ? { extensions: { ...r.extensions, ...(r.progress !== undefined ? { [PROGRESS_EXTENSION]: Math.max(0, Math.min(100, Math.round(r.progress))) } : {}) } }
        : {}),
    };
  }
  const grouping = input.object.id === course ? undefined : [{ id: course, objectType: 'Activity' as const }];
  statement.context = {
    ...(input.registration ? { registration: input.registration } : {}),
    ...(input.language ? { language: input.language } : {}),
    contextActivities: {
      ...(input.parent ? { parent: [{ id: input.parent, objectType: 'Activity' as const }] } : {}),
      ...(grouping ? { grouping } : {}),
    },
    ...(input.extensions ? { extensions: input.extensions } : {}),
  };
  return statement;
}

/** A module's quiz attempt as statements: each item answered, then passed or failed with the score. */
export function quizStatements(args: {
  ids: string[];
  trainee: Trainee;
  moduleId: string;
  items: { itemId: string; score: number; response: string }[];
  scaled: number;
  passed: boolean;
  durationMs: number;
  timestamp: string;
  registration?: string;
  courseIri?: string;
  /** Context extensions of the verdict (passed or failed). */
  extensions?: Record<string, unknown>;
}): Statement[] {
  const a = activityIds(args.courseIri);
  const quiz = a.quiz(args.moduleId);
  const common = { trainee: args.trainee, timestamp: args.timestamp, registration: args.registration, courseIri: args.courseIri };
  const answered = args.items.map((item, i) =>
    buildStatement({
      ...common,
      id: args.ids[i]!,
      verb: 'answered',
      object: { id: a.quizItem(args.moduleId, item.itemId), type: 'interaction' },
      parent: quiz,
      result: { scaled: item.score, success: item.score >= 1, response: item.response },
    }),
  );
  const verdict = buildStatement({
    ...common,
    id: args.ids[args.items.length]!,
    verb: args.passed ? 'passed' : 'failed',
    object: { id: quiz, type: 'assessment' },
    parent: a.module(args.moduleId),
    result: { scaled: args.scaled, success: args.passed, completion: true, durationMs: args.durationMs },
    ...(args.extensions ? { extensions: args.extensions } : {}),
  });
  return [...answered, verdict];
}
