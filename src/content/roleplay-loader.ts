import type { ObjectionType, RoleplayScenario } from '../domain';
import { objectionTypes } from '../domain';
import { chunkLoader } from './chunk-loader';

// Each role-play is its own chunk, validated at build by the course plugin.
const loaders = import.meta.glob<{ default: RoleplayScenario }>('../../content/roleplay/*.yaml');
const load = chunkLoader(loaders);

/** The role-plays there are, in the order module 05 teaches the objections. */
export const roleplayIds: ObjectionType[] = objectionTypes.filter((id) => Object.hasOwn(loaders, `../../content/roleplay/${id}.yaml`));

export function loadRoleplay(id: string): Promise<RoleplayScenario> {
  return load(`../../content/roleplay/${id}.yaml`, `No role-play ${id}`);
}

export function loadAllRoleplays(): Promise<RoleplayScenario[]> {
  return Promise.all(roleplayIds.map(loadRoleplay));
}
