import { afterEach, expect, test, vi } from 'vitest';
import { fireEvent, renderApp, screen, waitFor, within } from '../../../tests/setup/render';
import { fakeHrApi, json, makeRows } from '../../../tests/fixtures/hr-api';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.getState().setLocale('zh-CN');
});

test('a module cell shows the status in words, the best score as a percentage and the attempts', async () => {
  fakeHrApi({ signedIn: true });
  renderApp('/hr');
  const table = await screen.findByRole('table', { name: '学员 × 模块学习进度' });
  const first = within(table).getByRole('link', { name: '学员1' }).closest('[role="row"]') as HTMLElement;
  const cells = within(first).getAllByRole('cell');
  // Employee id, name, department, course status, final assessment, certificate, then the modules in course order.
  expect(cells).toHaveLength(6 + 10);
  expect(cells[0]).toHaveTextContent('E00001');
  expect(cells[2]).toHaveTextContent('渠道部');
  expect(cells[3]).toHaveTextContent('进行中');
  expect(cells[4]).toHaveTextContent('未参加');
  expect(cells[5]).toHaveTextContent('未颁发');
  expect(cells[6]).toHaveTextContent('未开始');
  expect(cells[7]).toHaveTextContent('已完成最高分 85% · 2 次测验');
  expect(cells[8]).toHaveTextContent('进行中最高分 50% · 1 次测验');
  expect(cells[15]).toHaveTextContent('未开始');
  expect(table).toHaveAttribute('aria-rowcount', '4');
  expect(first).toHaveAttribute('aria-rowindex', '2');
});

test('filters go into the request and the URL, and a reload keeps them', async () => {
  const api = fakeHrApi({ signedIn: true, rows: makeRows(30) });
  const { user, router, unmount, unsync } = renderApp('/hr');
  await screen.findByRole('table');

  await user.selectOptions(screen.getByLabelText('部门'), '销售一部');
  await waitFor(() => expect(api.lastProgressQuery()?.get('department')).toBe('销售一部'));
  expect(await screen.findByText('共 30 名学员，显示 10 名')).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText('状态范围'), '01-foundations');
  await user.selectOptions(screen.getByLabelText('状态'), '已完成');
  fireEvent.change(screen.getByLabelText('活动起始日期'), { target: { value: '2026-03-01' } });
  fireEvent.change(screen.getByLabelText('活动截止日期'), { target: { value: '2026-03-31' } });
  await user.type(screen.getByRole('searchbox', { name: '搜索姓名或工号' }), '学员1');

  await waitFor(() => expect(api.lastProgressQuery()?.get('q')).toBe('学员1'));
  const query = api.lastProgressQuery()!;
  expect(query.get('status')).toBe('completed');
  expect(query.get('module')).toBe('01-foundations');
  // The chosen days, from the start of the first to the end of the last, in this browser's time zone.
  expect(query.get('from')).toBe(new Date(2026, 2, 1).toISOString());
  expect(query.get('to')).toBe(new Date(2026, 2, 31, 23, 59, 59, 999).toISOString());
  // Typing is debounced: the search went out once, not once per keystroke.
  expect(api.to('/hr/api/progress').filter((c) => c.url.searchParams.has('q'))).toHaveLength(1);

  const url = new URLSearchParams(router.state.location.search);
  expect(Object.fromEntries(url)).toEqual({ department: '销售一部', status: 'completed', module: '01-foundations', from: '2026-03-01', to: '2026-03-31', q: '学员1' });

  const shared = `/hr${router.state.location.search}`;
  unmount();
  unsync();
  const reload = fakeHrApi({ signedIn: true, rows: makeRows(30) });
  renderApp(shared);
  await screen.findByRole('table');
  expect(screen.getByLabelText('部门')).toHaveValue('销售一部');
  expect(screen.getByLabelText('状态')).toHaveValue('completed');
  expect(screen.getByLabelText('活动起始日期')).toHaveValue('2026-03-01');
  expect(screen.getByRole('searchbox', { name: '搜索姓名或工号' })).toHaveValue('学员1');
  expect(reload.to('/hr/api/progress')[0]!.url.searchParams.get('department')).toBe('销售一部');
}, 20_000);

test('a start date after the end date is flagged and not sent', async () => {
  const api = fakeHrApi({ signedIn: true });
  renderApp('/hr?from=2026-04-01&to=2026-03-01');
  await screen.findByRole('table');
  expect(screen.getByText('起始日期晚于截止日期，日期范围暂未生效。')).toBeInTheDocument();
  expect(screen.getByLabelText('活动起始日期')).toHaveAttribute('aria-invalid', 'true');
  expect(api.lastProgressQuery()?.has('from')).toBe(false);
});

