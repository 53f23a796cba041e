import { MemoryRouter } from 'react-router';
import { afterEach, expect, test } from 'vitest';
import { renderWithI18n, screen } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { SignInScreen } from './sign-in-screen';

const at = (path: string) =>
  renderWithI18n(
    <MemoryRouter initialEntries={[path]}>
      <SignInScreen login="/auth/login" />
    </MemoryRouter>,
  );

afterEach(() => useSettingsStore.setState({ locale: 'zh-CN' }));

test('back from signing out, the first screen says so as news, not as an error, and signing in again does not carry the note along', () => {
  at('/?signin=signed-out');
  expect(screen.getByRole('heading', { level: 1, name: '使用公司账号登录' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('你已退出登录。');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: '使用公司账号登录' })).toHaveAttribute('href', '/auth/login?next=%2F');
});

test('the signed-out note in English', () => {
  useSettingsStore.setState({ locale: 'en' });
  at('/?signin=signed-out');
  expect(screen.getByRole('status')).toHaveTextContent('You have been signed out.');
});

test('a failed sign-in is an alert, and a first visit says neither', () => {
  const { unmount } = at('/?signin=expired');
  expect(screen.getByRole('alert')).toHaveTextContent('登录耗时过长');
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
  unmount();
  at('/');
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('after the click, while a slow provider keeps the browser here, the screen says the sign-in page is on its way, in both languages', async () => {
  // jsdom cannot follow the link to the provider; the click's own handler still runs.
  const stay = (e: Event) => e.preventDefault();
  document.addEventListener('click', stay);
  try {
    const { unmount } = at('/modules/01-foundations/quiz?signin=failed');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    screen.getByRole('link', { name: '使用公司账号登录' }).click();
    expect(await screen.findByRole('status')).toHaveTextContent('正在打开公司的登录页面');
    // Trying again returns to the quiz, not to the first screen.
    expect(screen.getByRole('link', { name: '使用公司账号登录' })).toHaveAttribute('href', '/auth/login?next=%2Fmodules%2F01-foundations%2Fquiz');
    unmount();
    useSettingsStore.setState({ locale: 'en' });
    at('/');
    screen.getByRole('link', { name: 'Sign in with your company account' }).click();
    expect(await screen.findByRole('status')).toHaveTextContent('Opening your company’s sign-in page…');
  } finally {
    document.removeEventListener('click', stay);
  }
});

test('when the session ran out, the first screen says to sign in again and that nothing done on this device is lost, in both languages', () => {
  const { unmount } = renderWithI18n(
    <MemoryRouter initialEntries={['/modules/01-foundations/quiz']}>
      <SignInScreen login="/auth/login" ended />
    </MemoryRouter>,
  );
  expect(screen.getByRole('status')).toHaveTextContent('你的登录已过期。请重新登录以继续学习；你在这台设备上完成的内容都已保留');
  expect(screen.getByRole('link', { name: '使用公司账号登录' })).toHaveAttribute('href', '/auth/login?next=%2Fmodules%2F01-foundations%2Fquiz');
  unmount();
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(
    <MemoryRouter initialEntries={['/']}>
      <SignInScreen login="/auth/login" ended />
    </MemoryRouter>,
  );
  expect(screen.getByRole('status')).toHaveTextContent('Your sign-in has expired. Sign in again to carry on');
});

test('on the join page, a phone whose session ran out is told that its answers would not be its own, and signing in brings it back to its join code', () => {
  renderWithI18n(
    <MemoryRouter initialEntries={['/join?code=123456']}>
      <SignInScreen login="/auth/login" ended />
    </MemoryRouter>,
  );
  expect(screen.getByRole('status')).toHaveTextContent('你的登录已过期，所以暂未让你进入课堂互动：否则你的回答不会记在你的名下。');
  expect(screen.getByRole('link', { name: '使用公司账号登录' })).toHaveAttribute('href', '/auth/login?next=%2Fjoin%3Fcode%3D123456');
});
