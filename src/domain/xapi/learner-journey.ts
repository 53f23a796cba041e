import type { CourseModuleInfo } from '../records/matrix';
import { seededRandom } from '../quiz/random';
import { activityIds } from './activities';
import { isCourseVerdict } from './server-verdicts';
import { buildStatement, quizStatements, type Statement, type Trainee } from './statements';

export interface JourneyOptions {
  /** How many statements; the journey goes round the course again (review) until there are this many. */
  count: number;
  /** The same seed gives the same slides, times, answers and scores (not the same statement ids). */
  seed: number;
  courseIri?: string;
  /** Where the journey's clock starts. */
  startMs?: number;
  newId?: () => string;
}

/**
 * What one trainee's browser sends through the course, in order: each module's slides
 * (experienced, with a reading time), the module read (`progressed` to 100), then its quiz's
 * answers (each item answered; a failed attempt is taken again once), module after module. The
 * course verdicts are left out: a trainee's token may not send them, the server writes them. It is
 * the load the records server is measured with and warmed up on.
 */
export function learnerJourney(trainee: Trainee, modules: readonly CourseModuleInfo[], o: JourneyOptions): Statement[] {
  const rnd = seededRandom(o.seed);
  const newId = o.newId ?? (() => globalThis.crypto.randomUUID());
  const a = activityIds(o.courseIri);
  const registration = newId();
  const out: Statement[] = [];
  let time = (o.startMs ?? Date.parse('2026-11-02T09:00:00Z')) + Math.floor(rnd() * 3_600_000);
  const stamp = (ms: number) => new Date((time += ms)).toISOString();
  const common = { trainee, registration, language: 'zh-CN', courseIri: o.courseIri };
  while (out.length < o.count && modules.length > 0) {
    for (const m of modules) {
      const slides = 8 + Math.floor(rnd() * 7);
      for (let s = 1; s <= slides; s++) {
        const durationMs = 20_000 + Math.floor(rnd() * 160_000);
        out.push(
          buildStatement({
            ...common,
            id: newId(),
            verb: 'experienced',
            object: { id: a.slide(m.id, `slide-${String(s).padStart(2, '0')}`), type: 'lesson' },
            parent: a.module(m.id),
            result: { durationMs },
            timestamp: stamp(durationMs),
          }),
        );
      }
      // Read to the end: the server writes the module's `completed` from this.
      out.push(buildStatement({ ...common, id: newId(), verb: 'progressed', object: { id: a.module(m.id), type: 'module', name: m.title }, result: { progress: 100 }, timestamp: stamp(1000) }));
      if (!m.hasQuiz) continue;
      for (let attempt = 0; attempt < 2; attempt++) {
        const items = Array.from({ length: 5 }, (_, i) => ({ itemId: `q${i + 1}`, score: rnd() < 0.8 ? 1 : 0, response: rnd() < 0.5 ? 'a' : 'b[,]c' }));
        const scaled = items.reduce((sum, i) => sum + i.score, 0) / items.length;
        const passed = scaled >= 0.8;
        const timestamp = stamp(60_000 + Math.floor(rnd() * 240_000));
        const ids = items.map(() => newId()).concat(newId());
        out.push(
          ...quizStatements({ ids, trainee, moduleId: m.id, items, scaled, passed, durationMs: 120_000 + Math.floor(rnd() * 300_000), timestamp, registration, courseIri: o.courseIri }).filter(
            (s) => !isCourseVerdict(s, a.course),
          ),
        );
        if (passed) break;
      }
    }
  }
  return out.slice(0, o.count);
}
