import { describe, expect, test } from 'vitest';
import { bestPath, validateScenario } from './graph';
import { scoreRun } from './score';
import { ENDINGS, isEndingName, type Choice, type RoleplayScenario, type ReplyStep, type Quality } from './types';

const t = (text: string) => ({ 'zh-CN': `中${text}`, en: text });
const reply = (next: string, step: ReplyStep, quality: Quality): Choice => ({ text: t(`${step} ${quality}`), step, quality, feedback: t('why'), next });

/** A small, valid scenario: the best path n1→n5 walks L S C P A to won; poor replies lead to lost or back. */
function scenario(): RoleplayScenario {
  return {
    id: 'price',
    objection: 'price',
    title: t('title'),
    persona: t('persona'),
    start: 'n1',
    nodes: {
      n1: { customer: t('too expensive'), choices: [reply('n2', 'listen', 'best'), reply('cold', 'none', 'poor')] },
      cold: { customer: t('hmm'), choices: [reply('n2', 'listen', 'best'), reply('lost', 'none', 'poor')] },
      n2: { customer: t('budget is tight'), choices: [reply('n3', 'sympathize', 'best'), reply('n4', 'position', 'ok')] },
      n3: { customer: t('value?'), choices: [reply('n4', 'confirm', 'best'), reply('stalled', 'none', 'poor')] },
      n4: { customer: t('show me'), choices: [reply('n5', 'position', 'best'), reply('lost', 'none', 'poor')] },
      n5: { customer: t('ok then'), choices: [reply('won', 'affirm', 'best'), reply('advanced', 'none', 'ok')] },
      won: { ending: 'won', summary: t('won') },
      advanced: { ending: 'advanced', summary: t('advanced') },
      stalled: { ending: 'stalled', summary: t('stalled') },
      lost: { ending: 'lost', summary: t('lost') },
    },
  };
}

test('a well-formed scenario has no problems, and its best path walks L → S → C → P → A', () => {
  const s = scenario();
  expect(validateScenario(s)).toEqual([]);
  expect(bestPath(s).map((p) => p.nodeId)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
});

describe('each broken rule is caught', () => {
  const broken = (edit: (s: RoleplayScenario) => void) => {
    const s = scenario();
    edit(s);
    return validateScenario(s).join('\n');
  };

  test('an unknown next id', () => expect(broken((s) => ((s.nodes.n3 as { choices: Choice[] }).choices[1]!.next = 'nowhere'))).toMatch(/n3\.choices\[1\]: next "nowhere" is not a node/));
  test('a node not reachable from the start', () => expect(broken((s) => (s.nodes.orphan = { ending: 'lost', summary: t('x') }))).toMatch(/orphan: not reachable from the start/));
  test('a missing start', () => expect(broken((s) => (s.start = 'n0'))).toMatch(/start "n0" is not a node/));
  test('a loop with no way out', () => {
    const found = broken((s) => {
      s.nodes.cold = { customer: t('hmm'), choices: [reply('spin', 'none', 'poor'), reply('spin', 'none', 'ok')] };
      s.nodes.spin = { customer: t('round'), choices: [reply('cold', 'none', 'poor'), reply('cold', 'none', 'best')] };
    });
    expect(found).toMatch(/a loop with no way out \((cold → spin → cold|spin → cold → spin)\)/);
  });
  test('a node from which no ending can be reached', () => {
    const found = broken((s) => {
      (s.nodes.cold as { choices: Choice[] }).choices = [reply('dead', 'none', 'poor'), reply('dead', 'none', 'best')];
      s.nodes.dead = { customer: t('…'), choices: [reply('dead', 'none', 'poor'), reply('dead', 'none', 'best')] };
    });
    expect(found).toMatch(/dead: a loop with no way out \(dead → dead\)/);
    expect(found).toMatch(/cold: /);
  });
  test('a missing translation', () => expect(broken((s) => ((s.nodes.n2 as { customer: unknown }).customer = { 'zh-CN': '预算紧', en: ' ' }))).toMatch(/n2\.customer: missing translation \(en\)/));
  test('a best path that skips Confirm', () =>
    expect(broken((s) => ((s.nodes.n3 as { choices: Choice[] }).choices = [reply('n4', 'confirm', 'ok'), reply('n4', 'position', 'best')]))).toMatch(
      /best path must walk listen → sympathize → confirm → position → affirm, it walks listen → sympathize → position → position → affirm/,
    ));
  test('a best path that ends anywhere but won', () => expect(broken((s) => ((s.nodes.n5 as { choices: Choice[] }).choices[0]!.next = 'advanced'))).toMatch(/best path must end "won"/));
  test('a turn with a single reply', () => expect(broken((s) => (s.nodes.n5 as { choices: Choice[] }).choices.pop())).toMatch(/n5: a turn needs at least two replies/));
});

describe('scoring a run', () => {
  test('the best path scores 100', () => {
    const run = scoreRun(scenario(), [0, 0, 0, 0, 0]);
    expect(run.ending).toBe('won');
    expect(run.total).toBe(100);
    expect(Object.values(run.steps).every((s) => s.done && s.inOrder)).toBe(true);
  });

  test('skipping Confirm loses that step', () => {
    const run = scoreRun(scenario(), [0, 1, 0, 0]); // n1 listen, n2 position (ok) → n4 position, n5 affirm
    expect(run.ending).toBe('won');
    expect(run.steps.confirm).toEqual({ done: false, inOrder: false });
    expect(run.steps.sympathize.done).toBe(false);
    expect(run.total).toBeLessThan(100);
    const withConfirm = scoreRun(scenario(), [0, 0, 0, 0, 0]).total;
    expect(withConfirm - run.total).toBeGreaterThanOrEqual(10);
  });

  test('a lost ending after poor replies scores low', () => {
    const run = scoreRun(scenario(), [1, 1]);
    expect(run.ending).toBe('lost');
    expect(run.qualities).toEqual({ best: 0, ok: 0, poor: 2 });
    expect(run.total).toBe(0);
  });

  test('one mistake, then recovery, still wins with a reduced score', () => {
    const run = scoreRun(scenario(), [1, 0, 0, 0, 0, 0]);
    expect(run.ending).toBe('won');
    expect(run.total).toBeGreaterThan(70);
    expect(run.total).toBeLessThan(100);
  });

  test('a step done out of order earns half', () => {
    const s = scenario();
    (s.nodes.n1 as { choices: Choice[] }).choices[0]!.step = 'affirm';
    const run = scoreRun(s, [0, 0, 0, 0, 0]);
    expect(run.steps.affirm).toEqual({ done: true, inOrder: false });
  });

  test('an unfinished run has no ending; an impossible choice stops the run and is reported', () => {
    expect(scoreRun(scenario(), [0, 0]).ending).toBeUndefined();
    const run = scoreRun(scenario(), [0, 7, 0]);
    expect(run.invalidAt).toBe(1);
    expect(run.turns).toHaveLength(1);
    expect(run.at).toBe('n2');
  });
});

test('a recorded response names an ending only when it is one of the four, in their code form', () => {
  expect(ENDINGS.filter(isEndingName)).toEqual(['won', 'advanced', 'stalled', 'lost']);
  for (const other of ['Won', 'toString', 'hasOwnProperty', '', 'lost ', 'constructor']) expect(isEndingName(other)).toBe(false);
});
