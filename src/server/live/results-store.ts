import type { LiveAnswer, LiveSession } from '../../domain';
import type { Db } from '../db';

/**
 * A live session as the trainer's export reads it: the saved state with every journaled answer in
 * it (the saved state may be a moment behind the answers), and the hash of its trainer key.
 */
export function liveResultsStore(db: Db) {
  const session = db.prepare('SELECT trainer_key_hash, state FROM live_sessions WHERE code = ?');
  const answers = db.prepare('SELECT qid, pid, answer FROM live_answers WHERE code = ? ORDER BY seq');
  return {
    load(code: string): { keyHash: string; state: LiveSession } | undefined {
      const row = session.get(code) as { trainer_key_hash: string; state: string } | undefined;
      if (!row) return undefined;
      const state = JSON.parse(row.state) as LiveSession;
      let all = state.answers;
      for (const a of answers.iterate(code) as Iterable<{ qid: string; pid: string; answer: string }>) {
        if (all[a.qid]?.[a.pid]) continue;
        all = { ...all, [a.qid]: { ...all[a.qid], [a.pid]: JSON.parse(a.answer) as LiveAnswer } };
      }
      return { keyHash: row.trainer_key_hash, state: { ...state, answers: all } };
    },
  };
}
