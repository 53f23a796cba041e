import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateCourse, type ModuleSourceFile } from './validate-course';
import { readCourseFiles } from './read-course-files';
import { parseModuleSource } from './parse-module';
import { formatProblem } from './problems';

const fixtures = join(process.cwd(), 'tests/fixtures/content');
const good = readCourseFiles(join(fixtures, 'good'));
const zh = good.find((f) => f.locale === 'zh-CN')!;
const en = good.find((f) => f.locale === 'en')!;

/** The good fixture with one file's text changed. */
function withSource(file: ModuleSourceFile, edit: (source: string) => string): ModuleSourceFile[] {
  return good.map((f) => (f === file ? { ...f, source: edit(f.source) } : f));
}
const messages = (files: ModuleSourceFile[]) => validateCourse(files).problems.map(formatProblem);

test('a valid module set passes and yields the manifest', () => {
  const { manifest, problems } = validateCourse(good);
  expect(problems).toEqual([]);
  expect(manifest.moduleIds).toEqual(['01-sample']);
  expect(manifest.modules['zh-CN']['01-sample']!.slides).toEqual([
    { id: 'first', title: '第一页', added: false, minutes: 6, reveals: 0 },
    { id: 'second', title: '第二页', added: true, minutes: 4, reveals: 0 },
  ]);
  expect(manifest.modules.en['01-sample']!.title).toBe('Sample module');
});

