import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './route-table';

/** How deeply `text` nests arrays and objects (strings skipped), stopping once past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // a backslash escapes the next character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * A JSON body, checked before it is parsed: the content type must say JSON (415), the nesting
 * must stay within `maxDepth` (400; deep nesting costs stack in every later walk), and it must
 * parse (400). The value is left in `c.var.body`.
 */
export function jsonBody(maxDepth: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim();
    if (!JSON_TYPE.test(type)) return c.json({ error: 'unsupported_media_type', message: 'the body must be JSON (Content-Type: application/json)' }, 415);
    const text = await c.req.text();
    if (jsonDepth(text, maxDepth) > maxDepth) return c.json({ error: 'bad_request', message: `the JSON nests deeper than ${maxDepth} levels` }, 400);
    try {
      c.set('body', JSON.parse(text) as unknown);
    } catch {
      return c.json({ error: 'bad_request', message: 'the body is not JSON' }, 400);
    }
    await next();
  };
}
