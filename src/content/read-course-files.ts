import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ModuleSourceFile } from './validate-course';
import type { QuizSourceFile } from './validate-quiz';
import type { ScenarioSourceFile } from './validate-scenario';

/** Reads every `content/modules/<id>/<locale>.mdx` under `root` (Node only: build, server, tests). */
export function readCourseFiles(root: string): ModuleSourceFile[] {
  const dir = join(root, 'content', 'modules');
  if (!existsSync(dir)) return [];
  const files: ModuleSourceFile[] = [];
  for (const moduleId of readdirSync(dir).sort()) {
    const moduleDir = join(dir, moduleId);
    if (!statSync(moduleDir).isDirectory()) continue;
    for (const name of readdirSync(moduleDir).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const path = join(moduleDir, name);
      files.push({ moduleId, locale: name.slice(0, -'.mdx'.length), file: relative(root, path), source: readFileSync(path, 'utf8') });
    }
  }
  return files;
}

/** Reads every `content/modules/<id>/quiz.yaml` under `root`. */
export function readQuizFiles(root: string): QuizSourceFile[] {
  const dir = join(root, 'content', 'modules');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((moduleId) => ({ moduleId, path: join(dir, moduleId, 'quiz.yaml') }))
    .filter(({ path }) => existsSync(path))
    .map(({ moduleId, path }) => ({ moduleId, file: relative(root, path), source: readFileSync(path, 'utf8') }));
}

/** Reads every `content/scenarios/*.yaml` under `root`. */
export function readScenarioFiles(root: string): ScenarioSourceFile[] {
  const dir = join(root, 'content', 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ file: relative(root, join(dir, name)), source: readFileSync(join(dir, name), 'utf8') }));
}

/** Reads every `content/roleplay/*.yaml` under `root`. */
export function readRoleplayFiles(root: string): { file: string; source: string }[] {
  const dir = join(root, 'content', 'roleplay');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ file: relative(root, join(dir, name)), source: readFileSync(join(dir, name), 'utf8') }));
}
