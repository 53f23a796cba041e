// `npm run package -- --format scorm12|scorm2004|cmi5 [--cmi5-aus course|module] [--iri-base …]
// [--final-attempts N]`: builds the course with relative paths for an LMS, without the pages a
// trainee has no use for there, and writes packages/sales-target-academy-<format>[-modules].zip
// with its manifest at the root. The options are described in the README.
import { readdirSync, readFileSync, rmSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { build, type Plugin } from 'vite';
import { cmi5Xml, scorm12Manifest, scorm2004Manifest, type Cmi5Au, type PackageInfo } from '../build/package-manifests';
import { iriBelow, packageOptions, type PackageOptions } from '../build/package-options';
import { DEFAULT_PASS_SCORE, FINAL_ASSESSMENT } from '../src/domain';
import { readCourseFiles, readQuizFiles } from '../src/content/read-course-files';
import { validateCourse } from '../src/content/validate-course';

const root = new URL('../', import.meta.url).pathname;

const course = {
  title: { 'zh-CN': '销售目标学院', en: 'Sales Target Academy' },
  description: {
    'zh-CN': '从制定销售目标到达成目标：可练习、可测验、有反馈的销售目标培训课程。',
    en: 'From setting sales targets to reaching them: a sales-target course with practice, quizzes and feedback.',
  },
};

/**
 * Opened from a folder (file://), a browser refuses the course's modules and would show a blank
 * page; this says why, in both languages, before anything else runs.
 */
const FILE_MESSAGE = `<script>
if (location.protocol === 'file:') document.addEventListener('DOMContentLoaded', function () {
  document.body.innerHTML = '<main style="max-width:40rem;margin:3rem auto;padding:0 1rem;font:1.1rem/1.6 system-ui,sans-serif">'
    + '<h1>请在学习平台（LMS）中打开本课程</h1>'
    + '<p>这是一个供学习平台使用的课程包，直接从文件夹打开无法运行。请将 zip 文件上传到贵公司的学习平台，再从平台中启动课程。</p>'
    + '<h2 lang="en">Open this course from your LMS</h2>'
    + '<p lang="en">This is a course package for a learning management system; it cannot run when opened from a folder. Upload the zip file to your company’s LMS and launch the course from there.</p>'
    + '</main>';
});
</script>`;

const fileMessagePlugin = (): Plugin => ({
  name: 'sta-package-file-message',
  // The web app manifest is not packaged (an LMS course is not installed as an app).
  transformIndexHtml: (html) => html.replace(/\s*<link rel="manifest"[^>]*>/, '').replace('</head>', `    ${FILE_MESSAGE}\n  </head>`),
});

// What the web build writes for the records server, the offline worker and an installed app;
// none of it has a use inside an LMS.
const WEB_ONLY_FILES = ['course-index.json', '.build-stamp', 'sw.js', 'manifest.webmanifest', 'config.json'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** One AU per module (moveOn CompletedAndPassed where it has a quiz, else Completed), then the final assessment. */
function moduleAus(courseIri: string, finalAttempts: number): Cmi5Au[] {
  const { manifest, banks } = validateCourse(readCourseFiles(root), readQuizFiles(root));
  const aus = manifest.moduleIds.map((id): Cmi5Au => {
    const zh = manifest.modules['zh-CN'][id]!;
    const en = manifest.modules.en[id]!;
    const bank = banks[id];
    return {
      id: iriBelow(courseIri, 'au', id),
      title: { 'zh-CN': zh.title, en: en.title },
      description: { 'zh-CN': zh.summary, en: en.summary },
      moveOn: bank ? 'CompletedAndPassed' : 'Completed',
      ...(bank ? { masteryScore: bank.passScore } : {}),
      url: `index.html?au=${encodeURIComponent(id)}`,
    };
  });
  const attempts = finalAttempts > 0 ? { 'zh-CN': `最多 ${finalAttempts} 次机会。`, en: ` Up to ${finalAttempts} attempts.` } : { 'zh-CN': '', en: '' };
  aus.push({
    id: iriBelow(courseIri, 'au', FINAL_ASSESSMENT),
    title: { 'zh-CN': '结业考核', en: 'Final assessment' },
    description: { 'zh-CN': `覆盖全部模块的结业考核，读完所有模块后开放。${attempts['zh-CN']}`, en: `The final assessment across every module, open once all modules are read.${attempts.en}` },
    moveOn: 'Passed',
    masteryScore: DEFAULT_PASS_SCORE,
    url: 'index.html?au=final',
  });
  return aus;
}

export const packageName = (o: Pick<PackageOptions, 'format' | 'cmi5Aus'>) => `sales-target-academy-${o.format}${o.cmi5Aus === 'module' ? '-modules' : ''}.zip`;

export async function buildPackage(options: PackageOptions, outDir = 'packages'): Promise<string> {
  const { format } = options;
  const buildDir = join(outDir, `build-${format}-${options.cmi5Aus}`);
  rmSync(buildDir, { recursive: true, force: true });
  process.env.VITE_PACKAGE_FORMAT = format;
  process.env.VITE_FINAL_ATTEMPTS = String(options.finalAttempts);
  process.env.VITE_COURSE_IRI = options.courseIri;
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  try {
    await build({ root, base: './', mode: 'production', logLevel: 'warn', plugins: [fileMessagePlugin()], build: { outDir: buildDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    for (const k of ['VITE_PACKAGE_FORMAT', 'VITE_FINAL_ATTEMPTS', 'VITE_COURSE_IRI']) delete process.env[k];
  }
  for (const f of WEB_ONLY_FILES) rmSync(join(buildDir, f), { force: true });

  const files = filesUnder(buildDir).map((f) => relative(buildDir, f).split(sep).join('/')).sort();
  const info: PackageInfo = { id: 'sales-target-academy', ...course, masteryScore: DEFAULT_PASS_SCORE, files, launch: 'index.html' };
  const aus: Cmi5Au[] =
    options.cmi5Aus === 'module'
      ? moduleAus(options.courseIri, options.finalAttempts)
      : [{ id: iriBelow(options.courseIri, 'au'), ...course, moveOn: 'CompletedAndPassed', masteryScore: DEFAULT_PASS_SCORE, url: 'index.html' }];
  const manifest =
    format === 'cmi5'
      ? { 'cmi5.xml': cmi5Xml({ ...info, courseIri: options.courseIri, aus }) }
      : { 'imsmanifest.xml': format === 'scorm12' ? scorm12Manifest(info) : scorm2004Manifest(info) };
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f] = readFileSync(join(buildDir, f));
  for (const [name, text] of Object.entries(manifest)) entries[name] = new TextEncoder().encode(text);
  // The XML schemas the manifest names (xsi:schemaLocation) travel beside it, as an LMS that validates expects.
  if (format !== 'cmi5') {
    const schemas = join(root, 'build', 'scorm-schemas', format);
    for (const f of readdirSync(schemas)) entries[f] = readFileSync(join(schemas, f));
  }
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, packageName(options));
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  rmSync(buildDir, { recursive: true, force: true });
  return zipPath;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let options: PackageOptions;
  try {
    options = packageOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const zip = await buildPackage(options);
  console.log(`${options.format} package written to ${zip} (${(statSync(zip).size / 1_048_576).toFixed(1)} MB; course IRI ${options.courseIri})`);
}
