import type { ObjectionType, RoleplayScenario } from '../domain';
import { objectionTypes } from '../domain';

// Each role-play is its own chunk, validated at build by the course plugin.
const loaders = import.meta.glob<{ default: RoleplayScenario }>('../../content/roleplay/*.yaml');
const cache = new Map<string, Promise<RoleplayScenario>>();

/** The role-plays there are, in the order module 05 teaches the objections. */
export const roleplayIds: ObjectionType[] = objectionTypes.filter((id) => Object.hasOwn(loaders, `../../content/roleplay/${id}.yaml`));

export function loadRoleplay(id: string): Promise<RoleplayScenario> {
  const key = `../../content/roleplay/${id}.yaml`;
  const cached = cache.get(key);
  if (cached) return cached;
  const loader = loaders[key];
  if (!loader) return Promise.reject(new Error(`No role-play ${id}`));
  const promise = loader().then((m) => m.default);
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
  return promise;
}

export function loadAllRoleplays(): Promise<RoleplayScenario[]> {
  return Promise.all(roleplayIds.map(loadRoleplay));
}
