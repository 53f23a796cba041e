import { parseModuleSource } from './parse-module';
import { frontmatterSchema, moduleIdPattern, type CourseManifest, type ModuleMeta } from './schema';
import { locales, type Locale } from './locales';
import type { ContentProblem } from './problems';
import { validateQuizBank, type QuizSourceFile } from './validate-quiz';
import type { QuizBank } from '../domain';

export interface ModuleSourceFile {
  moduleId: string;
  locale: string;
  /** Path shown in problems, relative to the project. */
  file: string;
  source: string;
}

export interface CourseValidation {
  manifest: CourseManifest;
  banks: Record<string, QuizBank>;
  problems: ContentProblem[];
}

/**
 * Validates the whole module set: every file on its own, then across files: every module in
 * both locales, frontmatter id equal to the folder, the frontmatter minutes equal to the sum
 * of the slides' minutes, the same minutes per slide, and the same slide ids in the same order
 * in every locale.
 */
export function validateCourse(files: ModuleSourceFile[], quizzes: QuizSourceFile[] = []): CourseValidation {
  const problems: ContentProblem[] = [];
  const banks: Record<string, QuizBank> = {};
  const moduleIds = [...new Set(files.map((f) => f.moduleId))].sort();
  const modules = Object.fromEntries(locales.map((l) => [l, {}])) as CourseManifest['modules'];

  for (const f of files) {
    if (!(locales as readonly string[]).includes(f.locale))
      problems.push({ file: f.file, message: `unknown locale "${f.locale}"; expected ${locales.join(' or ')}` });
  }

  for (const moduleId of moduleIds) {
    if (!moduleIdPattern.test(moduleId))
      problems.push({ file: `content/modules/${moduleId}`, message: 'module folders are named NN-slug (e.g. 01-foundations)' });
    const byLocale = new Map<Locale, LocaleModule>();
    for (const locale of locales) {
      const f = files.find((x) => x.moduleId === moduleId && x.locale === locale);
      if (!f) {
        problems.push({ file: `content/modules/${moduleId}/${locale}.mdx`, message: `missing: every module needs both ${locales.join(' and ')}` });
        continue;
      }
      const parsed = parseModuleSource(f.source, f.file);
      problems.push(...parsed.problems);
      const fm = frontmatterSchema.safeParse(parsed.frontmatter);
      if (!fm.success) {
        if (parsed.frontmatter !== undefined)
          for (const issue of fm.error.issues)
            problems.push({ file: f.file, line: 1, message: `frontmatter ${issue.path.join('.') || ''}: ${issue.message}`.replace(' :', ':') });
        continue;
      }
      if (fm.data.id !== moduleId)
        problems.push({ file: f.file, line: 1, message: `frontmatter id "${fm.data.id}" must equal the folder name "${moduleId}"` });
      const seen = new Set<string>();
      for (const s of parsed.slides) {
        if (seen.has(s.id)) problems.push({ file: f.file, line: s.line, message: `duplicate slide id "${s.id}"` });
        seen.add(s.id);
      }
      if (parsed.slides.length === 0) problems.push({ file: f.file, message: 'a module needs at least one <Slide>' });
      const sum = parsed.slides.reduce((n, s) => n + s.minutes, 0);
      if (parsed.slides.length > 0 && !parsed.problems.length && sum !== fm.data.minutes)
        problems.push({
          file: f.file,
          line: parsed.minutesLine ?? 1,
          message: `frontmatter minutes (${fm.data.minutes}) must equal the sum of the slides' minutes (${parsed.slides.map((s) => s.minutes).join(' + ')} = ${sum})`,
        });
      const meta: ModuleMeta = { ...fm.data, slides: parsed.slides.map(({ id, title, added, minutes, reveals }) => ({ id, title, added, minutes, reveals })) };
      modules[locale][moduleId] = meta;
      byLocale.set(locale, { file: f.file, meta, lines: new Map(parsed.slides.map((s) => [s.id, s.line])) });
    }
    compareLocales(byLocale, problems);

    const quiz = quizzes.find((q) => q.moduleId === moduleId);
    const slideIds = byLocale.get(locales[0])?.meta.slides.map((s) => s.id);
    if (quiz && slideIds) {
      const result = validateQuizBank(quiz.source, quiz.file, slideIds);
      problems.push(...result.problems);
      if (result.bank) {
        banks[moduleId] = result.bank;
        const summary = { passScore: result.bank.passScore, drawCount: result.bank.drawCount, itemCount: result.bank.items.length };
        for (const locale of locales) if (modules[locale][moduleId]) modules[locale][moduleId].quiz = summary;
      }
    }
  }
  for (const q of quizzes)
    if (!moduleIds.includes(q.moduleId)) problems.push({ file: q.file, message: `a question bank for a module that does not exist` });
  return { manifest: { moduleIds, modules }, banks, problems };
}

interface LocaleModule {
  file: string;
  meta: ModuleMeta;
  /** Each slide's line in its file. */
  lines: Map<string, number>;
}

function compareLocales(byLocale: Map<Locale, LocaleModule>, problems: ContentProblem[]) {
  const [source, ...others] = [...byLocale.values()];
  if (!source) return;
  const ids = source.meta.slides.map((s) => s.id);
  for (const other of others) {
    const otherIds = other.meta.slides.map((s) => s.id);
    if (ids.join('\n') !== otherIds.join('\n')) {
      const index = ids.findIndex((id, i) => otherIds[i] !== id);
      const at = index === -1 ? ids.length : index;
      problems.push({
        file: other.file,
        message: `slide ids differ from ${source.file} at position ${at + 1}: expected "${ids[at] ?? '(end)'}", found "${otherIds[at] ?? '(end)'}"`,
      });
    }
    const planned = new Map(source.meta.slides.map((s) => [s.id, s.minutes]));
    for (const slide of other.meta.slides) {
      const expected = planned.get(slide.id);
      if (expected !== undefined && expected !== slide.minutes)
        problems.push({ file: other.file, line: other.lines.get(slide.id), message: `slide "${slide.id}" minutes (${slide.minutes}) differ from ${source.file} (${expected})` });
    }
    if (other.meta.minutes !== source.meta.minutes)
      problems.push({ file: other.file, line: 1, message: `minutes (${other.meta.minutes}) differ from ${source.file} (${source.meta.minutes})` });
  }
}
