import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json } from '../../../tests/fixtures/hr-api';

afterEach(() => vi.unstubAllGlobals());

type Grant = { employeeId: string; name: string | null; role: string; grantedBy: string; updated: string };
const UPDATED = '2026-03-04T05:06:00.000Z';

/** The roles API over a list the test can read: one row per role, replaced per person as the server does. */
function rolesApi(roles: string[], initial: Grant[], put?: () => Response | undefined) {
  let grants = [...initial];
  const api = fakeHrApi({
    signedIn: true,
    routes: {
      'GET /hr/api/session': () => json(200, { user: 'E00009', csrf: 'csrf-token-1', roles }),
      'GET /hr/api/roles': () => json(200, { grants }),
    },
  });
  const fetch = vi.mocked(globalThis.fetch);
  const inner = fetch.getMockImplementation()!;
  fetch.mockImplementation(async (input, init = {}) => {
    const url = new URL(String(input), 'http://localhost');
    if (init.method !== 'PUT' || !url.pathname.startsWith('/hr/api/roles/')) return inner(input, init);
    await inner(input, init);
    const refused = put?.();
    if (refused) return refused;
    const employeeId = decodeURIComponent(url.pathname.slice('/hr/api/roles/'.length));
    const body = JSON.parse(String(init.body)) as { roles: string[] };
    const name = grants.find((g) => g.employeeId === employeeId)?.name ?? null;
    grants = [...grants.filter((g) => g.employeeId !== employeeId), ...body.roles.map((role) => ({ employeeId, name, role, grantedBy: 'E00009', updated: UPDATED }))];
    return json(200, { employeeId, roles: body.roles });
  });
  return { ...api, puts: () => api.calls.filter((c) => c.init.method === 'PUT' && c.url.pathname.startsWith('/hr/api/roles/')) };
}

const granted: Grant[] = [
  { employeeId: 'E00001', name: '学员1', role: 'manager', grantedBy: 'E00009', updated: UPDATED },
  { employeeId: 'E00001', name: '学员1', role: 'trainer', grantedBy: 'E00009', updated: UPDATED },
  { employeeId: 'N77', name: null, role: 'hr', grantedBy: 'hr', updated: '2026-02-01T00:00:00.000Z' },
];

test('HR without the admin role sees no link to the roles page, and the page itself refuses them without asking the server', async () => {
  const api = rolesApi(['hr'], granted);
  const dashboard = renderApp('/hr');
  expect(await screen.findByRole('link', { name: '题目分析' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: '角色授权' })).toBeNull();
  dashboard.unmount();
  renderApp('/hr/roles');
  expect(await screen.findByText('只有管理员可以查看和更改角色授权。')).toBeInTheDocument();
  expect(screen.queryByLabelText('工号')).toBeNull();
  expect(api.to('/hr/api/roles')).toHaveLength(0);
});

