import { expect, test } from 'vitest';
import { readRoleplayFiles } from '../../src/content/read-course-files';
import { validateRoleplay } from '../../src/content/roleplay-schema';
import { isEnding, type RoleplayScenario } from '../../src/domain';
import { BEST_REPLY_MAX, CLOSED_WORD, CONCESSION, CONDITION, ENDING_LABEL, replyLength, SIGNED } from './roleplay-rules';

const root = new URL('../../', import.meta.url).pathname;
const scenarios = readRoleplayFiles(root)
  .map((f) => validateRoleplay(f.source, f.file).scenario)
  .filter((s): s is RoleplayScenario => !!s);
const locales = ['zh-CN', 'en'] as const;
const bestReplies = scenarios.flatMap((s) =>
  Object.entries(s.nodes).flatMap(([id, n]) => (isEnding(n) ? [] : n.choices.filter((c) => c.quality === 'best').map((c) => ({ at: `${s.id}/${id}`, reply: c })))),
);

test('the markers tell a concession with a condition from one without', () => {
  expect(CONCESSION['zh-CN'].test('验证费用我们承担')).toBe(true);
  expect(CONDITION['zh-CN'].test('验证费用我们承担')).toBe(false);
  expect(CONDITION['zh-CN'].test('验证费用我们承担，前提是验证通过后首批订单给我们')).toBe(true);
  expect(CONCESSION.en.test('Unsold units can be returned.')).toBe(true);
  expect(CONDITION.en.test('Unsold units can be returned, provided you give the model a front-shelf spot.')).toBe(true);
  expect(CONDITION.en.test('If it sells well, we roll out to all stores.')).toBe(false);
});

test.each(locales)('%s: every ending’s summary opens with its label; won means a signed deal, and only won says so', (locale) => {
  const wrong: string[] = [];
  for (const s of scenarios)
    for (const [id, n] of Object.entries(s.nodes)) {
      if (!isEnding(n)) continue;
      const text = n.summary[locale];
      const words = `${n.customer?.[locale] ?? ''} ${text}`;
      if (!ENDING_LABEL[locale][n.ending].test(text)) wrong.push(`${s.id}/${id}: does not open with its label (${n.ending})`);
      if (n.ending === 'won' && !SIGNED[locale].test(words)) wrong.push(`${s.id}/${id}: won, but nothing is signed`);
      if (n.ending !== 'won' && (SIGNED[locale].test(text) || CLOSED_WORD[locale].test(text.replace(ENDING_LABEL[locale][n.ending], ''))))
        wrong.push(`${s.id}/${id}: ${n.ending}, but the summary speaks of a closed or signed deal`);
    }
  expect(wrong).toEqual([]);
});

test('every scenario has a won ending and at least one advanced ending that is not a deal', () => {
  for (const s of scenarios) {
    const endings = Object.values(s.nodes).filter(isEnding).map((n) => n.ending);
    expect(endings, s.id).toContain('won');
    expect(endings, s.id).toContain('advanced');
  }
});

test.each(locales)('%s: every concession in a best reply asks for something in return (module 03)', (locale) => {
  const unconditional = bestReplies.filter(({ reply }) => CONCESSION[locale].test(reply.text[locale]) && !CONDITION[locale].test(reply.text[locale]));
  expect(unconditional.map(({ at, reply }) => `${at}: ${reply.text[locale]}`)).toEqual([]);
});

test.each(locales)('%s: best replies are short enough to leave the customer talking (the 70/30 rule)', (locale) => {
  const long = bestReplies.filter(({ reply }) => replyLength(reply.text[locale], locale) > BEST_REPLY_MAX[locale]);
  expect(long.map(({ at, reply }) => `${at}: ${replyLength(reply.text[locale], locale)}`)).toEqual([]);
});


test('Chinese role-play text uses full-width punctuation next to Chinese characters', () => {
  const offenders = scenarios.flatMap((s) =>
    Object.values(s.nodes).flatMap((n) => {
      const texts = isEnding(n) ? [n.summary['zh-CN'], n.customer?.['zh-CN'] ?? ''] : [n.customer['zh-CN'], ...n.choices.flatMap((c) => [c.text['zh-CN'], c.feedback['zh-CN']])];
      return texts.flatMap((t) => t.match(/.{0,6}(?:\p{Script=Han}[,:;?!]|[,:;?!]\p{Script=Han}).{0,6}/gu) ?? []);
    }),
  );
  expect(offenders).toEqual([]);
});
