import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readCourseFiles } from '../../src/content/read-course-files';

// Read from the source text itself, so the check does not lean on the parser it is checking.
const root = new URL('../../', import.meta.url).pathname;
const files = readCourseFiles(root);
const moduleIds = [...new Set(files.map((f) => f.moduleId))];

interface PlannedSlide {
  id: string;
  minutes: number | undefined;
  notes: string;
}

function plan(moduleId: string, locale: string) {
  const source = files.find((f) => f.moduleId === moduleId && f.locale === locale)!.source;
  const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as { minutes: number };
  const slides: PlannedSlide[] = [...source.matchAll(/<Slide\b([^>]*)>([\s\S]*?)<\/Slide>/g)].map(([, attributes, body]) => ({
    id: /\bid="([^"]+)"/.exec(attributes!)![1]!,
    minutes: Number(/\bminutes=\{(\d+(?:\.\d+)?)\}/.exec(attributes!)?.[1]) || undefined,
    notes: /<Notes>([\s\S]*?)<\/Notes>/.exec(body!)?.[1] ?? '',
  }));
  return { minutes: frontmatter.minutes, slides };
}

test.each(moduleIds)('%s: every slide plans its minutes, and the module is their sum, in both locales', (moduleId) => {
  for (const locale of ['zh-CN', 'en']) {
    const { minutes, slides } = plan(moduleId, locale);
    expect(slides.filter((s) => !(s.minutes! > 0)).map((s) => `${locale} ${s.id}`)).toEqual([]);
    expect(slides.reduce((n, s) => n + (s.minutes ?? 0), 0)).toBe(minutes);
  }
});

test.each(moduleIds)('%s: each slide has the same minutes in both locales', (moduleId) => {
  const zh = plan(moduleId, 'zh-CN').slides;
  const en = plan(moduleId, 'en').slides;
  expect(en.map((s) => [s.id, s.minutes])).toEqual(zh.map((s) => [s.id, s.minutes]));
});

// Notes state a slide's time as 约N分钟 / "about N minutes" (the first such phrase); parts of it use other words.
test.each(moduleIds)("%s: the trainer notes state the slide's planned minutes", (moduleId) => {
  const stated = (locale: string, pattern: RegExp) =>
    plan(moduleId, locale).slides.map((s) => ({ id: s.id, planned: s.minutes, notes: Number(pattern.exec(s.notes)?.[1]) }));
  for (const [locale, pattern] of [
    ['zh-CN', /约(\d+)分钟/],
    ['en', /about (\d+) minutes/i],
  ] as const) {
    const disagree = stated(locale, pattern).filter((s) => s.notes !== s.planned);
    expect(disagree, locale).toEqual([]);
  }
});
