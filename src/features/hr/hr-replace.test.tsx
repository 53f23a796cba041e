import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';

afterEach(() => vi.unstubAllGlobals());

const cohorts = (members: number) => json(200, { cohorts: [{ cohort: '第一批', members, due: null }], today: '2026-03-10', unknown: [] });

test('saving a view under a name in use asks first, saying which view it replaces; cancelling keeps it', async () => {
  const api = fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/views': () => json(200, { views: [{ name: '逾期', query: 'department=a' }] }) } });
  const { user } = renderApp('/hr');
  await screen.findByRole('table');
  await user.type(screen.getByLabelText('视图名称'), '逾期');
  await user.click(screen.getByRole('button', { name: '保存当前视图' }));
  expect(screen.getByRole('alertdialog')).toHaveTextContent('已有名为“逾期”的视图。要用当前的筛选和排序替换它吗？');
  expect(api.to('/hr/api/views').filter((c) => c.init.method === 'PUT')).toEqual([]);
  await user.click(screen.getByRole('button', { name: '取消' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(api.to('/hr/api/views').filter((c) => c.init.method === 'PUT')).toEqual([]);

  await user.click(screen.getByRole('button', { name: '保存当前视图' }));
  await user.click(screen.getByRole('button', { name: '替换' }));
  expect(await screen.findByText('视图已保存。')).toHaveAttribute('role', 'status');
  expect(api.to('/hr/api/views').filter((c) => c.init.method === 'PUT')).toHaveLength(1);
});

test('a saved view is deleted after confirming, with the CSRF token', async () => {
  const api = fakeHrApi({
    signedIn: true,
    routes: {
      'GET /hr/api/views': () => json(200, { views: [{ name: '逾期', query: 'department=a' }] }),
      [`DELETE /hr/api/views/${encodeURIComponent('逾期')}`]: () => json(200, { views: [] }),
    },
  });
  const { user } = renderApp('/hr');
  const list = await screen.findByRole('list', { name: '我的视图' });
  await user.click(within(list).getByRole('button', { name: '删除视图“逾期”…' }));
  expect(screen.getByRole('alertdialog')).toHaveTextContent('删除视图“逾期”？此操作无法撤销。');
  await user.click(screen.getByRole('button', { name: '删除' }));
  expect(await screen.findByText('视图已删除。')).toHaveAttribute('role', 'status');
  const [call] = api.calls.filter((c) => c.init.method === 'DELETE');
  expect(call!.url.pathname).toBe(`/hr/api/views/${encodeURIComponent('逾期')}`);
  expect((call!.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-token-1');
  expect(screen.queryByRole('list', { name: '我的视图' })).toBeNull();
});

test('saving a cohort under a name in use asks first, saying how many members it replaces', async () => {
  const api = fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/cohorts': () => cohorts(3), 'PUT /hr/api/cohorts': () => cohorts(1) } });
  const { user } = renderApp('/hr');
  await screen.findByRole('list', { name: '各批次及截止日期' });
  await user.type(screen.getByRole('textbox', { name: '批次名称' }), '第一批');
  await user.type(screen.getByRole('textbox', { name: '工号（每行一个，或以逗号分隔）' }), 'E9');
  await user.click(screen.getByRole('button', { name: '保存批次' }));
  expect(screen.getByRole('alertdialog')).toHaveTextContent('批次“第一批”已有 3 名学员。保存将用所列的 1 个工号替换他们');
  expect(api.to('/hr/api/cohorts').filter((c) => c.init.method === 'PUT')).toEqual([]);
  await user.click(screen.getByRole('button', { name: '替换成员' }));
  expect(await within(screen.getByRole('list', { name: '各批次及截止日期' })).findByText('第一批：1 名学员')).toBeInTheDocument();
});

test('a cohort with no employee ids gets a clear error and is not sent; one with only unknown ids is reported and left unchanged', async () => {
  const api = fakeHrApi({ signedIn: true, routes: { 'PUT /hr/api/cohorts': () => json(400, { error: 'no_registered_ids', unknown: ['X1', 'X2'] }) } });
  const { user } = renderApp('/hr');
  await user.type(await screen.findByRole('textbox', { name: '批次名称' }), '第二批');
  await user.type(screen.getByRole('textbox', { name: '工号（每行一个，或以逗号分隔）' }), ' , ');
  await user.click(screen.getByRole('button', { name: '保存批次' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('请至少列出一个工号。');
  expect(api.to('/hr/api/cohorts').filter((c) => c.init.method === 'PUT')).toEqual([]);

  await user.clear(screen.getByRole('textbox', { name: '工号（每行一个，或以逗号分隔）' }));
  await user.type(screen.getByRole('textbox', { name: '工号（每行一个，或以逗号分隔）' }), 'X1, X2');
  await user.click(screen.getByRole('button', { name: '保存批次' }));
  expect(await screen.findByText('这些工号都没有注册：X1、X2。批次未作任何更改。')).toHaveAttribute('role', 'alert');
});

test('from the keyboard, a question to confirm takes the focus wherever it sits, Escape cancels it, and the focus goes back to the button that asked', async () => {
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/views': () => json(200, { views: [{ name: '逾期', query: 'department=a' }] }) } });
  const { user } = renderApp('/hr');
  const list = await screen.findByRole('list', { name: '我的视图' });
  const remove = within(list).getByRole('button', { name: '删除视图“逾期”…' });
  remove.focus();
  await user.keyboard('{Enter}');
  const dialog = screen.getByRole('alertdialog');
  expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(remove).toHaveFocus();
});
