import { actorKey } from './actor';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The agents and activities a statement names, as the GET filters read them (Communication
 * 2.1.3): the actor, and the object when it is an Agent or Group, match `agent`; the object
 * Activity matches `activity`; with `related_agents` also the authority, instructor, team and
 * those of a SubStatement; with `related_activities` also the context activities and a
 * SubStatement's.
 */
export function statementIndex(statement: Json): { agents: { key: string; broad: boolean }[]; activities: { id: string; broad: boolean }[] } {
  const agents = new Map<string, boolean>();
  const activities = new Map<string, boolean>();
  const agent = (a: unknown, broad: boolean) => {
    if (!isObject(a)) return;
    const key = actorKey(a);
    if (key !== 'unknown:' && !(agents.get(key) === false)) agents.set(key, broad);
  };
  const activity = (a: unknown, broad: boolean) => {
    if (isObject(a) && typeof a.id === 'string' && !(activities.get(a.id) === false)) activities.set(a.id, broad);
  };
  const parts = (s: Json, broad: boolean) => {
    agent(s.actor, broad);
    const o = s.object;
    if (isObject(o)) {
      if (o.objectType === 'Agent' || o.objectType === 'Group') agent(o, broad);
      else if (o.objectType === 'SubStatement') parts(o, true);
      else if (o.objectType !== 'StatementRef') activity(o, broad);
    }
    if (isObject(s.context)) {
      agent(s.context.instructor, true);
      agent(s.context.team, true);
      if (isObject(s.context.contextActivities))
        for (const list of Object.values(s.context.contextActivities)) for (const a of Array.isArray(list) ? list : [list]) activity(a, true);
    }
    if (s.authority !== undefined) agent(s.authority, true);
  };
  parts(statement, false);
  return { agents: [...agents].map(([key, broad]) => ({ key, broad })), activities: [...activities].map(([id, broad]) => ({ id, broad })) };
}
