import { afterEach, expect, test } from 'vitest';
import { FINAL_ASSESSMENT, emptyLedger, emptyProgress, ledgerFormat, markSeen, progressFormat, statementProblems, storedText, VERBS, type QuizAttempt, type SavedGoal, type Statement } from '../domain';
import { activityEvents } from '../stores/activity-events';
import { useGoalsStore } from '../stores/goals-store';
import { PROGRESS_KEY, useProgressStore } from '../stores/progress-store';
import { useQuizStore } from '../stores/quiz-store';
import { useRoleplayStore } from '../stores/roleplay-store';
import { loadQuizBank } from '../content/quiz-loader';
import { useReviewStore } from '../stores/review-store';
import { isReviewStatement, REVIEW_EXTENSION } from '../domain';
import { storageKey } from '../stores/storage-keys';
import { EMITTED_KEY, startEmitters } from './emitters';

const COURSE = 'https://academy.example.com/course';
const outline = {
  locale: 'zh-CN',
  modules: [
    { id: '00-intro', title: '课程介绍', slideIds: ['a', 'b'], hasQuiz: false },
    { id: '01-foundations', title: '销售目标基础', slideIds: ['c'], hasQuiz: true },
  ],
};
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const trainee = { name: '李娜', employeeId: 'E1024', homePage: 'https://hr.example.com' };

function start() {
  const recorded: Statement[] = [];
  const emitters = startEmitters({ outline, courseIri: COURSE, trainee: () => trainee, record: async (s) => void recorded.push(...s), newId });
  return { recorded, emitters };
}
const verbs = (list: Statement[]) => list.map((s) => `${Object.entries(VERBS).find(([, iri]) => iri === s.verb.id)![0]} ${s.object.id.replace(COURSE, '')}`);

let stop: (() => void) | undefined;
afterEach(() => stop?.());

test('reading a module to its end records it completed once, and the course when every module is satisfied', async () => {
  // The bank is loaded before anything is seen: the attempt is then finished while the look the last
  // slide started is still under way, and the course must still wait for the pass to be recorded.
  const bank = await loadQuizBank('01-foundations');
  const { recorded, emitters } = start();
  stop = emitters.stop;
  useProgressStore.getState().markSeen('00-intro', 'a');
  useProgressStore.getState().markSeen('00-intro', 'b');
  await emitters.settled();
  expect(verbs(recorded)).toEqual(['completed /modules/00-intro']);

  useProgressStore.getState().markSeen('01-foundations', 'c');
  await loadQuizBank('01-foundations');
  const item = bank.items.find((i) => i.type === 'single')!;
  const right = item.type === 'single' ? item.options.find((o) => o.correct)!.id : '';
  const attempt: QuizAttempt = {
    id: 'attempt-1',
    quizId: '01-foundations',
    seed: 's',
    items: [{ itemId: item.id }],
    answers: { [item.id]: { type: 'single', optionId: right } },
    score: 1,
    passed: true,
    startedAt: '2026-11-27T08:00:00.000Z',
    endedAt: '2026-11-27T08:04:00.000Z',
  };
  useQuizStore.getState().finish(attempt);
  await emitters.settled();
  expect(verbs(recorded).slice(1)).toEqual([
    'completed /modules/01-foundations',
    `answered /modules/01-foundations/quiz/items/${item.id}`,
    'passed /modules/01-foundations/quiz',
    'completed ',
  ]);
  expect(recorded[2]!.result).toMatchObject({ score: { scaled: 1 }, success: true, response: right });
  expect(recorded[3]!.result).toMatchObject({ score: { scaled: 1 }, success: true, completion: true, duration: 'PT4M' });
  for (const s of recorded) expect(statementProblems(s)).toEqual([]);

  // A new start (a reload) remembers what was recorded and records nothing again.
  emitters.stop();
  const again = start();
  stop = again.emitters.stop;
  await again.emitters.settled();
  useProgressStore.getState().markSeen('00-intro', 'a');
  await again.emitters.settled();
  expect(again.recorded).toEqual([]);
});

