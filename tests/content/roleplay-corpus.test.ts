import { expect, test } from 'vitest';
import { classifyReply, enCues, evaluateClassifier, objectionTypes, replySteps, zhCues } from '../../src/domain';
import { readCorpus, readRoleplayReplies } from '../../scripts/roleplay/corpus';

const corpus = readCorpus();
const heldOut = corpus.filter((r) => r.split === 'test');

test.each(['zh-CN', 'en'] as const)('the %s corpus has 300+ labeled replies, 40+ per step, every objection type, and a held-out part per step', (locale) => {
  const mine = corpus.filter((r) => r.locale === locale);
  expect(mine.length).toBeGreaterThanOrEqual(300);
  for (const step of replySteps) {
    expect(mine.filter((r) => r.step === step).length, step).toBeGreaterThanOrEqual(40);
    expect(mine.filter((r) => r.step === step && r.split === 'test').length, step).toBeGreaterThanOrEqual(12);
  }
  for (const objection of objectionTypes) expect(mine.filter((r) => r.objection === objection).length, objection).toBeGreaterThanOrEqual(20);
  const texts = mine.map((r) => r.text);
  expect(new Set(texts).size, 'no reply twice').toBe(texts.length);
});

test('classifyReply agrees with the held-out labels: 90% overall, 85% per language, 80% recall per step', () => {
  const report = evaluateClassifier(heldOut, (item) => classifyReply(item).step);
  expect(report.total).toBeGreaterThanOrEqual(200);
  expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
  expect(report.byLocale['zh-CN'].accuracy).toBeGreaterThanOrEqual(0.85);
  expect(report.byLocale.en.accuracy).toBeGreaterThanOrEqual(0.85);
  for (const step of replySteps) expect(report.recall[step].recall, step).toBeGreaterThanOrEqual(0.8);
});

test('most held-out replies labeled as conceding for nothing, and every monologue, get that warning', () => {
  const raised = (warning: 'concession' | 'monologue') => {
    const labeled = heldOut.filter((r) => r.warnings.includes(warning));
    expect(labeled.length, warning).toBeGreaterThanOrEqual(4);
    return labeled.filter((r) => classifyReply(r).warnings.includes(warning)).length / labeled.length;
  };
  expect(raised('concession')).toBeGreaterThanOrEqual(0.7);
  expect(raised('monologue')).toBe(1);
});

test('every cue was learned from the development part: each pattern matches some development reply', () => {
  const dev = [...corpus.filter((r) => r.split === 'dev'), ...readRoleplayReplies()];
  for (const [locale, table] of [['en', enCues], ['zh-CN', zhCues]] as const) {
    const texts = dev.filter((r) => r.locale === locale).map((r) => (locale === 'en' ? r.text.toLowerCase().replace(/[’‘]/g, "'") : r.text.replace(/\?/g, '？')));
    const unused = Object.entries(table).flatMap(([kind, cues]) => cues.filter((c) => !texts.some((t) => c.re.test(t))).map((c) => `${kind}: ${c.re.source}`));
    expect(unused, locale).toEqual([]);
  }
});