describe('each problem is reported with file, line and what is wrong', () => {
  test.each([
    ['an unknown component', (s: string) => s.replace('<Notes>\n\n讲师备注', '<Marquee />\n\n<Notes>\n\n讲师备注'), /zh-CN\.mdx:\d+: unknown component <Marquee>/],
    ['a component outside its container', (s: string) => s.replace('<Notes>\n\n讲师备注', '<Card title="x">孤儿</Card>\n\n<Notes>\n\n讲师备注'), /zh-CN\.mdx:\d+: <Card> belongs inside <CardGrid>/],
    ['a prop of the wrong type', (s: string) => s.replace('percent={100}', 'percent="all"'), /zh-CN\.mdx:\d+: <FunnelStage> prop percent/],
    ['a missing required prop', (s: string) => s.replace(' label="达成率"', ''), /zh-CN\.mdx:\d+: <Stat> prop label/],
    ['an expression prop', (s: string) => s.replace('value={0.68}', 'value={x * 2}'), /zh-CN\.mdx:\d+: <Stat value=\{…\}>: only string, number or flag props/],
    ['a slide without notes', (s: string) => s.replace(/<Notes>\n\n本页为课程补充。\n\n<\/Notes>/, ''), /zh-CN\.mdx:\d+: a slide needs exactly one <Notes> block, found 0/],
    ['notes that are not last', (s: string) => s.replace('</Notes>\n\n</Slide>\n\n<Slide id="second"', '</Notes>\n\n正文在备注之后。\n\n</Slide>\n\n<Slide id="second"'), /<Notes> must be the last block/],
    ['text outside a slide', (s: string) => s.replace('<Slide id="second"', '游离文字\n\n<Slide id="second"'), /zh-CN\.mdx:\d+: only <Slide> blocks may stand at the top level, found text/],
    ['an import', (s: string) => s.replace('<Slide id="first"', "import X from './x'\n\n<Slide id=\"first\""), /import\/export|only <Slide>/],
    ['an expression in text', (s: string) => s.replace('正文，', '正文{1 + 1}，'), /expressions in braces are not allowed/],
    ['a level-1 heading', (s: string) => s.replace('正文，', '# 大标题\n\n正文，'), /level-1 headings are not allowed/],
    ['a bad slide id', (s: string) => s.replace('id="first"', 'id="First Slide"'), /<Slide> prop id: kebab-case/],
    ['a duplicate slide id', (s: string) => s.replace('id="second"', 'id="first"'), /duplicate slide id "first"/],
    ['MDX that does not parse', (s: string) => s.replace('<Notes>\n\n讲师备注', '<Notes>\n\n<Card title="x">\n\n讲师备注'), /zh-CN\.mdx(:\d+)?: MDX syntax error/],
    ['frontmatter that is not YAML', (s: string) => s.replace('minutes: 10', 'minutes: [10'), /frontmatter is not valid YAML/],
    ['frontmatter without objectives', (s: string) => s.replace(/objectives:\n( {2}- .*\n)+/, ''), /zh-CN\.mdx:1: frontmatter objectives/],
    ['a slide without minutes', (s: string) => s.replace(' minutes={6}', ''), /zh-CN\.mdx:11: <Slide> prop minutes: required/],
    ['a slide with minutes of 0', (s: string) => s.replace('minutes={6}', 'minutes={0}'), /zh-CN\.mdx:11: <Slide> prop minutes: more than 0/],
    ['a slide with part minutes', (s: string) => s.replace('minutes={6}', 'minutes={5.5}'), /zh-CN\.mdx:11: <Slide> prop minutes: whole minutes/],
    ['slide minutes that do not add up', (s: string) => s.replace('minutes={6}', 'minutes={7}'), /zh-CN\.mdx:5: frontmatter minutes \(10\) must equal the sum of the slides' minutes \(7 \+ 4 = 11\)/],
    ['frontmatter id unlike the folder', (s: string) => s.replace('id: 01-sample', 'id: 02-other'), /must equal the folder name "01-sample"/],
  ])('%s', (_name, edit, expected) => {
    const found = messages(withSource(zh, edit));
    expect(found.join('\n')).toMatch(expected);
  });
});

test('slide ids that differ across locales name the position and both ids', () => {
  const found = messages(withSource(en, (s) => s.replace('id="second"', 'id="other"')));
  expect(found).toContain(
    'tests/fixtures/content/good/content/modules/01-sample/en.mdx: slide ids differ from tests/fixtures/content/good/content/modules/01-sample/zh-CN.mdx at position 2: expected "second", found "other"'.replace(
      /tests\/fixtures\/content\/good\//g,
      '',
    ),
  );
});

test('a module missing a locale is named', () => {
  expect(messages(good.filter((f) => f.locale === 'zh-CN'))).toContain(
    'content/modules/01-sample/en.mdx: missing: every module needs both zh-CN and en',
  );
});

test('an unknown locale file is named', () => {
  expect(messages([...good, { ...en, locale: 'fr', file: 'content/modules/01-sample/fr.mdx' }])).toContain(
    'content/modules/01-sample/fr.mdx: unknown locale "fr"; expected zh-CN or en',
  );
});

test('different reading times across locales are caught', () => {
  expect(messages(withSource(en, (s) => s.replace('minutes: 10', 'minutes: 12'))).join('\n')).toMatch(/minutes \(12\) differ/);
});

test('a slide planned for different minutes in another locale is named with its line', () => {
  const edited = withSource(en, (s) => s.replace('minutes={6}', 'minutes={5}').replace('minutes={4}', 'minutes={5}'));
  expect(messages(edited)).toEqual([
    'content/modules/01-sample/en.mdx:11: slide "first" minutes (5) differ from content/modules/01-sample/zh-CN.mdx (6)',
    'content/modules/01-sample/en.mdx:33: slide "second" minutes (5) differ from content/modules/01-sample/zh-CN.mdx (4)',
  ]);
});

test('a revealing stat grid counts one step per figure; a second revealing component on a slide is refused', () => {
  const source = readFileSync(join(fixtures, 'good/content/modules/01-sample/zh-CN.mdx'), 'utf8');
  const grid = source.replace('<StatGrid>\n  <Stat value={0.68} format="percent" label="达成率" />', '<StatGrid reveal>\n  <Stat value={0.68} format="percent" label="达成率" />\n  <Stat value={3.5} format="multiple" label="差距" />');
  expect(parseModuleSource(grid, 'x.mdx').slides.map((s) => s.reveals)).toEqual([0, 2]);
  const twice = grid.replace('</StatGrid>', '</StatGrid>\n\n<StatGrid reveal>\n  <Stat value={1} format="number" label="一" />\n</StatGrid>');
  expect(parseModuleSource(twice, 'x.mdx').problems.map((p) => p.message)).toContain(
    'a slide may hold only one revealing component (<CaseStudy hideResult> or <StatGrid reveal>)',
  );
});

test('a case whose result is hidden needs the situation the room sees first', () => {
  const source = readFileSync(join(fixtures, 'good/content/modules/01-sample/zh-CN.mdx'), 'utf8');
  const withCase = (props: string) =>
    source.replace('讲师备注。', '').replace('<Notes>\n\n\n\n</Notes>', `<CaseStudy letter="A" title="案例" kind="success" org="某公司" result="成功" ${props}>\n\n正文。\n\n</CaseStudy>\n\n<Notes>\n\n备注。\n\n</Notes>`);
  expect(parseModuleSource(withCase('hideResult situation="目标提高25%。"'), 'x.mdx')).toMatchObject({ problems: [], slides: [{ reveals: 1 }, { reveals: 0 }] });
  expect(parseModuleSource(withCase('hideResult'), 'x.mdx').problems.map((p) => p.message).join('\n')).toMatch(/<CaseStudy> prop situation: /);
});

test('the parser reports the line of the offending element', () => {
  const source = readFileSync(join(fixtures, 'good/content/modules/01-sample/zh-CN.mdx'), 'utf8').replace('<Notes>\n\n讲师备注', '<Foo />\n\n<Notes>\n\n讲师备注');
  const line = source.split('\n').findIndex((l) => l.includes('<Foo />')) + 1;
  expect(parseModuleSource(source, 'x.mdx').problems).toContainEqual({ file: 'x.mdx', line, message: expect.stringContaining('<Foo>') });
});
