import { afterEach, expect, test, vi } from 'vitest';
import { fireEvent, renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';

afterEach(() => vi.unstubAllGlobals());

test('HR names a cohort from pasted employee ids, hears which are unknown, and gives it a due day', async () => {
  let cohorts: { cohort: string; members: number; due: string | null }[] = [];
  const sent: unknown[] = [];
  const csrfOk = (init: RequestInit) => (init.headers as Record<string, string>)['X-CSRF-Token'] === 'csrf-token-1';
  fakeHrApi({
    signedIn: true,
    routes: {
      'PUT /hr/api/cohorts': ({ init, body }) => {
        if (!csrfOk(init)) return json(403, { error: 'csrf' });
        sent.push(body);
        cohorts = [{ cohort: '第一批', members: 2, due: null }];
        return json(200, { cohorts, today: '2026-03-10', unknown: ['E8', 'E9'], moved: [{ employeeId: 'E2', from: '新员工营' }] });
      },
      'PUT /hr/api/cohorts/due': ({ init, body }) => {
        if (!csrfOk(init)) return json(403, { error: 'csrf' });
        sent.push(body);
        cohorts = [{ cohort: '第一批', members: 2, due: (body as { due: string }).due }];
        return json(200, { cohorts, today: '2026-03-10', unknown: [] });
      },
    },
  });
  const { user } = renderApp('/hr');
  await user.type(await screen.findByRole('textbox', { name: '批次名称' }), '第一批');
  await user.type(screen.getByRole('textbox', { name: '工号（每行一个，或以逗号分隔）' }), 'E1, E2{Enter}E8{Enter}E9');
  await user.click(screen.getByRole('button', { name: '保存批次' }));
  // The unknown ids listed as Chinese lists them.
  expect(await screen.findByText('以下工号尚未注册，未加入：E8、E9')).toHaveAttribute('role', 'status');
  // A trainee taken from another cohort is named with the cohort they left: nobody leaves a wave unnoticed.
  expect(screen.getByText('以下学员已从原批次移入本批次（每位学员只属于一个批次）：E2（原属“新员工营”）')).toHaveAttribute('role', 'status');
  expect(sent[0]).toEqual({ cohort: '第一批', employeeIds: ['E1', 'E2', 'E8', 'E9'] });
  expect(screen.getByText('已保存批次「第一批」。')).toHaveAttribute('role', 'status');
  await user.selectOptions(screen.getByRole('combobox', { name: '要设置的批次' }), '第一批');
  fireEvent.change(screen.getByLabelText('批次截止日期（留空即清除）'), { target: { value: '2026-03-01' } });
  await user.click(screen.getByRole('button', { name: '保存批次截止日期' }));
  expect(await within(screen.getByRole('list', { name: '各批次及截止日期' })).findByText('第一批：2 名学员，截止 2026-03-01（已逾期）')).toBeInTheDocument();
  expect(sent[1]).toEqual({ cohort: '第一批', due: '2026-03-01' });
  // HR is told what was saved, and no longer once the form changes again.
  expect(screen.getByText('已保存：批次「第一批」的截止日期为 2026-03-01。')).toHaveAttribute('role', 'status');
  expect(screen.queryByText('已保存批次「第一批」。')).not.toBeInTheDocument();
  fireEvent.change(screen.getByLabelText('批次截止日期（留空即清除）'), { target: { value: '' } });
  expect(screen.queryByText('已保存：批次「第一批」的截止日期为 2026-03-01。')).not.toBeInTheDocument();
});
