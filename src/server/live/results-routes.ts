import type { Context } from 'hono';
import { buildXlsx, RESULT_COLUMNS, resultsSheetName, sessionResultRows, toCsv, type ResultsLang } from '../../domain';
import type { Sql } from '../storage/sql';
import { reportTimeZone } from '../hr/reports';
import { sameSecret, sha256 } from '../request-helpers';
import { fail, type AppEnv, type Route } from '../route-table';
import { liveResultsStore } from './results-store';

/**
 * GET /api/live/sessions/:code/results.csv and .xlsx: every answer of a session (who, what, when,
 * points) for its trainer after the session, authorized by the trainer's key
 * (`Authorization: Bearer <key>`, the key the console got when it started the session). `lang`
 * (zh-CN, the default, or en) is the language of the headers and the questions.
 */
export function liveResultsRoutes(sql: Sql, now: () => number = Date.now): Route[] {
  const store = liveResultsStore(sql);
  const load = async (c: Context<AppEnv>) => {
    const unknown = Object.keys(c.req.query()).find((k) => k !== 'lang');
    if (unknown) return fail(c, 400, 'bad_parameter', `unknown query parameter: ${unknown}`);
    const lang = c.req.query('lang') ?? 'zh-CN';
    if (lang !== 'zh-CN' && lang !== 'en') return fail(c, 400, 'bad_parameter', 'lang must be zh-CN or en');
    const key = /^Bearer ([A-Za-z0-9_-]{10,100})$/.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!key) return fail(c, 403, 'not_trainer', "the trainer's key is required (Authorization: Bearer <key>)");
    const code = c.req.param('code') ?? '';
    const found = /^\d{6}$/.test(code) ? await store.load(code) : undefined;
    // A wrong key and an unknown code answer alike, so the export tells a guesser nothing.
    if (!found || !sameSecret(sha256(key), found.keyHash)) return fail(c, 403, 'not_trainer', "no session with this code has this trainer's key");
    return { rows: sessionResultRows(found.state, lang as ResultsLang), lang: lang as ResultsLang, code };
  };
  const fileName = (code: string, ext: string) => `attachment; filename="live-results-${code}-${new Date(now()).toISOString().slice(0, 10)}.${ext}"`;
  return [
    {
      method: 'GET',
      path: '/api/live/sessions/:code/results.csv',
      role: 'public',
      body: 'none',
      handler: async (c) => {
        const r = await load(c);
        if (r instanceof Response) return r;
        return c.body(toCsv(r.rows), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': fileName(r.code, 'csv') });
      },
    },
    {
      method: 'GET',
      path: '/api/live/sessions/:code/results.xlsx',
      role: 'public',
      body: 'none',
      handler: async (c) => {
        const r = await load(c);
        if (r instanceof Response) return r;
        const bytes = buildXlsx([{ name: resultsSheetName(r.lang), rows: r.rows, columns: RESULT_COLUMNS }], { timeZone: reportTimeZone() });
        return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': fileName(r.code, 'xlsx') });
      },
    },
  ];
}
