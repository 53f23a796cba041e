import { v5 as nameBasedUuid } from 'uuid';
import type { Trainee } from '../domain';

/**
 * The statement id of a saved goal or a finished role-play run, named after the course, the
 * trainee and the goal or run (a name-based UUID; `crypto.subtle` is missing where the course is
 * served over plain http). Should the page go (a sign-out on a shared PC) after the statement was
 * queued but before the ledger noted it, the next look records the same statement again, and the
 * queue and the records server keep one.
 */
export function practiceStatementIds(courseIri: string) {
  const namespace = nameBasedUuid(courseIri, nameBasedUuid.URL);
  return (kind: 'goal' | 'run', trainee: Trainee, id: string) => nameBasedUuid(JSON.stringify([kind, trainee.homePage, trainee.employeeId, id]), namespace);
}
