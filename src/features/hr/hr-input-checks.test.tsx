import { afterEach, expect, test, vi } from 'vitest';
import { fireEvent, renderApp, screen } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';

afterEach(() => vi.unstubAllGlobals());

test('a role grant to an employee id registration would refuse is stopped in the form, with the rule in words', async () => {
  const api = fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/session': () => json(200, { user: 'E00009', csrf: 'csrf-token-1', roles: ['admin'] }), 'GET /hr/api/roles': () => json(200, { grants: [] }) } });
  const { user } = renderApp('/hr/roles');
  await user.type(await screen.findByLabelText('工号'), '员工😀 1');
  await user.click(screen.getByRole('checkbox', { name: '经理' }));
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  expect(await screen.findByText('工号只能包含字母、数字和“.”“_”“-”“@”“+”，不能有空格或其他符号。')).toHaveAttribute('role', 'alert');
  expect(screen.getByLabelText('工号')).toHaveAttribute('aria-invalid', 'true');
  expect(api.calls.filter((c) => c.init.method === 'PUT')).toEqual([]);
});

test('a department due day outside 2000 to ten years ahead is refused before it is sent, saying the range', async () => {
  const api = fakeHrApi({ signedIn: true });
  renderApp('/hr');
  const department = await screen.findByLabelText('设置截止日期的部门');
  await vi.waitFor(() => expect(department.querySelectorAll('option').length).toBeGreaterThan(1));
  fireEvent.change(department, { target: { value: department.querySelectorAll('option')[1]!.value } });
  const day = screen.getByLabelText('截止日期（留空即清除）');
  for (const wrong of ['0001-01-01', '2099-01-01']) {
    fireEvent.change(day, { target: { value: wrong } });
    fireEvent.click(screen.getByRole('button', { name: '保存截止日期' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/截止日期需在 2000年1月1日 至 2036年3月10日（今天起 10 年内）之间。/);
  }
  expect(api.to('/hr/api/due-dates').filter((c) => c.init.method === 'PUT')).toEqual([]);
});

test("the server's refusal of a cohort's due day is shown as the same range, not as a network problem", async () => {
  fakeHrApi({
    signedIn: true,
    routes: {
      'GET /hr/api/cohorts': () => json(200, { cohorts: [{ cohort: '第一批', members: 1, due: null }], today: '2026-03-10', unknown: [] }),
      'PUT /hr/api/cohorts/due': () => json(400, { error: 'due_out_of_range' }),
    },
  });
  renderApp('/hr');
  const cohort = await screen.findByLabelText('要设置的批次');
  fireEvent.change(cohort, { target: { value: '第一批' } });
  fireEvent.change(screen.getByLabelText('批次截止日期（留空即清除）'), { target: { value: '2030-01-01' } });
  fireEvent.click(screen.getByRole('button', { name: '保存批次截止日期' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('截止日期需在 2000年1月1日 至 2036年3月10日（今天起 10 年内）之间。');
});
