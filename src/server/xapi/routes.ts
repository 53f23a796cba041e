import type { Context } from 'hono';
import { actorKey, statementProblems } from '../../domain';
import type { Db } from '../db';
import type { ProgressStore } from '../records/progress-store';
import { fail, type AppEnv, type Caller, type Route } from '../route-table';
import { statementStore } from './statement-store';
import { queryProblem, statementQuery } from './statement-query';
import { stateRoutes } from './state-routes';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

export interface XapiOptions {
  db: Db;
  progress: ProgressStore;
  /** How deeply a merged State document may nest. */
  maxDepth: number;
}

type Json = Record<string, unknown>;
type StatementStore = ReturnType<typeof statementStore>;

/** The statements in a body, or the reason they cannot be taken. */
function statementsOf(body: unknown): Json[] | string {
  const list = Array.isArray(body) ? body : [body];
  if (list.length === 0) return 'no statements';
  for (const [i, s] of list.entries()) {
    const problems = statementProblems(s);
    if (problems.length) return `statement ${i}: ${problems.join('; ')}`;
  }
  return list as Json[];
}

/**
 * What a trainee token may not write: a statement about anyone else, or the voiding of a
 * statement that is not the trainee's own. An unknown target is refused the same way as
 * another trainee's, so the answer tells nothing about which ids exist.
 */
function refusedFor(caller: Caller, statements: Json[], store: StatementStore): string | undefined {
  if (caller.kind !== 'trainee') return undefined;
  for (const s of statements) {
    if (actorKey(s.actor) !== caller.trainee.actorKey) return 'a trainee token only records its own trainee';
    const object = s.object as Json;
    if ((s.verb as Json).id === VOIDED && object.objectType === 'StatementRef' && store.ownerOf(String(object.id)) !== caller.trainee.actorKey)
      return 'a trainee token only voids its own statements';
  }
  return undefined;
}

/** The xAPI 1.0.3 Statement, State and About resources, backed by SQLite. */
export function xapiRoutes({ db, progress, maxDepth }: XapiOptions): Route[] {
  const store = statementStore(db, progress);

  const write = (c: Context<AppEnv>, list: Json[]) => {
    const refused = refusedFor(c.var.caller, list, store);
    return refused ? fail(c, 403, 'forbidden', refused) : undefined;
  };

  return [
    { method: 'GET', path: '/xapi/about', role: 'public', body: 'none', handler: (c) => c.json({ version: ['1.0.3', '2.0.0'] }) },
    {
      method: 'POST',
      path: '/xapi/statements',
      role: 'lrs',
      body: 'json',
      maxBytes: 1024 * 1024,
      handler: (c) => {
        const list = statementsOf(c.var.body);
        if (typeof list === 'string') return fail(c, 400, 'bad_statement', list);
        const refused = write(c, list);
        if (refused) return refused;
        const result = store.save(list);
        return result.ok ? c.json(result.ids, 200) : fail(c, 409, 'conflict', result.reason);
      },
    },
    {
      method: 'PUT',
      path: '/xapi/statements',
      role: 'lrs',
      body: 'json',
      maxBytes: 1024 * 1024,
      handler: (c) => {
        const id = c.req.query('statementId');
        if (!id) return fail(c, 400, 'bad_request', 'statementId is required');
        if (Array.isArray(c.var.body)) return fail(c, 400, 'bad_statement', 'PUT takes one statement');
        const s = c.var.body as Json | null;
        if (typeof s === 'object' && s !== null && s.id !== undefined && String(s.id).toLowerCase() !== id.toLowerCase()) return fail(c, 400, 'bad_statement', 'the statement id differs from statementId');
        const list = statementsOf(typeof s === 'object' && s !== null ? { ...s, id } : s);
        if (typeof list === 'string') return fail(c, 400, 'bad_statement', list);
        const refused = write(c, list);
        if (refused) return refused;
        const result = store.save(list);
        return result.ok ? c.body(null, 204) : fail(c, 409, 'conflict', result.reason);
      },
    },
    {
      method: 'GET',
      path: '/xapi/statements',
      role: 'lrs',
      body: 'none',
      handler: (c) => {
        const parsed = statementQuery.safeParse(c.req.query());
        if (!parsed.success) return fail(c, 400, 'bad_request', queryProblem(parsed.error));
        const q = parsed.data;
        const caller = c.var.caller;
        // Statements carry names and results: no cache may keep them.
        c.header('Cache-Control', 'no-store');
        if (q.statementId || q.voidedStatementId) {
          const found = store.get(q.statementId ?? q.voidedStatementId!, Boolean(q.voidedStatementId));
          // Another trainee's statement answers exactly as an unknown one does.
          if (!found || (caller.kind === 'trainee' && actorKey(found.actor) !== caller.trainee.actorKey)) return fail(c, 404, 'not_found', 'no such statement');
          return c.json(found);
        }
        let agent = q.agent;
        if (caller.kind === 'trainee') {
          if (agent && agent !== caller.trainee.actorKey) return fail(c, 403, 'forbidden', 'a trainee token only reads its own trainee');
          agent = caller.trainee.actorKey;
        }
        const { statements, last } = store.find({
          agent,
          verb: q.verb,
          activity: q.activity,
          registration: q.registration,
          since: q.since,
          until: q.until,
          limit: q.limit ?? 500,
          ascending: q.ascending === 'true',
          after: q.after ? Number(q.after) : undefined,
        });
        let more = '';
        if (last !== undefined) more = `/xapi/statements?${new URLSearchParams({ ...c.req.query(), after: String(last) })}`;
        return c.json({ statements, more });
      },
    },
    ...stateRoutes(db, maxDepth),
  ];
}
