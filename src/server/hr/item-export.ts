import {
  buildXlsx,
  findQuizItem,
  FINAL_ASSESSMENT,
  questionText,
  responseText,
  roleplayText,
  toCsv,
  type Cell,
  type Column,
  type CourseModuleInfo,
  type CriterionStats,
  type EndingStats,
  type ItemStats,
  type ItemText,
  type QuizBank,
  type RoleplayTitle,
  type TrueFalseWords,
} from '../../domain';

type Lang = 'zh-CN' | 'en';

/** What the item analysis is written against: the course's modules (titles), question banks (questions and options) and role-plays (titles). */
export interface ItemContent {
  modules: readonly CourseModuleInfo[];
  banks: Readonly<Record<string, QuizBank>>;
  roleplays: readonly RoleplayTitle[];
}

export interface ItemLabels {
  quiz: string;
  quizId: string;
  item: string;
  itemId: string;
  final: string;
  trueFalse: TrueFalseWords;
  /** An id the course's content does not have (any more), said so. */
  unknown: (id: string) => string;
  optionIds: string;
  attempts: string;
  facility: string;
  /** The facility index's header in CSV, whose cells are percents (75 for 0.75); the workbook's cells are formatted as percents. */
  facilityPercent: string;
  /** A correlation from −1 to 1, the same number in both formats: it has no unit to name. */
  discrimination: string;
  options: string;
  flags: string;
  flagNames: Record<ItemStats['flags'][number], string>;
  /** Between an option and how often it was chosen, and between the entries of a list: full-width in Chinese. */
  countSeparator: string;
  listSeparator: string;
  sheet: string;
  criterion: string;
  goals: string;
  missed: string;
  missRate: string;
  /** The miss rate's header in CSV, whose cells are whole percents. */
  missRatePercent: string;
  criterionNames: Record<CriterionStats['criterion'], string>;
  criteriaSheet: string;
  roleplay: string;
  roleplayId: string;
  runs: string;
  endingNames: Record<keyof EndingStats['endings'], string>;
  endingsSheet: string;
}

export const ITEM_LABELS: Record<Lang, ItemLabels> = {
  'zh-CN': {
    quiz: '测验',
    quizId: '测验编号',
    item: '题目',
    itemId: '题目编号',
    final: '结业考试',
    trueFalse: { true: '正确', false: '错误' },
    unknown: (id) => `${id}（当前课程中没有）`,
    optionIds: '各选项选择次数（编号）',
    attempts: '作答次数',
    facility: '难度系数（得分率）',
    facilityPercent: '难度系数（得分率，%）',
    discrimination: '区分度',
    options: '各选项选择次数',
    flags: '提示',
    flagNames: { too_easy: '过易', too_hard: '过难', negative_discrimination: '区分度为负' },
    countSeparator: '：',
    listSeparator: '；',
    sheet: '题目分析',
    criterion: 'SMART 原则',
    goals: '目标数',
    missed: '未达到',
    missRate: '未达到比例',
    missRatePercent: '未达到比例（%）',
    criterionNames: { specific: '具体（S）', measurable: '可衡量（M）', achievable: '可实现（A）', relevant: '相关（R）', timeBound: '有时限（T）' },
    criteriaSheet: 'SMART 原则',
    roleplay: '情景演练',
    roleplayId: '情景演练编号',
    runs: '完成次数',
    endingNames: { won: '成交', advanced: '推进', stalled: '停滞', lost: '丢单' },
    endingsSheet: '情景演练结局',
  },
  en: {
    quiz: 'Quiz',
    quizId: 'Quiz ID',
    item: 'Question',
    itemId: 'Item ID',
    final: 'Final assessment',
    trueFalse: { true: 'True', false: 'False' },
    unknown: (id) => `${id} (not in the current course)`,
    optionIds: 'Options chosen (IDs)',
    attempts: 'Attempts',
    facility: 'Facility index',
    facilityPercent: 'Facility index (%)',
    discrimination: 'Discrimination index',
    options: 'Options chosen',
    flags: 'Flags',
    flagNames: { too_easy: 'Too easy', too_hard: 'Too hard', negative_discrimination: 'Negative discrimination' },
    countSeparator: ': ',
    listSeparator: '; ',
    sheet: 'Item analysis',
    criterion: 'SMART criterion',
    goals: 'Goals',
    missed: 'Missed',
    missRate: 'Miss rate',
    missRatePercent: 'Miss rate (%)',
    criterionNames: { specific: 'Specific (S)', measurable: 'Measurable (M)', achievable: 'Achievable (A)', relevant: 'Relevant (R)', timeBound: 'Time-bound (T)' },
    criteriaSheet: 'SMART criteria',
    roleplay: 'Role-play',
    roleplayId: 'Role-play ID',
    runs: 'Runs',
    endingNames: { won: 'Won', advanced: 'Advanced', stalled: 'Stalled', lost: 'Lost' },
    endingsSheet: 'Role-play endings',
  },
};

