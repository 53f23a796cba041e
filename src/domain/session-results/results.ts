import type { Cell, Column } from '../xlsx';
import type { LiveAnswer, LiveQuestion, LiveSession } from '../live/session';
import { isRight } from '../live/answers';
import { points } from '../live/leaderboard';

export type ResultsLang = 'zh-CN' | 'en';

// Counts read as the sheet's language writes them (12,345); a year is never grouped.
const count = (lang: ResultsLang, n: number) => new Intl.NumberFormat(lang).format(n);
const yearOf = (lang: ResultsLang, y: number) => new Intl.NumberFormat(lang, { useGrouping: false }).format(y);

const LABELS = {
  'zh-CN': {
    sheet: '答题结果',
    header: ['题号', '题目', '题型', '姓名', '工号', '答案', '是否正确', '得分', '作答时间', '用时（秒）'],
    kinds: { poll: '投票', quiz: '测验', smart: 'SMART 目标', objection: '异议应对', open: '词云', rating: '评分', qa: '问答' },
    yes: '正确',
    no: '错误',
    notRevealed: '未公布',
    met: (n: number) => `符合 ${count('zh-CN', n)} 项`,
    smartCall: (company: string, y: number) => `请为${company}写一个 ${yearOf('zh-CN', y)} 年的 SMART 销售目标。`,
    smartPrompt: '请写一个 SMART 销售目标。',
    asked: (votes: number, answered: boolean) => `${count('zh-CN', votes)} 票${answered ? '，已回答' : ''}`,
  },
  en: {
    sheet: 'Results',
    header: ['No.', 'Question', 'Type', 'Name', 'Employee ID', 'Answer', 'Correct', 'Points', 'Answered at', 'Seconds taken'],
    kinds: { poll: 'Poll', quiz: 'Quiz', smart: 'SMART goal', objection: 'Objection', open: 'Word cloud', rating: 'Rating', qa: 'Q&A' },
    yes: 'right',
    no: 'wrong',
    notRevealed: 'not revealed',
    met: (n: number) => `${count('en', n)} ${n === 1 ? 'criterion' : 'criteria'} met`,
    smartCall: (company: string, y: number) => `Write a SMART sales goal for ${company} for ${yearOf('en', y)}.`,
    smartPrompt: 'Write a SMART sales goal.',
    asked: (votes: number, answered: boolean) => `${count('en', votes)} ${votes === 1 ? 'vote' : 'votes'}${answered ? ', answered' : ''}`,
  },
} as const satisfies Record<ResultsLang, { kinds: Record<LiveQuestion['kind'], string> } & Record<string, unknown>>;

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

/** The question as the room read it: a SMART goal call has no prompt of its own (each phone words it). */
function questionText(q: LiveQuestion, lang: ResultsLang): string {
  if (q.kind === 'smart' && Object.keys(q.prompt).length === 0) return q.scenario ? LABELS[lang].smartCall(inLang(q.scenario.name, lang), q.scenario.year) : LABELS[lang].smartPrompt;
  return inLang(q.prompt, lang);
}

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
  // A removed seat keeps the name it answered under.
  const seat = (pid: string) => s.participants[pid] ?? s.removedSeats?.[pid];
  s.questions.forEach((q, i) => {
    const question = questionText(q, lang);
    const row = (pid: string, answer: string, right: string, points: number | null, at: number): Cell[] => {
      const who = seat(pid);
      return [i + 1, question, l.kinds[q.kind], who?.name ?? '', who?.employeeId ?? '', answer, right, points, new Date(at), Math.round((at - q.pushedAt) / 100) / 10];
    };
    const revealed = s.revealed.includes(q.id);
    const answers = Object.entries(s.answers[q.id] ?? {}).sort(([, a], [, b]) => a.at - b.at);
    const asked = (s.qa ?? []).filter((e) => e.qid === q.id).sort((a, b) => a.at - b.at);
    for (const [pid, a] of answers) {
      const right = q.kind === 'quiz' && 'optionIds' in a ? (revealed ? (isRight(q, a.optionIds) ? l.yes : l.no) : l.notRevealed) : '';
      rows.push(row(pid, answerText(q, a, lang), right, q.kind === 'quiz' ? (revealed ? points(q, a) : null) : null, a.at));
    }
    // A Q&A round's answers are the questions the room asked, with their votes.
    for (const e of asked) rows.push(row(e.pid, `${e.text} (${l.asked(e.votes.length, e.answered)})`, '', null, e.at));
    // A question nobody answered is still part of the session.
    if (answers.length === 0 && asked.length === 0) rows.push([i + 1, question, l.kinds[q.kind], '', '', '', '', null, null, null]);
  });
  return rows;
}

/** The sheet's name in each language. */
export const resultsSheetName = (lang: ResultsLang) => LABELS[lang].sheet;
