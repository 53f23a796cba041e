import { z } from 'zod';
import type { Sql } from '../storage/sql';
import { fail, type Route } from '../route-table';

const viewSchema = z.strictObject({ name: z.string().trim().min(1).max(100), query: z.string().max(2000) });
const MAX_VIEWS = 50;

/**
 * HR's saved views: a name and the dashboard's query (filters and sort), kept on the server per
 * HR user, so a view follows its owner to another browser. Saving needs the CSRF token (the HR guard).
 */
export function savedViewRoutes(sql: Sql, now = Date.now): Route[] {
  const list = async (user: string) => ({ views: await sql.all('SELECT name, query, updated FROM hr_views WHERE "user" = ? ORDER BY name', [user]) });
  return [
    { method: 'GET', path: '/hr/api/views', role: 'hr', body: 'none', handler: async (c) => c.json(await list(c.var.session.user)) },
    {
      method: 'PUT',
      path: '/hr/api/views',
      role: 'hr',
      body: 'json',
      handler: async (c) => {
        const parsed = viewSchema.safeParse(c.var.body);
        if (!parsed.success) return fail(c, 400, 'bad_request', 'a view needs a name (1–100 characters) and a query');
        const { name, query } = parsed.data;
        const user = c.var.session.user;
        const others = await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM hr_views WHERE "user" = ? AND name <> ?', [user, name]);
        if (Number(others?.n ?? 0) >= MAX_VIEWS) return fail(c, 400, 'bad_request', `at most ${MAX_VIEWS} saved views`);
        await sql.run('INSERT INTO hr_views ("user", name, query, updated) VALUES (?, ?, ?, ?) ON CONFLICT ("user", name) DO UPDATE SET query = excluded.query, updated = excluded.updated', [
          user,
          name,
          query.replace(/^\?/, ''),
          new Date(now()).toISOString(),
        ]);
        return c.json(await list(user));
      },
    },
    {
      method: 'DELETE',
      path: '/hr/api/views/:name',
      role: 'hr',
      body: 'none',
      handler: async (c) => {
        await sql.run('DELETE FROM hr_views WHERE "user" = ? AND name = ?', [c.var.session.user, c.req.param('name') ?? '']);
        return c.json(await list(c.var.session.user));
      },
    },
  ];
}
