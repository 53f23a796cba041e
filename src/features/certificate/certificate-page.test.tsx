import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { completedStores } from '../../../tests/fixtures/completed-course';
import { verificationCode } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { useQuizStore } from '../../stores/quiz-store';
import { useProfileStore } from '../../stores/profile-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useSettingsStore } from '../../stores/settings-store';

const CODE = verificationCode(Uint8Array.from({ length: 16 }, (_, i) => i * 13));
const PROFILE = { name: '李娜', employeeId: 'E1024', department: '华东销售部' };
const record = { code: CODE, name: '李娜', department: '华东销售部', finalScore: 0.93, completedAt: '2026-11-27T02:00:00.000Z', issuedAt: '2026-11-28T02:00:00.000Z' };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.getState().setLocale('zh-CN');
});

function complete(options?: Parameters<typeof completedStores>[0]) {
  const { progress, attempts } = completedStores(options);
  useProgressStore.setState({ progress });
  useQuizStore.setState({ quiz: { attempts, active: {} } });
}

function recordsOn(fetch: (url: string, init?: RequestInit) => Promise<Response>) {
  useRecordsStatus.setState({ enabled: true });
  useProfileStore.setState({ registration: { token: 'trainee-token', homePage: 'https://hr.example.com', for: PROFILE } });
  const stub = vi.fn(fetch);
  vi.stubGlobal('fetch', stub);
  return stub;
}

test('an incomplete course says what is missing, with links to each part', async () => {
  complete({ skipQuiz: '03-execution', finalPassed: false });
  useProgressStore.setState((s) => ({ progress: { modules: { ...s.progress.modules, '00-intro': { seen: {} } } } }));
  const stub = recordsOn(async () => json(500, {}));
  renderApp('/certificate');
  expect(await screen.findByRole('heading', { level: 1, name: '结业证书' })).toBeInTheDocument();
  expect(screen.getByText(/完成全部课程模块并通过结业考试后，即可获得结业证书/)).toBeInTheDocument();
  const list = within(screen.getByRole('main')).getByRole('list');
  expect(within(list).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
    ['课程介绍：尚未读完', '/modules/00-intro'],
    ['销售目标执行：测验尚未通过', '/modules/03-execution/quiz'],
    ['结业考试：尚未通过', '/final'],
  ]);
  expect(screen.queryByRole('button', { name: '打印 / 保存为 PDF' })).not.toBeInTheDocument();
  expect(stub).not.toHaveBeenCalled();
});

test('a complete course shows the certificate with the code the records server issued', async () => {
  complete();
  const stub = recordsOn(async () => json(201, record));
  const { user } = renderApp('/certificate');
  const sheet = await screen.findByRole('article', { name: '结业证书' });
  expect(within(sheet).getByText('李娜')).toBeInTheDocument();
  expect(within(sheet).getByText('华东销售部')).toBeInTheDocument();
  expect(within(sheet).getByText('93%')).toBeInTheDocument();
  expect(within(sheet).getByText('2026年11月27日')).toBeInTheDocument();
  expect(await within(sheet).findByText(CODE)).toBeInTheDocument();
  expect(within(sheet).getByRole('link', { name: `${location.origin}/verify/${CODE}` })).toHaveAttribute('href', `${location.origin}/verify/${CODE}`);
  expect(within(sheet).getByText('2026年11月28日')).toBeInTheDocument();
  expect(stub).toHaveBeenCalledWith('/api/certificates', expect.objectContaining({ method: 'POST', headers: { Authorization: 'Bearer trainee-token' } }));

  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  await user.click(screen.getByRole('button', { name: '打印 / 保存为 PDF' }));
  expect(print).toHaveBeenCalledOnce();
});

test('in English, with the date and score written the English way', async () => {
  useSettingsStore.getState().setLocale('en');
  complete();
  recordsOn(async () => json(200, record));
  renderApp('/certificate');
  const sheet = await screen.findByRole('article', { name: 'Certificate of Completion' });
  expect(within(sheet).getByText('November 27, 2026')).toBeInTheDocument();
  expect(within(sheet).getByText('93%')).toBeInTheDocument();
  expect(await within(sheet).findByText(CODE)).toBeInTheDocument();
});

test('with records off the certificate shows without a code, and says why', async () => {
  complete();
  const stub = vi.fn();
  vi.stubGlobal('fetch', stub);
  renderApp('/certificate');
  const sheet = await screen.findByRole('article', { name: '结业证书' });
  expect(within(sheet).getByText('李娜')).toBeInTheDocument();
  expect(within(sheet).getByRole('status')).toHaveTextContent('本证书暂无验证码');
  expect(stub).not.toHaveBeenCalled();
});

test('while the server has not yet got every record, or cannot be reached, it says so and offers to try again', async () => {
  complete();
  let answer = json(409, { error: 'not_complete', missing: ['final'] });
  const stub = recordsOn(async () => answer);
  const { user } = renderApp('/certificate');
  const sheet = await screen.findByRole('article', { name: '结业证书' });
  expect(await within(sheet).findByText(/你的学习记录仍在发送中/)).toBeInTheDocument();
  answer = json(201, record);
  await user.click(within(sheet).getByRole('button', { name: '立即重试' }));
  expect(await within(sheet).findByText(CODE)).toBeInTheDocument();
  expect(stub).toHaveBeenCalledTimes(2);
});

test('the home page links to the certificate once the course is complete, not before', async () => {
  complete({ finalPassed: false });
  const first = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: '销售目标学院' });
  expect(screen.queryByRole('link', { name: '查看并打印结业证书' })).not.toBeInTheDocument();
  first.unmount();

  complete();
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('link', { name: '查看并打印结业证书' }));
  expect(await screen.findByRole('article', { name: '结业证书' })).toBeInTheDocument();
});

test('with records off there is no profile: the certificate asks for the name to print, then shows it with a seal and signature lines', async () => {
  complete();
  useProfileStore.setState({ profile: null });
  useRecordsStatus.setState({ mode: 'off' });
  const { user } = renderApp('/certificate');
  const name = await screen.findByLabelText('证书上打印的姓名');
  await user.click(screen.getByRole('button', { name: '生成证书' }));
  expect(name).toHaveAccessibleDescription(/请填写要打印的姓名。/);
  await user.type(name, ' 张敏 ');
  await user.click(screen.getByRole('button', { name: '生成证书' }));
  const sheet = await screen.findByRole('article', { name: '结业证书' });
  expect(within(sheet).getByText('张敏')).toBeInTheDocument();
  expect(within(sheet).queryByText('部门')).not.toBeInTheDocument();
  expect(within(sheet).getByText('培训负责人')).toBeInTheDocument();
  expect(within(sheet).getByText('学员')).toBeInTheDocument();
  expect(localStorage.getItem('sta:certificate-name')).toBe('张敏');
  useRecordsStatus.setState({ mode: 'unknown' });
});
