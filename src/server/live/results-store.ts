import type { LiveAnswer, LiveSession } from '../../domain';
import type { Sql } from '../storage/sql';

/**
 * A live session as the trainer's export reads it: the saved state with every journaled answer in
 * it (the saved state may be a moment behind the answers), and the hash of its trainer key.
 */
export function liveResultsStore(sql: Sql) {
  return {
    async load(code: string): Promise<{ keyHash: string; state: LiveSession } | undefined> {
      const row = await sql.get<{ trainer_key_hash: string; state: string }>('SELECT trainer_key_hash, state FROM live_sessions WHERE code = ?', [code]);
      if (!row) return undefined;
      const state = JSON.parse(row.state) as LiveSession;
      let all = state.answers;
      for (const a of await sql.all<{ qid: string; pid: string; answer: string }>('SELECT qid, pid, answer FROM live_answers WHERE code = ? ORDER BY seq', [code])) {
        if (all[a.qid]?.[a.pid]) continue;
        all = { ...all, [a.qid]: { ...all[a.qid], [a.pid]: JSON.parse(a.answer) as LiveAnswer } };
      }
      return { keyHash: row.trainer_key_hash, state: { ...state, answers: all } };
    },
  };
}
