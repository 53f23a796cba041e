import { expect, test } from 'vitest';
import { seatOrder } from '../../src/domain';
import { liveClient, type Msg } from './live-client';
import { liveServers } from './live-server';

// The server's clock, moved by the test: a late answer needs no waiting.
let clock = Date.parse('2026-12-04T09:00:00Z');
const servers = await liveServers('live-fair', { now: () => clock });
const start = async () => (await servers.start()).base;

async function session(base: string) {
  const res = await fetch(`http://${base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  return (await res.json()) as { code: string; trainerKey: string };
}

const client = (base: string, hello: object) => liveClient(`ws://${base}/live/ws`, hello);
type Q = { id: string; kind: string; options?: { id: string }[] };
const question = (m: Msg) => m.view?.question as Q | undefined;
const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { en: id.toUpperCase(), 'zh-CN': id } }));
const quiz = { kind: 'quiz', prompt: { en: 'Which?' }, options, multiple: false, correct: ['c'], itemId: 'target-definition-best-fit', seconds: 10 };

test('the server refuses an answer after the time limit, and scores by the option chosen whatever order each seat saw', async () => {
  const base = await start();
  const { code, trainerKey } = await session(base);
  const trainer = client(base, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const pids = Array.from({ length: 8 }, (_, i) => `fair-seat-${i}`);
  const phones = pids.map((pid, i) => client(base, { t: 'join', code, pid, name: `P${i}` }));
  for (const p of phones) await p.next((m) => m.t === 'view');

  trainer.send({ t: 'push', question: quiz });
  const shown = await Promise.all(phones.map((p) => p.next((m) => Boolean(question(m)))));
  const orders = shown.map((m) => question(m)!.options!.map((o) => o.id));
  // Each seat its own order, the one the seat's seed gives; not all the same.
  orders.forEach((o, i) => expect(o).toEqual(seatOrder(question(shown[0]!)!.id, pids[i]!, ['a', 'b', 'c', 'd'])));
  expect(new Set(orders.map((o) => o.join(''))).size).toBeGreaterThan(1);

  // Seats 0–6 answer the option they see first, 3 s in; seat 7 answers right but 12 s in: too late.
  clock += 3000;
  for (let i = 0; i < 7; i++) phones[i]!.send({ t: 'answer', qid: question(shown[i]!)!.id, optionIds: [orders[i]![0]] });
  await trainer.next((m) => m.t === 'view' && m.view!.counts?.answered === 7);
  clock += 9000;
  phones[7]!.send({ t: 'answer', qid: question(shown[7]!)!.id, optionIds: ['c'] });
  expect((await phones[7]!.next((m) => m.t === 'error')).error).toBe('late');

  trainer.send({ t: 'reveal' });
  const board = (await trainer.next((m) => m.t === 'view' && m.view!.revealed === true)).view!.leaderboard as { name: string; points: number }[];
  const scored = board.filter((r) => r.points > 0).map((r) => r.name).sort();
  const expected = pids.slice(0, 7).flatMap((_, i) => (orders[i]![0] === 'c' ? [`P${i}`] : [])).sort();
  expect(scored).toEqual(expected);
  // 3 s into 10 s: 1,000 − 500 × 0.3.
  for (const r of board.filter((r) => r.points > 0)) expect(r.points).toBe(850);
  expect(board.find((r) => r.name === 'P7')!.points).toBe(0);
  const result = await phones[0]!.next((m) => Boolean(m.view?.result));
  expect(result.view!.result).toMatchObject({ correct: ['c'], counts: expect.any(Object), answered: 7 });
  for (const c of [trainer, ...phones]) c.close();
});

test('nicknames are unique per room: the server refuses a taken one and suggests a variant; a removed seat cannot come back', async () => {
  const base = await start();
  const { code, trainerKey } = await session(base);
  const trainer = client(base, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const first = client(base, { t: 'join', code, pid: 'nick-seat-1', name: '李雷', lang: 'zh-CN' });
  await first.next((m) => m.t === 'view');
  const second = client(base, { t: 'join', code, pid: 'nick-seat-2', name: '李雷' });
  const refused = await second.next((m) => m.t === 'error');
  expect(refused).toMatchObject({ error: 'name_taken', suggestion: '李雷 2' });
  const again = client(base, { t: 'join', code, pid: 'nick-seat-2', name: '李雷 2', lang: 'en' });
  await again.next((m) => m.t === 'view' && m.view!.name === '李雷 2');

  const people = (await trainer.next((m) => m.t === 'view' && (m.view!.people as unknown[]).length === 2)).view!.people as { pid: string; name: string }[];
  trainer.send({ t: 'remove', pid: people.find((p) => p.name === '李雷 2')!.pid });
  expect((await again.next((m) => m.t === 'error')).error).toBe('removed');
  await trainer.next((m) => m.t === 'view' && m.view!.participants === 1);
  const back = client(base, { t: 'join', code, pid: 'nick-seat-2', name: 'Someone else' });
  expect((await back.next((m) => m.t === 'error')).error).toBe('removed');
  for (const c of [trainer, first, second, again, back]) c.close();
});

test('a question set saved in one session is there in the next session of the module, and a word cloud, a rating and a Q&A round run', async () => {
  const base = await start();
  const one = await session(base);
  const trainer1 = client(base, { t: 'trainer', code: one.code, key: one.trainerKey });
  await trainer1.next((m) => m.t === 'sets');
  trainer1.send({ t: 'save_set', set: { title: 'Warm-up', questions: [{ kind: 'open', prompt: { en: 'One word for a good target?' } }, { kind: 'rating', prompt: { en: 'How sure are you?' }, max: 5, low: { en: 'Not' }, high: { en: 'Very' } }, { kind: 'qa', prompt: { en: 'Ask' } }] } });
  await trainer1.next((m) => m.t === 'sets' && (m as { sets?: unknown[] }).sets!.length === 1);
  trainer1.close();

  const two = await session(base);
  const trainer = client(base, { t: 'trainer', code: two.code, key: two.trainerKey });
  const sets = ((await trainer.next((m) => m.t === 'sets' && ((m as { sets?: unknown[] }).sets?.length ?? 0) > 0)) as unknown as { sets: { title: string; questions: object[] }[] }).sets;
  expect(sets[0]!.title).toBe('Warm-up');
  const phones = ['cloud-seat-1', 'cloud-seat-2', 'cloud-seat-3'].map((pid, i) => client(base, { t: 'join', code: two.code, pid, name: `C${i}`, lang: i === 2 ? 'en' : 'zh-CN' }));
  for (const p of phones) await p.next((m) => m.t === 'view');

  trainer.send({ t: 'push', question: sets[0]!.questions[0] });
  const open = question(await phones[0]!.next((m) => question(m)?.kind === 'open'))!;
  phones[0]!.send({ t: 'answer', qid: open.id, text: '客户满意度很重要' });
  phones[1]!.send({ t: 'answer', qid: open.id, text: '重视客户' });
  phones[2]!.send({ t: 'answer', qid: open.id, text: 'customer focus' });
  const cloud = (await trainer.next((m) => m.t === 'view' && m.view!.counts?.answered === 3)).view!.cloud as { word: string; count: number }[];
  expect(cloud[0]).toEqual({ word: '客户', count: 2 });
  expect(cloud.map((w) => w.word)).toEqual(expect.arrayContaining(['customer', 'focus', '重要']));

  trainer.send({ t: 'push', question: sets[0]!.questions[1] });
  const rating = question(await phones[0]!.next((m) => question(m)?.kind === 'rating'))!;
  phones[0]!.send({ t: 'answer', qid: rating.id, rating: 4 });
  phones[1]!.send({ t: 'answer', qid: rating.id, rating: 9 });
  expect((await phones[1]!.next((m) => m.t === 'error')).error).toBe('invalid_answer');
  await trainer.next((m) => m.t === 'view' && m.view!.counts?.byOption['4'] === 1);

  trainer.send({ t: 'push', question: sets[0]!.questions[2] });
  await phones[0]!.next((m) => question(m)?.kind === 'qa');
  phones[0]!.send({ t: 'ask', text: 'How do I set a stretch goal?' });
  const asked = await phones[1]!.next((m) => ((m.view?.qa as unknown[] | undefined)?.length ?? 0) === 1);
  const entry = (asked.view!.qa as { id: string }[])[0]!;
  phones[1]!.send({ t: 'vote', entryId: entry.id });
  phones[2]!.send({ t: 'vote', entryId: entry.id });
  await trainer.next((m) => m.t === 'view' && (m.view!.qa as { votes: number }[] | undefined)?.[0]?.votes === 3);
  trainer.send({ t: 'qa_answered', entryId: entry.id, answered: true });
  await phones[2]!.next((m) => (m.view?.qa as { answered: boolean }[] | undefined)?.[0]?.answered === true);
  for (const c of [trainer, ...phones]) c.close();
});
