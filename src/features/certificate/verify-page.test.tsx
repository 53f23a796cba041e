import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { verificationCode } from '../../domain';
import { useProfileStore } from '../../stores/profile-store';
import { useSettingsStore } from '../../stores/settings-store';

const CODE = verificationCode(Uint8Array.from({ length: 16 }, (_, i) => 255 - i * 7));
const OTHER = verificationCode(new Uint8Array(16).fill(3));
const record = { code: CODE, name: '王伟', department: '华南销售部', finalScore: 0.875, completedAt: '2026-11-27T02:00:00.000Z', issuedAt: '2026-11-28T02:00:00.000Z', identity: 'company' };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.getState().setLocale('zh-CN');
});

function server() {
  const stub = vi.fn(async (url: string) => (url === `/api/certificates/${CODE}` ? json(200, record) : json(404, { error: 'not_found' })));
  vi.stubGlobal('fetch', stub);
  return stub;
}

test('a valid code, typed any way, shows whose certificate it is — no profile needed', async () => {
  useProfileStore.setState({ profile: null });
  const stub = server();
  renderApp(`/verify/${CODE.toLowerCase().replace(/-/g, '')}`);
  expect(await screen.findByRole('heading', { level: 1, name: '证书验证' })).toBeInTheDocument();
  const verdict = await screen.findByText(`证书有效：验证码 ${CODE} 对应以下结业证书。`);
  expect(verdict.closest('[role="status"]')).not.toBeNull();
  const sheet = screen.getByRole('article', { name: '结业证书' });
  expect(within(sheet).getByText('王伟')).toBeInTheDocument();
  expect(within(sheet).getByText('华南销售部')).toBeInTheDocument();
  expect(within(sheet).getByText('87.5%')).toBeInTheDocument();
  // Whether the company's sign-in vouched for the holder is part of what a verifier reads.
  expect(within(sheet).getByText('经公司统一登录核实')).toBeInTheDocument();
  expect(within(sheet).getByText('2026年11月27日')).toBeInTheDocument();
  expect(stub).toHaveBeenCalledWith(`/api/certificates/${CODE}`, expect.anything());
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a code the server did not issue is rejected', async () => {
  const stub = server();
  renderApp(`/verify/${OTHER}`);
  expect(await screen.findByRole('alert')).toHaveTextContent(`没有与验证码「${OTHER}」对应的证书`);
  expect(screen.queryByRole('article')).not.toBeInTheDocument();
  expect(stub).toHaveBeenCalledOnce();
});

test('a made-up code that cannot be a code is rejected without asking the server', async () => {
  const stub = server();
  renderApp('/verify/STA-AAAA-AAAA-AAAA');
  expect(await screen.findByRole('alert')).toHaveTextContent('没有与验证码「STA-AAAA-AAAA-AAAA」对应的证书');
  expect(stub).not.toHaveBeenCalled();
});

test('a code typed into the form is checked, in English too', async () => {
  useSettingsStore.getState().setLocale('en');
  server();
  const { user } = renderApp('/verify');
  await user.type(await screen.findByRole('textbox', { name: 'Verification code' }), ` ${CODE.toLowerCase()} `);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
  expect(await screen.findByText(`Valid certificate: code ${CODE} belongs to the certificate below.`)).toBeInTheDocument();
  expect(screen.getByText('November 27, 2026')).toBeInTheDocument();
});

test('when the server cannot be reached, or is asked too often, it says so and can try again', async () => {
  let answer: () => Promise<Response> = async () => {
    throw new TypeError('Failed to fetch');
  };
  vi.stubGlobal('fetch', vi.fn(async () => answer()));
  const { user } = renderApp(`/verify/${CODE}`);
  expect(await screen.findByRole('alert')).toHaveTextContent('暂时无法连接验证服务器');
  answer = async () => new Response(JSON.stringify({ error: 'rate_limited', retryAfter: 42 }), { status: 429, headers: { 'Retry-After': '42' } });
  await user.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('查询过于频繁，请约 42 秒后再试。')).toBeInTheDocument();
});

test('pressing Verify with no code says what is missing, and the message goes once a code is typed', async () => {
  const stub = server();
  const { user } = renderApp('/verify');
  const field = await screen.findByRole('textbox', { name: '验证码' });
  await user.type(field, '   ');
  await user.click(screen.getByRole('button', { name: '验证' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('请输入证书上印的验证码。');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(/请输入证书上印的验证码。/);
  await user.type(field, 'S');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(stub).not.toHaveBeenCalled();
});

test('a garbled link is answered as an unknown code, not an error page', async () => {
  const stub = server();
  renderApp('/verify/%zz');
  expect(await screen.findByRole('alert')).toHaveTextContent('没有与验证码');
  expect(stub).not.toHaveBeenCalled();
});
