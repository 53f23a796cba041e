/**
 * The server's abuse limits and exposure settings, each an environment variable with a default
 * that suits one company behind one public address (the README lists them). The load benches,
 * whose clients all come from 127.0.0.1, raise the limits explicitly.
 */
export interface ServerSettings {
  /** How many reverse proxies in front of the server to trust for `X-Forwarded-For` (0: none, the socket's address counts). */
  trustProxy: number;
  /** Origins, besides the server's own, from which a browser may open a live WebSocket. */
  allowedOrigins: string[];
  /** Whether the static server hands out `.map` files (the build emits them; they hold the full sources). */
  serveSourceMaps: boolean;
  /** Failed HR logins per client address in `hrLoginWindowMinutes` before every try from it answers 429. */
  hrLoginFailures: number;
  hrLoginWindowMinutes: number;
  /** Failed HR logins for one user from one address before each further try waits, twice as long each time. */
  hrLoginFreeTries: number;
  /** Password hashes computed at once, and how many logins may wait for one (the rest get 429). */
  hrHashConcurrency: number;
  hrHashQueue: number;
  /** Trainee registrations per client address per hour. */
  registrationsPerHour: number;
  /** Look-ups of join codes that do not exist, per client address per minute (HTTP and WebSocket together). */
  codeMissesPerMinute: number;
  /** New seats taken in live sessions per client address per minute (a phone coming back to its seat is free). */
  liveJoinsPerMinute: number;
  /** Live sessions started per client address per hour. */
  liveSessionsPerHour: number;
  /** Certificate look-ups by code per client address per minute. */
  certificateLookupsPerMinute: number;
  /** Messages one live socket may send per second before it is closed (1008). */
  liveMessagesPerSecond: number;
  /** How deeply a JSON body may nest. */
  jsonMaxDepth: number;
  /** A company sign-in session unused this many minutes is over. */
  sessionIdleMinutes: number;
  /** A company sign-in session is over this many hours after sign-in, however busy. */
  sessionMaxHours: number;
}

interface Spec {
  env: string;
  min: number;
  max: number;
  fallback: number;
}

const NUMBERS: Record<Exclude<keyof ServerSettings, 'allowedOrigins' | 'serveSourceMaps'>, Spec> = {
  trustProxy: { env: 'TRUST_PROXY', min: 0, max: 10, fallback: 0 },
  hrLoginFailures: { env: 'HR_LOGIN_FAILURES', min: 1, max: 1_000_000, fallback: 5 },
  hrLoginWindowMinutes: { env: 'HR_LOGIN_WINDOW_MINUTES', min: 1, max: 24 * 60, fallback: 15 },
  hrLoginFreeTries: { env: 'HR_LOGIN_FREE_TRIES', min: 1, max: 1_000_000, fallback: 3 },
  hrHashConcurrency: { env: 'HR_HASH_CONCURRENCY', min: 1, max: 64, fallback: 2 },
  hrHashQueue: { env: 'HR_HASH_QUEUE', min: 0, max: 10_000, fallback: 16 },
  registrationsPerHour: { env: 'REGISTRATIONS_PER_HOUR', min: 1, max: 10_000_000, fallback: 300 },
  codeMissesPerMinute: { env: 'LIVE_CODE_MISSES_PER_MINUTE', min: 1, max: 10_000_000, fallback: 20 },
  liveJoinsPerMinute: { env: 'LIVE_JOINS_PER_MINUTE', min: 1, max: 10_000_000, fallback: 120 },
  liveSessionsPerHour: { env: 'LIVE_SESSIONS_PER_HOUR', min: 1, max: 10_000_000, fallback: 30 },
  certificateLookupsPerMinute: { env: 'CERTIFICATE_LOOKUPS_PER_MINUTE', min: 1, max: 10_000_000, fallback: 60 },
  liveMessagesPerSecond: { env: 'LIVE_MESSAGES_PER_SECOND', min: 1, max: 100_000, fallback: 20 },
  jsonMaxDepth: { env: 'JSON_MAX_DEPTH', min: 4, max: 1000, fallback: 32 },
  sessionIdleMinutes: { env: 'SESSION_IDLE_MINUTES', min: 5, max: 7 * 24 * 60, fallback: 120 },
  sessionMaxHours: { env: 'SESSION_MAX_HOURS', min: 1, max: 90 * 24, fallback: 12 },
};

export const DEFAULT_SETTINGS: ServerSettings = {
  ...(Object.fromEntries(Object.entries(NUMBERS).map(([k, s]) => [k, s.fallback])) as Omit<ServerSettings, 'allowedOrigins' | 'serveSourceMaps'>),
  allowedOrigins: [],
  serveSourceMaps: false,
};

/** The settings from the environment; a value that is set but unusable stops the start with the variable's name. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const settings: ServerSettings = { ...DEFAULT_SETTINGS };
  for (const [key, spec] of Object.entries(NUMBERS) as [keyof typeof NUMBERS, Spec][]) {
    const raw = env[spec.env];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < spec.min || value > spec.max) throw new Error(`${spec.env} must be a whole number from ${spec.min} to ${spec.max}, got "${raw}"`);
    settings[key] = value;
  }
  if (env.ALLOWED_ORIGINS) {
    settings.allowedOrigins = env.ALLOWED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
    for (const origin of settings.allowedOrigins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || parsed.origin !== origin) throw new Error(`ALLOWED_ORIGINS holds "${origin}", which is not an origin such as https://academy.example.com`);
    }
  }
  if (env.SERVE_SOURCE_MAPS !== undefined && env.SERVE_SOURCE_MAPS !== '') {
    if (!['0', '1', 'true', 'false'].includes(env.SERVE_SOURCE_MAPS)) throw new Error(`SERVE_SOURCE_MAPS must be 1 or 0, got "${env.SERVE_SOURCE_MAPS}"`);
    settings.serveSourceMaps = env.SERVE_SOURCE_MAPS === '1' || env.SERVE_SOURCE_MAPS === 'true';
  }
  return settings;
}

/** Limits high enough for a load benchmark whose every client is on 127.0.0.1. */
export const LOOPBACK_BENCH_ENV: Record<string, string> = {
  REGISTRATIONS_PER_HOUR: '1000000',
  LIVE_JOINS_PER_MINUTE: '1000000',
  LIVE_CODE_MISSES_PER_MINUTE: '1000000',
  LIVE_SESSIONS_PER_HOUR: '1000000',
  CERTIFICATE_LOOKUPS_PER_MINUTE: '1000000',
};
