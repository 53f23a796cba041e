import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';

afterEach(() => vi.unstubAllGlobals());

// Shaped as the real /hr/api/reviews answers (tests/server/hr-reviews.test.ts checks the server's side).
const reviews = {
  modules: [
    { id: '01-foundations', completed: 12, retention: { answered: 40, right: 30, share: 0.75 } },
    { id: '02-setting', completed: 3, retention: { answered: 0, right: 0, share: null } },
  ],
  overdue: [{ employeeId: 'E00002', name: '学员2', department: '销售一部', items: 3, since: '2026-03-05T09:00:00.000Z' }],
};

test('the dashboard shows retention per module beside completion, and who has reviews overdue', async () => {
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/reviews': () => json(200, reviews) } });
  renderApp('/hr');
  const table = await screen.findByRole('table', { name: '各模块的完成与保持率' });
  const rows = within(table).getAllByRole('row');
  expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('销售目标基础');
  expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['12', '75%', '40']);
  expect(within(rows[2]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '暂无复习', '0']);
  const panel = screen.getByRole('region', { name: '间隔复习：学到的是否记住了？' });
  const overdue = within(panel).getByRole('link', { name: '学员2' });
  expect(overdue.closest('li')).toHaveTextContent('（销售一部）：3 道题自 2026年3月5日 起逾期');
});

test('when the figures cannot be loaded the panel says so and the matrix still shows', async () => {
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/reviews': () => json(500, { error: 'server' }) } });
  renderApp('/hr');
  expect(await screen.findByText('复习数据加载失败。')).toBeInTheDocument();
  expect(await screen.findByRole('table', { name: '学员 × 模块学习进度' })).toBeInTheDocument();
});

test('figures still being counted are said to be so, and an overdue learner who never registered links by actor key', async () => {
  const key = 'mbox:mailto:zhao@example.com';
  fakeHrApi({
    signedIn: true,
    routes: { 'GET /hr/api/reviews': () => json(200, { ...reviews, overdue: [{ employeeId: key, actorKey: key, name: '赵敏', department: '', items: 1, since: '2026-03-05T09:00:00.000Z' }], pending: 1234 }) },
  });
  renderApp('/hr');
  const panel = await screen.findByRole('region', { name: '间隔复习：学到的是否记住了？' });
  expect(await within(panel).findByText('仍有 1,234 名学员的最新作答正在统计中，请稍后刷新查看完整数据。')).toBeInTheDocument();
  expect(within(panel).getByRole('link', { name: '赵敏' })).toHaveAttribute('href', `/hr/trainees/${encodeURIComponent(key)}`);
});
