import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from 'vitest';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { packageZip, unpack, type Format } from './packages';

const browser = sharedBrowser();

/** Parses with Chromium's XML parser (a real one, strict about well-formedness) and runs `check` on the document. */
async function inspectXml<T>(xml: string, check: (doc: Document) => T): Promise<T> {
  const page = await browser().newPage();
  try {
    return await page.evaluate(
      ([text, fn]) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length) throw new Error(`not well-formed XML: ${doc.getElementsByTagName('parsererror')[0]!.textContent}`);
        return (new Function('doc', `return (${fn})(doc)`) as (d: Document) => T)(doc);
      },
      [xml, check.toString()] as const,
    );
  } finally {
    await page.close();
  }
}

test.each(['scorm12', 'scorm2004'] as const)('the %s zip unpacks; its imsmanifest.xml is valid and every file it lists exists', async (format: Format) => {
  const files = unzipSync(packageZip(format));
  expect(Object.keys(files)).toContain('imsmanifest.xml');
  expect(Object.keys(files)).toContain('index.html');
  const manifest = await inspectXml(strFromU8(files['imsmanifest.xml']!), (doc) => {
    const byLocal = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
    return {
      schemaversion: byLocal('schemaversion')[0]?.textContent,
      organizations: byLocal('organization').length,
      items: byLocal('item').map((i) => i.getAttribute('identifierref')),
      resources: byLocal('resource').map((r) => ({ id: r.getAttribute('identifier'), href: r.getAttribute('href'), scormType: r.getAttribute('adlcp:scormtype') ?? r.getAttribute('adlcp:scormType') })),
      files: byLocal('file').map((f) => f.getAttribute('href')!),
      mastery: byLocal('masteryscore')[0]?.textContent ?? byLocal('minNormalizedMeasure')[0]?.textContent,
      // LOM in the manifest's metadata: a title and a description in each language.
      lom: ['title', 'description'].map((what) =>
        [...(byLocal('general')[0]?.getElementsByTagNameNS('*', what)[0]?.children ?? [])].map((c) => [c.getAttribute('xml:lang') ?? c.getAttribute('language'), c.textContent]),
      ),
    };
  });
  expect(manifest.schemaversion).toBe(format === 'scorm12' ? '1.2' : '2004 4th Edition');
  expect(manifest.organizations).toBe(1);
  expect(manifest.resources).toEqual([{ id: 'sales-target-academy-sco', href: 'index.html', scormType: 'sco' }]);
  expect(manifest.items).toEqual(['sales-target-academy-sco']);
  expect(manifest.mastery).toBe(format === 'scorm12' ? '80' : '0.8');
  expect(manifest.lom).toEqual([
    [
      ['zh-CN', '销售目标学院'],
      ['en-US', 'Sales Target Academy'],
    ],
    [
      ['zh-CN', expect.stringMatching(/^从制定销售目标/)],
      ['en-US', expect.stringMatching(/^From setting sales targets/)],
    ],
  ]);
  expect(manifest.files.length).toBeGreaterThan(50);
  for (const f of manifest.files) expect(files[f], f).toBeDefined();
  const listed = new Set(manifest.files);
  const schema = (f: string) => /^[^/]+\.(xsd|dtd)$/.test(f);
  for (const f of Object.keys(files)) if (f !== 'imsmanifest.xml' && !schema(f)) expect(listed.has(f), `${f} is in the zip but not listed`).toBe(true);
  // Every schema the manifest names is beside it, and every schema or DTD those name in turn.
  const named = (text: string) => [...text.matchAll(/schemaLocation\s*=\s*"([^"]+)"/g)].flatMap((m) => m[1]!.trim().split(/\s+/).filter((w) => !/^https?:/.test(w)));
  const dtds = (text: string) => [...text.matchAll(/<!DOCTYPE[^>]*"([^"]+\.dtd)"/g)].map((m) => m[1]!);
  const wanted = new Set(named(strFromU8(files['imsmanifest.xml']!)));
  expect(wanted.size).toBeGreaterThanOrEqual(3);
  for (const f of wanted) {
    expect(files[f], `${f}, named by the manifest or a schema, is in the zip`).toBeDefined();
    for (const next of [...named(strFromU8(files[f]!)), ...dtds(strFromU8(files[f]!))]) wanted.add(next);
  }
  // Relative paths only: an LMS serves the package from a folder of its own.
  expect(strFromU8(files['index.html']!)).not.toMatch(/(src|href)="\/(?!\/)/);
});

const cmi5Structure = (files: Record<string, Uint8Array>) =>
  inspectXml(strFromU8(files['cmi5.xml']!), (doc) => {
    const texts = (el: Element | undefined, what: string) =>
      Object.fromEntries([...(el?.getElementsByTagNameNS('*', what)[0]?.getElementsByTagNameNS('*', 'langstring') ?? [])].map((l) => [l.getAttribute('lang'), l.textContent]));
    const course = doc.getElementsByTagNameNS('*', 'course')[0];
    return {
      ns: doc.documentElement.namespaceURI,
      course: { id: course?.getAttribute('id'), title: texts(course, 'title'), description: texts(course, 'description') },
      aus: [...doc.getElementsByTagNameNS('*', 'au')].map((au) => ({
        id: au.getAttribute('id'),
        moveOn: au.getAttribute('moveOn'),
        masteryScore: au.getAttribute('masteryScore'),
        url: au.getElementsByTagNameNS('*', 'url')[0]?.textContent,
        title: texts(au, 'title'),
        description: texts(au, 'description'),
      })),
    };
  });

test('the cmi5 zip unpacks; cmi5.xml names one AU, CompletedAndPassed, the mastery score, both languages and IRIs below the configured base', async () => {
  const files = unzipSync(packageZip('cmi5'));
  const structure = await cmi5Structure(files);
  expect(structure.ns).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
  // No base configured in the e2e setup: the URN default, never example.com.
  expect(structure.course).toEqual({
    id: 'urn:sales-target-academy:course',
    title: { 'zh-CN': '销售目标学院', 'en-US': 'Sales Target Academy' },
    description: { 'zh-CN': expect.stringMatching(/^从制定销售目标/), 'en-US': expect.stringMatching(/^From setting sales targets/) },
  });
  expect(structure.aus).toEqual([
    { id: 'urn:sales-target-academy:course:au', moveOn: 'CompletedAndPassed', masteryScore: '0.8', url: 'index.html', title: { 'zh-CN': '销售目标学院', 'en-US': 'Sales Target Academy' }, description: structure.course.description },
  ]);
  expect(files['index.html']).toBeDefined();
  expect(strFromU8(files['cmi5.xml']!)).not.toContain('example.com');
});

test('the cmi5 package with one AU per module: each module (CompletedAndPassed where it has a quiz) and the final (Passed), titled in both languages', async () => {
  const structure = await cmi5Structure(unzipSync(packageZip('cmi5-modules')));
  const ids = structure.aus.map((au) => au.id!.split(':').at(-1));
  expect(ids).toEqual(['00-intro', '01-foundations', '02-setting', '03-execution', '04-tracking', '05-challenges', '06-incentives', '07-cases', '08-eq', '09-practice', 'final']);
  expect(structure.aus[0]).toMatchObject({ moveOn: 'Completed', masteryScore: null, url: 'index.html?au=00-intro', title: { 'zh-CN': '课程介绍', 'en-US': 'Course introduction' } });
  expect(structure.aus[1]).toMatchObject({ id: 'urn:sales-target-academy:course:au:01-foundations', moveOn: 'CompletedAndPassed', masteryScore: '0.8', url: 'index.html?au=01-foundations', title: { 'zh-CN': '销售目标基础', 'en-US': 'Sales target fundamentals' } });
  expect(structure.aus.at(-1)).toMatchObject({ moveOn: 'Passed', masteryScore: '0.8', url: 'index.html?au=final', title: { 'zh-CN': '结业考核', 'en-US': 'Final assessment' } });
  for (const au of structure.aus) for (const text of [au.title, au.description]) expect(Object.keys(text).sort(), au.id!).toEqual(['en-US', 'zh-CN']);
});

// Chunks and strings of the pages a trainee never sees in an LMS: HR's dashboard, the presenter and the live session.
const WEB_ONLY_CHUNK = /(hr-layout|use-hr-format|dashboard-page|trainee-page|console-page|screen-page|print-page|join-page|live-panel|use-remote-position)-[\w-]+\.js$/;
const WEB_ONLY_TEXT = ['/hr/api', '/api/live/'];

test.each(['scorm12', 'scorm2004', 'cmi5', 'cmi5-modules'] as const)('the %s package holds only what a trainee needs: no HR, presenter or live code', (format) => {
  // The web build has them: the check looks for something real.
  const web = readdirSync('dist/assets');
  expect(web.filter((f) => WEB_ONLY_CHUNK.test(f)).length).toBeGreaterThan(5);
  expect(web.some((f) => f.endsWith('.js') && readFileSync(join('dist/assets', f), 'utf8').includes('/hr/api'))).toBe(true);

  const files = unzipSync(packageZip(format));
  const names = Object.keys(files);
  expect(names.filter((f) => WEB_ONLY_CHUNK.test(f))).toEqual([]);
  for (const f of names.filter((n) => n.endsWith('.js'))) for (const text of WEB_ONLY_TEXT) expect(strFromU8(files[f]!).includes(text), `${f} holds ${text}`).toBe(false);
  for (const f of ['sw.js', 'course-index.json', 'config.json', 'manifest.webmanifest', '.build-stamp']) expect(files[f], f).toBeUndefined();
});

test('opened from a folder (file://), a package says in both languages to open it from the LMS', async () => {
  const dir = unpack('scorm2004');
  const page = await browser().newPage();
  try {
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await page.getByRole('heading', { name: '请在学习平台（LMS）中打开本课程' }).waitFor();
    await page.getByRole('heading', { name: 'Open this course from your LMS' }).waitFor();
    expect(await page.getByText('Upload the zip file to your company’s LMS').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
