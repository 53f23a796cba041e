import { use } from 'react';
import { loadAllRoleplays, loadRoleplay } from '../../content/roleplay-loader';
import type { RoleplayScenario } from '../../domain';

let all: Promise<RoleplayScenario[]> | undefined;
const one = new Map<string, Promise<RoleplayScenario>>();

/** Every role-play (suspends while loading); a failed load is forgotten so a retry retries. */
export function useAllRoleplays(): RoleplayScenario[] {
  if (!all) {
    all = loadAllRoleplays();
    all.catch(() => (all = undefined));
  }
  return use(all);
}

export function useRoleplay(id: string): RoleplayScenario {
  let promise = one.get(id);
  if (!promise) {
    promise = loadRoleplay(id);
    one.set(id, promise);
    promise.catch(() => one.delete(id));
  }
  return use(promise);
}
