import { randomUUID } from 'node:crypto';
import { attemptItems, buildStatement, drawQuiz, modelAnswer, activityIds, type Answer, type QuizBank, type QuizItem } from '../../src/domain';

export const HOME = 'https://sales-target-academy.example.com/employees';
const json = { 'Content-Type': 'application/json' };
const a = activityIds();

/** Registers a trainee the way the page does; their token. */
export async function register(base: string, who: { name: string; employeeId: string; department: string }): Promise<string> {
  const res = await fetch(`${base}/api/trainees`, { method: 'POST', headers: json, body: JSON.stringify(who) });
  if (res.status !== 201) throw new Error(`registration: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export const bearer = (token: string) => ({ ...json, Authorization: `Bearer ${token}` });
export const xapiHeaders = (token: string) => ({ ...bearer(token), 'X-Experience-API-Version': '1.0.3' });

/** Posts statements as a trainee's page would; the response. */
export function postStatements(base: string, token: string, statements: unknown[]) {
  return fetch(`${base}/xapi/statements`, { method: 'POST', headers: xapiHeaders(token), body: JSON.stringify(statements) });
}

/** What the page sends once a module is read: `progressed` to 100. */
export const readModule = (base: string, token: string, who: { name: string; employeeId: string }, moduleId: string, timestamp: string) => readModules(base, token, who, [moduleId], timestamp);

/** One POST saying each of these modules was read to its end, in this order (a module may come twice). */
export async function readModules(base: string, token: string, who: { name: string; employeeId: string }, moduleIds: readonly string[], timestamp: string) {
  const list = moduleIds.map((moduleId) => buildStatement({ id: randomUUID(), trainee: { ...who, homePage: HOME }, verb: 'progressed', object: { id: a.module(moduleId), type: 'module' }, result: { progress: 100 }, timestamp }));
  const res = await postStatements(base, token, list);
  if (res.status !== 200) throw new Error(`progressed: ${res.status} ${await res.text()}`);
}

/** An answer that scores 0: a wrong choice, the other truth value, a far number, a reversed order, every pair crossed. */
export function wrongAnswer(item: QuizItem): Answer {
  switch (item.type) {
    case 'single':
      return { type: 'single', optionId: item.options.find((o) => !o.correct)!.id };
    case 'multiple':
      return { type: 'multiple', optionIds: item.options.filter((o) => !o.correct).map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: !item.answer };
    case 'ordering':
      return { type: 'ordering', order: item.entries.map((e) => e.id).reverse() };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(item.pairs.map((p, i) => [p.id, item.pairs[(i + 1) % item.pairs.length]!.id])) };
    case 'numeric':
      return { type: 'numeric', value: item.answer + 1000 };
  }
}

/** Answers to a drawn attempt: the model answer where `right(n)` says so, one that scores 0 elsewhere. */
export function answersFor(quizId: string, banks: Record<string, QuizBank>, seed: string, right: (n: number) => boolean = () => true, avoid: readonly string[] = []): Record<string, Answer> {
  const items = attemptItems(quizId, banks, drawQuiz(quizId, banks, seed, avoid));
  return Object.fromEntries(items.map((i, n) => [i.key, right(n) ? modelAnswer(i.item) : wrongAnswer(i.item)]));
}

export interface Scored {
  attemptId: string;
  score: number;
  passed: boolean;
  seedSource: string;
}

/** An attempt through the server, as the page takes it online: a seed, the draw, the answers. */
export async function takeQuiz(base: string, token: string, banks: Record<string, QuizBank>, quizId: string, at: string, right?: (n: number) => boolean): Promise<Scored> {
  const issued = await fetch(`${base}/api/attempts`, { method: 'POST', headers: bearer(token), body: JSON.stringify({ quizId }) });
  if (issued.status !== 201) throw new Error(`issue: ${issued.status} ${await issued.text()}`);
  const { attemptId, seed, avoid } = (await issued.json()) as { attemptId: string; seed: string; avoid: string[] };
  const res = await submit(base, token, attemptId, { quizId, seed, avoid, answers: answersFor(quizId, banks, seed, right, avoid), startedAt: at, endedAt: at });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`);
  return (await res.json()) as Scored;
}

export function submit(base: string, token: string, attemptId: string, body: { quizId: string; seed: string; avoid?: string[]; answers: unknown; startedAt: string; endedAt: string }) {
  return fetch(`${base}/api/attempts/${attemptId}`, { method: 'POST', headers: bearer(token), body: JSON.stringify(body) });
}
