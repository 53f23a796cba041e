import { DEFAULT_HOME_PAGE, learnerJourney, type Trainee } from '../domain';
import { createApp, type AppOptions } from './app';
import { openStorage } from './storage/open';

/** Trainees walking the course at once, so that requests also meet in one group commit. */
const LEARNERS = 10;
/** Statements in all; about what it takes V8 to optimize the statement path (measured with `npm run bench:server`). */
const STATEMENTS = 2_400;
/** Every fifth learner sends one statement per POST, as a page with a short queue does; the others ten. */
const singleSender = (i: number) => i % 5 === 4;

export interface WarmUpReport {
  statements: number;
  ms: number;
}

/**
 * Takes the statement path through its first few thousand statements before the server takes its
 * first request. A fresh Node process runs JavaScript interpreted until V8 has seen it often
 * enough to compile it, and in that first second the records server answers five to ten times
 * slower: an instance restarted mid-training-day, handed its share of a room's traffic at once,
 * would answer its first few thousand statements late. So a throwaway copy of the app, on an
 * in-memory database of its own, registers a few trainees and takes their course journeys
 * (slides, modules read, quiz answers) as POSTs, in batches and one by one, through the same
 * routes, checks and stores; then it is closed and its database discarded. Nothing reaches the
 * real database or the real app's caches; the compiled code is shared, being the same functions.
 */
export async function warmUp(o: Omit<AppOptions, 'sql' | 'coordinator' | 'oidc' | 'log' | 'reach'>): Promise<WarmUpReport> {
  const started = performance.now();
  const sql = await openStorage({ dataDir: ':memory:' });
  const app = createApp({ ...o, sql, log: () => {}, settings: { ...o.settings, registrationsPerHour: LEARNERS } });
  let statements = 0;
  try {
    await Promise.all(
      Array.from({ length: LEARNERS }, async (_, i) => {
        const profile = { name: `预热${i + 1}`, employeeId: `WARMUP${String(i + 1).padStart(3, '0')}`, department: '—' };
        const registered = await app.request('/api/trainees', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(profile) });
        if (registered.status !== 201) throw new Error(`registering answered ${registered.status}: ${await registered.text()}`);
        const { token } = (await registered.json()) as { token: string };
        const trainee: Trainee = { name: profile.name, employeeId: profile.employeeId, homePage: o.homePage ?? DEFAULT_HOME_PAGE };
        const journey = learnerJourney(trainee, o.modules, { count: STATEMENTS / LEARNERS, seed: i + 1, courseIri: o.courseIri });
        const perPost = singleSender(i) ? 1 : 10;
        const headers = { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', authorization: `Bearer ${token}` };
        for (let at = 0; at < journey.length; at += perPost) {
          const chunk = journey.slice(at, at + perPost);
          const answer = await app.request('/xapi/statements', { method: 'POST', headers, body: JSON.stringify(perPost === 1 ? chunk[0] : chunk) });
          if (answer.status !== 200) throw new Error(`a POST of ${chunk.length} statements answered ${answer.status}: ${await answer.text()}`);
          await answer.arrayBuffer();
          statements += chunk.length;
        }
      }),
    );
  } finally {
    await app.live.close();
    await sql.close();
  }
  return { statements, ms: performance.now() - started };
}
