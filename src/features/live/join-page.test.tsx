import { expect, test, vi } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { useProfileStore } from '../../stores/profile-store';
import { useSettingsStore } from '../../stores/settings-store';

test('joining: the code must be six digits, a name is needed, an unknown code and a network failure are told apart', async () => {
  useProfileStore.setState({ profile: null });
  // A Chinese phone (jsdom's own languages are English).
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'zh']);
  const fetchMock = vi.fn(async (url: string) => {
    if (url.endsWith('/654321')) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ error: 'no_session' }), { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  const { user } = renderApp('/join');
  await user.type(await screen.findByLabelText('加入码'), '12345');
  await user.click(screen.getByRole('button', { name: '加入' }));
  expect(screen.getByRole('alert')).toHaveTextContent('加入码是 6 位数字。');
  // Read again whenever the field is reached, not only once when it appeared.
  expect(screen.getByLabelText('加入码')).toHaveAccessibleDescription(/加入码是 6 位数字。/);
  expect(fetchMock).not.toHaveBeenCalled();

  await user.type(screen.getByLabelText('加入码'), '6');
  await user.click(screen.getByRole('button', { name: '加入' }));
  expect(screen.getByRole('alert')).toHaveTextContent('请填写你的名字。');
  expect(screen.getByLabelText('你的名字')).toHaveAccessibleDescription(/请填写你的名字。/);
  expect(screen.getByLabelText('加入码')).not.toHaveAccessibleDescription(/请填写/);

  await user.type(screen.getByLabelText('你的名字'), '周');
  // Once a name is typed, the reason about it goes.
  expect(screen.queryByRole('alert')).toBeNull();
  await user.click(screen.getByRole('button', { name: '加入' }));
  expect(await screen.findByText('没有找到这个加入码的课堂，请核对讲师屏幕上的数字。')).toBeInTheDocument();
  expect(fetchMock).toHaveBeenCalledWith('/api/live/sessions/123456');

  await user.clear(screen.getByLabelText('加入码'));
  await user.type(screen.getByLabelText('加入码'), '654 321');
  await user.click(screen.getByRole('button', { name: '加入' }));
  expect(await screen.findByText('无法连接服务器，请检查网络后重试。')).toBeInTheDocument();
});

test('an ended session says so, in English too; a trainee\'s own name is offered', async () => {
  useSettingsStore.setState({ locale: 'en' });
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ moduleId: '01-foundations', ended: true }), { status: 200 }));
  const { user } = renderApp('/join');
  expect(await screen.findByLabelText('Your name')).toHaveValue('李娜');
  await user.type(screen.getByLabelText('Join code'), '123456');
  await user.click(screen.getByRole('button', { name: 'Join' }));
  expect(await screen.findByText('This class session has ended.')).toBeInTheDocument();
});

test('a phone that never chose a language reads /join in its own', async () => {
  localStorage.clear();
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
  renderApp('/join');
  expect(await screen.findByLabelText('Join code')).toBeInTheDocument();
  expect(useSettingsStore.getState().locale).toBe('en');
});

test('a code typed in full-width digits, as a Chinese keyboard may give them, joins like the same digits', async () => {
  useProfileStore.setState({ profile: null });
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'zh']);
  const fetchMock = vi.fn(async () => new Response(JSON.stringify({ error: 'no_session' }), { status: 404 }));
  vi.stubGlobal('fetch', fetchMock);
  const { user } = renderApp('/join');
  await user.type(await screen.findByLabelText('加入码'), '１２３ ４５６');
  await user.type(screen.getByLabelText('你的名字'), '周');
  // Once a name is typed, the reason about it goes.
  expect(screen.queryByRole('alert')).toBeNull();
  await user.click(screen.getByRole('button', { name: '加入' }));
  expect(await screen.findByText('没有找到这个加入码的课堂，请核对讲师屏幕上的数字。')).toBeInTheDocument();
  expect(fetchMock).toHaveBeenCalledWith('/api/live/sessions/123456');
});
