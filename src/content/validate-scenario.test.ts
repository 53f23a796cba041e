import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { validateScenario } from './validate-scenario';

const file = 'content/scenarios/cloud-software.yaml';
const source = readFileSync(file, 'utf8');

test('a scenario’s priorities and products may list aliases, which the exercise reads as the company’s words', () => {
  const { scenario, problems } = validateScenario({ file, source });
  expect(problems).toEqual([]);
  expect(scenario!.priorities.en).toContain('SMEs|SME|SMBs|SMB|small businesses|small and medium businesses');
  expect(scenario!.products[0]!.aliases?.['zh-CN']).toBe('协同套件|云协同');
});

test('an empty alias is a content error with its file and line', () => {
  const broken = source.replace('SMEs|SME|', 'SMEs||');
  const { problems } = validateScenario({ file, source: broken });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, line: expect.any(Number), message: expect.stringMatching(/^priorities\.en\.1: an empty alias/) });
});
