import { randomUUID } from 'node:crypto';
import { attemptItems, buildStatement, drawQuiz, modelAnswer, activityIds, type Answer, type QuizBank } from '../../src/domain';

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
export async function readModule(base: string, token: string, who: { name: string; employeeId: string }, moduleId: string, timestamp: string) {
  const s = buildStatement({ id: randomUUID(), trainee: { ...who, homePage: HOME }, verb: 'progressed', object: { id: a.module(moduleId), type: 'module' }, result: { progress: 100 }, timestamp });
  const res = await postStatements(base, token, [s]);
  if (res.status !== 200) throw new Error(`progressed: ${res.status} ${await res.text()}`);
}

/** Answers to a drawn attempt: the model answer where `right(n)` says so, a wrong or missing one elsewhere. */
export function answersFor(quizId: string, banks: Record<string, QuizBank>, seed: string, right: (n: number) => boolean = () => true): Record<string, Answer> {
  const items = attemptItems(quizId, banks, drawQuiz(quizId, banks, seed));
  return Object.fromEntries(items.filter((_, i) => right(i)).map((i) => [i.key, modelAnswer(i.item)]));
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
  const { attemptId, seed } = (await issued.json()) as { attemptId: string; seed: string };
  const res = await submit(base, token, attemptId, { quizId, seed, answers: answersFor(quizId, banks, seed, right), startedAt: at, endedAt: at });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`);
  return (await res.json()) as Scored;
}

export function submit(base: string, token: string, attemptId: string, body: { quizId: string; seed: string; answers: unknown; startedAt: string; endedAt: string }) {
  return fetch(`${base}/api/attempts/${attemptId}`, { method: 'POST', headers: bearer(token), body: JSON.stringify(body) });
}
