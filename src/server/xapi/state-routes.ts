import type { Context } from 'hono';
import { actorKey } from '../../domain';
import { isTraineeKey } from '../trainees';
import type { Sql } from '../storage/sql';
import { fail, type AppEnv, type Route } from '../route-table';
import { changeDocument, documentResponse, documentToStore, sentDocument } from './documents';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const KNOWN = new Set(['activityId', 'agent', 'registration', 'stateId', 'since']);


/**
 * The xAPI State resource (`/activities/state`): documents kept per activity, agent, optional
 * registration and state id. A cmi5 LMS puts `LMS.LaunchData` here for the AU to read; a
 * packaged course keeps its resume state here. GET one or the list of ids, PUT, POST (JSON
 * merge), DELETE; a trainee token only reaches its own trainee's documents.
 */
export function stateRoutes(sql: Sql, maxDepth = 32): Route[] {
  const KEY = 'activity_id = ? AND agent_key = ? AND registration = ?';
  const getOne = (key: readonly string[], stateId: string, q: Sql = sql) =>
    q.get<{ content_type: string; body: Buffer; updated: string }>(`SELECT content_type, body, updated FROM state_documents WHERE ${KEY} AND state_id = ?`, [...key, stateId]);

  const where = (c: Context<AppEnv>): { key: [string, string, string]; stateId?: string } | Response => {
    const q = c.req.query();
    const unknown = Object.keys(q).find((k) => !KNOWN.has(k));
    if (unknown) return fail(c, 400, 'bad_request', `unknown parameter ${unknown}`);
    if (!q.activityId) return fail(c, 400, 'bad_request', 'activityId is required');
    if (q.activityId.length > 2048 || !IRI.test(q.activityId)) return fail(c, 400, 'bad_request', 'activityId must be an IRI');
    if (!q.agent) return fail(c, 400, 'bad_request', 'agent is required');
    let agent = 'unknown:';
    try {
      agent = actorKey(JSON.parse(q.agent));
    } catch {
      return fail(c, 400, 'bad_request', 'agent must be JSON');
    }
    if (agent === 'unknown:') return fail(c, 400, 'bad_request', 'agent needs an identifier');
    if (q.registration && !UUID.test(q.registration)) return fail(c, 400, 'bad_request', 'registration must be a UUID');
    if (q.stateId !== undefined && (!q.stateId || q.stateId.length > 512)) return fail(c, 400, 'bad_request', 'stateId must be 1 to 512 characters');
    const caller = c.var.caller;
    if (caller.kind === 'trainee' && !isTraineeKey(agent, caller.trainee)) return fail(c, 403, 'forbidden', 'a trainee token only reaches its own trainee');
    return { key: [q.activityId, agent, q.registration ?? ''], stateId: q.stateId };
  };

  const list = async (c: Context<AppEnv>) => {
    const w = where(c);
    if (w instanceof Response) return w;
    c.header('Cache-Control', 'no-store');
    if (!w.stateId) {
      const since = c.req.query('since');
      if (since !== undefined && (!ISO_TIME.test(since) || Number.isNaN(Date.parse(since)))) return fail(c, 400, 'bad_request', 'since must be an ISO 8601 time with a zone');
      const rows = since
        ? await sql.all<{ state_id: string }>(`SELECT state_id FROM state_documents WHERE ${KEY} AND updated > ? ORDER BY state_id`, [...w.key, new Date(since).toISOString()])
        : await sql.all<{ state_id: string }>(`SELECT state_id FROM state_documents WHERE ${KEY} ORDER BY state_id`, w.key);
      return c.json(rows.map((r) => r.state_id));
    }
    const row = await getOne(w.key, w.stateId);
    if (!row) return fail(c, 404, 'not_found', 'no such document');
    return documentResponse(c, row);
  };

  const write = async (c: Context<AppEnv>, merge: boolean) => {
    const w = where(c);
    if (w instanceof Response) return w;
    if (!w.stateId) return fail(c, 400, 'bad_request', 'stateId is required');
    const sent = await sentDocument(c);
    if (sent instanceof Response) return sent;
    const stateId = w.stateId;
    return changeDocument(sql, c, ['state', ...w.key, stateId], (q) => getOne(w.key, stateId, q), async (q, existing) => {
      const doc = documentToStore(c, merge, existing, sent, maxDepth);
      if (doc instanceof Response) return doc;
      await q.run(
        `INSERT INTO state_documents (activity_id, agent_key, registration, state_id, content_type, body, updated) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (activity_id, agent_key, registration, state_id) DO UPDATE SET content_type = excluded.content_type, body = excluded.body, updated = excluded.updated`,
        [...w.key, stateId, doc.type, doc.body, new Date().toISOString()],
      );
      return c.body(null, 204);
    });
  };
  const remove = async (c: Context<AppEnv>) => {
    const w = where(c);
    if (w instanceof Response) return w;
    const stateId = w.stateId;
    if (stateId)
      return changeDocument(sql, c, ['state', ...w.key, stateId], (q) => getOne(w.key, stateId, q), async (q) => {
        await q.run(`DELETE FROM state_documents WHERE ${KEY} AND state_id = ?`, [...w.key, stateId]);
        return c.body(null, 204);
      });
    await sql.run(`DELETE FROM state_documents WHERE ${KEY}`, w.key);
    return c.body(null, 204);
  };
  const path = '/xapi/activities/state';
  const maxBytes = 256 * 1024;
  return [
    { method: 'GET', path, role: 'lrs', body: 'none', handler: list },
    { method: 'PUT', path, role: 'lrs', body: 'document', maxBytes, handler: (c) => write(c, false) },
    { method: 'POST', path, role: 'lrs', body: 'document', maxBytes, handler: (c) => write(c, true) },
    { method: 'DELETE', path, role: 'lrs', body: 'none', handler: remove },
  ];
}
