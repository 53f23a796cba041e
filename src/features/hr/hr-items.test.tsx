import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.getState().setLocale('zh-CN');
});

const items = [
  { quizId: '01-foundations', itemId: 'q1', attempts: 4, facility: 0.75, discrimination: -0.87, options: { B: 3, A: 1 }, flags: ['negative_discrimination'] },
  { quizId: 'final', itemId: 'f2', attempts: 2, facility: 1, discrimination: null, options: { C: 2 }, flags: ['too_easy'] },
];

test('the item analysis lists every item with its figures and flags, and offers both exports', async () => {
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(200, { items }) } });
  const { user } = renderApp('/hr');
  await user.click(await screen.findByRole('link', { name: '题目分析' }));
  expect(await screen.findByRole('heading', { level: 1, name: '题目分析' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: '题目分析' });
  const q1 = within(table).getByRole('rowheader', { name: 'q1' }).closest('tr')!;
  expect(q1).toHaveTextContent('销售目标基础');
  expect(q1).toHaveTextContent('75%');
  expect(q1).toHaveTextContent('-0.87');
  expect(q1).toHaveTextContent('B: 3 · A: 1');
  expect(q1).toHaveTextContent('区分度为负');
  const f2 = within(table).getByRole('rowheader', { name: 'f2' }).closest('tr')!;
  expect(f2).toHaveTextContent('结业考试');
  expect(f2).toHaveTextContent('过易');
  const exports = screen.getByRole('navigation', { name: '导出' });
  expect(within(exports).getByRole('link', { name: '导出 CSV' })).toHaveAttribute('href', '/hr/api/items.csv?lang=zh-CN');
  expect(within(exports).getByRole('link', { name: '导出 Excel（XLSX）' })).toHaveAttribute('href', '/hr/api/items.xlsx?lang=zh-CN');
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
  const endings = [{ roleplayId: 'price', runs: 4, endings: { won: 2, advanced: 1, stalled: 0, lost: 1 } }];
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/items': () => json(200, { items, criteria, endings }) } });
  renderApp('/hr/items');
  const smart = await screen.findByRole('table', { name: 'SMART criteria trainees miss' });
  expect(within(smart).getByRole('rowheader', { name: 'Time-bound' }).closest('tr')).toHaveTextContent('Time-bound4375%');
  const roleplays = screen.getByRole('table', { name: 'How role-plays end' });
  expect(within(roleplays).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Role-play', 'Runs', 'Won', 'Advanced', 'Stalled', 'Lost']);
  expect(within(roleplays).getByRole('rowheader', { name: 'price' }).closest('tr')).toHaveTextContent('price42101');
});
