import type { Hono, MiddlewareHandler } from 'hono';
import { fail, setAnswerHeader, type AppEnv } from '../route-table';

/**
 * Every xAPI answer names the version it speaks, errors included; a GET of statements also says
 * up to when its results are complete (`X-Experience-API-Consistent-Through`: every statement
 * stored before now is visible, as SQLite commits before it answers).
 */
export const xapiHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  setAnswerHeader(c, 'X-Experience-API-Version', '1.0.3');
  if (c.req.path === '/xapi/statements' && (c.req.method === 'GET' || c.req.method === 'HEAD')) setAnswerHeader(c, 'X-Experience-API-Consistent-Through', new Date().toISOString());
};

const HEADERS = new Map(['Authorization', 'X-Experience-API-Version', 'Content-Type', 'Content-Length', 'If-Match', 'If-None-Match'].map((h) => [h.toLowerCase(), h]));

/**
 * xAPI's alternate request syntax (Communication 1.3): a POST with `?method=PUT` (GET, POST,
 * DELETE) whose form body carries the headers, the parameters and the `content`. It is replayed
 * as the request it stands for, through the same routes, guards and checks.
 */
export function alternateRequestSyntax(app: Hono<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Most requests carry no query at all, and need no URL parsed.
    if (!c.req.url.includes('?')) return next();
    const url = new URL(c.req.url);
    const method = url.searchParams.get('method');
    if (method === null) return next();
    if (c.req.method !== 'POST') return fail(c, 400, 'bad_request', 'the alternate request syntax is sent as a POST');
    if ([...url.searchParams.keys()].some((k) => k !== 'method')) return fail(c, 400, 'bad_request', 'with the alternate request syntax, parameters go in the form body');
    const verb = method.toUpperCase();
    if (!['GET', 'PUT', 'POST', 'DELETE'].includes(verb)) return fail(c, 400, 'bad_request', 'method must be GET, PUT, POST or DELETE');
    if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header('Content-Type') ?? '')) return fail(c, 400, 'bad_request', 'the alternate request syntax sends a form (application/x-www-form-urlencoded)');
    const form = new URLSearchParams(await c.req.text());
    // The request's own headers stand unless the form names them.
    const headers = new Headers();
    for (const h of ['Authorization', 'X-Experience-API-Version']) {
      const v = c.req.header(h);
      if (v) headers.set(h, v);
    }
    const params = new URLSearchParams();
    let content: string | null = null;
    for (const [key, value] of form) {
      const header = HEADERS.get(key.toLowerCase());
      if (header === 'Content-Length') continue;
      if (header) headers.set(header, value);
      else if (key === 'content') content = value;
      else params.append(key, value);
    }
    if ((verb === 'PUT' || verb === 'POST') && content === null) return fail(c, 400, 'bad_request', 'a PUT or POST sent this way carries its body in the form field content');
    if (content !== null && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    url.search = params.toString();
    const replay = new Request(url, { method: verb, headers, body: verb === 'PUT' || verb === 'POST' ? content : undefined });
    return app.fetch(replay, c.env);
  };
}
