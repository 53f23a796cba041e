import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.getState().setLocale('zh-CN');
});

const summary = {
  funnel: { not_started: 4, reading: 3, read: 2, passed: 1, certified: 5 },
  departments: [{ department: '销售一部', trainees: 10, completion: 0.5, averageScore: 0.82 }],
  completions: [{ day: '2026-11-03', count: 2, total: 2 }],
};

test('every chart is a named image with its figures in a table behind it', async () => {
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/summary': () => json(200, summary) } });
  const { user } = renderApp('/hr');
  await user.click(await screen.findByRole('link', { name: '图表' }));
  expect(await screen.findByRole('img', { name: '从未开始到获得证书' })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: '各部门完成率' })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: '证书颁发趋势' })).toBeInTheDocument();
  const funnel = screen.getByRole('table', { name: '从未开始到获得证书', hidden: true });
  expect(within(funnel).getByRole('rowheader', { name: '已获证书', hidden: true }).closest('tr')).toHaveTextContent('5');
  const departments = screen.getByRole('table', { name: '各部门完成率', hidden: true });
  expect(within(departments).getByRole('rowheader', { name: '销售一部', hidden: true }).closest('tr')).toHaveTextContent('1050%82%');
  expect(screen.getAllByText('以表格查看数据')).toHaveLength(3);
});