test('an admin reaches the page from the dashboard and sees each person once, with their name, roles, granter and date', async () => {
  rolesApi(['admin'], granted);
  const { user, router } = renderApp('/hr');
  await user.click(await screen.findByRole('link', { name: '角色授权' }));
  expect(router.state.location.pathname).toBe('/hr/roles');
  expect(await screen.findByRole('heading', { level: 1, name: '角色授权' })).toBeInTheDocument();
  expect(screen.getByRole('note')).toHaveTextContent('下次用公司账号登录时起生效');
  const table = await screen.findByRole('table', { name: '已获额外授权的人员' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(2);
  const when = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(UPDATED));
  expect(rows[0]).toHaveTextContent(`E00001学员1讲师和经理E00009${when}`);
  expect(rows[1]).toHaveTextContent('N77尚未注册人力资源（HR）hr');
  // Each role comes with its explanation.
  expect(screen.getByRole('checkbox', { name: '讲师' })).toHaveAccessibleDescription('从演讲者控制台发起并主持现场课堂。');
});

test('an admin grants a role to an employee id, with the CSRF token, and the list shows it', async () => {
  const api = rolesApi(['admin'], granted);
  const { user } = renderApp('/hr/roles');
  await user.type(await screen.findByLabelText('工号'), ' E00042 ');
  await user.click(screen.getByRole('checkbox', { name: '经理' }));
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  expect(await screen.findByText('已保存 E00042 的角色：经理。将在其下次登录时生效。')).toBeInTheDocument();
  const [put] = api.puts();
  expect(put!.url.pathname).toBe('/hr/api/roles/E00042');
  expect(put!.body).toEqual({ roles: ['manager'] });
  expect((put!.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-token-1');
  expect(await screen.findByRole('row', { name: /E00042/ })).toHaveTextContent('经理');
  expect(screen.getByLabelText('工号')).toHaveValue('');
});

test('an employee id typed in full-width characters (a Chinese input method) is granted under the id the company account gives', async () => {
  const api = rolesApi(['admin'], granted);
  const { user } = renderApp('/hr/roles');
  await user.type(await screen.findByLabelText('工号'), 'Ｅ００００１');
  await user.click(screen.getByRole('checkbox', { name: '人力资源（HR）' }));
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  expect(await screen.findByText('已保存 E00001 的角色：人力资源（HR）。将在其下次登录时生效。')).toBeInTheDocument();
  expect(api.puts()[0]!.url.pathname).toBe('/hr/api/roles/E00001');
});

test('an admin changes a person’s roles from the list: the form is filled in and says saving replaces them', async () => {
  const api = rolesApi(['admin'], granted);
  const { user } = renderApp('/hr/roles');
  await user.click(await screen.findByRole('button', { name: '更改 E00001 的角色' }));
  expect(screen.getByLabelText('工号')).toHaveValue('E00001');
  expect(screen.getByLabelText('工号')).toHaveFocus();
  expect(screen.getByLabelText('工号')).toHaveAccessibleDescription('E00001 已有授权：讲师和经理。保存后将替换为下面勾选的角色。');
  expect(screen.getByRole('checkbox', { name: '经理' })).toBeChecked();
  await user.click(screen.getByRole('checkbox', { name: '讲师' }));
  await user.click(screen.getByRole('checkbox', { name: '人力资源（HR）' }));
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  await screen.findByText('已保存 E00001 的角色：经理和人力资源（HR）。将在其下次登录时生效。');
  expect(api.puts().map((c) => c.body)).toEqual([{ roles: ['manager', 'hr'] }]);
  expect(await screen.findByRole('row', { name: /E00001/ })).toHaveTextContent('经理和人力资源（HR）');
});

test('removing all of a person’s roles waits for confirmation; cancelling sends nothing', async () => {
  const api = rolesApi(['admin'], granted);
  const { user } = renderApp('/hr/roles');
  const remove = await screen.findByRole('button', { name: '撤销 E00001 的全部角色' });
  await user.click(remove);
  expect(screen.getByRole('alertdialog')).toHaveTextContent('撤销学员1（工号 E00001）的全部额外角色（讲师和经理）？');
  await user.click(screen.getByRole('button', { name: '取消' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(remove).toHaveFocus();
  expect(api.puts()).toHaveLength(0);

  await user.click(remove);
  await user.click(screen.getByRole('button', { name: '确认' }));
  expect(await screen.findByText('已撤销 E00001 的全部额外角色。将在其下次登录时生效。')).toBeInTheDocument();
  expect(api.puts().map((c) => [c.url.pathname, c.body])).toEqual([['/hr/api/roles/E00001', { roles: [] }]]);
  await vi.waitFor(() => expect(screen.queryByRole('row', { name: /E00001/ })).toBeNull());
});

test('an admin removing their own admin grant is warned first', async () => {
  const api = rolesApi(['admin'], [{ employeeId: 'E00009', name: '管理员甲', role: 'admin', grantedBy: 'hr', updated: UPDATED }]);
  const { user } = renderApp('/hr/roles');
  await user.click(await screen.findByRole('button', { name: '更改 E00009 的角色' }));
  await user.click(screen.getByRole('checkbox', { name: '管理员' }));
  await user.click(screen.getByRole('checkbox', { name: '讲师' }));
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  const dialog = screen.getByRole('alertdialog');
  expect(dialog).toHaveTextContent('将管理员甲（工号 E00009）的额外角色改为：讲师？');
  expect(dialog).toHaveAccessibleDescription(/你正在撤销你自己的管理员授权/);
  expect(api.puts()).toHaveLength(0);
  await user.click(within(dialog).getByRole('button', { name: '确认' }));
  await screen.findByText('已保存 E00009 的角色：讲师。将在其下次登录时生效。');
  expect(api.puts().map((c) => c.body)).toEqual([{ roles: ['trainer'] }]);
});

test('bad input gets a translated error beside the field, and a failed save keeps what was typed', async () => {
  let answer: Response | undefined = json(400, { error: 'bad_request' });
  const api = rolesApi(['admin'], granted, () => answer);
  const { user } = renderApp('/hr/roles');
  const id = await screen.findByLabelText('工号');
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  expect(id).toHaveAccessibleDescription('请输入工号。');
  expect(id).toHaveAttribute('aria-invalid', 'true');
  await user.type(id, 'E'.repeat(65));
  await user.click(screen.getByRole('checkbox', { name: '讲师' }));
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  expect(id).toHaveAccessibleDescription('工号最多 64 个字符。');
  expect(api.puts()).toHaveLength(0);

  await user.clear(id);
  await user.type(id, 'E00050');
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  expect(await screen.findByText(/服务器未接受该工号或角色/)).toBeInTheDocument();
  expect(id).toHaveValue('E00050');

  answer = json(500, { error: 'server' });
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  expect(await screen.findByText('保存未成功：请检查网络后重试。你填写的内容仍然保留。')).toBeInTheDocument();
  expect(id).toHaveValue('E00050');
  expect(screen.getByRole('checkbox', { name: '讲师' })).toBeChecked();

  // No role checked for someone without grants: nothing to save.
  await user.clear(id);
  await user.type(id, 'E00051');
  await user.click(screen.getByRole('checkbox', { name: '讲师' }));
  await user.click(screen.getByRole('button', { name: '保存授权' }));
  expect(await screen.findByText('请至少勾选一个要授予的角色。')).toBeInTheDocument();
  expect(api.puts()).toHaveLength(2);
});
