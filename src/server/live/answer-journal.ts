import type { LiveAnswer, LiveSession } from '../../domain';
import type { Db } from '../db';
import type { SaveResult } from '../xapi/statement-store';

/**
 * Live answers as they are acknowledged: each is written with its xAPI statement in one
 * transaction before the phone is told, and a room loaded after a crash replays the answers
 * its last saved state had not caught up with. An acknowledged answer is never lost, and a
 * phone answering again after a restart finds its answer there (so no second statement).
 */
export function answerJournal(db: Db, record: (statements: Record<string, unknown>[]) => SaveResult) {
  const insert = db.prepare('INSERT INTO live_answers (code, qid, pid, answer, statement_id) VALUES (?, ?, ?, ?, ?)');
  const ofRoom = db.prepare('SELECT qid, pid, answer FROM live_answers WHERE code = ? ORDER BY seq');
  const write = db.transaction((code: string, qid: string, pid: string, answer: LiveAnswer, statement: Record<string, unknown>) => {
    insert.run(code, qid, pid, JSON.stringify(answer), String(statement.id));
    const saved = record([statement]);
    if (!saved.ok) throw new Error(saved.reason); // rolls the answer back with it
  });
  return {
    write,
    /** The state with every journaled answer in it (the saved state may be up to a moment behind). */
    replay(state: LiveSession): LiveSession {
      let answers = state.answers;
      for (const row of ofRoom.iterate(state.code) as Iterable<{ qid: string; pid: string; answer: string }>) {
        if (answers[row.qid]?.[row.pid]) continue;
        answers = { ...answers, [row.qid]: { ...answers[row.qid], [row.pid]: JSON.parse(row.answer) as LiveAnswer } };
      }
      return answers === state.answers ? state : { ...state, answers };
    },
  };
}
