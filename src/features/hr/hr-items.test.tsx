import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.getState().setLocale('zh-CN');
});

const items = [
  { quizId: '01-foundations', itemId: 'target-definition-best-fit', attempts: 4, facility: 0.75, discrimination: -0.87, options: { 'four-facets': 3, 'activity-list': 1 }, flags: ['negative_discrimination'] },
  { quizId: 'final', itemId: 'number-alone-not-smart', attempts: 2, facility: 1, discrimination: null, options: { false: 2 }, flags: ['too_easy'] },
  { quizId: '01-foundations', itemId: 'type-example-match', attempts: 1, facility: 0.2, discrimination: null, options: { 'units[.]revenue': 1 }, flags: ['too_hard'] },
  { quizId: '01-foundations', itemId: 'retired-question', attempts: 1, facility: 0, discrimination: null, options: { B: 1 }, flags: ['too_hard'] },
];

test('the item analysis lists every item with its figures and flags, and offers both exports', async () => {
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(200, { items }) } });
  const { user } = renderApp('/hr');
  await user.click(await screen.findByRole('link', { name: '题目分析' }));
  expect(await screen.findByRole('heading', { level: 1, name: '题目分析' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: '题目分析' });
  // The question's stem and the options' labels, in Chinese, not their ids.
  const q1Header = await within(table).findByRole('rowheader', { name: '下面哪种说法最完整地概括了“销售目标”是什么？' });
  expect(q1Header).toHaveAttribute('title', expect.stringContaining('target-definition-best-fit'));
  const q1 = q1Header.closest('tr')!;
  expect(q1).toHaveTextContent('销售目标基础');
  expect(q1).toHaveTextContent('75%');
  expect(q1).toHaveTextContent('-0.87');
  const options = within(q1).getAllByRole('listitem');
  expect(options.map((o) => o.textContent)).toEqual(['对一段时间内销售业绩的量化期望，它体现公司战略，是衡量绩效…：3', '一份写明本月要拜访哪些客户的工作清单。：1']);
  expect(options[0]).toHaveAttribute('title', expect.stringContaining('four-facets'));
  expect(q1).toHaveTextContent('区分度为负');
  expect(q1).not.toHaveTextContent('four-facets');
  const f2 = within(table).getByRole('rowheader', { name: /^只要目标里写了具体数字/ }).closest('tr')!;
  expect(f2).toHaveTextContent('结业考试');
  expect(f2).toHaveTextContent('错误：2');
  expect(f2).toHaveTextContent('过易');
  const match = within(table).getByRole('rowheader', { name: '把每个目标与它所属的销售目标类型配对。' }).closest('tr')!;
  expect(match).toHaveTextContent('本月卖出200套入门版软件 → 收入目标：1');
  // An item the course no longer has keeps its id, said so.
  expect(within(table).getByRole('rowheader', { name: 'retired-question（当前课程中没有）' }).closest('tr')).toHaveTextContent('B（当前课程中没有）：1');
  const exports = screen.getByRole('navigation', { name: '导出' });
  expect(within(exports).getByRole('link', { name: '导出 CSV' })).toHaveAttribute('href', '/hr/api/items.csv?lang=zh-CN');
  expect(within(exports).getByRole('link', { name: '导出 Excel（XLSX）' })).toHaveAttribute('href', '/hr/api/items.xlsx?lang=zh-CN');
});

test('in English the questions and options are English', async () => {
  useSettingsStore.getState().setLocale('en');
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(200, { items }) } });
  renderApp('/hr/items');
  const table = await screen.findByRole('table', { name: 'Item analysis' });
  const row = (await within(table).findByRole('rowheader', { name: 'Which statement best sums up what a sales target is?' })).closest('tr')!;
  expect(row).toHaveTextContent('A to-do list of the customers to visit this month.: 1');
  expect(within(table).getByRole('rowheader', { name: /^As long as a target contains a concrete number/ }).closest('tr')).toHaveTextContent('False: 2');
});

test('a failed load says so in English too', async () => {
  useSettingsStore.getState().setLocale('en');
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(500, { error: 'internal' }) } });
  renderApp('/hr/items');
  expect(await screen.findByRole('alert')).toHaveTextContent('The item analysis could not be loaded.');
});

test('the SMART criteria trainees miss and how role-plays end, each as a table', async () => {
  useSettingsStore.getState().setLocale('en');
  const criteria = [
    { criterion: 'specific', goals: 4, missed: 1, missRate: 0.25 },
    { criterion: 'measurable', goals: 4, missed: 1, missRate: 0.25 },
    { criterion: 'achievable', goals: 4, missed: 1, missRate: 0.25 },
    { criterion: 'relevant', goals: 4, missed: 0, missRate: 0 },
    { criterion: 'timeBound', goals: 4, missed: 3, missRate: 0.75 },
  ];
  // "retired" stands for a scenario removed from the course since its runs.
  const endings = [
    { roleplayId: 'price', runs: 4, endings: { won: 2, advanced: 1, stalled: 0, lost: 1 } },
    { roleplayId: 'retired', runs: 1, endings: { won: 0, advanced: 0, stalled: 1, lost: 0 } },
  ];
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(200, { items, criteria, endings }) } });
  renderApp('/hr/items');
  const smart = await screen.findByRole('table', { name: 'SMART criteria trainees miss' });
  expect(within(smart).getByRole('rowheader', { name: 'Time-bound' }).closest('tr')).toHaveTextContent('Time-bound4375%');
  const roleplays = screen.getByRole('table', { name: 'How role-plays end' });
  expect(within(roleplays).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Role-play', 'Runs', 'Won', 'Advanced', 'Stalled', 'Lost']);
  // Each role-play by its title from the course's content, not its id; a removed one by its id, said so.
  const price = await within(roleplays).findByRole('rowheader', { name: 'Price objection: “You’re too expensive”' });
  expect(price.closest('tr')).toHaveTextContent('Price objection: “You’re too expensive”42101');
  expect(within(roleplays).getByRole('rowheader', { name: 'retired (not in the current course)' }).closest('tr')).toHaveTextContent('10010');
  expect(within(roleplays).queryByRole('rowheader', { name: 'price' })).not.toBeInTheDocument();
});

test('in Chinese the role-plays are named by their Chinese titles', async () => {
  useSettingsStore.getState().setLocale('zh-CN');
  const endings = [{ roleplayId: 'price', runs: 4, endings: { won: 2, advanced: 1, stalled: 0, lost: 1 } }];
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(200, { items, criteria: [], endings }) } });
  renderApp('/hr/items');
  const roleplays = await screen.findByRole('table', { name: '情景演练的结局' });
  expect(await within(roleplays).findByRole('rowheader', { name: '价格异议：“你们太贵了”' })).toBeInTheDocument();
});

test('says when some trainees’ latest answers are still being counted, in both languages', async () => {
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(200, { items, pending: 1234 }) } });
  renderApp('/hr/items');
  expect(await screen.findByText('仍有 1,234 名学员的最新作答正在统计中，请稍后刷新查看完整数据。')).toBeInTheDocument();
  useSettingsStore.getState().setLocale('en');
  expect(await screen.findByText('The latest answers of 1,234 trainees are still being counted; reload in a minute for the full figures.')).toBeInTheDocument();
});

test('says nothing of counting once every trainee is counted', async () => {
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(200, { items, pending: 0 }) } });
  renderApp('/hr/items');
  await screen.findByRole('table', { name: '题目分析' });
  expect(screen.queryByText(/正在统计中/)).not.toBeInTheDocument();
});
