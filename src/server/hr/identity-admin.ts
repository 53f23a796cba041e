import { accountActor, actorKey, recordedSpelling, sameEmployeeId } from '../../domain';
import type { ProgressStore } from '../records/progress-store';
import type { LearnerSummaries } from '../records/learner-summaries';
import type { Sql } from '../storage/sql';

export type IdentityOutcome = 'ok' | 'not_found' | 'verified' | 'same';

/**
 * An admin's clean-up of self-declared identities (a pilot without company sign-in): remove one
 * (a made-up or mistyped registration), or merge it into another identity, whose record then holds
 * its statements. Identities the company's sign-in vouched for are never touched here.
 */
export function identityAdmin(sql: Sql, progress: ProgressStore, summaries: LearnerSummaries, homePage: string, revoked: (employeeId: string) => void = () => {}) {
  const keyOf = (employeeId: string) => actorKey(accountActor('', employeeId, homePage));

  const selfDeclared = async (q: Sql, employeeId: string): Promise<IdentityOutcome> => {
    const row = await q.get<{ verified: number }>('SELECT verified FROM trainees WHERE employee_id = ?', [employeeId]);
    return !row ? 'not_found' : Number(row.verified) ? 'verified' : 'ok';
  };
  const forget = async (q: Sql, employeeId: string) => {
    await q.run('DELETE FROM trainee_tokens WHERE employee_id = ?', [employeeId]);
    await q.run('DELETE FROM certificates WHERE employee_id = ?', [employeeId]);
    await q.run('DELETE FROM progress WHERE actor_key = ?', [keyOf(employeeId)]);
    await q.run('DELETE FROM trainees WHERE employee_id = ?', [employeeId]);
  };
  const modulesOf = async (q: Sql, key: string) => (await q.all<{ module_id: string }>('SELECT module_id FROM progress WHERE actor_key = ?', [key])).map((r) => r.module_id);

  return {
    /** Removes a self-declared trainee: their tokens stop working, their certificates and matrix row go; the statements stay in the LRS. */
    remove: (employeeId: string): Promise<IdentityOutcome> =>
      sql.tx(async (q) => {
        const check = await selfDeclared(q, employeeId);
        if (check === 'ok') await forget(q, employeeId);
        return check;
      }).then((check) => (check === 'ok' && revoked(employeeId), check)),
    /** Moves a self-declared trainee's statements to another identity, rebuilds that identity's progress, then removes the first. */
    async merge(employeeId: string, typed: string): Promise<IdentityOutcome> {
      if (employeeId === typed) return 'same';
      return sql.tx(async (q) => {
        const check = await selfDeclared(q, employeeId);
        if (check !== 'ok') return check;
        // The id the admin typed, in whatever case, names the trainee recorded under it.
        const known = await q.all<{ employee_id: string }>('SELECT employee_id FROM trainees WHERE UPPER(employee_id) = UPPER(?)', [typed]);
        const matches = known.map((r) => r.employee_id).filter((id) => sameEmployeeId(id, typed));
        // e1001 into a recorded E1001 cleans up a mistyped case; into its own id in another case is no merge.
        const others = matches.filter((id) => id !== employeeId);
        if (!others.length) return matches.length ? 'same' : 'not_found';
        const into = recordedSpelling(typed, others);
        const from = keyOf(employeeId);
        const to = keyOf(into);
        const modules = new Set([...(await modulesOf(q, from)), ...(await modulesOf(q, to))]);
        await q.run('UPDATE statements SET actor_key = ? WHERE actor_key = ?', [to, from]);
        await q.run('UPDATE statement_agents SET agent_key = ? WHERE agent_key = ?', [to, from]);
        await forget(q, employeeId);
        await progress.rebuildModules(q, to, modules);
        await summaries.drop(q, from);
        await summaries.touch(q, [to]);
        return 'ok' as const;
      }).then((check) => (check === 'ok' && revoked(employeeId), check));
    },
  };
}
