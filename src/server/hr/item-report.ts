import { activityIds, buildXlsx, criterionStats, endingStats, itemAnalysis, locateActivity, toCsv, VERBS, type AnalyzedAttempt, type Cell, type Column, type CriterionStats, type EndingStats, type ItemStats, FINAL_ASSESSMENT } from '../../domain';
import type { Sql } from '../storage/sql';

interface AnsweredRow {
  seq: number;
  actor_key: string;
  registration: string | null;
  body: string;
}

/**
 * Item analysis from the course's `answered` statements. A quiz attempt's items carry the same
 * actor, registration, parent quiz and timestamp (see `quizStatements`), so those four group
 * them; the quiz is the module's (its id) or the final assessment (`final`). Only the actors
 * `include` keeps are read (a scoped session's department).
 */
export function itemReport(sql: Sql, courseIri: string) {
  const finalIri = activityIds(courseIri).final();

  async function attempts(include: (actorKey: string) => boolean): Promise<AnalyzedAttempt[]> {
    const byAttempt = new Map<string, AnalyzedAttempt & { items: { itemId: string; score: number; response: string }[] }>();
    for (let after = 0; ; ) {
      const rows = await sql.all<AnsweredRow>('SELECT seq, actor_key, registration, body FROM statements WHERE verb_id = ? AND voided = 0 AND seq > ? ORDER BY seq LIMIT 1000', [VERBS.answered, after]);
      if (rows.length === 0) break;
      after = rows.at(-1)!.seq;
      for (const row of rows) {
        if (!include(row.actor_key)) continue;
        const s = JSON.parse(row.body) as {
          object?: { id?: string };
          timestamp?: string;
          result?: { score?: { scaled?: number }; response?: string };
          context?: { contextActivities?: { parent?: { id?: string }[] } };
        };
        const where = typeof s.object?.id === 'string' ? locateActivity(s.object.id, courseIri) : undefined;
        const parent = s.context?.contextActivities?.parent?.[0]?.id ?? '';
        const itemId = s.object?.id?.split('/').at(-1);
        if (!itemId || (where?.part !== 'item' && parent !== finalIri)) continue;
        const quizId = parent === finalIri ? FINAL_ASSESSMENT : where!.moduleId;
        const scaled = s.result?.score?.scaled;
        const key = [row.actor_key, row.registration ?? '', parent, s.timestamp ?? ''].join('\u0000');
        let attempt = byAttempt.get(key);
        if (!attempt) byAttempt.set(key, (attempt = { quizId, items: [] }));
        attempt.items.push({ itemId: decodeURIComponent(itemId), score: typeof scaled === 'number' ? Math.min(1, Math.max(0, scaled)) : 0, response: s.result?.response ?? '' });
      }
    }
    return [...byAttempt.values()];
  }

  const ids = activityIds(courseIri);
  const roleplayPrefix = ids.roleplay('');

  /** Each saved SMART goal's verdicts (its `answered` statement's extension) and each finished role-play's ending (its `completed` response). */
  async function practice(include: (actorKey: string) => boolean) {
    const goals: Record<string, string>[] = [];
    const runs: { roleplayId: string; ending: string }[] = [];
    for (const [verb, keep] of [
      [VERBS.answered, (id: string) => id === ids.smart()],
      [VERBS.completed, (id: string) => id.startsWith(roleplayPrefix) && id.length > roleplayPrefix.length],
    ] as const) {
      for (let after = 0; ; ) {
        const rows = await sql.all<{ seq: number; actor_key: string; object_id: string; body: string }>(
          'SELECT seq, actor_key, object_id, body FROM statements WHERE verb_id = ? AND voided = 0 AND seq > ? ORDER BY seq LIMIT 1000',
          [verb, after],
        );
        if (rows.length === 0) break;
        after = rows.at(-1)!.seq;
        for (const row of rows) {
          if (!keep(row.object_id) || !include(row.actor_key)) continue;
          const result = (JSON.parse(row.body) as { result?: { response?: unknown; extensions?: Record<string, unknown> } }).result;
          if (verb === VERBS.completed) {
            if (typeof result?.response === 'string') runs.push({ roleplayId: decodeURIComponent(row.object_id.slice(roleplayPrefix.length)), ending: result.response });
            continue;
          }
          const verdicts = result?.extensions?.[ids.smartVerdicts()];
          if (verdicts && typeof verdicts === 'object') goals.push(Object.fromEntries(Object.entries(verdicts).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
        }
      }
    }
    return { criteria: criterionStats(goals), endings: endingStats(runs) };
  }

  return {
    attempts,
    items: async (include: (actorKey: string) => boolean): Promise<ItemStats[]> => itemAnalysis(await attempts(include)),
    practice,
  };
}

export interface ItemLabels {
  quiz: string;
  item: string;
  attempts: string;
  facility: string;
  discrimination: string;
  options: string;
  flags: string;
  flagNames: Record<ItemStats['flags'][number], string>;
  sheet: string;
  criterion: string;
  goals: string;
  missed: string;
  missRate: string;
  criterionNames: Record<CriterionStats['criterion'], string>;
  criteriaSheet: string;
  roleplay: string;
  runs: string;
  endingNames: Record<keyof EndingStats['endings'], string>;
  endingsSheet: string;
}

export const ITEM_LABELS: Record<'zh-CN' | 'en', ItemLabels> = {
  'zh-CN': {
    quiz: '测验',
    item: '题目',
    attempts: '作答次数',
    facility: '难度系数（得分率）',
    discrimination: '区分度',
    options: '各选项选择次数',
    flags: '提示',
    flagNames: { too_easy: '过易', too_hard: '过难', negative_discrimination: '区分度为负' },
    sheet: '题目分析',
    criterion: 'SMART 原则',
    goals: '目标数',
    missed: '未达到',
    missRate: '未达到比例',
    criterionNames: { specific: '具体（S）', measurable: '可衡量（M）', achievable: '可实现（A）', relevant: '相关（R）', timeBound: '有时限（T）' },
    criteriaSheet: 'SMART 原则',
    roleplay: '情景演练',
    runs: '完成次数',
    endingNames: { won: '成交', advanced: '推进', stalled: '停滞', lost: '丢单' },
    endingsSheet: '情景演练结局',
  },
  en: {
    quiz: 'Quiz',
    item: 'Item',
    attempts: 'Attempts',
    facility: 'Facility index',
    discrimination: 'Discrimination index',
    options: 'Options chosen',
    flags: 'Flags',
    flagNames: { too_easy: 'Too easy', too_hard: 'Too hard', negative_discrimination: 'Negative discrimination' },
    sheet: 'Item analysis',
    criterion: 'SMART criterion',
    goals: 'Goals',
    missed: 'Missed',
    missRate: 'Miss rate',
    criterionNames: { specific: 'Specific (S)', measurable: 'Measurable (M)', achievable: 'Achievable (A)', relevant: 'Relevant (R)', timeBound: 'Time-bound (T)' },
    criteriaSheet: 'SMART criteria',
    roleplay: 'Role-play',
    runs: 'Runs',
    endingNames: { won: 'Won', advanced: 'Advanced', stalled: 'Stalled', lost: 'Lost' },
    endingsSheet: 'Role-play endings',
  },
};

const ITEM_COLUMNS: Column[] = [{ kind: 'text' }, { kind: 'text', width: 24 }, { kind: 'integer' }, { kind: 'percent' }, { kind: 'number' }, { kind: 'text', width: 30 }, { kind: 'text', width: 24 }];

function itemTable(items: readonly ItemStats[], l: ItemLabels, csv: boolean): Cell[][] {
  const rows: Cell[][] = [[l.quiz, l.item, l.attempts, l.facility, l.discrimination, l.options, l.flags]];
  for (const i of items)
    rows.push([
      i.quizId,
      i.itemId,
      i.attempts,
      csv ? Math.round(i.facility * 1000) / 10 : i.facility,
      i.discrimination === null ? null : Math.round(i.discrimination * 1000) / 1000,
      Object.entries(i.options)
        .map(([o, n]) => `${o}: ${n}`)
        .join('; '),
      i.flags.map((f) => l.flagNames[f]).join('; '),
    ]);
  return rows;
}

const CRITERIA_COLUMNS: Column[] = [{ kind: 'text', width: 18 }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'percent' }];
const ENDING_COLUMNS: Column[] = [{ kind: 'text', width: 18 }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'integer' }];
const percentOf = (share: number | null, csv: boolean) => (share === null ? null : csv ? Math.round(share * 1000) / 10 : share);

