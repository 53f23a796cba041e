import type { LiveAnswer, LiveSession } from '../../domain';
import type { Db } from '../db';
import type { SaveResult } from '../xapi/statement-store';
import { answerJournal } from './answer-journal';

/**
 * Where live rooms are kept: every read and write of a room's state and its answer journal goes
 * through here, so the storage behind it can change without touching the service.
 */
export function roomStore(db: Db, record: (statements: Record<string, unknown>[]) => SaveResult) {
  const journal = answerJournal(db, record);
  const insert = db.prepare('INSERT INTO live_sessions (code, trainer_key_hash, state, created, updated) VALUES (?, ?, ?, ?, ?)');
  const load = db.prepare('SELECT trainer_key_hash, state FROM live_sessions WHERE code = ?');
  const save = db.prepare('UPDATE live_sessions SET state = ?, updated = ? WHERE code = ?');
  return {
    create(state: LiveSession, keyHash: string, stamp: string) {
      insert.run(state.code, keyHash, JSON.stringify(state), stamp, stamp);
    },
    /** A room as saved, with every journaled answer replayed into it. */
    load(code: string): { state: LiveSession; keyHash: string } | undefined {
      const row = load.get(code) as { trainer_key_hash: string; state: string } | undefined;
      return row ? { state: journal.replay(JSON.parse(row.state) as LiveSession), keyHash: row.trainer_key_hash } : undefined;
    },
    save(state: LiveSession, stamp: string) {
      save.run(JSON.stringify(state), stamp, state.code);
    },
    /** An answer and its statement, durable together before the phone is told. */
    journalAnswer(code: string, qid: string, pid: string, answer: LiveAnswer, statement: Record<string, unknown>) {
      journal.write(code, qid, pid, answer, statement);
    },
  };
}

export type RoomStore = ReturnType<typeof roomStore>;