test('time on a slide, a saved SMART goal and a finished role-play become statements', async () => {
  const { recorded, emitters } = start();
  stop = emitters.stop;
  activityEvents.emit({ type: 'slide', moduleId: '01-foundations', slideId: 'c', durationMs: 95_000, at: '2026-11-27T08:10:00.000Z' });
  activityEvents.emit({ type: 'slide', moduleId: '01-foundations', slideId: 'c', durationMs: 300, at: '2026-11-27T08:10:01.000Z' }); // a flick past is not reading
  const goal: SavedGoal = {
    id: 'g1',
    text: '2026年第三季度华东区新签合同额达到500万元',
    locale: 'zh-CN',
    scenarioId: 'cloud-software',
    savedAt: '2026-11-27T08:11:00.000Z',
    verdicts: { specific: 'met', measurable: 'met', achievable: 'met', relevant: 'not_met', timeBound: 'met' },
  };
  useGoalsStore.getState().add(goal);
  useRoleplayStore.getState().finish({ id: 'r1', scenarioId: 'price', choices: [0], typed: [], ending: 'won', score: 86, startedAt: '2026-11-27T08:12:00.000Z', endedAt: '2026-11-27T08:15:30.000Z' });
  await emitters.settled();
  expect(verbs(recorded).sort()).toEqual(['answered /practice/smart-goals', 'completed /practice/roleplays/price', 'experienced /modules/01-foundations/slides/c']);
  const find = (suffix: string) => recorded.find((s) => s.object.id.endsWith(suffix))!;
  expect(find('/slides/c').result).toEqual({ duration: 'PT1M35S' });
  expect(find('/slides/c').timestamp).toBe('2026-11-27T08:10:00.000Z');
  expect(find('/smart-goals').result).toMatchObject({ score: { scaled: 0.8 }, success: false, response: goal.text });
  expect(find('/roleplays/price').result).toMatchObject({ score: { scaled: 0.86 }, success: true, completion: true, duration: 'PT3M30S', response: 'won' });
  for (const s of recorded) expect(statementProblems(s)).toEqual([]);
});

test('whatever the stores hold, recorded again after the ledgers were lost, is the same statements: the same ids, so the queue and the LRS keep one', async () => {
  const at = '2026-11-27T08:20:00.000Z';
  const goal: SavedGoal = { id: 'g2', text: '2026年底前新签合同额达到500万元', locale: 'zh-CN', scenarioId: 'cloud-software', savedAt: '2026-11-27T08:11:00.000Z', verdicts: { specific: 'met', measurable: 'met', achievable: 'met', relevant: 'met', timeBound: 'met' } };
  useGoalsStore.getState().add(goal);
  useRoleplayStore.getState().finish({ id: 'r2', scenarioId: 'price', choices: [0], typed: [], ending: 'won', score: 86, startedAt: '2026-11-27T08:12:00.000Z', endedAt: '2026-11-27T08:15:30.000Z' });
  for (const [moduleId, slideId] of [['00-intro', 'a'], ['00-intro', 'b'], ['01-foundations', 'c']] as const) useProgressStore.getState().markSeen(moduleId, slideId);
  const kept = { itemScores: { q1: 1 }, score: 1, passed: true, startedAt: at, endedAt: at, seed: 's', answers: { q1: { type: 'numeric' as const, value: 12 } } };
  useQuizStore.getState().finish({ id: 'attempt-a', quizId: '01-foundations', items: [{ itemId: 'q1' }], ...kept });
  useQuizStore.getState().finish({ id: 'attempt-final', quizId: FINAL_ASSESSMENT, items: [], ...kept });
  useReviewStore.getState().apply((r) => ({ ...r, answers: [...r.answers, { id: 'ra1', key: '01-foundations/q1', at, score: 1, correct: true, due: '2026-12-21T08:00:00.000Z', response: '12' }] }));
  useReviewStore.getState().saveFollowUp({ id: 'two-weeks', at, score: 1, items: 6, answers: { targetsFinal: 'done' } });
  const lookTwice = async (who: typeof trainee) => {
    const looks: Statement[][] = [];
    for (const _ of [1, 2]) {
      // The page went before the ledgers were written (a sign-out right after saving): the next start looks again.
      localStorage.removeItem(EMITTED_KEY);
      localStorage.removeItem(storageKey('records-emitted-review'));
      const recorded: Statement[] = [];
      const emitters = startEmitters({ outline, courseIri: COURSE, trainee: () => who, record: async (s) => void recorded.push(...s), newId });
      stop = emitters.stop;
      await emitters.settled();
      emitters.stop();
      looks.push(recorded);
    }
    return looks;
  };
  const ids = (list: Statement[]) => list.map((s) => s.id);
  const [first, again] = await lookTwice(trainee);
  expect(verbs(first!).sort()).toEqual([
    'answered /modules/01-foundations/quiz/items/q1',
    'answered /modules/01-foundations/quiz/items/q1',
    'answered /practice/smart-goals',
    'completed ',
    'completed /follow-ups/two-weeks',
    'completed /modules/00-intro',
    'completed /modules/01-foundations',
    'completed /practice/roleplays/price',
    'passed /final-assessment',
    'passed /modules/01-foundations/quiz',
  ]);
  expect(first!.filter(isReviewStatement)).toHaveLength(2);
  expect(new Set(ids(first!)).size).toBe(first!.length);
  expect(ids(again!)).toEqual(ids(first!));
  // Another trainee with the same local ids is recorded under other ids.
  const [other] = await lookTwice({ ...trainee, employeeId: 'E2048' });
  expect(verbs(other!)).toEqual(verbs(first!));
  expect(ids(other!).filter((id) => ids(first!).includes(id))).toEqual([]);
  for (const s of first!) expect(statementProblems(s)).toEqual([]);
});

test('nothing is recorded before the trainee has said who they are', async () => {
  const recorded: Statement[] = [];
  const emitters = startEmitters({ outline, courseIri: COURSE, trainee: () => undefined, record: async (s) => void recorded.push(...s), newId });
  stop = emitters.stop;
  useProgressStore.getState().markSeen('00-intro', 'a');
  useProgressStore.getState().markSeen('00-intro', 'b');
  await emitters.settled();
  expect(recorded).toEqual([]);
});