// The question and the options wrap in wide columns; the ids come last, for joining with other data.
const ITEM_COLUMNS: Column[] = [
  { kind: 'text', width: 18 },
  { kind: 'text', width: 40 },
  { kind: 'integer' },
  { kind: 'percent' },
  { kind: 'number' },
  { kind: 'text', width: 40 },
  { kind: 'text', width: 16 },
  { kind: 'text', width: 14 },
  { kind: 'text', width: 24 },
  { kind: 'text', width: 24 },
];

/**
 * One row per item, as HR reads it: the quiz's title, the question's full stem and the options'
 * labels in HR's language, with the stable ids beside them (an id the content no longer has is
 * shown as the id, said so).
 */
function itemTable(items: readonly ItemStats[], l: ItemLabels, csv: boolean, content: ItemContent, lang: Lang): Cell[][] {
  const rows: Cell[][] = [[l.quiz, l.item, l.attempts, csv ? l.facilityPercent : l.facility, l.discrimination, l.options, l.flags, l.quizId, l.itemId, l.optionIds]];
  const titles = new Map(content.modules.map((m) => [m.id, m.title[lang] ?? m.id]));
  const said = (t: ItemText) => (t.known ? t.text : l.unknown(t.id));
  for (const i of items) {
    const item = findQuizItem(content.banks, i.quizId, i.itemId);
    const options = Object.entries(i.options);
    rows.push([
      i.quizId === FINAL_ASSESSMENT ? l.final : (titles.get(i.quizId) ?? l.unknown(i.quizId)),
      said(questionText(item, i.itemId, lang)),
      i.attempts,
      csv ? Math.round(i.facility * 1000) / 10 : i.facility,
      i.discrimination === null ? null : Math.round(i.discrimination * 1000) / 1000,
      options.map(([o, n]) => `${responseText(item, o, lang, l.trueFalse).map(said).join(' + ')}${l.countSeparator}${n}`).join(l.listSeparator),
      i.flags.map((f) => l.flagNames[f]).join(l.listSeparator),
      i.quizId,
      i.itemId,
      options.map(([o, n]) => `${o}: ${n}`).join('; '),
    ]);
  }
  return rows;
}

const CRITERIA_COLUMNS: Column[] = [{ kind: 'text', width: 18 }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'percent' }];
const ENDING_COLUMNS: Column[] = [{ kind: 'text', width: 36 }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'integer' }, { kind: 'text', width: 14 }];
const percentOf = (share: number | null, csv: boolean) => (share === null ? null : csv ? Math.round(share * 1000) / 10 : share);

function criteriaTable(criteria: readonly CriterionStats[], l: ItemLabels, csv: boolean): Cell[][] {
  return [[l.criterion, l.goals, l.missed, csv ? l.missRatePercent : l.missRate], ...criteria.map((c) => [l.criterionNames[c.criterion], c.goals, c.missed, percentOf(c.missRate, csv)])];
}

/** One row per role-play: its title in HR's language (a removed one's id, said so), its endings, and its id last for joining. */
function endingsTable(endings: readonly EndingStats[], l: ItemLabels, content: ItemContent, lang: Lang): Cell[][] {
  const names = Object.keys(l.endingNames) as (keyof EndingStats['endings'])[];
  const title = (id: string) => {
    const t = roleplayText(content.roleplays, id, lang);
    return t.known ? t.text : l.unknown(id);
  };
  return [[l.roleplay, l.runs, ...names.map((e) => l.endingNames[e]), l.roleplayId], ...endings.map((e) => [title(e.roleplayId), e.runs, ...names.map((n) => e.endings[n]), e.roleplayId])];
}

export interface ItemReport {
  items: readonly ItemStats[];
  criteria: readonly CriterionStats[];
  endings: readonly EndingStats[];
}

/** The three tables as CSV, one after the other with a blank line between (a CSV has one sheet). */
export const itemCsv = (r: ItemReport, lang: Lang, content: ItemContent) =>
  toCsv([...itemTable(r.items, ITEM_LABELS[lang], true, content, lang), [], ...criteriaTable(r.criteria, ITEM_LABELS[lang], true), [], ...endingsTable(r.endings, ITEM_LABELS[lang], content, lang)]);
/** The workbook: items, SMART criteria and role-play endings, a sheet each. */
export const itemXlsx = (r: ItemReport, lang: Lang, timeZone: string, content: ItemContent) => {
  const l = ITEM_LABELS[lang];
  return buildXlsx(
    [
      { name: l.sheet, rows: itemTable(r.items, l, false, content, lang), columns: ITEM_COLUMNS },
      { name: l.criteriaSheet, rows: criteriaTable(r.criteria, l, false), columns: CRITERIA_COLUMNS },
      { name: l.endingsSheet, rows: endingsTable(r.endings, l, content, lang), columns: ENDING_COLUMNS },
    ],
    { timeZone },
  );
};
