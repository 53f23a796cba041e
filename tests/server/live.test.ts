import { expect, test } from 'vitest';
import { liveClient } from './live-client';
import { liveServers } from './live-server';

const { start } = await liveServers('live');

const client = (base: string, hello: object) => liveClient(`ws://${base}/live/ws`, hello);

const quiz = { kind: 'quiz', prompt: { 'zh-CN': '销售目标应当？', en: 'A sales target should be?' }, options: [{ id: 'a', text: { 'zh-CN': '具体', en: 'Specific' } }, { id: 'b', text: { 'zh-CN': '模糊', en: 'Vague' } }], multiple: false, correct: ['a'], itemId: 'target-definition-best-fit', seconds: 20 };

test('a trainer starts a session; three join; a quiz item is pushed, answered once each (a reload too), counted, revealed, ranked, recorded; a restart keeps it', async () => {
  const first = await start();
  const { base, db } = first;
  const created = await fetch(`http://${base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  expect(created.status).toBe(201);
  const { code, trainerKey } = (await created.json()) as { code: string; trainerKey: string };
  expect(code).toMatch(/^\d{6}$/);
  expect((await fetch(`http://${base}/api/live/sessions/${code}`)).status).toBe(200);
  expect((await fetch(`http://${base}/api/live/sessions/000000`)).status).toBe(404);
  expect((await fetch(`http://${base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: 'nope' }) })).status).toBe(400);
  // Not said to be JSON: refused before it is read.
  expect((await fetch(`http://${base}/api/live/sessions`, { method: 'POST', body: JSON.stringify({ moduleId: '01-foundations' }) })).status).toBe(415);

  const trainer = client(base, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const intruder = client(base, { t: 'trainer', code, key: 'x'.repeat(20) });
  expect((await intruder.next((m) => m.t === 'error')).error).toBe('not_trainer');

  const people = ['Amy-000001', 'Ben-000002', 'Cai-000003'].map((pid) => ({ pid, c: client(base, { t: 'join', code, pid, name: pid.slice(0, 3) }) }));
  for (const p of people) await p.c.next((m) => m.t === 'view');
  await trainer.next((m) => m.t === 'view' && m.view!.participants === 3);

  // A participant cannot push.
  people[0]!.c.send({ t: 'push', question: quiz });
  expect((await people[0]!.c.next((m) => m.t === 'error')).error).toBe('not_trainer');

  trainer.send({ t: 'push', question: quiz });
  const asked = await people[0]!.c.next((m) => m.t === 'view' && Boolean(m.view!.question));
  const question = asked.view!.question as { id: string; correct?: unknown };
  expect(question.correct).toBeUndefined(); // phones never see the answer key before the reveal

  people[0]!.c.send({ t: 'answer', qid: question.id, optionIds: ['a'] });
  people[0]!.c.send({ t: 'answer', qid: question.id, optionIds: ['b'] }); // a double tap changes nothing
  people[1]!.c.send({ t: 'answer', qid: question.id, optionIds: ['b'] });
  // Cai reloads: a new socket, the same participant id; answers once.
  people[2]!.c.close();
  const cai = client(base, { t: 'join', code, pid: 'Cai-000003', name: 'Cai' });
  await cai.next((m) => m.t === 'view' && Boolean(m.view!.question));
  cai.send({ t: 'answer', qid: question.id, optionIds: ['a'] });
  await trainer.next((m) => m.t === 'view' && m.view!.counts?.answered === 3);
  const counted = await trainer.next((m) => m.t === 'view' && m.view!.counts?.answered === 3);
  expect(counted.view!.counts!.byOption).toEqual({ a: 2, b: 1 });
  expect(counted.view!.participants).toBe(3);

  trainer.send({ t: 'reveal' });
  const result = await people[0]!.c.next((m) => m.t === 'view' && Boolean(m.view!.result));
  expect(result.view!.result).toMatchObject({ correct: ['a'], rank: expect.any(Number), of: 3 });
  const board = await trainer.next((m) => m.t === 'view' && m.view!.revealed === true);
  const leaders = board.view!.leaderboard as { name: string; points: number }[];
  expect(leaders.map((l) => l.name).slice(0, 2).sort()).toEqual(['Amy', 'Cai']);
  expect(leaders.find((l) => l.name === 'Ben')!.points).toBe(0);
  expect(leaders[0]!.points).toBeGreaterThan(500);

  // Each answer is an xAPI statement.
  const answered = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM statements WHERE verb_id = 'http://adlnet.gov/expapi/verbs/answered' AND object_id LIKE ?", [`%/live/${code}/%`]);
  expect(Number(answered!.n)).toBe(3);

  // A SMART goal call: the room sees the analyzer's verdicts.
  trainer.send({ t: 'push', question: { kind: 'smart', prompt: { 'zh-CN': '写一个目标', en: 'Write a goal' } } });
  const smart = await people[1]!.c.next((m) => m.t === 'view' && (m.view!.question as { kind?: string } | undefined)?.kind === 'smart');
  people[1]!.c.send({ t: 'answer', qid: (smart.view!.question as { id: string }).id, text: '未来三个月内华东区新签合同额达到500万元，比去年同期增长20%' });
  const goals = await trainer.next((m) => m.t === 'view' && ((m.view!.goals as unknown[] | undefined)?.length ?? 0) === 1);
  expect((goals.view!.goals as { metCount: number }[])[0]!.metCount).toBeGreaterThanOrEqual(3);

  // A bad message is refused with a reason.
  people[1]!.c.ws.send('{not json');
  expect((await people[1]!.c.next((m) => m.error === 'bad_message')).t).toBe('error');

  for (const c of [trainer, intruder, cai, ...people.map((p) => p.c)]) c.close();
  await first.stop();

  // A restart: the session is where it was, for the trainer and for a participant coming back.
  const again = await start();
  const trainer2 = client(again.base, { t: 'trainer', code, key: trainerKey });
  const view = await trainer2.next((m) => m.t === 'view');
  expect(view.view).toMatchObject({ participants: 3, code });
  const amy = client(again.base, { t: 'join', code, pid: 'Amy-000001', name: 'Amy' });
  const amyView = await amy.next((m) => m.t === 'view');
  expect(amyView.view).toMatchObject({ name: 'Amy', answered: false });
  trainer2.close();
  amy.close();
});

test('a trainer pushes an objection; phones answer in their own words; the trainer sees the split by LSCPA step with anonymous examples', async () => {
  const { base } = await start();
  const created = await fetch(`http://${base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  const { code, trainerKey } = (await created.json()) as { code: string; trainerKey: string };
  const trainer = client(base, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const people = ['Dan-000004', 'Eva-000005', 'Fei-000006'].map((pid) => ({ pid, c: client(base, { t: 'join', code, pid, name: pid.slice(0, 3) }) }));
  for (const p of people) await p.c.next((m) => m.t === 'view');

  trainer.send({ t: 'push', question: { kind: 'objection', objection: 'price', prompt: { en: 'Your price is too high.' } } });
  const asked = await people[0]!.c.next((m) => m.t === 'view' && (m.view!.question as { kind?: string } | undefined)?.kind === 'objection');
  const qid = (asked.view!.question as { id: string }).id;
  people[0]!.c.send({ t: 'answer', qid, text: 'Could you tell me more about how you compared the two quotes?' });
  people[1]!.c.send({ t: 'answer', qid, text: '能具体说说您是怎么比较这两份报价的吗？' });
  people[2]!.c.send({ t: 'answer', qid, text: 'OK, I will give you a 20% discount.' });
  people[2]!.c.send({ t: 'answer', qid, optionIds: ['a'] });
  expect((await people[2]!.c.next((m) => m.t === 'error')).error).toBe('invalid_answer');

  const seen = await trainer.next((m) => m.t === 'view' && m.view!.counts?.answered === 3);
  expect(seen.view!.counts!.byOption).toMatchObject({ listen: 2, none: 1 });
  const split = seen.view!.split as { total: number; steps: Record<string, { count: number; examples: string[] }>; warnings: Record<string, number> };
  expect(split.total).toBe(3);
  expect(split.steps.listen!.examples).toHaveLength(2);
  expect(split.steps.none!.examples).toEqual(['OK, I will give you a 20% discount.']);
  expect(split.warnings.concession).toBe(1);
  expect(JSON.stringify(split)).not.toMatch(/Dan|Eva|Fei/);
  // A bad objection type is refused at the door.
  trainer.send({ t: 'push', question: { kind: 'objection', objection: 'weather', prompt: { en: 'x' } } });
  expect((await trainer.next((m) => m.t === 'error')).error).toBe('bad_message');
  for (const c of [trainer, ...people.map((p) => p.c)]) c.close();
});

test("a goal for a company's plan is judged by that plan's calendar, not the server's", async () => {
  const { base } = await start();
  const created = await fetch(`http://${base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  const { code, trainerKey } = (await created.json()) as { code: string; trainerKey: string };
  const trainer = client(base, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const [early, inYear] = ['Gao-000007', 'Hu-0000008'].map((pid) => client(base, { t: 'join', code, pid, name: pid.slice(0, 3) }));
  for (const c of [early!, inYear!]) await c.next((m) => m.t === 'view');
  const company = { id: 'cloud', name: { 'zh-CN': '云启软件', en: 'Yunqi Software' }, summary: { 'zh-CN': '企业软件', en: 'Enterprise software' }, year: 2031, context: {} };
  trainer.send({ t: 'push', question: { kind: 'smart', prompt: { 'zh-CN': '写一个 2031 年的目标', en: 'Write a goal for 2031' }, scenario: company } });
  const asked = await early!.next((m) => m.t === 'view' && (m.view!.question as { kind?: string } | undefined)?.kind === 'smart');
  const qid = (asked.view!.question as { id: string }).id;
  // Still years ahead by the server's clock, but before the year the company plans.
  early!.send({ t: 'answer', qid, text: '2030年12月31日前，华东区新签合同额达到500万元' });
  inYear!.send({ t: 'answer', qid, text: '2031年第三季度末前，华东区新签合同额达到500万元' });
  await trainer.next((m) => m.t === 'view' && m.view!.counts?.answered === 2);
  trainer.send({ t: 'reveal' });
  type Result = { verdicts?: Record<string, string>; why?: Record<string, { key: string; values?: Record<string, unknown> }> };
  const resultOf = async (c: typeof trainer) => (await c.next((m) => m.t === 'view' && Boolean((m.view as { result?: Result }).result?.verdicts))).view as { result: Result };
  const tooEarly = (await resultOf(early!)).result;
  expect(tooEarly.verdicts!.timeBound).toBe('not_met');
  expect(tooEarly.why!.timeBound).toEqual({ key: 'smart.feedback.timeBound.past', values: { deadline: ['2030年12月31日前'], year: 2031 } });
  expect((await resultOf(inYear!)).result.verdicts!.timeBound).toBe('met');
  for (const c of [trainer, early!, inYear!]) c.close();
});

test('a phone hears its answer is in only once the journal has it; the same answer sent again is in, another from a second screen of the seat is refused, and a late one names its question', async () => {
  const { base, db } = await start();
  const created = await fetch(`http://${base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  const { code, trainerKey } = (await created.json()) as { code: string; trainerKey: string };
  const trainer = client(base, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const pid = 'Gus-000007';
  const tab1 = client(base, { t: 'join', code, pid, name: 'Gus' });
  await tab1.next((m) => m.t === 'view');
  const tab2 = client(base, { t: 'join', code, pid, name: 'Gus' });
  await tab2.next((m) => m.t === 'view');
  trainer.send({ t: 'push', question: quiz });
  const asked = await tab1.next((m) => m.t === 'view' && Boolean(m.view!.question));
  const qid = (asked.view!.question as { id: string }).id;
  await tab2.next((m) => m.t === 'view' && Boolean(m.view!.question));
  const journaled = async () => Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM live_answers WHERE code = ? AND qid = ? AND pid = ?', [code, qid, pid]))!.n);
  const qidOf = (m: { qid?: unknown }) => m.qid;

  expect(tab1.seen.some((m) => m.t === 'received')).toBe(false);
  tab1.send({ t: 'answer', qid, optionIds: ['a'] });
  const received = await tab1.next((m) => m.t === 'received');
  expect(qidOf(received as { qid?: unknown })).toBe(qid);
  expect(await journaled()).toBe(1);

  // The second screen of the seat chose otherwise: refused by name, with its question; the first answer counts.
  tab2.send({ t: 'answer', qid, optionIds: ['b'] });
  const refused = await tab2.next((m) => m.t === 'error' || m.t === 'received');
  expect(refused).toMatchObject({ t: 'error', error: 'already_answered', qid });
  // The same answer again (its acknowledgement lost on the way) is in.
  tab2.send({ t: 'answer', qid, optionIds: ['a'] });
  expect(await tab2.next((m) => m.t === 'received')).toMatchObject({ qid });
  expect(await journaled()).toBe(1);
  await trainer.next((m) => m.t === 'view' && m.view!.counts?.answered === 1);

  // After the reveal an answer still on its way is refused, and says for which question.
  const late = client(base, { t: 'join', code, pid: 'Hal-000008', name: 'Hal' });
  await late.next((m) => m.t === 'view');
  trainer.send({ t: 'reveal' });
  await late.next((m) => m.t === 'view' && Boolean(m.view!.result));
  late.send({ t: 'answer', qid, optionIds: ['a'] });
  expect(await late.next((m) => m.t === 'error' || m.t === 'received')).toMatchObject({ t: 'error', error: 'closed', qid });
  for (const c of [trainer, tab1, tab2, late]) c.close();
});
