import type { LiveAnswer, LiveSession } from '../../domain';
import type { Sql } from '../storage/sql';
import type { SaveResult } from '../xapi/statement-store';
import { answerJournal, stateText } from './answer-journal';

/**
 * Where live rooms are kept: every read and write of a room's state and its answer journal goes
 * through here. A room's saves carry the version they build on (compare-and-set), so a room
 * another instance took over is never overwritten by a stale copy.
 */
export function roomStore(sql: Sql, record: (statements: Record<string, unknown>[], q: Sql) => Promise<SaveResult>, courseId: string) {
  const journal = answerJournal(sql, record);
  return {
    /** Stores a new room; false when its code is taken (here or on another instance). */
    create: async (state: LiveSession, keyHash: string, stamp: string) =>
      (await sql.run('INSERT INTO live_sessions (course_id, code, trainer_key_hash, state, created, updated) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING', [
        courseId,
        state.code,
        keyHash,
        stateText(state),
        stamp,
        stamp,
      ])) === 1,
    /** A room as saved, with every journaled answer replayed into it. */
    async load(code: string): Promise<{ state: LiveSession; keyHash: string; version: number } | undefined> {
      const row = await sql.get<{ trainer_key_hash: string; state: string; version: number }>('SELECT trainer_key_hash, state, version FROM live_sessions WHERE code = ?', [code]);
      return row ? { state: await journal.replay(JSON.parse(row.state) as LiveSession), keyHash: row.trainer_key_hash, version: Number(row.version) } : undefined;
    },
    /** Saves over `version`; false when the stored room has moved on (another instance runs it now). */
    save: async (state: LiveSession, version: number, stamp: string) =>
      (await sql.run('UPDATE live_sessions SET state = ?, updated = ?, version = version + 1 WHERE code = ? AND version = ?', [stateText(state), stamp, state.code, version])) === 1,
    /** The state of a room without running it, its answers left in the journal (a look-up). */
    peek: async (code: string) => {
      const row = await sql.get<{ state: string }>('SELECT state FROM live_sessions WHERE code = ?', [code]);
      return row ? (JSON.parse(row.state) as LiveSession) : undefined;
    },
    /** An answer and its statement, durable together before the phone is told. */
    journalAnswer: (code: string, qid: string, pid: string, answer: LiveAnswer, statement: Record<string, unknown>) => journal.write(code, qid, pid, answer, statement),
  };
}

export type RoomStore = ReturnType<typeof roomStore>;
