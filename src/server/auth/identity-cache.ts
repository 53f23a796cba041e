import type { TraineeIdentity, TraineeRegistry } from '../trainees';

export interface IdentityCacheOptions {
  /** How long a token's trainee is remembered after it was looked up. */
  ttlMs?: number;
  /** How many tokens are remembered at most (the oldest lookups go first). */
  max?: number;
  now?: () => number;
}

/**
 * The registry with each token's trainee remembered briefly: every statement a browser sends
 * carries its token, and without this each one costs a SHA-256 and a database read. A token never
 * changes owner; it is revoked when an admin removes or merges a self-declared identity or when the
 * sign-in it was given to is signed out, which `forget` applies here at once (and other instances
 * within `ttlMs`), or when that sign-in runs out, which is seen within `ttlMs`. An unknown token is never
 * remembered (it may be registered the next moment), so a wrong token still costs what it costs
 * today and cannot fill the memory.
 */
export function withIdentityCache(registry: TraineeRegistry, { ttlMs = 10_000, max = 50_000, now = Date.now }: IdentityCacheOptions = {}): TraineeRegistry & { forget(employeeId: string): void } {
  const known = new Map<string, { identity: TraineeIdentity; until: number }>();
  return {
    ...registry,
    forget(employeeId: string) {
      for (const [token, hit] of known) if (hit.identity.employeeId === employeeId) known.delete(token);
    },
    async identify(token: string) {
      const t = now();
      const hit = known.get(token);
      if (hit && hit.until > t) return hit.identity;
      if (hit) known.delete(token);
      const identity = await registry.identify(token);
      if (identity) {
        // Map keeps insertion order: the first key is the oldest lookup.
        if (known.size >= max) known.delete(known.keys().next().value!);
        known.set(token, { identity, until: t + ttlMs });
      }
      return identity;
    },
  };
}