test('export links carry exactly the current filters and the language', async () => {
  fakeHrApi({ signedIn: true });
  renderApp('/hr?department=渠道部&status=completed&q=E0');
  await screen.findByRole('table');
  const exports = screen.getByRole('navigation', { name: '导出' });
  const href = (name: string) => new URL(within(exports).getByRole('link', { name }).getAttribute('href')!, 'http://localhost');

  const csv = href('导出 CSV');
  expect(csv.pathname).toBe('/hr/api/export.csv');
  expect(Object.fromEntries(csv.searchParams)).toEqual({ department: '渠道部', status: 'completed', q: 'E0', lang: 'zh-CN' });
  const xlsx = href('导出 Excel（XLSX）');
  expect(xlsx.pathname).toBe('/hr/api/export.xlsx');
  expect(Object.fromEntries(xlsx.searchParams)).toEqual({ department: '渠道部', status: 'completed', q: 'E0', lang: 'zh-CN' });
  const ndjson = href('导出 xAPI 语句（NDJSON）');
  expect(ndjson.pathname).toBe('/hr/api/statements.ndjson');
  expect(Object.fromEntries(ndjson.searchParams)).toEqual({ department: '渠道部', status: 'completed', q: 'E0' });
});

test('in English the exports ask for English', async () => {
  useSettingsStore.getState().setLocale('en');
  fakeHrApi({ signedIn: true });
  renderApp('/hr?status=in_progress');
  await screen.findByRole('table', { name: 'Trainee × module progress' });
  const link = screen.getByRole('link', { name: 'Export CSV' });
  expect(link.getAttribute('href')).toBe('/hr/api/export.csv?status=in_progress&lang=en');
  expect(screen.getByText('Showing 3 of 3 trainees')).toBeInTheDocument();
});

test('with 10,000 trainees one page is loaded, only a window of its rows is in the DOM, and the pager brings the next', async () => {
  const api = fakeHrApi({ signedIn: true, rows: makeRows(10_000) });
  const { user, router } = renderApp('/hr');
  const table = await screen.findByRole('table');
  expect(screen.getByText('共 10,000 名学员，显示 10,000 名')).toBeInTheDocument();
  // One page of 100 rows is loaded, never all of them; the table still says where each row sits in the whole.
  expect(api.lastProgressQuery()?.get('pageSize')).toBe('100');
  expect(table).toHaveAttribute('aria-rowcount', '10001');
  expect(within(table).getAllByRole('row').length).toBeLessThan(60);
  expect(within(table).getByRole('link', { name: '学员1' })).toBeInTheDocument();
  expect(within(table).queryByRole('link', { name: '学员100' })).not.toBeInTheDocument();

  fireEvent.scroll(table, { target: { scrollTop: 100 * 60 } });
  const last = await within(table).findByRole('link', { name: '学员100' });
  expect(last.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '101');
  expect(within(table).queryByRole('link', { name: '学员1' })).not.toBeInTheDocument();

  const pager = screen.getByRole('navigation', { name: '学员分页' });
  expect(pager).toHaveTextContent('第 1 页，共 100 页');
  await user.click(within(pager).getByRole('button', { name: '下一页' }));
  const next = await screen.findByRole('link', { name: '学员101' });
  expect(next.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '102');
  expect(api.lastProgressQuery()?.get('page')).toBe('2');
  expect(router.state.location.search).toBe('?page=2');
});

test('a column header sorts the rows on the server, ascending then descending, from the first page', async () => {
  const api = fakeHrApi({ signedIn: true, rows: makeRows(12) });
  const { user, router } = renderApp('/hr?page=1');
  const table = await screen.findByRole('table');
  const header = within(table).getByRole('columnheader', { name: /工号/ });
  expect(header).toHaveAttribute('aria-sort', 'none');
  expect(within(table).getByRole('columnheader', { name: /部门/ })).toHaveAttribute('aria-sort', 'ascending');
  await user.click(within(header).getByRole('button'));
  await waitFor(() => expect(api.lastProgressQuery()?.get('sort')).toBe('employeeId'));
  await waitFor(() => expect(within(screen.getByRole('table')).getByRole('columnheader', { name: /工号/ })).toHaveAttribute('aria-sort', 'ascending'));
  await user.click(within(within(screen.getByRole('table')).getByRole('columnheader', { name: /工号/ })).getByRole('button'));
  await waitFor(() => expect(api.lastProgressQuery()?.get('dir')).toBe('desc'));
  await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent('E00012'));
  expect(router.state.location.search).toBe('?sort=employeeId&dir=desc');
  // The exports are sorted the same way.
  const csv = new URL(within(screen.getByRole('navigation', { name: '导出' })).getByRole('link', { name: '导出 CSV' }).getAttribute('href')!, 'http://localhost');
  expect(csv.searchParams.get('sort')).toBe('employeeId');
  expect(csv.searchParams.get('dir')).toBe('desc');
});

