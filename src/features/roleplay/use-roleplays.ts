import { use } from 'react';
import { loadOnce } from '../../content/load-once';
import { loadAllRoleplays, loadRoleplay } from '../../content/roleplay-loader';
import type { RoleplayScenario } from '../../domain';

const allRoleplays = loadOnce(() => loadAllRoleplays());
const roleplay = loadOnce(loadRoleplay);

/** Every role-play (suspends while loading); a failed load is forgotten so a retry retries. */
export function useAllRoleplays(): RoleplayScenario[] {
  return use(allRoleplays());
}

export function useRoleplay(id: string): RoleplayScenario {
  return use(roleplay(id));
}
