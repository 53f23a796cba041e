import type { Context } from 'hono';
import { actorKey, agentProblems, isIri } from '../../domain';
import { isTraineeKey } from '../trainees';
import type { Sql } from '../storage/sql';
import { fail, type AppEnv, type Route } from '../route-table';
import { changeDocument, documentResponse, documentToStore, hasPrecondition, sentDocument } from './documents';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
type Json = Record<string, unknown>;

/** The agent named by the `agent` parameter, checked by the data model's rules. */
export function agentParam(c: Context<AppEnv>): { agent: Json; key: string } | Response {
  const text = c.req.query('agent');
  if (!text) return fail(c, 400, 'bad_request', 'agent is required');
  let agent: unknown;
  try {
    agent = JSON.parse(text);
  } catch {
    return fail(c, 400, 'bad_request', 'agent must be JSON');
  }
  const problems = agentProblems(agent);
  if (problems.length) return fail(c, 400, 'bad_request', problems.join('; '));
  return { agent: agent as Json, key: actorKey(agent) };
}

/**
 * The Agent Profile (`/agents/profile`) and Activity Profile (`/activities/profile`) resources:
 * documents per agent or activity and profile id, with ETags; a PUT over an existing document
 * must say which version it replaces (If-Match) or that it expects none (If-None-Match), else 409.
 */
export function profileRoutes(sql: Sql, maxDepth: number): Route[] {
  const getOne = (kind: string, owner: string, profileId: string, q: Sql = sql) =>
    q.get<{ content_type: string; body: Buffer; updated: string }>('SELECT content_type, body, updated FROM profile_documents WHERE kind = ? AND owner = ? AND profile_id = ?', [
      kind,
      owner,
      profileId,
    ]);

  const routes = (kind: 'agent' | 'activity', path: string): Route[] => {
    const allowed = new Set([kind === 'agent' ? 'agent' : 'activityId', 'profileId', 'since']);
    const where = (c: Context<AppEnv>): { owner: string; profileId?: string } | Response => {
      const q = c.req.query();
      const unknown = Object.keys(q).find((k) => !allowed.has(k));
      if (unknown) return fail(c, 400, 'bad_request', `unknown parameter ${unknown}`);
      let owner: string;
      if (kind === 'agent') {
        const a = agentParam(c);
        if (a instanceof Response) return a;
        owner = a.key;
        const caller = c.var.caller;
        if (caller.kind === 'trainee' && !isTraineeKey(owner, caller.trainee)) return fail(c, 403, 'forbidden', 'a trainee token only reaches its own trainee');
      } else {
        if (!q.activityId) return fail(c, 400, 'bad_request', 'activityId is required');
        if (q.activityId.length > 2048 || !isIri(q.activityId)) return fail(c, 400, 'bad_request', 'activityId must be an IRI');
        owner = q.activityId;
      }
      if (q.profileId !== undefined && (!q.profileId || q.profileId.length > 512)) return fail(c, 400, 'bad_request', 'profileId must be 1 to 512 characters');
      return { owner, profileId: q.profileId };
    };
    const get = async (c: Context<AppEnv>) => {
      const w = where(c);
      if (w instanceof Response) return w;
      if (!w.profileId) {
        const since = c.req.query('since');
        if (since !== undefined && (!ISO_TIME.test(since) || Number.isNaN(Date.parse(since)))) return fail(c, 400, 'bad_request', 'since must be an ISO 8601 time with a zone');
        const rows = since
          ? await sql.all<{ profile_id: string }>('SELECT profile_id FROM profile_documents WHERE kind = ? AND owner = ? AND updated > ? ORDER BY profile_id', [kind, w.owner, new Date(since).toISOString()])
          : await sql.all<{ profile_id: string }>('SELECT profile_id FROM profile_documents WHERE kind = ? AND owner = ? ORDER BY profile_id', [kind, w.owner]);
        return c.json(rows.map((r) => r.profile_id));
      }
      const row = await getOne(kind, w.owner, w.profileId);
      return row ? documentResponse(c, row) : fail(c, 404, 'not_found', 'no such document');
    };
    const write = async (c: Context<AppEnv>, merge: boolean) => {
      const w = where(c);
      if (w instanceof Response) return w;
      if (!w.profileId) return fail(c, 400, 'bad_request', 'profileId is required');
      const sent = await sentDocument(c);
      if (sent instanceof Response) return sent;
      const profileId = w.profileId;
      return changeDocument(sql, c, [kind, w.owner, profileId], (q) => getOne(kind, w.owner, profileId, q), async (q, existing) => {
        // A blind PUT could overwrite someone else's change: it must name the version it replaces, or say it expects none.
        if (!merge && !hasPrecondition(c))
          return existing
            ? fail(c, 409, 'conflict', 'the document exists: send If-Match with its ETag')
            : fail(c, 400, 'bad_request', 'a PUT names the version it replaces (If-Match) or that it expects none (If-None-Match: *)');
        const doc = documentToStore(c, merge, existing, sent, maxDepth);
        if (doc instanceof Response) return doc;
        await q.run(
          `INSERT INTO profile_documents (kind, owner, profile_id, content_type, body, updated) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (kind, owner, profile_id) DO UPDATE SET content_type = excluded.content_type, body = excluded.body, updated = excluded.updated`,
          [kind, w.owner, profileId, doc.type, doc.body, new Date().toISOString()],
        );
        return c.body(null, 204);
      });
    };
    const remove = async (c: Context<AppEnv>) => {
      const w = where(c);
      if (w instanceof Response) return w;
      if (!w.profileId) return fail(c, 400, 'bad_request', 'profileId is required');
      const profileId = w.profileId;
      return changeDocument(sql, c, [kind, w.owner, profileId], (q) => getOne(kind, w.owner, profileId, q), async (q) => {
        await q.run('DELETE FROM profile_documents WHERE kind = ? AND owner = ? AND profile_id = ?', [kind, w.owner, profileId]);
        return c.body(null, 204);
      });
    };
    const maxBytes = 256 * 1024;
    return [
      { method: 'GET', path, role: 'lrs', body: 'none', handler: get },
      { method: 'PUT', path, role: 'lrs', body: 'document', maxBytes, handler: (c) => write(c, false) },
      { method: 'POST', path, role: 'lrs', body: 'document', maxBytes, handler: (c) => write(c, true) },
      { method: 'DELETE', path, role: 'lrs', body: 'none', handler: remove },
    ];
  };
  return [...routes('agent', '/xapi/agents/profile'), ...routes('activity', '/xapi/activities/profile')];
}

