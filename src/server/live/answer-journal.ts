import type { LiveAnswer, LiveSession } from '../../domain';
import type { Sql } from '../storage/sql';
import type { SaveResult } from '../xapi/statement-store';

/**
 * Live answers as they are acknowledged: each is written with its xAPI statement in one
 * transaction before the phone is told, and a room loaded after a crash replays the answers
 * its last saved state had not caught up with. An acknowledged answer is never lost, and a
 * phone answering again after a restart finds its answer there (so no second statement).
 */
export function answerJournal(sql: Sql, record: (statements: Record<string, unknown>[], q: Sql) => Promise<SaveResult>) {
  return {
    write: (code: string, qid: string, pid: string, answer: LiveAnswer, statement: Record<string, unknown>) =>
      sql.tx(async (q) => {
        await q.run('INSERT INTO live_answers (code, qid, pid, answer, statement_id) VALUES (?, ?, ?, ?, ?)', [code, qid, pid, JSON.stringify(answer), String(statement.id)]);
        const saved = await record([statement], q);
        if (!saved.ok) throw new Error(saved.reason); // rolls the answer back with it
      }),
    /** The state with every journaled answer in it (the saved state may be up to a moment behind). */
    async replay(state: LiveSession): Promise<LiveSession> {
      let answers = state.answers;
      for (const row of await sql.all<{ qid: string; pid: string; answer: string }>('SELECT qid, pid, answer FROM live_answers WHERE code = ? ORDER BY seq', [state.code])) {
        if (answers[row.qid]?.[row.pid]) continue;
        answers = { ...answers, [row.qid]: { ...answers[row.qid], [row.pid]: JSON.parse(row.answer) as LiveAnswer } };
      }
      return answers === state.answers ? state : { ...state, answers };
    },
  };
}
