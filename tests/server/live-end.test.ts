import { expect, test } from 'vitest';
import { liveClient, type Msg } from './live-client';
import { liveServers } from './live-server';

const servers = await liveServers('live-end');
const start = async () => (await servers.start()).base;

const quiz = { kind: 'quiz', prompt: { 'zh-CN': '销售目标应当？', en: 'A sales target should be?' }, options: [{ id: 'a', text: { 'zh-CN': '具体', en: 'Specific' } }, { id: 'b', text: { 'zh-CN': '模糊', en: 'Vague' } }], multiple: false, correct: ['a'], itemId: 'target-definition-best-fit', seconds: 60 };
type View = { ended?: boolean; final?: { rank: number; of: number; points: number }; tookPart?: unknown; summary?: unknown; question?: { id: string } };
const view = (m: Msg) => m.view as View;

test('the trainer ends while a quiz item is open (from two consoles): the answers in count once, every phone and the screen get the end, a phone coming back sees it again, a new one is told it is over', async () => {
  const base = await start();
  const client = (hello: object) => liveClient(`ws://${base}/live/ws`, hello);
  const { code, trainerKey } = (await (await fetch(`http://${base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) })).json()) as { code: string; trainerKey: string };
  const consoles = [client({ t: 'trainer', code, key: trainerKey }), client({ t: 'trainer', code, key: trainerKey })];
  const screen = client({ t: 'screen', code });
  const phones = ['Amy-000001', 'Ben-000002', 'Cai-000003'].map((pid) => ({ pid, c: client({ t: 'join', code, pid, name: pid.slice(0, 3), lang: 'en' }) }));
  for (const p of phones) await p.c.next((m) => m.t === 'view');
  await consoles[0]!.next((m) => m.t === 'view' && m.view!.participants === 3);

  consoles[0]!.send({ t: 'push', question: quiz });
  const qid = view(await phones[0]!.c.next((m) => m.t === 'view' && Boolean(view(m).question))).question!.id;
  phones[0]!.c.send({ t: 'answer', qid, optionIds: ['a'] });
  phones[1]!.c.send({ t: 'answer', qid, optionIds: ['b'] });
  for (const p of phones.slice(0, 2)) await p.c.next((m) => m.t === 'received');

  // Both consoles end it, without a reveal first.
  for (const c of consoles) c.send({ t: 'end' });
  const amy = view(await phones[0]!.c.next((m) => m.t === 'view' && view(m).ended === true));
  expect(amy.final).toMatchObject({ rank: 1, of: 3 });
  expect(amy.final!.points).toBeGreaterThan(500);
  expect(amy.tookPart).toEqual({ questions: 1, answered: { quiz: 1 }, asked: 0 });
  expect(view(await phones[2]!.c.next((m) => m.t === 'view' && view(m).ended === true)).final).toMatchObject({ rank: 2, of: 3, points: 0 });
  const shown = view(await screen.next((m) => m.t === 'view' && view(m).ended === true));
  expect(shown.summary).toEqual({ people: 3, questions: 1, answers: 2, asked: 0 });
  expect((shown as { board: { name: string; points: number }[] }).board[0]).toMatchObject({ name: 'Amy', points: amy.final!.points });

  // A phone that reloads comes back to its own ending; a new phone is told the session is over.
  phones[1]!.c.close();
  const ben = client({ t: 'join', code, pid: 'Ben-000002', name: 'Ben', lang: 'en' });
  const back = await ben.next((m) => m.t === 'view' || m.t === 'error');
  expect(back.t).toBe('view');
  expect(view(back)).toMatchObject({ ended: true, final: { rank: 2, of: 3, points: 0 }, tookPart: { answered: { quiz: 1 } } });
  const late = client({ t: 'join', code, pid: 'Dan-000004', name: 'Dan', lang: 'en' });
  expect((await late.next((m) => m.t === 'error')).error).toBe('ended');

  // A console that reloads finds the session over, with what the room did.
  const again = client({ t: 'trainer', code, key: trainerKey });
  expect(view(await again.next((m) => m.t === 'view'))).toMatchObject({ ended: true, summary: { people: 3, answers: 2 } });
  for (const c of [...consoles, screen, ben, late, again, ...phones.map((p) => p.c)]) c.close();
});
