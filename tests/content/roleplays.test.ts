import { expect, test } from 'vitest';
import { readRoleplayFiles } from '../../src/content/read-course-files';
import { validateRoleplay } from '../../src/content/roleplay-schema';
import { formatProblem } from '../../src/content/problems';
import { bestPath, isEnding, objectionTypes, scoreRun, type DialogueNode, type RoleplayScenario } from '../../src/domain';

const root = new URL('../../', import.meta.url).pathname;
const files = readRoleplayFiles(root);
const checked = files.map((f) => ({ file: f.file, ...validateRoleplay(f.source, f.file) }));
const scenarios = checked.map((c) => c.scenario).filter((s): s is RoleplayScenario => !!s);

test('there is one valid role-play for each of the six objections', () => {
  expect(checked.flatMap((c) => c.problems).map(formatProblem)).toEqual([]);
  expect(scenarios.map((s) => s.objection).sort()).toEqual([...objectionTypes].sort());
});

test.each(objectionTypes)('%s: the strong seller’s path scores 100 and wins', (id) => {
  const s = scenarios.find((x) => x.id === id)!;
  const run = scoreRun(s, bestPath(s).map((p) => p.choiceIndex));
  expect(run.ending).toBe('won');
  expect(run.total).toBe(100);
});

test.each(objectionTypes)('%s: poor replies lead somewhere, a run of them ends lost, one of them can be recovered from', (id) => {
  const s = scenarios.find((x) => x.id === id)!;
  const poor: number[] = [];
  for (let at = s.start; !isEnding(s.nodes[at]) && poor.length < 30; ) {
    const node = s.nodes[at] as DialogueNode;
    const i = node.choices.findIndex((c) => c.quality === 'poor');
    poor.push(i >= 0 ? i : 0);
    at = node.choices[poor.at(-1)!]!.next;
  }
  const lost = scoreRun(s, poor);
  expect(lost.ending).toBe('lost');
  expect(lost.turns.length).toBeGreaterThan(1);
  expect(lost.total).toBeLessThan(30);

  // One mistake at the start, then the best reply at every turn, still reaches a good ending.
  const choices = [poor[0]!];
  for (let at = (s.nodes[s.start] as DialogueNode).choices[poor[0]!]!.next; !isEnding(s.nodes[at]) && choices.length < 30; ) {
    const node = s.nodes[at] as DialogueNode;
    const best = node.choices.findIndex((c) => c.quality === 'best');
    choices.push(best);
    at = node.choices[best]!.next;
  }
  expect(['won', 'advanced']).toContain(scoreRun(s, choices).ending);
});

test('reply texts are distinct within each turn, in both languages', () => {
  for (const s of scenarios)
    for (const node of Object.values(s.nodes))
      if (!isEnding(node))
        for (const l of ['zh-CN', 'en'] as const) expect(new Set(node.choices.map((c) => c.text[l])).size).toBe(node.choices.length);
});
