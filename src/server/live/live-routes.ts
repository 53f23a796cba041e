import { Hono } from 'hono';
import { clientAddress } from '../request-helpers';
import { slidingWindowLimiter } from '../rate-limit';
import type { LiveService } from './live-service';

/** POST /api/live/sessions starts a session (its trainer key is shown once); GET tells a phone whether a code exists. */
export function liveRoutes(live: LiveService, moduleIds: readonly string[], now = Date.now) {
  const app = new Hono();
  // Starting sessions is open to any trainer's console, so it is limited per address.
  const starts = slidingWindowLimiter({ max: 30, windowMs: 60 * 60_000, now });
  app.post('/live/sessions', async (c) => {
    const address = clientAddress(c);
    const wait = starts.retryAfter(address);
    if (wait > 0) return c.json({ error: 'rate_limited', retryAfter: wait }, 429, { 'Retry-After': String(wait) });
    const body = (await c.req.json().catch(() => ({}))) as { moduleId?: unknown };
    if (typeof body.moduleId !== 'string' || !moduleIds.includes(body.moduleId)) return c.json({ error: 'unknown_module' }, 400);
    starts.record(address);
    return c.json(live.createSession(body.moduleId), 201);
  });
  app.get('/live/sessions/:code', (c) => {
    const found = /^\d{6}$/.test(c.req.param('code')) ? live.exists(c.req.param('code')) : undefined;
    return found ? c.json(found) : c.json({ error: 'no_session' }, 404);
  });
  return app;
}
