import { effectiveAnswers, resolveDrawnItems, scoreItem, type Answer, type QuizAttempt, type QuizBank, type QuizItem, FINAL_ASSESSMENT } from '../../domain';

/** One answered quiz item, as both SCORM versions can say it; the formatting per version is below. */
export interface LmsInteraction {
  /** `<quiz>.<attempt>.<item>`: unique across attempts, so a retake adds rather than overwrites. */
  id: string;
  /** The module the item belongs to: the objective it counts toward. */
  objectiveId: string;
  type: 'choice' | 'true-false' | 'sequencing' | 'matching' | 'numeric';
  /** The trainee's answer in parts (ids, or a value); null when left unanswered. */
  response: readonly Part[] | null;
  /** The right answer in the same parts. */
  correct: readonly Part[];
  /** The item's option, entry or pair ids in the content's order, for formats that name them by one character. */
  choices: readonly string[];
  result: 'correct' | 'wrong' | 'partial';
  /** 0…1 */
  score: number;
  /** When the attempt was submitted (the course keeps no time per item, so no latency is claimed). */
  at: string;
}

/** An id (choice, sequencing), a pair of ids (matching), a boolean or a number (numeric: value or range). */
type Part = string | boolean | number | [string, string] | { min: number; max: number };

const TYPE: Record<QuizItem['type'], LmsInteraction['type']> = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  ordering: 'sequencing',
  matching: 'matching',
  numeric: 'numeric',
};

function correctParts(item: QuizItem): Part[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.filter((o) => o.correct).map((o) => o.id);
    case 'truefalse':
      return [item.answer];
    case 'ordering':
      return item.entries.map((e) => e.id);
    case 'matching':
      return item.pairs.map((p): [string, string] => [p.id, p.id]);
    case 'numeric':
      return [{ min: item.answer - item.tolerance, max: item.answer + item.tolerance }];
  }
}

function choiceIds(item: QuizItem): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.map((o) => o.id);
    case 'ordering':
      return item.entries.map((e) => e.id);
    case 'matching':
      return item.pairs.map((p) => p.id);
    default:
      return [];
  }
}

function responseParts(answer: Answer | undefined): Part[] | null {
  if (!answer) return null;
  switch (answer.type) {
    case 'single':
      return [answer.optionId];
    case 'multiple':
      return answer.optionIds.length ? answer.optionIds : null;
    case 'truefalse':
      return [answer.value];
    case 'ordering':
      return answer.order;
    case 'matching': {
      const pairs = Object.entries(answer.matches);
      return pairs.length ? pairs : null;
    }
    case 'numeric':
      return Number.isFinite(answer.value) ? [answer.value] : null;
  }
}

/** Every item of a finished attempt as an interaction; items the banks no longer hold are left out. */
export function attemptInteractions(attempt: QuizAttempt, banks: Readonly<Record<string, QuizBank>>): LmsInteraction[] {
  const items = resolveDrawnItems(attempt.items, banks, attempt.quizId === FINAL_ASSESSMENT ? undefined : attempt.quizId);
  const answers = effectiveAnswers(items, attempt.answers);
  return items.map(({ key, moduleId, item }) => {
    const graded = scoreItem(item, answers[key]);
    return {
      id: `${attempt.quizId}.${attempt.id}.${key}`,
      objectiveId: moduleId,
      type: TYPE[item.type],
      response: responseParts(answers[key]),
      correct: correctParts(item),
      choices: choiceIds(item),
      result: graded.status === 'correct' ? 'correct' : graded.status === 'partial' ? 'partial' : 'wrong',
      score: Math.round(graded.score * 10_000) / 10_000,
      at: attempt.endedAt,
    };
  });
}

// SCORM 2004 (RTE 4.2.9.1): `[,]` between parts, `[.]` inside a matching pair, `[:]` in a numeric range.
function parts2004(type: LmsInteraction['type'], parts: readonly Part[]): string {
  return parts
    .map((p) => {
      if (Array.isArray(p)) return `${p[0]}[.]${p[1]}`;
      if (typeof p === 'object') return `${p.min}[:]${p.max}`;
      return String(p);
    })
    .join(type === 'numeric' ? '' : '[,]');
}

/** SCORM 2004's cmi.interactions.n.* (ids up to 4,000 characters, ISO timestamps). */
export function scorm2004Interaction(i: LmsInteraction, n: number): [string, string][] {
  const p = `cmi.interactions.${n}`;
  return [
    [`${p}.id`, i.id.replace(/\s/g, '_').slice(0, 4000)],
    [`${p}.type`, i.type],
    [`${p}.objectives.0.id`, i.objectiveId],
    // Hundredths of a second at most, and with them (some run-times insist) the zone.
    [`${p}.timestamp`, i.at.replace(/(\.\d{1,2})\d*Z$/, '$1Z')],
    [`${p}.correct_responses.0.pattern`, parts2004(i.type, i.correct)],
    ...(i.response ? ([[`${p}.learner_response`, parts2004(i.type, i.response)]] as [string, string][]) : []),
    [`${p}.result`, i.result === 'partial' ? String(i.score) : i.result === 'wrong' ? 'incorrect' : 'correct'],
  ];
}

// SCORM 1.2 (CMIFeedback) names a choice, an entry or each side of a matching pair by one character
// (0-9, a-z): the content's order gives each id its letter. `,` between parts, `.` in a pair, t/f;
// at most 255 characters.
const CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function parts12(i: LmsInteraction, parts: readonly Part[]): string {
  const letter = (id: string) => CHARACTERS[i.choices.indexOf(id)] ?? id;
  const text = parts
    .map((p) => {
      if (Array.isArray(p)) return `${letter(p[0])}.${letter(p[1])}`;
      if (typeof p === 'object') return String((p.min + p.max) / 2);
      if (typeof p === 'boolean') return p ? 't' : 'f';
      return typeof p === 'string' ? letter(p) : String(p);
    })
    .join(i.type === 'numeric' ? '' : ',');
  return text.slice(0, 255);
}

/** The local time of day, HH:MM:SS, that SCORM 1.2's CMITime wants. */
function timeOfDay(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(d.getTime()) ? '00:00:00' : `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** SCORM 1.2's cmi.interactions.n.* (identifiers of printable ASCII up to 255 characters). */
export function scorm12Interaction(i: LmsInteraction, n: number): [string, string][] {
  const p = `cmi.interactions.${n}`;
  return [
    [`${p}.id`, i.id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 255)],
    [`${p}.objectives.0.id`, i.objectiveId.replace(/[^A-Za-z0-9._-]/g, '_')],
    [`${p}.time`, timeOfDay(i.at)],
    [`${p}.type`, i.type],
    [`${p}.correct_responses.0.pattern`, parts12(i, i.correct)],
    ...(i.response ? ([[`${p}.student_response`, parts12(i, i.response)]] as [string, string][]) : []),
    [`${p}.result`, i.result === 'partial' ? String(i.score) : i.result],
  ];
}
