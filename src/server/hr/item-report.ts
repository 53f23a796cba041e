import { activityIds, buildXlsx, itemAnalysis, locateActivity, toCsv, VERBS, type AnalyzedAttempt, type Cell, type Column, type ItemStats, FINAL_ASSESSMENT } from '../../domain';
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

  return {
    attempts,
    items: async (include: (actorKey: string) => boolean): Promise<ItemStats[]> => itemAnalysis(await attempts(include)),
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

export const itemCsv = (items: readonly ItemStats[], lang: 'zh-CN' | 'en') => toCsv(itemTable(items, ITEM_LABELS[lang], true));
export const itemXlsx = (items: readonly ItemStats[], lang: 'zh-CN' | 'en', timeZone: string) =>
  buildXlsx([{ name: ITEM_LABELS[lang].sheet, rows: itemTable(items, ITEM_LABELS[lang], false), columns: ITEM_COLUMNS }], { timeZone });
