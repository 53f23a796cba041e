import type { Cell, Column } from '../xlsx';
import { isRight, points, type LiveAnswer, type LiveQuestion, type LiveSession } from '../live/session';

export type ResultsLang = 'zh-CN' | 'en';

const LABELS = {
  'zh-CN': {
    sheet: '答题结果',
    header: ['题号', '题目', '题型', '姓名', '工号', '答案', '是否正确', '得分', '作答时间', '用时（秒）'],
    kinds: { poll: '投票', quiz: '测验', smart: 'SMART 目标', objection: '异议应对' } as Record<string, string>,
    yes: '正确',
    no: '错误',
    notRevealed: '未公布',
    met: (n: number) => `符合 ${n} 项`,
  },
  en: {
    sheet: 'Results',
    header: ['No.', 'Question', 'Type', 'Name', 'Employee ID', 'Answer', 'Correct', 'Points', 'Answered at', 'Seconds taken'],
    kinds: { poll: 'Poll', quiz: 'Quiz', smart: 'SMART goal', objection: 'Objection' } as Record<string, string>,
    yes: 'right',
    no: 'wrong',
    notRevealed: 'not revealed',
    met: (n: number) => `${n} criteria met`,
  },
} as const;

/** The columns of the results sheet, for the XLSX writer. */
export const RESULT_COLUMNS: readonly Column[] = [
  { kind: 'integer', width: 6 },
  { kind: 'text', width: 40 },
  { kind: 'text', width: 12 },
  { kind: 'text', width: 16 },
  { kind: 'text', width: 12 },
  { kind: 'text', width: 40 },
  { kind: 'text', width: 10 },
  { kind: 'integer', width: 8 },
  { kind: 'date', width: 20 },
  { kind: 'number', width: 12 },
];

const inLang = (text: Record<string, string>, lang: ResultsLang) => text[lang] ?? text['zh-CN'] ?? Object.values(text)[0] ?? '';

function answerText(q: LiveQuestion, a: LiveAnswer, lang: ResultsLang): string {
  if ('optionIds' in a) {
    const options = 'options' in q ? q.options : [];
    return a.optionIds.map((id) => (options.find((o) => o.id === id) ? inLang(options.find((o) => o.id === id)!.text, lang) : id)).join(' | ');
  }
  if ('metCount' in a) return `${a.text} (${LABELS[lang].met(a.metCount)})`;
  if ('rating' in a) return String(a.rating);
  return a.text;
}

/**
 * A live session's results, one row per answer (after a header): the question in its order,
 * who answered (name and, when they joined with their course profile, employee id), what, whether
 * it was right once revealed, the points, when, and how long after the question went out. Rows
 * come in question order, then by the time of the answer. Dates are Date cells, so the CSV writes
 * them as ISO 8601 instants and the workbook as date cells.
 */
export function sessionResultRows(s: LiveSession, lang: ResultsLang): Cell[][] {
  const l = LABELS[lang];
  const rows: Cell[][] = [[...l.header]];
  s.questions.forEach((q, i) => {
    const answers = Object.entries(s.answers[q.id] ?? {}).sort(([, a], [, b]) => a.at - b.at);
    const revealed = s.revealed.includes(q.id);
    for (const [pid, a] of answers) {
      const who = s.participants[pid];
      const right = q.kind === 'quiz' && 'optionIds' in a ? (revealed ? (isRight(q, a.optionIds) ? l.yes : l.no) : l.notRevealed) : '';
      rows.push([
        i + 1,
        inLang(q.prompt, lang),
        l.kinds[q.kind] ?? q.kind,
        who?.name ?? '',
        who?.employeeId ?? '',
        answerText(q, a, lang),
        right,
        q.kind === 'quiz' ? (revealed ? points(q, a) : null) : null,
        new Date(a.at),
        Math.round((a.at - q.pushedAt) / 100) / 10,
      ]);
    }
  });
  return rows;
}

/** The sheet's name in each language. */
export const resultsSheetName = (lang: ResultsLang) => LABELS[lang].sheet;