/**
 * The Agents resource (a Person object: everything this LRS knows identifies the agent) and the
 * Activities resource (an Activity with the LRS's canonical definition).
 */
export function agentAndActivityRoutes(definition: (id: string) => Promise<Json | undefined>): Route[] {
  return [
    {
      method: 'GET',
      path: '/xapi/agents',
      role: 'lrs',
      body: 'none',
      handler: (c) => {
        const unknown = Object.keys(c.req.query()).find((k) => k !== 'agent');
        if (unknown) return fail(c, 400, 'bad_request', `unknown parameter ${unknown}`);
        const a = agentParam(c);
        if (a instanceof Response) return a;
        const person: Json = { objectType: 'Person' };
        for (const k of ['name', 'mbox', 'mbox_sha1sum', 'openid', 'account']) if (a.agent[k] !== undefined) person[k] = [a.agent[k]];
        return c.json(person);
      },
    },
    {
      method: 'GET',
      path: '/xapi/activities',
      role: 'lrs',
      body: 'none',
      handler: async (c) => {
        const q = c.req.query();
        const unknown = Object.keys(q).find((k) => k !== 'activityId');
        if (unknown) return fail(c, 400, 'bad_request', `unknown parameter ${unknown}`);
        if (!q.activityId) return fail(c, 400, 'bad_request', 'activityId is required');
        if (!isIri(q.activityId)) return fail(c, 400, 'bad_request', 'activityId must be an IRI');
        const d = await definition(q.activityId);
        return c.json({ objectType: 'Activity', id: q.activityId, ...(d ? { definition: d } : {}) });
      },
    },
  ];
}
