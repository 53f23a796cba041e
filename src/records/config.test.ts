import { expect, test } from 'vitest';
import { loadRecordsConfig, parseSignIn } from './config';

const answer = (status: number, body?: unknown) => async () => new Response(body === undefined ? null : JSON.stringify(body), { status });
const offline = async (): Promise<Response> => {
  throw new TypeError('Failed to fetch');
};

test('the embedded server\'s config: records on, with a trailing slash added to the endpoint', async () => {
  const config = await loadRecordsConfig(answer(200, { records: { endpoint: '/xapi', auth: 'trainee-token', register: '/api/trainees', homePage: 'https://hr.example.com' } }));
  expect(config).toEqual({ endpoint: '/xapi/', auth: 'trainee-token', register: '/api/trainees', homePage: 'https://hr.example.com', courseIri: 'https://sales-target-academy.example.com/xapi/course' });
});

test('a records server that scores quiz attempts says where they go; an external LRS never does', async () => {
  const server = await loadRecordsConfig(answer(200, { records: { endpoint: '/xapi/', auth: 'trainee-token', register: '/api/trainees', attempts: '/api/attempts' } }));
  expect(server?.attempts).toBe('/api/attempts');
  const lrs = await loadRecordsConfig(answer(200, { records: { endpoint: 'https://lrs.example.com/xapi/', auth: { basic: { key: 'k', secret: 's' } }, attempts: '/api/attempts' } }));
  expect(lrs?.attempts).toBeUndefined();
});

test('an external LRS with a key; records off with null or without the file', async () => {
  expect((await loadRecordsConfig(answer(200, { records: { endpoint: 'https://lrs.example.com/xapi/', auth: { basic: { key: 'k', secret: 's' } } } })))?.auth).toEqual({ basic: { key: 'k', secret: 's' } });
  expect(await loadRecordsConfig(answer(200, { records: null }))).toBeNull();
  expect(await loadRecordsConfig(answer(404))).toBeNull();
});

test.each([
  [[], 'must be a JSON object'],
  [{ records: { auth: 'trainee-token' } }, 'records.endpoint'],
  [{ records: { endpoint: '/xapi/', auth: 'password' } }, 'records.auth'],
  [{ records: { endpoint: '/xapi/', auth: 'trainee-token', homePage: 'not a url' } }, 'records.homePage'],
])('a config that cannot be meant is refused with the reason: %j', async (body, reason) => {
  await expect(loadRecordsConfig(answer(200, body))).rejects.toThrow(reason);
});

test('offline, the last good config is used; offline on a first visit, records wait (off)', async () => {
  expect(await loadRecordsConfig(offline)).toBeNull();
  await loadRecordsConfig(answer(200, { records: { endpoint: '/xapi/', auth: 'trainee-token' } }));
  expect((await loadRecordsConfig(offline))?.endpoint).toBe('/xapi/');
});

test('config.json is asked for beside index.html, whatever page the trainee opened first', async () => {
  window.history.pushState({}, '', '/modules/03-execution/sales-funnel');
  let asked = '';
  await loadRecordsConfig(async (input) => {
    asked = String(input);
    return new Response(JSON.stringify({ records: null }), { status: 200 });
  });
  expect(new URL(asked).pathname).toBe('/config.json');
});

test('a session that ran out is noted only while nobody is signed in', () => {
  expect(parseSignIn({ signIn: { mode: 'company', login: '/auth/login', ended: true } })).toEqual({ mode: 'company', login: '/auth/login', user: null, csrf: null, ended: true });
  const user = { employeeId: 'E1', name: '王芳', department: 'X', roles: ['trainee'] };
  expect(parseSignIn({ signIn: { mode: 'company', login: '/auth/login', user, csrf: 'c', ended: true } })).not.toHaveProperty('ended');
  expect(parseSignIn({ signIn: { mode: 'company', login: '/auth/login', ended: 'yes' } })).not.toHaveProperty('ended');
});

test('the answer the head script already asked for is taken once, and the next load asks for itself', async () => {
  window.staConfig = Promise.resolve(new Response(JSON.stringify({ records: { endpoint: '/xapi', auth: 'trainee-token' } }), { status: 200 }));
  let asked = 0;
  const ask = async () => {
    asked += 1;
    return new Response(JSON.stringify({ records: null }), { status: 200 });
  };
  expect((await loadRecordsConfig(ask))?.endpoint).toBe('/xapi/');
  expect(asked).toBe(0);
  expect(window.staConfig).toBeNull();
  expect(await loadRecordsConfig(ask)).toBeNull();
  expect(asked).toBe(1);
});

test('the head script\'s request failing offline is a failed load like any other: the last good copy stands', async () => {
  await loadRecordsConfig(answer(200, { records: { endpoint: '/xapi', auth: 'trainee-token' } }));
  window.staConfig = Promise.reject(new TypeError('Failed to fetch'));
  expect((await loadRecordsConfig(offline))?.endpoint).toBe('/xapi/');
});
