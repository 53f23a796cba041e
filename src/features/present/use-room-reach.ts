import { useEffect, useState } from 'react';

/** How phones reach the server (src/server/live/room-reach.ts); undefined where no server says (a static copy, the dev server). */
export interface RoomReach {
  base: string | null;
  loopbackOnly: boolean;
}

const REACH = '/api/live/reach';

/** Asks the server once how phones in the room reach it. */
export function useRoomReach(): RoomReach | undefined {
  const [reach, setReach] = useState<RoomReach | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetch(REACH)
      .then((res) => (res.ok ? (res.json() as Promise<unknown>) : undefined))
      .then((body) => {
        const r = body as Partial<RoomReach> | undefined;
        if (live && r && typeof r.loopbackOnly === 'boolean' && (r.base === null || typeof r.base === 'string')) setReach({ base: r.base, loopbackOnly: r.loopbackOnly });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return reach;
}

/** Downloads a session's results (CSV or XLSX) with the trainer's key; false when the server refused. */
export async function downloadResults(code: string, key: string, format: 'csv' | 'xlsx', lang: string): Promise<boolean> {
  try {
    const res = await fetch(`/api/live/sessions/${encodeURIComponent(code)}/results.${format}?lang=${lang === 'en' ? 'en' : 'zh-CN'}`, { headers: { Authorization: `Bearer ${key}` } });
    if (!res.ok) return false;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? `live-results-${code}.${format}`;
    document.body.append(a);
    a.click();
    a.remove();
    // The download has its own copy once started; the object URL can go a moment later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
