import { accountActor, actorKey } from '../../domain';
import type { Db } from '../db';
import type { ProgressStore } from '../records/progress-store';

export type IdentityOutcome = 'ok' | 'not_found' | 'verified' | 'same';

/**
 * An admin's clean-up of self-declared identities (a pilot without company sign-in): remove one
 * (a made-up or mistyped registration), or merge it into another identity, whose record then holds
 * its statements. Identities the company's sign-in vouched for are never touched here.
 */
export function identityAdmin(db: Db, progress: ProgressStore, homePage: string) {
  const keyOf = (employeeId: string) => actorKey(accountActor('', employeeId, homePage));
  const one = db.prepare('SELECT verified FROM trainees WHERE employee_id = ?');
  const dropTokens = db.prepare('DELETE FROM trainee_tokens WHERE employee_id = ?');
  const dropCertificates = db.prepare('DELETE FROM certificates WHERE employee_id = ?');
  const dropTrainee = db.prepare('DELETE FROM trainees WHERE employee_id = ?');
  const dropProgress = db.prepare('DELETE FROM progress WHERE actor_key = ?');
  const modulesOf = db.prepare('SELECT module_id FROM progress WHERE actor_key = ?');
  const moveStatements = db.prepare('UPDATE statements SET actor_key = ? WHERE actor_key = ?');
  const moveAgents = db.prepare('UPDATE statement_agents SET agent_key = ? WHERE agent_key = ?');

  const selfDeclared = (employeeId: string): IdentityOutcome => {
    const row = one.get(employeeId) as { verified: number } | undefined;
    return !row ? 'not_found' : row.verified ? 'verified' : 'ok';
  };
  const forget = (employeeId: string) => {
    dropTokens.run(employeeId);
    dropCertificates.run(employeeId);
    dropProgress.run(keyOf(employeeId));
    dropTrainee.run(employeeId);
  };

  return {
    /** Removes a self-declared trainee: their tokens stop working, their certificates and matrix row go; the statements stay in the LRS. */
    remove(employeeId: string): IdentityOutcome {
      return db.transaction(() => {
        const check = selfDeclared(employeeId);
        if (check === 'ok') forget(employeeId);
        return check;
      })();
    },
    /** Moves a self-declared trainee's statements to another identity, rebuilds that identity's progress, then removes the first. */
    merge(employeeId: string, into: string): IdentityOutcome {
      if (employeeId === into) return 'same';
      return db.transaction(() => {
        const check = selfDeclared(employeeId);
        if (check !== 'ok') return check;
        if (!one.get(into)) return 'not_found';
        const from = keyOf(employeeId);
        const to = keyOf(into);
        const modules = new Set([...(modulesOf.all(from) as { module_id: string }[]), ...(modulesOf.all(to) as { module_id: string }[])].map((r) => r.module_id));
        moveStatements.run(to, from);
        moveAgents.run(to, from);
        forget(employeeId);
        progress.rebuildModules(to, modules);
        return 'ok' as const;
      })();
    },
  };
}
