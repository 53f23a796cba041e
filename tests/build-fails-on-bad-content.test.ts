import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { coursePlugin } from '../build/course-plugin';
import { ContentError } from '../src/content/problems';
import { assertChromium } from './e2e/chromium';

const root = mkdtempSync(join(tmpdir(), 'sta-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the build stops on broken content, naming the file and line', () => {
  cpSync(join(process.cwd(), 'tests/fixtures/content/good'), root, { recursive: true });
  const file = join(root, 'content/modules/01-sample/en.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('percent={100}', 'percent={140}'));
  const plugin = coursePlugin(root);
  const buildStart = plugin.buildStart as () => void;
  expect(() => buildStart.call({})).toThrow(ContentError);
  expect(() => buildStart.call({})).toThrow(/content\/modules\/01-sample\/en\.mdx:\d+: <FunnelStage> prop percent/);
});

test("the build stops when a module's minutes are not the sum of its slides', naming the file and the line", () => {
  const minutesRoot = mkdtempSync(join(tmpdir(), 'sta-minutes-'));
  try {
    cpSync(join(process.cwd(), 'tests/fixtures/content/good'), minutesRoot, { recursive: true });
    const file = join(minutesRoot, 'content/modules/01-sample/zh-CN.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('minutes={4}', 'minutes={9}'));
    const buildStart = coursePlugin(minutesRoot).buildStart as () => void;
    expect(() => buildStart.call({})).toThrow(/content\/modules\/01-sample\/zh-CN\.mdx:5: frontmatter minutes \(10\) must equal the sum of the slides' minutes \(6 \+ 9 = 15\)/);
  } finally {
    rmSync(minutesRoot, { recursive: true, force: true });
  }
});

test('the build stops on a broken question bank, naming the file and the item', () => {
  const quizRoot = mkdtempSync(join(tmpdir(), 'sta-quiz-'));
  try {
    cpSync(join(process.cwd(), 'tests/fixtures/content/good'), quizRoot, { recursive: true });
    writeFileSync(
      join(quizRoot, 'content/modules/01-sample/quiz.yaml'),
      'items:\n  - id: only-one\n    type: truefalse\n    slide: missing-slide\n    answer: true\n    prompt: { zh-CN: 问, en: Q }\n    explanation: { zh-CN: 解, en: E }\n',
    );
    const buildStart = coursePlugin(quizRoot).buildStart as () => void;
    expect(() => buildStart.call({})).toThrow(/content\/modules\/01-sample\/quiz\.yaml:\d+: items: a bank needs at least 12 items/);
  } finally {
    rmSync(quizRoot, { recursive: true, force: true });
  }
});

test('the e2e run explains how to get Chromium when there is none', () => {
  expect(() => assertChromium('/nonexistent/chromium')).toThrow(/apt-get install -y chromium/);
});
