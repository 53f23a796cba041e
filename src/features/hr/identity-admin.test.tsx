import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { fakeHrApi, json, makeRows } from '../../../tests/fixtures/hr-api';

afterEach(() => vi.unstubAllGlobals());

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
  await user.type(await screen.findByLabelText('合并到的工号'), 'E00002');
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
