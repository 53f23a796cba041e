import { useEffect, useState } from 'react';

/**
 * The address phones in the room should use for this server: `PUBLIC_URL`, or this machine's LAN
 * address when the server listens on all interfaces (the server says, `GET /api/live/reach`);
 * the page's own origin until it has said, or where no server says (the dev server).
 */
export function usePublicOrigin(): string {
  const [origin, setOrigin] = useState(() => location.origin);
  useEffect(() => {
    let live = true;
    fetch('/api/live/reach')
      .then((res) => (res.ok ? (res.json() as Promise<{ base?: unknown }>) : undefined))
      .then((r) => {
        if (live && typeof r?.base === 'string' && /^https?:\/\//.test(r.base)) setOrigin(r.base);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return origin;
}
