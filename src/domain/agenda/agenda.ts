/**
 * The agenda of a live delivery, built from the same planned minutes as the slides: the
 * modules in order, each exercise right after the first module that practices it, a quiz at
 * the end of each part of the training, and breaks wherever the room would otherwise sit
 * longer than a stretch allows. Pure scheduling: the page lays it out, the tests check it.
 */

export type AgendaFormat = 'one-day' | 'two-half-days';
export const agendaFormats: readonly AgendaFormat[] = ['one-day', 'two-half-days'];

export type PracticeKind = 'smart' | 'roleplay' | 'sandbox';
export type AgendaBlockKind = 'module' | PracticeKind | 'quiz' | 'break' | 'lunch';

/** What the agenda needs of a module: its planned minutes, its exercises, whether it has a question bank. */
export interface AgendaModule {
  id: string;
  minutes: number;
  practice?: readonly PracticeKind[];
  hasQuiz: boolean;
}

export interface AgendaTimings {
  /** Minutes of each exercise block in the room. */
  smart: number;
  roleplay: number;
  sandbox: number;
  /** A live quiz on the modules of the part just taught. */
  quiz: number;
  break: number;
  lunch: number;
  /** The longest the room sits without a break, unless one module alone is longer. */
  maxStretch: number;
  /** When each part of the training starts on its day, in minutes after midnight. */
  start: number;
}

/** What a trainer would plan with: 90-minute stretches, a 15-minute break, an hour for lunch, 09:00. */
export const defaultAgendaTimings: AgendaTimings = {
  smart: 15,
  roleplay: 30,
  sandbox: 30,
  quiz: 15,
  break: 15,
  lunch: 60,
  maxStretch: 90,
  start: 9 * 60,
};

export interface AgendaBlock {
  kind: AgendaBlockKind;
  /** The module taught, or the module an exercise follows. */
  moduleId?: string;
  /** The modules a quiz covers. */
  moduleIds?: string[];
  /** Minutes after midnight of the block's day. */
  start: number;
  minutes: number;
}

/** One part of the training without a long pause: a half day, or a morning or an afternoon. */
export interface AgendaPart {
  /** 1 or 2: the day the part is taught on. */
  day: number;
  blocks: AgendaBlock[];
  start: number;
  end: number;
}

export interface AgendaTotals {
  /** Minutes of slides taught (the modules' planned minutes). */
  teaching: number;
  /** Minutes of exercises and quizzes. */
  practice: number;
  /** Minutes of breaks and lunch. */
  breaks: number;
  /** Everything: from the first start to the last end of each day, summed over the days. */
  total: number;
}

export interface Agenda {
  format: AgendaFormat;
  parts: AgendaPart[];
  totals: AgendaTotals;
}

type Planned = Omit<AgendaBlock, 'start'>;

/** The course's blocks in teaching order, before any break: each module, then the exercises it is the first to name. */
export function teachingSequence(modules: readonly AgendaModule[], timings: AgendaTimings = defaultAgendaTimings): Planned[] {
  const placed = new Set<PracticeKind>();
  return modules.flatMap((m) => {
    const practice = (m.practice ?? []).filter((kind) => !placed.has(kind));
    for (const kind of practice) placed.add(kind);
    return [{ kind: 'module' as const, moduleId: m.id, minutes: m.minutes }, ...practice.map((kind) => ({ kind, moduleId: m.id, minutes: timings[kind] }))];
  });
}

/** Every way to cut the sequence in two before a module (an exercise stays with the module it follows). */
export function splitPoints(sequence: readonly Planned[]): [Planned[], Planned[]][] {
  return sequence.flatMap((block, i) => (i > 0 && block.kind === 'module' ? [[sequence.slice(0, i), sequence.slice(i)] as [Planned[], Planned[]]] : []));
}

/**
 * One part: its blocks with a quiz at the end, a break before any block (but the quiz) that
 * would make the stretch too long, and clock times.
 */
export function schedulePart(content: readonly Planned[], modules: readonly AgendaModule[], day: number, start: number, timings: AgendaTimings): AgendaPart {
  const taught = new Set(content.filter((b) => b.kind === 'module').map((b) => b.moduleId));
  const quizzed = modules.filter((m) => m.hasQuiz && taught.has(m.id)).map((m) => m.id);
  const planned: Planned[] = quizzed.length ? [...content, { kind: 'quiz', moduleIds: quizzed, minutes: timings.quiz }] : [...content];
  const blocks: AgendaBlock[] = [];
  let clock = start;
  let stretch = 0;
  for (const block of planned) {
    // The closing quiz ends the part: a break just before it would only delay the end.
    if (block.kind !== 'quiz' && stretch > 0 && stretch + block.minutes > timings.maxStretch) {
      blocks.push({ kind: 'break', start: clock, minutes: timings.break });
      clock += timings.break;
      stretch = 0;
    }
    blocks.push({ ...block, start: clock });
    clock += block.minutes;
    stretch += block.minutes;
  }
  return { day, blocks, start, end: clock };
}

/**
 * The agenda of the course in `format`: one day (two parts with lunch between them) or two
 * half days (the same two parts, each starting at `timings.start` on its own day). The course
 * is cut before the module that makes the two parts closest in length.
 */
export function planAgenda(modules: readonly AgendaModule[], format: AgendaFormat, timings: AgendaTimings = defaultAgendaTimings): Agenda {
  const sequence = teachingSequence(modules, timings);
  const length = (part: AgendaPart) => part.end - part.start;
  // The cut that makes the two parts, breaks and quizzes included, closest in length (the earlier on a tie).
  let parts = [schedulePart(sequence, modules, 1, timings.start, timings)];
  for (const [first, second] of splitPoints(sequence)) {
    const candidate = [schedulePart(first, modules, 1, timings.start, timings), schedulePart(second, modules, 2, timings.start, timings)];
    const gap = Math.abs(length(candidate[0]!) - length(candidate[1]!));
    if (parts.length === 1 || gap < Math.abs(length(parts[0]!) - length(parts[1]!))) parts = candidate;
  }
  if (format === 'one-day' && parts.length === 2) {
    const [morning, afternoon] = parts as [AgendaPart, AgendaPart];
    morning.blocks.push({ kind: 'lunch', start: morning.end, minutes: timings.lunch });
    morning.end += timings.lunch;
    parts = [morning, shiftPart(afternoon, morning.end)];
  }
  const all = parts.flatMap((p) => p.blocks);
  const sum = (kinds: AgendaBlockKind[]) => all.filter((b) => kinds.includes(b.kind)).reduce((n, b) => n + b.minutes, 0);
  return {
    format,
    parts,
    totals: {
      teaching: sum(['module']),
      practice: sum(['smart', 'roleplay', 'sandbox', 'quiz']),
      breaks: sum(['break', 'lunch']),
      total: all.reduce((n, b) => n + b.minutes, 0),
    },
  };
}

/** The same part taught from `start` on the first day (the afternoon of a one-day delivery). */
function shiftPart(part: AgendaPart, start: number): AgendaPart {
  const by = start - part.start;
  return { day: 1, start, end: part.end + by, blocks: part.blocks.map((b) => ({ ...b, start: b.start + by })) };
}

/** `09:05` for 545 minutes after midnight (24-hour clock, the same in both languages). */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = Math.round(minutes % 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