function criteriaTable(criteria: readonly CriterionStats[], l: ItemLabels, csv: boolean): Cell[][] {
  return [[l.criterion, l.goals, l.missed, csv ? `${l.missRate} (%)` : l.missRate], ...criteria.map((c) => [l.criterionNames[c.criterion], c.goals, c.missed, percentOf(c.missRate, csv)])];
}

function endingsTable(endings: readonly EndingStats[], l: ItemLabels): Cell[][] {
  const names = Object.keys(l.endingNames) as (keyof EndingStats['endings'])[];
  return [[l.roleplay, l.runs, ...names.map((e) => l.endingNames[e])], ...endings.map((e) => [e.roleplayId, e.runs, ...names.map((n) => e.endings[n])])];
}

export interface ItemReport {
  items: readonly ItemStats[];
  criteria: readonly CriterionStats[];
  endings: readonly EndingStats[];
}

/** The three tables as CSV, one after the other with a blank line between (a CSV has one sheet). */
export const itemCsv = (r: ItemReport, lang: 'zh-CN' | 'en') =>
  toCsv([...itemTable(r.items, ITEM_LABELS[lang], true), [], ...criteriaTable(r.criteria, ITEM_LABELS[lang], true), [], ...endingsTable(r.endings, ITEM_LABELS[lang])]);
/** The workbook: items, SMART criteria and role-play endings, a sheet each. */
export const itemXlsx = (r: ItemReport, lang: 'zh-CN' | 'en', timeZone: string) => {
  const l = ITEM_LABELS[lang];
  return buildXlsx(
    [
      { name: l.sheet, rows: itemTable(r.items, l, false), columns: ITEM_COLUMNS },
      { name: l.criteriaSheet, rows: criteriaTable(r.criteria, l, false), columns: CRITERIA_COLUMNS },
      { name: l.endingsSheet, rows: endingsTable(r.endings, l), columns: ENDING_COLUMNS },
    ],
    { timeZone },
  );
};
