import { expect, test } from 'vitest';
import { activityIds, buildStatement } from '../../src/domain';
import { HR, serveApp } from './serve-app';

// An activity id may carry escapes that do not decode (`%E0%A4%A`): the LRS stores what the
// xAPI rules allow, and a trainee's own token may send it. HR's reports must answer all the same.
const served = serveApp();
const a = activityIds();
const HOME = 'https://sales-target-academy.example.com/employees';
const MALFORMED = '%E0%A4%A';
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

test('answers on items, a final-assessment item and a role-play whose ids do not decode leave the review report and the item analysis standing', async () => {
  const registered = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '李娜', employeeId: 'H1', department: '华东销售部' }) });
  const { token } = (await registered.json()) as { token: string };
  const trainee = { name: '李娜', employeeId: 'H1', homePage: HOME };
  const at = '2026-03-02T09:00:00.000Z';
  const answered = (id: string, parent: string) => buildStatement({ id: uuid(), trainee, verb: 'answered', object: { id, type: 'interaction' }, parent, result: { scaled: 0, success: false, response: 'a' }, timestamp: at });
  const hostile = [
    answered(`${a.quizItem('01-foundations', 'q1').slice(0, -2)}${MALFORMED}`, a.quiz('01-foundations')),
    answered(`${a.final()}/items/${MALFORMED}`, a.final()),
    answered(a.quizItem('01-foundations', 'fine'), a.quiz('01-foundations')),
    buildStatement({ id: uuid(), trainee, verb: 'completed', object: { id: `${a.roleplay('')}${MALFORMED}`, type: 'simulation' }, result: { completion: true, response: 'won' }, timestamp: at }),
  ];
  const sent = await fetch(`${served.base}/xapi/statements`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify(hostile),
  });
  expect(sent.status).toBe(200);

  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const get = (path: string) => fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: cookie } });

  const reviews = await get('/reviews');
  expect(reviews.status).toBe(200);
  // The item with a well-formed id, answered wrong, is in the deck and due the next day: overdue by now.
  expect(((await reviews.json()) as { overdue: { employeeId: string; items: number }[] }).overdue).toEqual([expect.objectContaining({ employeeId: 'H1', items: 1 })]);

  const items = await get('/items');
  expect(items.status).toBe(200);
  const report = (await items.json()) as { items: { quizId: string; itemId: string }[] };
  expect(report.items.map((i) => [i.quizId, i.itemId])).toEqual([['01-foundations', 'fine']]);
});
