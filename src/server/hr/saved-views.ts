import { z } from 'zod';
import type { Db } from '../db';
import { fail, type Route } from '../route-table';

const viewSchema = z.strictObject({ name: z.string().trim().min(1).max(100), query: z.string().max(2000) });
const MAX_VIEWS = 50;

/**
 * HR's saved views: a name and the dashboard's query (filters and sort), kept on the server per
 * HR user, so a view follows its owner to another browser. Saving needs the CSRF token (the HR guard).
 */
export function savedViewRoutes(db: Db, now = Date.now): Route[] {
  const list = db.prepare('SELECT name, query, updated FROM hr_views WHERE user = ? ORDER BY name');
  const count = db.prepare('SELECT COUNT(*) AS n FROM hr_views WHERE user = ? AND name <> ?');
  const upsert = db.prepare('INSERT INTO hr_views (user, name, query, updated) VALUES (?, ?, ?, ?) ON CONFLICT (user, name) DO UPDATE SET query = excluded.query, updated = excluded.updated');
  const remove = db.prepare('DELETE FROM hr_views WHERE user = ? AND name = ?');
  return [
    { method: 'GET', path: '/hr/api/views', role: 'hr', body: 'none', handler: (c) => c.json({ views: list.all(c.var.session.user) }) },
    {
      method: 'PUT',
      path: '/hr/api/views',
      role: 'hr',
      body: 'json',
      handler: (c) => {
        const parsed = viewSchema.safeParse(c.var.body);
        if (!parsed.success) return fail(c, 400, 'bad_request', 'a view needs a name (1–100 characters) and a query');
        const { name, query } = parsed.data;
        if ((count.get(c.var.session.user, name) as { n: number }).n >= MAX_VIEWS) return fail(c, 400, 'bad_request', `at most ${MAX_VIEWS} saved views`);
        upsert.run(c.var.session.user, name, query.replace(/^\?/, ''), new Date(now()).toISOString());
        return c.json({ views: list.all(c.var.session.user) });
      },
    },
    {
      method: 'DELETE',
      path: '/hr/api/views/:name',
      role: 'hr',
      body: 'none',
      handler: (c) => {
        remove.run(c.var.session.user, c.req.param('name') ?? '');
        return c.json({ views: list.all(c.var.session.user) });
      },
    },
  ];
}
