import { followUpStatement, reviewStatement, type Statement, type Trainee } from '../domain';
import type { useReviewStore } from '../stores/review-store';
import { changeFromOtherTab } from '../stores/recovering-storage';
import { safeStorage } from '../stores/safe-storage';
import { storageKey } from '../stores/storage-keys';
import type { recordStatementIds } from './record-ids';

const EMITTED_KEY = storageKey('records-emitted-review');

function loadEmitted(): { answers: string[]; followUps: string[] } {
  try {
    const raw = JSON.parse(safeStorage.get(EMITTED_KEY) ?? '{}') as { answers?: unknown; followUps?: unknown };
    const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return { answers: list(raw.answers), followUps: list(raw.followUps) };
  } catch {
    return { answers: [], followUps: [] };
  }
}

/**
 * Review practice as statements, made the way the other emitters make theirs: each review answer
 * an `answered` marked as review, each finished check-in a `completed` of its own. The emitters
 * hand over the review store once the trainee has a quiz attempt (before that there is no deck),
 * so the first page does not carry the store.
 */
export function startReviewEmitters(args: {
  store: typeof useReviewStore;
  courseIri: string;
  language: string;
  trainee: () => Trainee | undefined;
  record: (statements: Statement[]) => Promise<void>;
  idOf: ReturnType<typeof recordStatementIds>;
  serial: (task: () => Promise<void>) => Promise<void>;
}) {
  const emitted = loadEmitted();
  // Another tab of the course records its own review answers in the same list: read it again before each look and write.
  const refresh = () => {
    const stored = loadEmitted();
    emitted.answers = [...new Set([...emitted.answers, ...stored.answers])];
    emitted.followUps = [...new Set([...emitted.followUps, ...stored.followUps])];
  };
  const check = () =>
    args.serial(async () => {
      const trainee = args.trainee();
      if (!trainee) return;
      refresh();
      const { answers, followUps } = args.store.getState().review;
      const common = { trainee, courseIri: args.courseIri, language: args.language };
      const out: Statement[] = [];
      const answerIds: string[] = [];
      const followUpIds: string[] = [];
      for (const answer of answers) {
        if (emitted.answers.includes(answer.id)) continue;
        out.push(reviewStatement({ ...common, id: args.idOf(trainee, 'review', answer.id), answer }));
        answerIds.push(answer.id);
      }
      for (const record of followUps) {
        const key = `${record.id}@${record.at}`;
        if (emitted.followUps.includes(key)) continue;
        out.push(followUpStatement({ ...common, id: args.idOf(trainee, 'follow-up', key), record }));
        followUpIds.push(key);
      }
      if (!out.length) return;
      await args.record(out);
      refresh();
      emitted.answers.push(...answerIds.filter((id) => !emitted.answers.includes(id)));
      emitted.followUps.push(...followUpIds.filter((id) => !emitted.followUps.includes(id)));
      safeStorage.set(EMITTED_KEY, JSON.stringify(emitted));
    });
  // What another tab did and this one took in is recorded by that tab, not again here.
  const stop = args.store.subscribe((s, prev) => s.review !== prev.review && !changeFromOtherTab() && void check());
  void check();
  return { check, stop };
}
