import { Hono, type Context } from 'hono';
import { createHash } from 'node:crypto';
import { actorKey } from '../../domain';
import type { Db } from '../db';
import type { Caller } from './caller';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const etag = (body: Uint8Array) => `"${createHash('sha1').update(body).digest('hex')}"`;

/**
 * The xAPI State resource (`/activities/state`): documents kept per activity, agent, optional
 * registration and state id. A cmi5 LMS puts `LMS.LaunchData` here for the AU to read; a
 * packaged course keeps its resume state here. GET one or the list of ids, PUT, POST (JSON
 * merge), DELETE; a trainee token only reaches its own trainee's documents.
 */
export function stateRoutes(db: Db) {
  const app = new Hono<{ Variables: { caller: Caller } }>();
  const getOne = db.prepare('SELECT content_type, body, updated FROM state_documents WHERE activity_id = ? AND agent_key = ? AND registration = ? AND state_id = ?');
  const ids = db.prepare('SELECT state_id FROM state_documents WHERE activity_id = ? AND agent_key = ? AND registration = ? AND (@since IS NULL OR updated > @since) ORDER BY state_id');
  const put = db.prepare(
    `INSERT INTO state_documents (activity_id, agent_key, registration, state_id, content_type, body, updated) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (activity_id, agent_key, registration, state_id) DO UPDATE SET content_type = excluded.content_type, body = excluded.body, updated = excluded.updated`,
  );
  const removeOne = db.prepare('DELETE FROM state_documents WHERE activity_id = ? AND agent_key = ? AND registration = ? AND state_id = ?');
  const removeAll = db.prepare('DELETE FROM state_documents WHERE activity_id = ? AND agent_key = ? AND registration = ?');

  const where = (c: Context<{ Variables: { caller: Caller } }>): { key: [string, string, string]; stateId?: string } | Response => {
    const q = c.req.query();
    if (!q.activityId) return c.json({ error: 'activityId is required' }, 400);
    if (!q.agent) return c.json({ error: 'agent is required' }, 400);
    let agent: string;
    try {
      agent = actorKey(JSON.parse(q.agent));
    } catch {
      return c.json({ error: 'agent must be JSON' }, 400);
    }
    if (agent === 'unknown:') return c.json({ error: 'agent needs an identifier' }, 400);
    if (q.registration && !UUID.test(q.registration)) return c.json({ error: 'registration must be a UUID' }, 400);
    const caller = c.get('caller');
    if (caller.kind === 'trainee' && caller.trainee.actorKey !== agent) return c.json({ error: 'a trainee token only reaches its own trainee' }, 403);
    return { key: [q.activityId, agent, q.registration ?? ''], stateId: q.stateId };
  };

  app.get('/', (c) => {
    const w = where(c);
    if (w instanceof Response) return w;
    if (!w.stateId) return c.json((ids.all(...w.key, { since: c.req.query('since') ?? null }) as { state_id: string }[]).map((r) => r.state_id));
    const row = getOne.get(...w.key, w.stateId) as { content_type: string; body: Buffer; updated: string } | undefined;
    if (!row) return c.json({ error: 'no such document' }, 404);
    const body = new Uint8Array(row.body);
    return c.body(body, 200, { 'Content-Type': row.content_type, ETag: etag(body), 'Last-Modified': new Date(row.updated).toUTCString() });
  });

  const write = async (c: Context<{ Variables: { caller: Caller } }>, merge: boolean) => {
    const w = where(c);
    if (w instanceof Response) return w;
    if (!w.stateId) return c.json({ error: 'stateId is required' }, 400);
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim() || 'application/octet-stream';
    let body = new Uint8Array(await c.req.arrayBuffer());
    if (merge) {
      const existing = getOne.get(...w.key, w.stateId) as { content_type: string; body: Buffer } | undefined;
      if (existing) {
        // xAPI: POST merges two JSON objects; anything else is a 400.
        if (type !== 'application/json' || existing.content_type !== 'application/json') return c.json({ error: 'POST merges JSON documents only' }, 400);
        try {
          const merged = { ...(JSON.parse(existing.body.toString('utf8')) as object), ...(JSON.parse(new TextDecoder().decode(body)) as object) };
          body = new TextEncoder().encode(JSON.stringify(merged));
        } catch {
          return c.json({ error: 'the document is not JSON' }, 400);
        }
      }
    }
    put.run(...w.key, w.stateId, type, Buffer.from(body), new Date().toISOString());
    return c.body(null, 204);
  };
  app.put('/', (c) => write(c, false));
  app.post('/', (c) => write(c, true));
  app.delete('/', (c) => {
    const w = where(c);
    if (w instanceof Response) return w;
    if (w.stateId) removeOne.run(...w.key, w.stateId);
    else removeAll.run(...w.key);
    return c.body(null, 204);
  });
  return app;
}
