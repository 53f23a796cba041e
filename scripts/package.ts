// `npm run package -- --format scorm12|scorm2004|cmi5`: builds the course with relative paths for
// an LMS and writes packages/sales-target-academy-<format>.zip with its manifest at the root.
import { readdirSync, readFileSync, rmSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { cmi5Xml, scorm12Manifest, scorm2004Manifest, type PackageInfo } from '../build/package-manifests';
import { DEFAULT_COURSE_IRI, DEFAULT_PASS_SCORE } from '../src/domain';

const FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const;
type Format = (typeof FORMATS)[number];

function formatArg(argv: string[]): Format {
  const i = argv.indexOf('--format');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--format='))?.slice('--format='.length);
  if (!value || !(FORMATS as readonly string[]).includes(value)) {
    console.error(`Usage: npm run package -- --format ${FORMATS.join('|')}${value ? ` (got "${value}")` : ''}`);
    process.exit(2);
  }
  return value as Format;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function buildPackage(format: Format, outDir = 'packages'): Promise<string> {
  const buildDir = join(outDir, `build-${format}`);
  rmSync(buildDir, { recursive: true, force: true });
  process.env.VITE_PACKAGE_FORMAT = format;
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  await build({ base: './', mode: 'production', logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true, sourcemap: false } });
  delete process.env.VITE_PACKAGE_FORMAT;
  // Server-side files have no place in an LMS package.
  for (const f of ['course-index.json', '.build-stamp', 'sw.js']) rmSync(join(buildDir, f), { force: true });

  const files = filesUnder(buildDir).map((f) => relative(buildDir, f).split(sep).join('/')).sort();
  const info: PackageInfo = {
    id: 'sales-target-academy',
    title: '销售目标学院 · Sales Target Academy',
    description: '从制定销售目标到达成目标：可练习、可测验、有反馈的销售目标培训课程。',
    masteryScore: DEFAULT_PASS_SCORE,
    files,
    launch: 'index.html',
  };
  const manifest =
    format === 'cmi5'
      ? { 'cmi5.xml': cmi5Xml({ ...info, courseIri: DEFAULT_COURSE_IRI }) }
      : { 'imsmanifest.xml': format === 'scorm12' ? scorm12Manifest(info) : scorm2004Manifest(info) };
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f] = readFileSync(join(buildDir, f));
  for (const [name, text] of Object.entries(manifest)) entries[name] = new TextEncoder().encode(text);
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `sales-target-academy-${format}.zip`);
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  rmSync(buildDir, { recursive: true, force: true });
  return zipPath;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const format = formatArg(process.argv.slice(2));
  const zip = await buildPackage(format);
  console.log(`${format} package written to ${zip} (${(statSync(zip).size / 1_048_576).toFixed(1)} MB)`);
}
