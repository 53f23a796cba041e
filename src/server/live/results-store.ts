import type { LiveSession } from '../../domain';
import type { Sql } from '../storage/sql';
import { withJournaledAnswers } from './answer-journal';

/** A live session as the trainer's export reads it: the saved state with every journaled answer in it, and the hash of its trainer key. */
export function liveResultsStore(sql: Sql) {
  return {
    async load(code: string): Promise<{ keyHash: string; state: LiveSession } | undefined> {
      const row = await sql.get<{ trainer_key_hash: string; state: string }>('SELECT trainer_key_hash, state FROM live_sessions WHERE code = ?', [code]);
      if (!row) return undefined;
      return { keyHash: row.trainer_key_hash, state: await withJournaledAnswers(sql, JSON.parse(row.state) as LiveSession) };
    },
  };
}
