import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { fakeHrApi, json, makeRows } from '../../../tests/fixtures/hr-api';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.setState({ locale: 'zh-CN' });
});

// E00001 is self-declared in the fixture rows; E00002 came from the company sign-in.
const rows = makeRows(2);
const detail = (i: number) => ({ trainee: { employeeId: rows[i]!.employeeId, name: rows[i]!.name, department: rows[i]!.department, registered: null }, row: rows[i]!, timeline: [] });
const routes = (roles: string[], breakGlass = false) => ({
  'GET /hr/api/session': () => json(200, { user: 'admin', csrf: 'csrf-token-1', roles, breakGlass }),
  'GET /hr/api/trainees/:id': ({ url }: { url: URL }) => json(200, detail(url.pathname.endsWith('E00001') ? 0 : 1)),
  'POST /hr/api/trainees/E00001/merge': () => new Response(null, { status: 204 }),
});

test('the matrix marks a self-declared identity beside the name', async () => {
  fakeHrApi({ signedIn: true, rows, routes: routes(['hr']) });
  renderApp('/hr');
  expect(await screen.findByText(/自行填报/)).toBeInTheDocument();
  expect(screen.getAllByText(/自行填报/)).toHaveLength(1);
});

test('an admin merges a self-declared identity only after confirming, with the CSRF token; the local account says it is break-glass', async () => {
  const api = fakeHrApi({ signedIn: true, rows, routes: routes(['admin'], true) });
  const { user, router } = renderApp('/hr/trainees/E00001');
  expect(await screen.findByRole('note')).toHaveTextContent('本地应急账号');
  // Typed in full-width characters, as a Chinese input method may: the id meant is E00002.
  await user.type(await screen.findByLabelText('合并到的工号'), 'Ｅ０００02');
  await user.click(screen.getByRole('button', { name: '合并…' }));
  expect(api.to('/hr/api/trainees/E00001/merge')).toHaveLength(0);
  const confirm = screen.getByRole('alertdialog');
  expect(confirm).toHaveTextContent('将 E00001 的全部记录转到 E00002 名下');
  await user.click(screen.getByRole('button', { name: '确认执行' }));
  const [call] = api.to('/hr/api/trainees/E00001/merge');
  expect(call!.body).toEqual({ into: 'E00002' });
  expect((call!.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-token-1');
  await vi.waitFor(() => expect(router.state.location.pathname).toBe('/hr'));
});

test('HR without the admin role, and a company-verified identity, get no such controls', async () => {
  fakeHrApi({ signedIn: true, rows, routes: routes(['hr']) });
  renderApp('/hr/trainees/E00001');
  expect(await screen.findByRole('heading', { level: 1, name: rows[0]!.name })).toBeInTheDocument();
  expect(screen.queryByLabelText('合并到的工号')).toBeNull();
});

test('the merge form says what is wrong before asking to confirm: an empty field, the same id, one too long or with characters registration refuses', async () => {
  const api = fakeHrApi({ signedIn: true, rows, routes: routes(['admin']) });
  const { user } = renderApp('/hr/trainees/E00001');
  const field = await screen.findByLabelText('合并到的工号');
  const cases: [string, string][] = [
    ['', '请输入要合并到的工号。'],
    ['E00001', '不能把身份合并到它自己：请输入另一个工号。'],
    ['E'.repeat(100), '工号最多 64 个字符。'],
    ['员工😀 1', '工号只能包含字母、数字和“.”“_”“-”“@”“+”，不能有空格或其他符号。'],
  ];
  for (const [typed, message] of cases) {
    await user.clear(field);
    if (typed) await user.type(field, typed);
    await user.click(screen.getByRole('button', { name: '合并…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  expect(api.to('/hr/api/trainees/E00001/merge')).toHaveLength(0);
});

test("the server's specific refusal of a merge is said specifically, in English too", async () => {
  fakeHrApi({ signedIn: true, rows, routes: { ...routes(['admin']), 'POST /hr/api/trainees/E00001/merge': () => json(409, { error: 'verified' }) } });
  useSettingsStore.setState({ locale: 'en' });
  const { user } = renderApp('/hr/trainees/E00001');
  await user.type(await screen.findByLabelText('Employee ID to merge into'), 'E00002');
  await user.click(screen.getByRole('button', { name: 'Merge…' }));
  await user.click(screen.getByRole('button', { name: 'Yes, do it' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('This identity was verified by the company sign-in and cannot be merged or removed here.');
});
