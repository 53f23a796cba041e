import type { PushedQuestion, QuestionSet } from '../../domain';
import type { Sql } from '../storage/sql';

/** The most sets one module keeps, so a trainer's console cannot fill the disk. */
export const SETS_PER_MODULE = 100;

/** Question sets per module, in SQL kept here (portable: SQLite and PostgreSQL). */
export function questionSetStore(sql: Sql) {
  const list = async (moduleId: string): Promise<QuestionSet[]> =>
    (await sql.all<{ id: string; title: string; questions: string }>('SELECT id, title, questions FROM live_question_sets WHERE module_id = ? ORDER BY updated DESC, id', [moduleId])).map((r) => ({
      id: r.id,
      title: r.title,
      questions: JSON.parse(r.questions) as PushedQuestion[],
    }));
  return {
    list,
    /** Saves a set under the module; false when the module already holds as many sets as it may. */
    async save(moduleId: string, set: QuestionSet, now: string): Promise<boolean> {
      const known = (await list(moduleId)).some((r) => r.id === set.id);
      const count = Number((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM live_question_sets WHERE module_id = ?', [moduleId]))?.n ?? 0);
      if (!known && count >= SETS_PER_MODULE) return false;
      await sql.run(
        'INSERT INTO live_question_sets (id, module_id, title, questions, updated) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, questions = excluded.questions, updated = excluded.updated WHERE live_question_sets.module_id = excluded.module_id',
        [set.id!, moduleId, set.title, JSON.stringify(set.questions), now],
      );
      return true;
    },
    remove: async (moduleId: string, id: string) => void (await sql.run('DELETE FROM live_question_sets WHERE id = ? AND module_id = ?', [id, moduleId])),
  };
}

export type QuestionSetStore = ReturnType<typeof questionSetStore>;
