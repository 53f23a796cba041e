import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { actorKey, statementProblems } from '../../domain';
import type { Db } from '../db';
import { sameSecret } from '../request-helpers';
import type { Caller } from './caller';
import type { TraineeRegistry } from '../trainees';
import type { ProgressStore } from '../records/progress-store';
import { statementStore, type Query } from './statement-store';
import { stateRoutes } from './state-routes';

const SUPPORTED_VERSION = /^(1\.0(\.[0-3])?|2\.0\.0)$/;
const MAX_LIMIT = 500;

export interface XapiOptions {
  db: Db;
  /** The full-access credential for LRS tools and reporting; never shipped in the page. */
  user: string;
  password: string;
  /** Trainee tokens: a token writes and reads only its own trainee's statements. */
  trainees: TraineeRegistry;
  progress: ProgressStore;
}


const error = (c: Context, status: 400 | 401 | 403 | 404 | 409 | 413, message: string) => {
  // The rest of a refused body is never read: the connection cannot carry another request.
  if (status === 413) c.header('Connection', 'close');
  return c.json({ error: message }, status);
};

/** A trainee's token may only write statements about that trainee. */
function foreign(caller: Caller, statements: Record<string, unknown>[]) {
  return caller.kind === 'trainee' && statements.some((s) => actorKey(s.actor) !== caller.trainee.actorKey);
}

/** The xAPI 1.0.3 Statement and About resources, backed by SQLite. */
export function xapiRoutes({ db, user, password, trainees, progress }: XapiOptions) {
  const store = statementStore(db, progress);
  const app = new Hono<{ Variables: { caller: Caller } }>();

  app.get('/about', (c) => c.json({ version: ['1.0.3', '2.0.0'] }));

  const authenticate = async (c: Context<{ Variables: { caller: Caller } }>, next: () => Promise<void>) => {
    const version = c.req.header('X-Experience-API-Version');
    if (!version || !SUPPORTED_VERSION.test(version)) return error(c, 400, 'X-Experience-API-Version must be 1.0.0–1.0.3 or 2.0.0');
    const auth = c.req.header('Authorization') ?? '';
    const [scheme, encoded] = auth.split(' ');
    const [u, p] = scheme === 'Basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8').split(/:(.*)/s) : [];
    const trainee = scheme === 'Bearer' && encoded ? trainees.identify(encoded) : undefined;
    if (trainee) c.set('caller', { kind: 'trainee', trainee });
    else if (u && p !== undefined && sameSecret(u, user) && sameSecret(p, password)) c.set('caller', { kind: 'full' });
    else {
      c.header('WWW-Authenticate', 'Basic realm="xAPI"');
      return error(c, 401, 'credentials required');
    }
    c.header('X-Experience-API-Version', '1.0.3');
    await next();
  };
  app.use('/statements', authenticate);
  app.use('/activities/state', authenticate);
  app.use('/activities/state', bodyLimit({ maxSize: 256 * 1024, onError: (c) => error(c, 413, 'the document is larger than 256 KB') }));
  app.route('/activities/state', stateRoutes(db));
  app.use('/statements', bodyLimit({ maxSize: 1024 * 1024, onError: (c) => error(c, 413, 'the body is larger than 1 MB') }));

  const parse = async (c: Context): Promise<Record<string, unknown>[] | string> => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return 'the body is not JSON';
    }
    const list = Array.isArray(body) ? body : [body];
    if (list.length === 0) return 'no statements';
    for (const [i, s] of list.entries()) {
      const problems = statementProblems(s);
      const st = s as Record<string, unknown>;
      if (!st.actor || !st.verb || !st.object) problems.push('actor, verb and object are required');
      if (problems.length) return `statement ${i}: ${problems.join('; ')}`;
    }
    return list as Record<string, unknown>[];
  };

  app.post('/statements', async (c) => {
    const list = await parse(c);
    if (typeof list === 'string') return error(c, 400, list);
    if (foreign(c.get('caller'), list)) return error(c, 403, 'a trainee token only records its own trainee');
    const result = store.save(list);
    return result.ok ? c.json(result.ids, 200) : error(c, 409, result.reason);
  });

  app.put('/statements', async (c) => {
    const id = c.req.query('statementId');
    if (!id) return error(c, 400, 'statementId is required');
    const list = await parse(c);
    if (typeof list === 'string') return error(c, 400, list);
    if (list.length !== 1) return error(c, 400, 'PUT takes one statement');
    const s = list[0]!;
    if (foreign(c.get('caller'), list)) return error(c, 403, 'a trainee token only records its own trainee');
    if (s.id !== undefined && String(s.id).toLowerCase() !== id.toLowerCase()) return error(c, 400, 'the statement id differs from statementId');
    const result = store.save([{ ...s, id }]);
    return result.ok ? c.body(null, 204) : error(c, 409, result.reason);
  });

  app.get('/statements', (c) => {
    const q = c.req.query();
    const caller = c.get('caller');
    if (q.statementId || q.voidedStatementId) {
      const found = store.get(q.statementId ?? q.voidedStatementId!, Boolean(q.voidedStatementId));
      if (!found) return error(c, 404, 'no such statement');
      if (caller.kind === 'trainee' && actorKey(found.actor) !== caller.trainee.actorKey) return error(c, 403, 'a trainee token only reads its own trainee');
      return c.json(found);
    }
    let agent: string | undefined;
    if (q.agent) {
      try {
        agent = actorKey(JSON.parse(q.agent));
      } catch {
        return error(c, 400, 'agent must be JSON');
      }
    }
    if (caller.kind === 'trainee') {
      if (agent && agent !== caller.trainee.actorKey) return error(c, 403, 'a trainee token only reads its own trainee');
      agent = caller.trainee.actorKey;
    }
    const limit = Math.min(MAX_LIMIT, Math.max(1, Number(q.limit) || MAX_LIMIT));
    const query: Query = {
      agent,
      verb: q.verb,
      activity: q.activity,
      registration: q.registration,
      since: q.since,
      until: q.until,
      limit,
      ascending: q.ascending === 'true',
      after: q.after ? Number(q.after) : undefined,
    };
    const { statements, last } = store.find(query);
    let more = '';
    if (last !== undefined) {
      const next = new URLSearchParams(Object.entries({ ...q, after: String(last) }).filter(([, v]) => v !== undefined) as [string, string][]);
      more = `/xapi/statements?${next}`;
    }
    return c.json({ statements, more });
  });

  return app;
}
