import { clientAddress } from '../request-helpers';
import type { WindowLimiter } from '../limits/limiter';
import { fail, type Route } from '../route-table';
import type { LiveService } from './live-service';

export interface LiveLimits {
  /** Sessions started per address. */
  starts: WindowLimiter;
  /** Look-ups of codes that do not exist, per address (shared with the sockets). */
  misses: WindowLimiter;
}

/**
 * POST /api/live/sessions starts a session (its trainer key is shown once); GET tells a phone
 * whether a code exists; /live/ws is the sessions' WebSocket (a plain GET is told to upgrade).
 */
export function liveRoutes(live: LiveService, moduleIds: readonly string[], limits: LiveLimits): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/live/sessions',
      // A trainer's (with company sign-in); in a pilot without it, any console, so it is limited per address too.
      role: 'trainer',
      body: 'json',
      handler: async (c) => {
        const body = c.var.body as { moduleId?: unknown } | null;
        if (typeof body !== 'object' || body === null || typeof body.moduleId !== 'string' || !moduleIds.includes(body.moduleId))
          return fail(c, 400, 'unknown_module', `moduleId must be one of ${moduleIds.join(', ')}`);
        const wait = await limits.starts.take(clientAddress(c));
        if (wait > 0) return fail(c, 429, 'rate_limited', 'too many sessions started from this address', { retryAfter: wait });
        return c.json(await live.createSession(body.moduleId), 201);
      },
    },
    {
      method: 'GET',
      path: '/api/live/sessions/:code',
      role: 'public',
      body: 'none',
      handler: async (c) => {
        const address = clientAddress(c);
        // Only misses count, so a whole class behind one address can look its code up at once.
        const wait = await limits.misses.retryAfter(address);
        if (wait > 0) return fail(c, 429, 'rate_limited', 'too many unknown codes tried from this address', { retryAfter: wait });
        const code = (c.req.param('code') ?? '');
        const found = /^\d{6}$/.test(code) ? await live.exists(code) : undefined;
        if (found) return c.json(found);
        await limits.misses.add(address);
        return fail(c, 404, 'no_session', 'no live session has this code');
      },
    },
    {
      method: 'GET',
      path: '/live/ws',
      role: 'public',
      body: 'none',
      handler: (c) => c.json({ error: 'upgrade_required', message: 'this is a WebSocket endpoint' }, 426, { Upgrade: 'websocket' }),
    },
  ];
}