test('review answers and check-ins are recorded as review practice, each once', async () => {
  const at = '2026-12-20T08:00:00.000Z';
  useQuizStore.getState().finish({ id: 'attempt-review', quizId: '01-foundations', seed: 's', items: [], answers: {}, score: 1, passed: true, startedAt: at, endedAt: at });
  const first = start();
  stop = first.emitters.stop;
  await first.emitters.settled();
  first.recorded.length = 0;
  useReviewStore.getState().apply((r) => ({ ...r, answers: [...r.answers, { id: 'ra1', key: '01-foundations/q1', at, score: 0, correct: false, due: '2026-12-21T08:00:00.000Z', response: 'a' }] }));
  useReviewStore.getState().saveFollowUp({ id: 'two-weeks', at, score: 0.5, items: 6, answers: { targetsFinal: 'done' } });
  await first.emitters.settled();
  expect(verbs(first.recorded)).toEqual(['answered /modules/01-foundations/quiz/items/q1', 'completed /follow-ups/two-weeks']);
  expect(first.recorded.every(isReviewStatement)).toBe(true);
  expect(first.recorded[0]!.context?.extensions?.[REVIEW_EXTENSION]).toEqual({ due: '2026-12-21T08:00:00.000Z' });
  expect(first.recorded[0]!.result).toEqual({ score: { scaled: 0 }, success: false, response: 'a' });
  for (const s of first.recorded) expect(statementProblems(s)).toEqual([]);

  first.emitters.stop();
  const again = start();
  stop = again.emitters.stop;
  await again.emitters.settled();
  expect(again.recorded).toEqual([]);
});

test("a quiz attempt's statements come from the scores it kept, and the ledger holds only what the stores still do", async () => {
  const { recorded, emitters } = start();
  stop = emitters.stop;
  // No bank has this item: scored again, it would be 0; the attempt says 0.5.
  useQuizStore.getState().finish({
    id: 'attempt-kept-scores',
    quizId: '01-foundations',
    seed: 's',
    items: [{ itemId: 'kept-score' }],
    answers: { 'kept-score': { type: 'numeric', value: 12 } },
    score: 0.5,
    itemScores: { 'kept-score': 0.5 },
    passed: false,
    startedAt: '2026-11-27T09:00:00.000Z',
    endedAt: '2026-11-27T09:02:00.000Z',
  });
  await emitters.settled();
  expect(recorded.find((s) => s.object.id.endsWith('/items/kept-score'))!.result).toMatchObject({ score: { scaled: 0.5 }, success: false, response: '12' });

  const goal = (id: string): SavedGoal => ({ id, text: '2027年一季度新签客户10家', locale: 'zh-CN', scenarioId: 'cloud-software', savedAt: '2026-11-27T09:05:00.000Z', verdicts: { specific: 'met', measurable: 'met', achievable: 'met', relevant: 'met', timeBound: 'met' } });
  useGoalsStore.getState().add(goal('gone'));
  await emitters.settled();
  useGoalsStore.getState().remove('gone');
  useGoalsStore.getState().add(goal('kept'));
  await emitters.settled();
  const stored = JSON.parse(localStorage.getItem(EMITTED_KEY)!) as { state: { goals: string[]; attempts: string[] }; version: number };
  expect(stored.version).toBe(1);
  expect(stored.state.goals).toEqual(['kept']);
  expect(stored.state.attempts).toContain('attempt-kept-scores');
});

test('what another tab read and recorded is taken in here but not recorded again', async () => {
  const { recorded, emitters } = start();
  stop = emitters.stop;
  await emitters.settled();
  // The other tab reads module 00 (this tab takes its progress in), then notes in the shared ledger that it recorded it.
  const ours = localStorage.getItem(PROGRESS_KEY);
  const theirs = storedText(markSeen(markSeen(emptyProgress, '00-intro', 'a', '2026-12-01T08:00:00.000Z'), '00-intro', 'b', '2026-12-01T08:01:00.000Z'), progressFormat);
  localStorage.setItem(PROGRESS_KEY, theirs);
  window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, oldValue: ours, newValue: theirs, storageArea: localStorage }));
  expect(Object.keys(useProgressStore.getState().progress.modules)).toEqual(['00-intro']);
  localStorage.setItem(EMITTED_KEY, storedText({ ...emptyLedger, modulesRead: ['00-intro'] }, ledgerFormat));
  await emitters.settled();
  expect(recorded).toEqual([]);

  // This tab's own reading is recorded, and only it.
  useProgressStore.getState().markSeen('01-foundations', 'c');
  await emitters.settled();
  expect(verbs(recorded)).toEqual(['completed /modules/01-foundations']);
  expect((JSON.parse(localStorage.getItem(EMITTED_KEY)!) as { state: { modulesRead: string[] } }).state.modulesRead).toEqual(['00-intro', '01-foundations']);
});
