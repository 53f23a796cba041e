import { isoDuration, XAPI_VERSION } from '../../domain';

/** cmi5's launch: what the LMS put on the URL (section 8.1 of the cmi5 spec). */
export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

/** The LMS.LaunchData state document (section 10.2.1). */
export interface LaunchData {
  contextTemplate: { contextActivities?: Record<string, { id: string }[]>; extensions?: Record<string, unknown> };
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: string;
  masteryScore?: number;
  returnURL?: string;
}

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export function readLaunch(url: URL): Cmi5Launch | undefined {
  const p = url.searchParams;
  const [endpoint, fetchUrl, actor, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((k) => p.get(k));
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return undefined;
  try {
    return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetch: fetchUrl, actor: JSON.parse(actor) as Record<string, unknown>, registration, activityId };
  } catch {
    return undefined;
  }
}

/**
 * A cmi5-defined statement (section 9): the launch's actor and AU, the context template with the
 * registration and the cmi5 category (plus moveon for completed and passed), durations where the
 * spec requires them, and a score only on passed.
 */
export function cmi5Statement(
  launch: Cmi5Launch,
  data: LaunchData,
  verb: keyof typeof VERB,
  args: { id: string; timestamp: string; durationMs?: number; scaled?: number },
) {
  const template = data.contextTemplate ?? {};
  const category = [...(template.contextActivities?.category ?? []), { id: CMI5_CATEGORY }, ...(verb === 'completed' || verb === 'passed' ? [{ id: MOVEON_CATEGORY }] : [])];
  const result =
    verb === 'completed'
      ? { completion: true, duration: isoDuration(args.durationMs ?? 0) }
      : verb === 'passed'
        ? { success: true, ...(args.scaled !== undefined ? { score: { scaled: args.scaled } } : {}), duration: isoDuration(args.durationMs ?? 0) }
        : verb === 'terminated'
          ? { duration: isoDuration(args.durationMs ?? 0) }
          : undefined;
  return {
    id: args.id,
    actor: launch.actor,
    verb: { id: VERB[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: launch.activityId },
    ...(result ? { result } : {}),
    context: {
      ...template,
      registration: launch.registration,
      contextActivities: { ...(template.contextActivities ?? {}), category: category.map((c) => ({ objectType: 'Activity', ...c })) },
    },
    timestamp: args.timestamp,
    version: XAPI_VERSION,
  };
}
