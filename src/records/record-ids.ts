import { v5 as nameBasedUuid } from 'uuid';
import type { Trainee } from '../domain';

/** What a statement made from the stores records; with the trainee, it names the statement. */
export type RecordedThing =
  | ['goal', goalId: string]
  | ['run', runId: string]
  | ['module', verb: 'progressed' | 'completed', moduleId: string]
  | ['course']
  | ['attempt', attemptId: string, itemId?: string]
  | ['review', answerId: string]
  | ['follow-up', key: string];

/**
 * The id of a statement the emitters make by comparing the stores with their ledger, named after
 * the course, the trainee and what it records (a name-based UUID; `crypto.subtle` is missing where
 * the course is served over plain http). Should the page go (a sign-out on a shared PC) after the
 * statement was queued but before the ledger noted it, or the ledger be lost, the next look makes
 * the same statement again under the same id, and the queue and the records server keep one.
 */
export function recordStatementIds(courseIri: string) {
  const namespace = nameBasedUuid(courseIri, nameBasedUuid.URL);
  return (trainee: Trainee, ...[kind, ...parts]: RecordedThing) => nameBasedUuid(JSON.stringify([kind, trainee.homePage, trainee.employeeId, ...parts.filter((p) => p !== undefined)]), namespace);
}
