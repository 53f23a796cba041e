import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';

afterEach(() => vi.unstubAllGlobals());

test('a cohort that could not be saved says so until a save goes through', async () => {
  let puts = 0;
  fakeHrApi({
    signedIn: true,
    routes: {
      'PUT /hr/api/cohorts': () => (++puts === 1 ? json(403, { error: 'forbidden' }) : json(200, { cohorts: [{ cohort: '第一批', members: 1, due: null }], today: '2026-03-10', unknown: [] })),
    },
  });
  const { user } = renderApp('/hr');
  await user.type(await screen.findByRole('textbox', { name: '批次名称' }), '第一批');
  await user.type(screen.getByRole('textbox', { name: '工号（每行一个，或以逗号分隔）' }), 'E1');
  await user.click(screen.getByRole('button', { name: '保存批次' }));
  expect(await screen.findByText('批次未能保存。仅负责全公司的 HR 可管理批次；请检查网络后重试。')).toHaveAttribute('role', 'alert');

  await user.click(screen.getByRole('button', { name: '保存批次' }));
  expect(await within(screen.getByRole('list', { name: '各批次及截止日期' })).findByText('第一批：1 名学员')).toBeInTheDocument();
  expect(screen.queryByText('批次未能保存。仅负责全公司的 HR 可管理批次；请检查网络后重试。')).not.toBeInTheDocument();
});

test('a view that could not be saved says so, and the next save that works says saved', async () => {
  let puts = 0;
  fakeHrApi({
    signedIn: true,
    routes: {
      'PUT /hr/api/views': ({ body }) => (++puts === 1 ? json(500, { error: 'internal' }) : json(200, { views: [body] })),
    },
  });
  const { user } = renderApp('/hr');
  await screen.findByRole('table');
  await user.type(screen.getByLabelText('视图名称'), '全部');
  await user.click(screen.getByRole('button', { name: '保存当前视图' }));
  expect(await screen.findByText('无法保存视图，请检查网络后重试。')).toHaveAttribute('role', 'status');

  await user.click(screen.getByRole('button', { name: '保存当前视图' }));
  expect(await screen.findByText('视图已保存。')).toHaveAttribute('role', 'status');
  expect(within(screen.getByRole('list', { name: '我的视图' })).getByRole('link', { name: '全部' })).toBeInTheDocument();
});
