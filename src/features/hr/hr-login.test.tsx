import { afterEach, expect, onTestFinished, test, vi } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';
import { useSessionStore } from '../../stores/session-store';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.getState().setLocale('zh-CN');
});

async function signIn(user: ReturnType<typeof renderApp>['user'], name = 'hr-admin', password = 'secret-pass') {
  await user.type(await screen.findByLabelText('用户名'), name);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

test('wrong credentials are refused with a message, and the password field is emptied', async () => {
  const api = fakeHrApi({ routes: { 'POST /hr/api/login': () => json(401, { error: 'invalid_credentials' }) } });
  const { user } = renderApp('/hr');
  expect(await screen.findByRole('heading', { level: 1, name: '登录 HR 看板' })).toBeInTheDocument();
  await signIn(user, 'hr-admin', 'wrong-password');

  expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码不正确。');
  expect(screen.getByLabelText('密码')).toHaveValue('');
  expect(screen.getByLabelText('用户名')).toHaveValue('hr-admin');
  const [login] = api.to('/hr/api/login');
  expect(login!.init.method).toBe('POST');
  expect(new Headers(login!.init.headers).get('Content-Type')).toBe('application/json');
  expect(login!.body).toEqual({ user: 'hr-admin', password: 'wrong-password' });
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('too many attempts say how many minutes to wait, and the button waits too', async () => {
  fakeHrApi({ routes: { 'POST /hr/api/login': () => json(429, { error: 'rate_limited', retryAfter: 90 }) } });
  const { user } = renderApp('/hr');
  await signIn(user);
  expect(await screen.findByRole('alert')).toHaveTextContent('登录尝试次数过多，请在 2分钟后再试。');
  expect(screen.getByRole('button', { name: '登录' })).toBeDisabled();
});

test('in English, a short wait is said in seconds', async () => {
  useSettingsStore.getState().setLocale('en');
  fakeHrApi({ routes: { 'POST /hr/api/login': () => json(429, { error: 'rate_limited', retryAfter: 45 }) } });
  const { user } = renderApp('/hr');
  await user.type(await screen.findByLabelText('User name'), 'hr-admin');
  await user.type(screen.getByLabelText('Password'), 'secret-pass');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Try again in 45 seconds.');
});

test('a network failure is told apart from wrong credentials', async () => {
  fakeHrApi({
    routes: {
      'POST /hr/api/login': () => {
        throw new TypeError('Failed to fetch');
      },
    },
  });
  const { user } = renderApp('/hr');
  await signIn(user);
  expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器，请检查网络后重试。');
});

test('back from signing out at the company’s provider, the sign-in form says so; signing in again drops the note from the address', async () => {
  fakeHrApi();
  const { user, router } = renderApp('/hr?signin=signed-out');
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('你已退出登录。'));
  await signIn(user);
  expect(await screen.findByRole('table', { name: '学员 × 模块学习进度' })).toBeInTheDocument();
  await waitFor(() => expect(router.state.location.search).toBe(''));
  expect(router.state.location.pathname).toBe('/hr');
});

test('an empty form is not sent', async () => {
  const api = fakeHrApi();
  const { user } = renderApp('/hr');
  await user.click(await screen.findByRole('button', { name: '登录' }));
  expect(screen.getByRole('alert')).toHaveTextContent('请填写用户名和密码。');
  expect(api.to('/hr/api/login')).toHaveLength(0);
});

test('signing in shows the trainee × module matrix', async () => {
  fakeHrApi();
  const { user } = renderApp('/hr');
  await signIn(user);
  const table = await screen.findByRole('table', { name: '学员 × 模块学习进度' });
  expect(within(table).getByRole('columnheader', { name: '销售目标基础' })).toBeInTheDocument();
  expect(within(table).getByRole('link', { name: '学员1' })).toBeInTheDocument();
  expect(screen.getByText('共 3 名学员，显示 3 名')).toBeInTheDocument();
  expect(screen.getByText('已登录：hr-admin')).toBeInTheDocument();
});

test('signing out sends the CSRF token and returns to the sign-in form', async () => {
  const api = fakeHrApi({ signedIn: true });
  const { user } = renderApp('/hr');
  await user.click(await screen.findByRole('button', { name: '退出登录' }));
  expect(await screen.findByRole('heading', { level: 1, name: '登录 HR 看板' })).toBeInTheDocument();
  expect(screen.getByText('你已退出登录。')).toBeInTheDocument();
  const [logout] = api.to('/hr/api/logout');
  expect(logout!.init.method).toBe('POST');
  expect(new Headers(logout!.init.headers).get('X-CSRF-Token')).toBe('csrf-token-1');
  expect(logout!.init.credentials).toBe('same-origin');
});

test('a session that ends while the dashboard is open asks to sign in again', async () => {
  let calls = 0;
  fakeHrApi({
    signedIn: true,
    routes: { 'GET /hr/api/progress': () => (++calls === 1 ? json(401, { error: 'unauthorized', message: 'expired' }) : json(500, {})) },
  });
  renderApp('/hr');
  expect(await screen.findByText('登录已过期，请重新登录。')).toBeInTheDocument();
  expect(screen.getByLabelText('密码')).toBeInTheDocument();
});

test('a manager whose company account names no department is told that, in both languages, not that managers cannot see records', async () => {
  fakeHrApi({ routes: { 'GET /hr/api/session': () => json(403, { error: 'no_department', message: 'your company account names no department' }) } });
  const { unmount } = renderApp('/hr');
  expect(await screen.findByRole('alert')).toHaveTextContent('你的公司账号是经理账号，但没有填写部门');
  unmount();
  useSettingsStore.getState().setLocale('en');
  renderApp('/hr');
  expect(await screen.findByRole('alert')).toHaveTextContent('is a manager’s but names no department');
});

test('back from a company sign-in that was cancelled or refused, HR’s sign-in says why, in both languages', async () => {
  fakeHrApi({});
  useSessionStore.getState().set({ mode: 'company', login: '/auth/login', user: null, csrf: null });
  onTestFinished(() => useSessionStore.getState().set({ mode: 'unknown' }));
  const { unmount } = renderApp('/hr?signin=refused');
  expect(await screen.findByRole('alert')).toHaveTextContent('公司登录未允许你进入。请重试，或联系 IT 团队。');
  unmount();
  useSettingsStore.getState().setLocale('en');
  renderApp('/hr?signin=failed');
  expect(await screen.findByRole('alert')).toHaveTextContent('The sign-in could not be completed. Please try again in a moment.');
  expect(screen.getByRole('heading', { level: 1, name: 'Sign in to the HR dashboard' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Sign in with your company account' })).toHaveAttribute('href', '/auth/login?next=%2Fhr');
});

test('after HR clicks the company sign-in, while a slow provider keeps the browser here, the form says its sign-in page is on its way, in both languages', async () => {
  fakeHrApi({});
  useSessionStore.getState().set({ mode: 'company', login: '/auth/login', user: null, csrf: null });
  onTestFinished(() => useSessionStore.getState().set({ mode: 'unknown' }));
  // jsdom cannot follow the link to the provider; the click's own handler still runs.
  const stay = (e: Event) => e.preventDefault();
  document.addEventListener('click', stay);
  onTestFinished(() => document.removeEventListener('click', stay));
  const { user, unmount } = renderApp('/hr');
  const button = await screen.findByRole('link', { name: '使用公司账号登录' });
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
  await user.click(button);
  expect(await screen.findByRole('status')).toHaveTextContent('正在打开公司的登录页面，请稍候…');
  unmount();
  useSettingsStore.getState().setLocale('en');
  const english = renderApp('/hr');
  await english.user.click(await screen.findByRole('link', { name: 'Sign in with your company account' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Opening your company’s sign-in page…');
});
