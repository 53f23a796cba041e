import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from 'vitest';
import { sharedBrowser } from './chromium';
import { packageZip, type Format } from './packages';

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
    };
  });
  expect(manifest.schemaversion).toBe(format === 'scorm12' ? '1.2' : '2004 4th Edition');
  expect(manifest.organizations).toBe(1);
  expect(manifest.resources).toEqual([{ id: 'sales-target-academy-sco', href: 'index.html', scormType: 'sco' }]);
  expect(manifest.items).toEqual(['sales-target-academy-sco']);
  expect(manifest.mastery).toBe(format === 'scorm12' ? '80' : '0.8');
  expect(manifest.files.length).toBeGreaterThan(50);
  for (const f of manifest.files) expect(files[f], f).toBeDefined();
  const listed = new Set(manifest.files);
  for (const f of Object.keys(files)) if (f !== 'imsmanifest.xml') expect(listed.has(f), `${f} is in the zip but not listed`).toBe(true);
  // Relative paths only: an LMS serves the package from a folder of its own.
  expect(strFromU8(files['index.html']!)).not.toMatch(/(src|href)="\/(?!\/)/);
});

test('the cmi5 zip unpacks; cmi5.xml names one AU, CompletedAndPassed, the mastery score and a launch URL that exists', async () => {
  const files = unzipSync(packageZip('cmi5'));
  const structure = await inspectXml(strFromU8(files['cmi5.xml']!), (doc) => {
    const aus = [...doc.getElementsByTagNameNS('*', 'au')];
    return {
      ns: doc.documentElement.namespaceURI,
      course: doc.getElementsByTagNameNS('*', 'course')[0]?.getAttribute('id'),
      aus: aus.map((au) => ({ moveOn: au.getAttribute('moveOn'), masteryScore: au.getAttribute('masteryScore'), url: au.getElementsByTagNameNS('*', 'url')[0]?.textContent, title: au.getElementsByTagNameNS('*', 'title')[0]?.textContent?.trim() })),
    };
  });
  expect(structure.ns).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
  expect(structure.course).toMatch(/^https:\/\//);
  expect(structure.aus).toEqual([{ moveOn: 'CompletedAndPassed', masteryScore: '0.8', url: 'index.html', title: '销售目标学院 · Sales Target Academy' }]);
  expect(files['index.html']).toBeDefined();
});
