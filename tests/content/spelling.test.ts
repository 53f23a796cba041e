import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { britishSpellings } from './british-spellings';

const root = new URL('../../', import.meta.url).pathname;

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** The English strings of a YAML or JSON value: every `en` field of content, every string of a locale file. */
function englishTexts(value: unknown, all: boolean): string[] {
  if (typeof value === 'string') return all ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => englishTexts(v, all));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => englishTexts(v, all || k === 'en'));
}

const yamlFiles = filesUnder(join(root, 'content'), (p) => p.endsWith('.yaml'));
const localeFiles = [...filesUnder(join(root, 'src'), (p) => /\/locales\/en\.json$/.test(p)), join(root, 'src/app/i18n/en.json')];
const mdxFiles = filesUnder(join(root, 'content/modules'), (p) => p.endsWith('/en.mdx'));

test('the word list catches British forms and leaves US ones alone', () => {
  expect(britishSpellings('We organise a programme at the centre; a favourite colour; travelled; practise; licence; defence; Ms Wang; towards').length).toBe(11);
  expect(britishSpellings('We organize a program at the center; a favorite color; traveled; practice; license; defense; analyses; emphasis; Ms. Wang; toward')).toEqual([]);
});

test.each([
  ['content YAML (quiz banks, role-plays, scenarios)', yamlFiles, (s: string) => englishTexts(parse(s), false)],
  ['UI locale files', localeFiles, (s: string) => englishTexts(JSON.parse(s), true)],
  ['English module files', mdxFiles, (s: string) => [s]],
] as const)('%s use US spelling only', (_what, files, texts) => {
  expect(files.length).toBeGreaterThan(0);
  const found = files.flatMap((file) => texts(readFileSync(file, 'utf8')).flatMap(britishSpellings).map((hit) => `${relative(root, file)}: …${hit}…`));
  expect(found).toEqual([]);
});

/**
 * The prose of an English module file: front-matter values (not keys or YAML quoting), the values of
 * component attributes (not the `="…"` around them) and the text between tags, without inline code
 * or URLs, whose straight quotes are syntax.
 */
function mdxProse(source: string): string[] {
  const [, front = '', body = source] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const values = front.split('\n').map((line) => line.replace(/^\s*(?:- |[A-Za-z_]+:\s*)/, '').replace(/^"(.*)"$/, '$1'));
  const attributes = [...body.matchAll(/<[^>]*>/g)].flatMap((tag) => [...tag[0].matchAll(/="([^"]*)"/g)].map((m) => m[1] ?? ''));
  const text = body.replace(/<[^>]*>|`[^`]*`|https?:\/\/\S+/g, ' ').split(/\n+/);
  return [...values, ...attributes, ...text];
}

test('the prose check reads attribute values and text, and skips syntax', () => {
  const sample = '---\ntitle: "A: b"\nsummary: The team\'s plan\n---\n<Card title="Rivals\' plans" tag="01">\n\nSay "hi" and run `a-b\'c`.\n</Card>\n';
  expect(mdxProse(sample).filter((s) => /['"]/.test(s))).toEqual(['The team\'s plan', 'Rivals\' plans', 'Say "hi" and run  .']);
});

test('English module files use typographic apostrophes and quotes in their prose, as the UI does', () => {
  const found = mdxFiles.flatMap((file) =>
    mdxProse(readFileSync(file, 'utf8'))
      .filter((s) => /['"]/.test(s))
      .map((s) => `${relative(root, file)}: ${s.slice(0, 120)}`),
  );
  expect(found).toEqual([]);
});

test('UI locale files use typographic apostrophes and quotes, as the rest of the English UI does', () => {
  const found = localeFiles.flatMap((file) =>
    englishTexts(JSON.parse(readFileSync(file, 'utf8')), true)
      .filter((s) => /[A-Za-z]'[A-Za-z]|"/.test(s))
      .map((s) => `${relative(root, file)}: ${s}`),
  );
  expect(found).toEqual([]);
});
