import { afterEach, expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { useProfileStore } from '../../stores/profile-store';
import { useSettingsStore } from '../../stores/settings-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useSessionStore } from '../../stores/session-store';

afterEach(() => {
  useRecordsStatus.setState({ mode: 'unknown' });
  useSessionStore.setState({ signIn: { mode: 'unknown' } });
});

test('with records off there is no form: a first start opens the course itself', async () => {
  useProfileStore.setState({ profile: null });
  useRecordsStatus.setState({ mode: 'off' });
  const { router } = renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: '销售目标学院' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/');
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  expect(screen.queryByRole('link', { name: /修改资料/ })).not.toBeInTheDocument();
});

test('until config.json has answered, neither the form nor the page is shown to a new trainee', async () => {
  useProfileStore.setState({ profile: null });
  const { router } = renderApp('/practice/smart');
  expect(await screen.findByRole('link', { name: /销售目标学院/ })).toBeInTheDocument();
  expect(screen.getByRole('main')).toBeEmptyDOMElement();
  useRecordsStatus.setState({ mode: 'on' });
  expect(await screen.findByRole('heading', { level: 1, name: '欢迎来到销售目标学院' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/welcome');
});

test('on first start with records on the trainee is told what is stored and why, with errors in their language, then goes where they were headed', async () => {
  useProfileStore.setState({ profile: null });
  useRecordsStatus.setState({ mode: 'on' });
  const { user, router } = renderApp('/practice/smart');
  expect(await screen.findByRole('heading', { level: 1, name: '欢迎来到销售目标学院' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: '会记录什么，为什么' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/welcome');

  await user.type(screen.getByLabelText('工号'), 'E 10');
  await user.click(screen.getByRole('button', { name: '保存并开始学习' }));
  expect(screen.getByLabelText('姓名')).toHaveAccessibleDescription(/请填写此项。/);
  expect(screen.getByLabelText('姓名')).toHaveFocus();
  expect(screen.getByLabelText('工号')).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText('工号')).toHaveAccessibleDescription(/工号只能包含字母、数字、点、短横线或下划线。/);
  expect(useProfileStore.getState().profile).toBeNull();

  await user.type(screen.getByLabelText('姓名'), ' 王伟 ');
  await user.clear(screen.getByLabelText('工号'));
  await user.type(screen.getByLabelText('工号'), 'E1002');
  await user.type(screen.getByLabelText('部门'), '华南销售部');
  await user.click(screen.getByRole('button', { name: '保存并开始学习' }));
  expect(useProfileStore.getState().profile).toEqual({ name: '王伟', employeeId: 'E1002', department: '华南销售部' });
  expect(JSON.parse(localStorage.getItem('sta:profile')!).state.profile.employeeId).toBe('E1002');
  expect(await screen.findByRole('heading', { level: 1, name: 'SMART 目标练习' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/practice/smart');
  expect(await screen.findByRole('link', { name: '王伟（修改资料）' })).toBeInTheDocument();
});

test('the details can be edited later, in English too, with a warning when the employee ID changes', async () => {
  useSettingsStore.setState({ locale: 'en' });
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('link', { name: '李娜 (edit details)' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'My details' })).toBeInTheDocument();
  expect(screen.getByLabelText('Department')).toHaveValue('华东销售部');
  await user.clear(screen.getByLabelText('Department'));
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(screen.getByLabelText('Department')).toHaveAccessibleDescription(/Please fill this in\./);
  await user.type(screen.getByLabelText('Department'), 'Key Accounts');
  await user.type(screen.getByLabelText('Employee ID'), '9');
  expect(screen.getByRole('note')).toHaveTextContent('new records go under the new ID');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  expect(useProfileStore.getState().profile).toEqual({ name: '李娜', employeeId: 'E10249', department: 'Key Accounts' });
});

test('an employee ID typed in full-width characters is saved in half-width and shown as saved, with no warning left behind', async () => {
  useSettingsStore.setState({ locale: 'zh-CN' });
  const { user } = renderApp('/profile');
  const id = await screen.findByLabelText('工号');
  await user.clear(id);
  await user.type(id, 'Ｅ１０２４');
  // The same ID as saved (E1024), only typed in full-width: nothing moves to a new ID.
  expect(screen.queryByRole('note')).not.toBeInTheDocument();
  await user.type(id, '５');
  expect(screen.getByRole('note')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '保存修改' }));
  expect(screen.getByRole('status')).toHaveTextContent('已保存。');
  expect(useProfileStore.getState().profile?.employeeId).toBe('E10245');
  expect(id).toHaveValue('E10245');
  expect(screen.queryByRole('note')).not.toBeInTheDocument();
});

test('with company sign-in nobody is asked to type their details: a sign-in that failed on a return visit ends on the sign-in screen saying why, not on the welcome form', async () => {
  useProfileStore.setState({ profile: null });
  // A return visit: records are known to be on before config.json says how people sign in.
  useRecordsStatus.setState({ mode: 'on' });
  const { router } = renderApp('/?signin=no_name');
  expect(await screen.findByRole('heading', { level: 1, name: '欢迎来到销售目标学院' })).toBeInTheDocument();
  useSessionStore.setState({ signIn: { mode: 'company', login: '/auth/login', user: null, csrf: null } });
  expect(await screen.findByRole('heading', { level: 1, name: '使用公司账号登录' })).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('你的公司账号没有姓名');
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/');
});
