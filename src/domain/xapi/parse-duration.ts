const PARTS = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

// Years and months have no fixed length; a learning record never spans one, so 365 and 30 days serve.
const UNIT_MS = [365 * 86_400_000, 30 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000];

/** Milliseconds in an ISO 8601 duration (`PT5M30.5S` → 330 500); 0 for anything else. */
export function durationMs(text: unknown): number {
  if (typeof text !== 'string') return 0;
  const m = PARTS.exec(text);
  if (!m) return 0;
  return Math.round(UNIT_MS.reduce((sum, unit, i) => sum + (m[i + 1] ? Number(m[i + 1]) * unit : 0), 0));
}
