import type { IssuedAttempt } from '../domain';
import { courseModules } from '../content/course';
import type { Locale } from '../content/locales';
import { useProfileStore } from '../stores/profile-store';
import { useRecordsStatus } from '../stores/records-status-store';
import { useSessionStore } from '../stores/session-store';
import type { RecordsConfig } from './config';
import { startEmitters } from './emitters';
import { indexedDbStorage, memoryStorage } from './queue-storage';
import { registrationSync } from './registration-sync';
import { statementQueue } from './statement-queue';
import { uuid } from './uuid';
import { xapiTransport } from './xapi-transport';
import { attemptTransport, routedTransport, type QueuedSubmission } from './attempt-transport';
import { useQuizStore } from '../stores/quiz-store';

/**
 * Starts learning records for this page once config.json has turned them on: opens the IndexedDB queue, keeps
 * the trainee registered, and records what they do. Loaded only then: with records off none of
 * this is downloaded.
 */
export async function startRecords(locale: Locale, config: RecordsConfig) {
  const storage = await indexedDbStorage().catch(() => memoryStorage());
  const registration = config.auth === 'trainee-token' ? registrationSync(config, () => void queue.flush()) : undefined;
  const token = () => {
    const { profile, registration: r } = useProfileStore.getState();
    // With company sign-in, only while that person is signed in: once they sign out (or their
    // session ends) the browser sends nothing in their name, and what they queued waits for them.
    const session = useSessionStore.getState().signIn;
    if (session.mode === 'company' && session.user?.employeeId !== profile?.employeeId) return undefined;
    return r && profile && r.for.employeeId === profile.employeeId ? r.token : undefined;
  };
  const auth = { token, tokenRefused: () => registration?.forget() };
  const statements = xapiTransport(config, auth);
  const attempts = config.attempts;
  const quizOutcomes = { scored: useQuizStore.getState().settle, refused: useQuizStore.getState().refuse };
  const queue = statementQueue({
    storage,
    transport: attempts ? routedTransport(statements, attemptTransport(attempts, auth, quizOutcomes)) : statements,
    // A trainee token records only its own person: on a shared PC, each person's queued work waits for them.
    ...(config.auth === 'trainee-token' ? { person: () => useProfileStore.getState().profile?.employeeId } : {}),
    onChange: (items) =>
      useRecordsStatus.getState().update({
        // Statements are normally gone within a second; only a failed send makes them worth a word.
        pending: items.some((q) => !q.rejected && q.attempts > 0) ? items.filter((q) => !q.rejected).length : 0,
        rejected: items.filter((q) => q.rejected).map((q) => ({ id: q.id, status: q.rejected!.status, reason: q.rejected!.reason, statement: q.statement })),
      }),
  });
  useRecordsStatus.getState().update({ enabled: true, retry: () => void queue.retryRejected(), ...(attempts ? { issueAttempt: (quizId: string) => issueAttempt(attempts, token, quizId) } : {}) });
  const outline = {
    locale,
    modules: courseModules(locale).map((m) => ({ id: m.id, title: m.title, slideIds: m.slides.map((s) => s.id), hasQuiz: Boolean(m.quiz) })),
  };
  const homePage = config.homePage;
  startEmitters({
    outline,
    courseIri: config.courseIri,
    trainee: () => {
      const p = useProfileStore.getState().profile;
      return p ? { name: p.name, employeeId: p.employeeId, homePage } : undefined;
    },
    record: (statements) => queue.enqueue(statements),
    ...(attempts ? { submit: (submission: QueuedSubmission) => queue.enqueue([submission]) } : {}),
    newId: uuid,
  });
  window.addEventListener('online', () => void queue.flush(true));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void queue.flush());
  void queue.flush();
}

/**
 * Asks the records server for a new attempt's id and seed. Undefined when it cannot say (offline,
 * not registered yet, slow): the page then draws offline from the attempt's own id.
 */
async function issueAttempt(url: string, token: () => string | undefined, quizId: string): Promise<IssuedAttempt | undefined> {
  const bearer = token();
  if (!bearer) return undefined;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ quizId }),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 201) return undefined;
    const body = (await res.json()) as { attemptId?: unknown; seed?: unknown; avoid?: unknown };
    if (typeof body.attemptId !== 'string' || typeof body.seed !== 'string') return undefined;
    const avoid = Array.isArray(body.avoid) && body.avoid.every((id) => typeof id === 'string') ? (body.avoid as string[]) : [];
    return { attemptId: body.attemptId, seed: body.seed, avoid };
  } catch {
    return undefined;
  }
}
