import type { LiveAnswer, LiveSession } from '../../domain';
import type { Sql } from '../storage/sql';
import type { SaveResult } from '../xapi/statement-store';

/**
 * The state with every journaled answer in it. The journal is where a room's answers live: the
 * saved state carries none (a room of 1,000 phones would otherwise rewrite every answer so far on
 * each save), and a state saved before that rule keeps its own, which the journal only confirms.
 */
export async function withJournaledAnswers(sql: Sql, state: LiveSession): Promise<LiveSession> {
  const answers: LiveSession['answers'] = {};
  for (const [qid, byPid] of Object.entries(state.answers ?? {})) answers[qid] = { ...byPid };
  for (const row of await sql.all<{ qid: string; pid: string; answer: string }>('SELECT qid, pid, answer FROM live_answers WHERE code = ? ORDER BY seq', [state.code])) {
    const byPid = (answers[row.qid] ??= {});
    byPid[row.pid] ??= JSON.parse(row.answer) as LiveAnswer;
  }
  return { ...state, answers };
}

/** The text a room's state is saved as: everything but its answers (those are in the journal). */
export const stateText = (state: LiveSession) => JSON.stringify({ ...state, answers: {} });

/**
 * Live answers as they are acknowledged: each is written with its xAPI statement in one
 * transaction before the phone is told, and a room loaded (after a restart, or by another
 * instance) gets its answers back from here. An acknowledged answer is never lost, and a phone
 * answering again after a restart finds its answer there (so no second statement).
 */
export function answerJournal(sql: Sql, record: (statements: Record<string, unknown>[], q: Sql) => Promise<SaveResult>) {
  return {
    write: (code: string, qid: string, pid: string, answer: LiveAnswer, statement: Record<string, unknown>) =>
      sql.tx(async (q) => {
        await q.run('INSERT INTO live_answers (code, qid, pid, answer, statement_id) VALUES (?, ?, ?, ?, ?)', [code, qid, pid, JSON.stringify(answer), String(statement.id)]);
        const saved = await record([statement], q);
        if (!saved.ok) throw new Error(saved.reason); // rolls the answer back with it
      }),
    replay: (state: LiveSession) => withJournaledAnswers(sql, state),
  };
}