test('when no trainee matches, the page says so and offers to clear the filters', async () => {
  fakeHrApi({ signedIn: true });
  const { user, router } = renderApp('/hr?department=销售二部&q=nobody');
  expect(await screen.findByText('没有符合这些筛选条件的学员。')).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  await user.click(screen.getAllByRole('button', { name: '清除筛选' }).at(-1)!);
  expect(await screen.findByRole('table')).toBeInTheDocument();
  expect(router.state.location.search).toBe('');
  expect(screen.getByRole('searchbox', { name: '搜索姓名或工号' })).toHaveValue('');
});

test('a failed load says so and can be retried', async () => {
  let attempts = 0;
  const rows = makeRows(2);
  fakeHrApi({
    signedIn: true,
    routes: { 'GET /hr/api/progress': () => (++attempts === 1 ? json(500, { error: 'internal' }) : json(200, { modules: [], departments: [], total: 2, matched: 2, page: 1, pageSize: 100, rows })) },
  });
  const { user } = renderApp('/hr');
  expect(await screen.findByRole('alert')).toHaveTextContent('无法加载学习记录，请检查网络后重试。');
  await user.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByRole('link', { name: '学员2' })).toBeInTheDocument();
});

test('the current filters and sort are saved as a named view on the server, and reopening it restores them', async () => {
  const api = fakeHrApi({ signedIn: true, rows: makeRows(12) });
  const { user, router } = renderApp('/hr?department=销售一部&sort=name&dir=desc');
  await screen.findByRole('table');
  await user.type(screen.getByLabelText('视图名称'), '一部逆序');
  await user.click(screen.getByRole('button', { name: '保存当前视图' }));
  expect(await screen.findByText('视图已保存。')).toBeInTheDocument();
  const saved = api.to('/hr/api/views').at(-1)!.body as { name: string; query: string };
  expect(saved.name).toBe('一部逆序');
  expect(Object.fromEntries(new URLSearchParams(saved.query))).toEqual({ department: '销售一部', sort: 'name', dir: 'desc' });
  await user.selectOptions(screen.getByLabelText('部门'), '');
  await waitFor(() => expect(router.state.location.search).toBe('?sort=name&dir=desc'));
  await user.click(within(screen.getByRole('list', { name: '我的视图' })).getByRole('link', { name: '一部逆序' }));
  await waitFor(() => expect(screen.getByLabelText('部门')).toHaveValue('销售一部'));
  expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('name');
});

test('HR sets a department due day with the CSRF token, and the overdue filter goes into the request', async () => {
  const api = fakeHrApi({
    signedIn: true,
    routes: { 'PUT /hr/api/due-dates': ({ init, body }) => ((init.headers as Record<string, string>)['X-CSRF-Token'] === 'csrf-token-1' ? json(200, { dueDates: [body], today: '2026-03-10' }) : json(403, { error: 'csrf' })) },
  });
  const { user } = renderApp('/hr');
  await screen.findByRole('table');
  await waitFor(() => expect(within(screen.getByLabelText('设置截止日期的部门')).getAllByRole('option').length).toBeGreaterThan(1));
  await user.selectOptions(screen.getByLabelText('设置截止日期的部门'), '销售一部');
  fireEvent.change(screen.getByLabelText('截止日期（留空即清除）'), { target: { value: '2026-03-01' } });
  await user.click(screen.getByRole('button', { name: '保存截止日期' }));
  expect(await within(await screen.findByRole('list', { name: '各部门截止日期' })).findByText('销售一部：2026-03-01 截止（已逾期）')).toBeInTheDocument();
  expect(screen.getByText('已保存：销售一部的截止日期为 2026-03-01。')).toHaveAttribute('role', 'status');
  await user.click(screen.getByRole('checkbox', { name: '仅看逾期' }));
  await waitFor(() => expect(api.lastProgressQuery()?.get('overdue')).toBe('yes'));
});

test('sorting from the keyboard keeps the focus on the column header, so Enter again sorts the other way', async () => {
  const api = fakeHrApi({ signedIn: true, rows: makeRows(12) });
  const { user, router } = renderApp('/hr');
  const table = await screen.findByRole('table');
  const button = within(within(table).getByRole('columnheader', { name: /姓名/ })).getByRole('button');
  button.focus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(api.lastProgressQuery()?.get('sort')).toBe('name'));
  await waitFor(() => expect(within(screen.getByRole('table')).getByRole('columnheader', { name: /姓名/ })).toHaveAttribute('aria-sort', 'ascending'));
  expect(within(screen.getByRole('table')).getByRole('columnheader', { name: /姓名/ })).toContainElement(document.activeElement as HTMLElement);
  await user.keyboard('{Enter}');
  await waitFor(() => expect(router.state.location.search).toBe('?sort=name&dir=desc'));
});
