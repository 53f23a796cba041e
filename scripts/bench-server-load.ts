// The client side of `npm run bench:server`: what 50 trainees' browsers send, built before the
// clock starts, and a load generator lean enough that its own CPU does not decide the figures
// (one undici Pool with a kept-alive connection per client, bodies and headers serialized once,
// each answer compared as text with the ids it must return).
import { Pool } from 'undici';
import { DEFAULT_HOME_PAGE, learnerJourney, type CourseModuleInfo, type Trainee } from '../src/domain';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '丽', '建华', '晓东'];
const DEPARTMENTS = ['华东销售部', '华南销售部', '华北销售部', '西南销售部', '大客户部', '渠道销售部'];

/** The profile of the i-th bench trainee. */
export function benchProfile(i: number) {
  return { name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`, employeeId: `BENCH${String(i + 1).padStart(4, '0')}`, department: DEPARTMENTS[i % DEPARTMENTS.length]! };
}

/** Registers `clients` trainees through the API; each gets its own token. */
export async function registerTrainees(url: string, clients: number): Promise<{ token: string; trainee: Trainee }[]> {
  return Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const profile = benchProfile(i);
      const res = await fetch(`${url}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(profile) });
      if (res.status !== 201) throw new Error(`registering ${profile.employeeId} answered ${res.status}: ${await res.text()}`);
      const { token } = (await res.json()) as { token: string };
      return { token, trainee: { name: profile.name, employeeId: profile.employeeId, homePage: DEFAULT_HOME_PAGE } };
    }),
  );
}

/** One POST as it goes on the wire, and the answer it must get (the ids it carries, as the server writes them). */
interface Post {
  body: Buffer;
  expected: string;
}

export interface ClientPlan {
  headers: Record<string, string>;
  posts: Post[];
}

/**
 * Each client's POSTs: its trainee's statements in order, `perPost` to a POST (one statement as
 * an object, several as an array, as the browser's queue sends them).
 */
export function planLoad(trainees: readonly { token: string; trainee: Trainee }[], modules: readonly CourseModuleInfo[], total: number, perPost: number): { plans: ClientPlan[]; verbs: Map<string, number> } {
  const verbs = new Map<string, number>();
  const plans = trainees.map((t, i) => {
    const count = Math.floor(total / trainees.length) + (i < total % trainees.length ? 1 : 0);
    const statements = learnerJourney(t.trainee, modules, { count, seed: i + 1 });
    for (const s of statements) verbs.set(s.verb.display['en-US']!, (verbs.get(s.verb.display['en-US']!) ?? 0) + 1);
    const posts: Post[] = [];
    for (let at = 0; at < statements.length; at += perPost) {
      const chunk = statements.slice(at, at + perPost);
      posts.push({ body: Buffer.from(JSON.stringify(perPost === 1 ? chunk[0] : chunk)), expected: JSON.stringify(chunk.map((s) => s.id)) });
    }
    return { headers: { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', authorization: `Bearer ${t.token}` }, posts };
  });
  return { plans, verbs };
}

export interface LoadResult {
  /** Milliseconds from each POST sent to its whole answer read. */
  latencies: number[];
  /**
   * The same for the POSTs sent after the first fifth of the run: the server's code compiled and
   * its caches filled, as on a server that has been up for a while.
   */
  warmLatencies: number[];
  elapsedMs: number;
  /** This process's CPU during the load, in milliseconds. */
  clientCpuMs: number;
  statuses: Map<number, number>;
  wrongAnswers: number;
  errors: string[];
}

/**
 * One POST through undici's dispatcher, its answer gathered as bytes: no response stream and no
 * promise per chunk, which `pool.request` would add to every one of 20,000 requests.
 */
function post(pool: Pool, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((done, failed) => {
    let status = 0;
    const chunks: Buffer[] = [];
    pool.dispatch(
      { path: '/xapi/statements', method: 'POST', headers, body },
      {
        onRequestStart: () => {},
        onResponseStart: (_, statusCode) => void (status = statusCode),
        onResponseData: (_, chunk) => void chunks.push(chunk),
        onResponseEnd: () => done({ status, text: Buffer.concat(chunks).toString() }),
        onResponseError: (_, error) => failed(error),
      },
    );
  });
}

/**
 * Sends every plan's POSTs, each client one after another on its own connection, all clients at
 * once: each client sends its next POST as soon as the last is answered, or, given `rate`
 * (statements/s for all clients together), on a schedule at that rate, its latency then counted
 * from when the POST was due (a late answer delays the next POST but not the clock).
 */
export async function sendLoad(url: string, plans: readonly ClientPlan[], rate?: { statementsPerSecond: number; perPost: number }): Promise<LoadResult> {
  const pool = new Pool(url, { connections: plans.length, pipelining: 1 });
  const latencies: number[] = [];
  const sentAt: number[] = [];
  const statuses = new Map<number, number>();
  const errors: string[] = [];
  let wrongAnswers = 0;
  // A trainee's browser has its kept-alive connection open from loading the course: every
  // connection is opened before the clock starts, so no POST's figure includes a TCP handshake.
  await Promise.all(plans.map(() => pool.request({ path: '/xapi/about', method: 'GET', headers: { 'x-experience-api-version': '1.0.3' } }).then((r) => r.body.text())));
  const cpuAtStart = process.cpuUsage();
  const start = performance.now();
  try {
    await Promise.all(
      plans.map(async ({ headers, posts }, client) => {
        // Paced clients are spread evenly over one interval, so the load arrives as a steady stream.
        const every = rate ? (1000 * rate.perPost * plans.length) / rate.statementsPerSecond : 0;
        for (const [i, { body, expected }] of posts.entries()) {
          const due = start + every * (i + client / plans.length);
          if (rate && due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
          const t0 = rate ? due : performance.now();
          try {
            const { status, text } = await post(pool, headers, body);
            latencies.push(performance.now() - t0);
            sentAt.push(t0 - start);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status === 200 && text !== expected) wrongAnswers++;
            else if (status !== 200 && errors.length < 5) errors.push(`${status} ${text}`);
          } catch (e) {
            latencies.push(performance.now() - t0);
            sentAt.push(t0 - start);
            statuses.set(0, (statuses.get(0) ?? 0) + 1);
            if (errors.length < 5) errors.push(String(e));
          }
        }
      }),
    );
  } finally {
    await pool.close();
  }
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuAtStart);
  const warmLatencies = latencies.filter((_, i) => sentAt[i]! >= elapsedMs / 5).sort((a, b) => a - b);
  return { latencies: latencies.sort((a, b) => a - b), warmLatencies, elapsedMs, clientCpuMs: (cpu.user + cpu.system) / 1000, statuses, wrongAnswers, errors };
}
