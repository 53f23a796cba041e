import { enCues, zhCues, type CueKind, type CueTable } from './classify-cues';
import type { ReplyLocale, ReplyWarning } from './corpus';
import type { ObjectionType, ReplyStep } from './types';

export interface ReplyInput {
  text: string;
  locale: ReplyLocale;
  context?: { objection?: ObjectionType | string; priorStep?: ReplyStep };
}

export interface ReplyVerdict {
  step: ReplyStep;
  /** 0–1: how clearly the winning step's words outweigh the runner-up's. */
  confidence: number;
  /** The words in the reply that decided the step (or, for `none`, what ruled the reply out). */
  cues: string[];
  /** What modules 03 and 08 teach against, found in the reply. */
  warnings: ReplyWarning[];
}

/**
 * Over this many words (English) or characters (Chinese) a reply breaks the 70/30 rule of module 08.
 * Set on the development part: above its monologues' floor, below almost every strong scripted reply.
 */
export const MONOLOGUE_LIMIT = { en: 85, 'zh-CN': 155 } as const;

type Hit = { kind: CueKind; text: string; weight: number };
const noneKinds = ['concession', 'contradiction', 'pressure', 'dismiss'] as const;

/** The reply with its quotes, spaces and question marks made one kind; the cues read it lower-cased in English. */
function tidy(text: string, locale: ReplyLocale): string {
  const t = text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  return locale === 'en' ? t : t.replace(/\?/g, '？');
}

/**
 * The literal text a pattern must contain, read from its source (the letters before any group,
 * class or quantifier), so most patterns are skipped by a cheap `includes` instead of a regex run.
 */
function literalOf(re: RegExp): string {
  const src = re.source.replace(/^(\^|\\b)+/, '');
  let lit = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (!/[a-z \u4e00-\u9fff，：]/.test(ch)) break;
    if (/[?*{]/.test(src[i + 1] ?? '')) break;
    lit += ch;
  }
  return lit;
}

const literals = new WeakMap<RegExp, string>();
function literal(re: RegExp): string {
  let lit = literals.get(re);
  if (lit === undefined) literals.set(re, (lit = literalOf(re)));
  return lit;
}

/**
 * The cues found in `text` (the reply as the patterns read it), each quoted from `shown` (the
 * reply as written, of the same length where lower-casing kept it so) without the punctuation a
 * pattern may take in before the words: “What matters most…”, not “. what matters most…”.
 */
function findHits(text: string, table: CueTable, shown: string): Hit[] {
  const hits: Hit[] = [];
  const sameLength = shown.length === text.length;
  for (const kind of Object.keys(table) as CueKind[])
    for (const cue of table[kind]) {
      if (!text.includes(literal(cue.re))) continue;
      const m = cue.re.exec(text);
      if (!m) continue;
      const quoted = sameLength ? shown.slice(m.index, m.index + m[0].length) : m[0];
      hits.push({ kind, text: quoted.replace(/^[\s\p{P}]+/u, '').trim(), weight: cue.weight });
    }
  return hits;
}

function length(text: string, locale: ReplyLocale): number {
  return locale === 'en' ? text.split(/\s+/).filter(Boolean).length : text.replace(/[\s\p{P}]/gu, '').length;
}

/**
 * The LSCPA step a typed reply performs (module 05), with the words that decided it and warnings.
 * Pure and synchronous: plain pattern matching, so it runs offline in the page and on the server.
 * A reply that concedes without asking anything in return, argues, pressures or dismisses is `none`,
 * as is one with no sign of any step.
 */
export function classifyReply(input: ReplyInput): ReplyVerdict {
  const shown = tidy(input.text, input.locale);
  const text = input.locale === 'en' ? shown.toLowerCase() : shown;
  const warnings: ReplyWarning[] = [];
  if (!text) return { step: 'none', confidence: 0, cues: [], warnings };
  const hits = findHits(text, input.locale === 'en' ? enCues : zhCues, shown);
  const sum = (kind: CueKind) => hits.reduce((s, h) => (h.kind === kind ? s + h.weight : s), 0);
  const question = /[?？]/.test(text) || (input.locale === 'zh-CN' && (/[吗呢吧][。！!]?$/.test(text) || /是不是|是否/.test(text)));

  const score: Record<ReplyStep, number> = {
    listen: sum('listen'),
    sympathize: sum('sympathize'),
    confirm: sum('confirm'),
    position: sum('position'),
    affirm: sum('affirm'),
    none: sum('contradiction') + sum('pressure') + sum('dismiss'),
  };
  // Questions open, check or close; a statement rarely does any of the three.
  if (!question) {
    score.listen *= hits.some((h) => h.kind === 'listen' && h.weight >= 2) ? 1 : 0.3;
    score.confirm *= hits.some((h) => h.kind === 'confirm' && h.weight >= 3) ? 1 : 0.5;
    score.affirm *= 0.3;
  } else score.position *= 0.6;
  // Understanding said on the way to another step is a preamble, not the step itself.
  if (Math.max(score.listen, score.confirm, score.position, score.affirm) >= 1.5) score.sympathize *= 0.5;
  if (input.context?.priorStep === 'position' && question) score.affirm += 1;

  const conceded = sum('concession') > 0 && sum('retract') === 0;
  const traded = sum('condition') > 0;
  if (conceded && traded) score.position += 3;
  if (conceded && !traded) warnings.push('concession');
  if (sum('contradiction') > 0) warnings.push('contradiction');
  if (length(text, input.locale) > MONOLOGUE_LIMIT[input.locale]) warnings.push('monologue');

  const ranked = (Object.keys(score) as ReplyStep[]).sort((a, b) => score[b] - score[a]);
  let step = ranked[0]!;
  if (conceded && !traded) step = 'none';
  const best = conceded && !traded ? Math.max(score.none, 3) : score[step];
  const second = Math.max(...ranked.filter((s) => s !== step).map((s) => score[s]));
  if (best < 1) return { step: 'none', confidence: 0, cues: [], warnings };

  const kinds: readonly CueKind[] = step === 'none' ? noneKinds : step === 'position' && conceded ? ['position', 'concession', 'condition'] : [step];
  const cues = [...new Map(hits.filter((h) => kinds.includes(h.kind) && h.text).map((h) => [h.text.toLowerCase(), h.text])).values()].slice(0, 5);
  const confidence = Math.round((best / (best + Math.max(0, second) + 0.5)) * 100) / 100;
  return { step, confidence, cues, warnings };
}
