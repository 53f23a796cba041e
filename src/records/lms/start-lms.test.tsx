import { Scorm12API } from 'scorm-again';
import { afterEach, expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { useProfileStore } from '../../stores/profile-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useSettingsStore } from '../../stores/settings-store';
import { startLms } from './start-lms';

/** A SCORM 1.2 LMS (scorm-again's run-time API) on the window, naming the learner as an LMS does. */
function lms(learner: { id: string; name: string }) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON({ core: { student_id: learner.id, student_name: learner.name, entry: 'ab-initio' } });
  (window as unknown as { API?: unknown }).API = api;
  return api;
}

afterEach(() => {
  delete (window as unknown as { API?: unknown }).API;
  useProfileStore.setState({ lms: false });
  useRecordsStatus.setState({ mode: 'unknown' });
  useSettingsStore.setState({ locale: 'zh-CN' });
});

test('inside an LMS the name and ID are the LMS\'s, shown read-only; the department starts empty and is optional', async () => {
  useProfileStore.setState({ profile: null });
  useSettingsStore.setState({ locale: 'en' });
  lms({ id: 'E-2001', name: 'Zhou, Lin' });
  expect(await startLms('scorm12', 'en')).toMatchObject({ ok: true });
  useRecordsStatus.setState({ mode: 'off' });
  expect(useProfileStore.getState().profile).toEqual({ name: 'Lin Zhou', employeeId: 'E-2001', department: '' });

  const { user } = renderApp('/');
  expect(screen.queryByRole('link', { name: /edit details/ })).not.toBeInTheDocument();
  await user.click(await screen.findByRole('link', { name: 'Lin Zhou (my details)', hidden: true }));
  expect(await screen.findByRole('heading', { level: 1, name: 'My details' })).toBeInTheDocument();
  const name = screen.getByRole('textbox', { name: 'Name' });
  const id = screen.getByRole('textbox', { name: 'Employee ID' });
  for (const field of [name, id]) {
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveAccessibleDescription(/From your learning platform \(LMS\)/);
  }
  expect(name).toHaveValue('Lin Zhou');
  expect(id).toHaveValue('E-2001');
  await user.type(name, 'x');
  expect(name).toHaveValue('Lin Zhou');

  const department = screen.getByRole('textbox', { name: 'Department (optional)' });
  expect(department).toHaveValue('');
  expect(department).not.toBeRequired();
  // Only the department is the learner's to change here, and the page does not claim more.
  expect(screen.queryByText(/change these details/)).not.toBeInTheDocument();
  expect(screen.getByText('You can add or change your department at any time from the Menu at the top of the page.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  expect(department).not.toHaveAttribute('aria-invalid');
  expect(useProfileStore.getState().profile).toEqual({ name: 'Lin Zhou', employeeId: 'E-2001', department: '' });

  await user.type(department, 'East China Sales');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(useProfileStore.getState().profile).toEqual({ name: 'Lin Zhou', employeeId: 'E-2001', department: 'East China Sales' });
  // The department is kept when the same learner comes back, while the name follows the LMS.
  lms({ id: 'E-2001', name: 'Zhou, Linda' });
  await startLms('scorm12', 'en');
  expect(useProfileStore.getState().profile).toEqual({ name: 'Linda Zhou', employeeId: 'E-2001', department: 'East China Sales' });
});

test('a placeholder dash an earlier launch stored is no department, and another learner in the same browser starts afresh', async () => {
  useProfileStore.setState({ profile: { name: 'Lin Zhou', employeeId: 'E-2001', department: '—' } });
  lms({ id: 'E-2001', name: 'Zhou, Lin' });
  await startLms('scorm12', 'zh-CN');
  expect(useProfileStore.getState().profile).toEqual({ name: 'Lin Zhou', employeeId: 'E-2001', department: '' });

  useProfileStore.setState({ profile: { name: 'Lin Zhou', employeeId: 'E-2001', department: 'East China Sales' } });
  lms({ id: 'E-3002', name: 'Qian, Mo' });
  await startLms('scorm12', 'zh-CN');
  expect(useProfileStore.getState().profile).toEqual({ name: 'Mo Qian', employeeId: 'E-3002', department: '' });
  useRecordsStatus.setState({ mode: 'off' });
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('link', { name: 'Mo Qian（我的资料）', hidden: true }));
  expect(await screen.findByRole('textbox', { name: '部门（选填）' })).toHaveValue('');
  expect(screen.getByRole('textbox', { name: '姓名' })).toHaveAttribute('readonly');
});
