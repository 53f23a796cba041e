import type { PushedQuestion, QuestionSet } from '../../domain';
import type { Db } from '../db';

/** The most sets one module keeps, so a trainer's console cannot fill the disk. */
export const SETS_PER_MODULE = 100;

/** Question sets per module, in SQL kept here (portable: SQLite and PostgreSQL). */
export function questionSetStore(db: Db) {
  const list = db.prepare('SELECT id, title, questions FROM live_question_sets WHERE module_id = ? ORDER BY updated DESC, id');
  const count = db.prepare('SELECT COUNT(*) AS n FROM live_question_sets WHERE module_id = ?');
  const upsert = db.prepare(
    'INSERT INTO live_question_sets (id, module_id, title, questions, updated) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, questions = excluded.questions, updated = excluded.updated WHERE live_question_sets.module_id = excluded.module_id',
  );
  const remove = db.prepare('DELETE FROM live_question_sets WHERE id = ? AND module_id = ?');
  return {
    list(moduleId: string): QuestionSet[] {
      return (list.all(moduleId) as { id: string; title: string; questions: string }[]).map((r) => ({ id: r.id, title: r.title, questions: JSON.parse(r.questions) as PushedQuestion[] }));
    },
    /** Saves a set under the module; false when the module already holds as many sets as it may. */
    save(moduleId: string, set: QuestionSet, now: string): boolean {
      const known = list.all(moduleId).some((r) => (r as { id: string }).id === set.id);
      if (!known && (count.get(moduleId) as { n: number }).n >= SETS_PER_MODULE) return false;
      upsert.run(set.id, moduleId, set.title, JSON.stringify(set.questions), now);
      return true;
    },
    remove(moduleId: string, id: string) {
      remove.run(id, moduleId);
    },
  };
}

export type QuestionSetStore = ReturnType<typeof questionSetStore>;
