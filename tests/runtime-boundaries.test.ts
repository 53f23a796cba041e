import { ESLint } from 'eslint';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, expect, test } from 'vitest';

// Each runtime has its own TypeScript project and ESLint globals: a page cannot use Node, the
// server cannot use the DOM. These tests plant a file that crosses the line, inside the tree so
// the real projects' include globs decide which project checks it, and remove it afterwards.
const root = new URL('../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });
const planted: { dir: string; parent: string; atimeMs: number; mtimeMs: number }[] = [];

// The tree is left as it was found, its folders' times too: the e2e suite's build check counts a
// folder's time, and `npm test` runs that suite after this one, which would otherwise rebuild a
// dist/ that is current.
afterAll(() => {
  for (const { dir } of planted) rmSync(dir, { recursive: true, force: true });
  // Last to first, so a folder planted in twice gets its first, untouched times back.
  for (const { parent, atimeMs, mtimeMs } of [...planted].reverse()) utimesSync(parent, atimeMs / 1000, mtimeMs / 1000);
  const found = new Map(planted.map(({ parent }) => [parent, planted.find((p) => p.parent === parent)!.mtimeMs]));
  for (const [parent, mtimeMs] of found) expect(Math.abs(statSync(parent).mtimeMs - mtimeMs), parent).toBeLessThan(1);
});

function plant(underDir: string, code: string): string {
  const parent = join(root, underDir);
  const { atimeMs, mtimeMs } = statSync(parent);
  const dir = mkdtempSync(join(parent, 'planted-'));
  planted.push({ dir, parent, atimeMs, mtimeMs });
  const file = join(dir, 'planted.ts');
  writeFileSync(file, code);
  return file;
}

/** The project (of the ones `npm run typecheck` builds) that includes the file, and its diagnostics for it. */
function typecheck(file: string): { project: string; errors: string[] } {
  const solution = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config as { references: { path: string }[] };
  const owners = solution.references
    .map((ref) => join(root, ref.path))
    .map((configPath) => ({ configPath, parsed: ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })! }))
    .filter(({ parsed }) => parsed.fileNames.includes(file));
  expect(owners, 'exactly one runtime project checks the file').toHaveLength(1);
  const { configPath, parsed } = owners[0]!;
  const program = ts.createProgram({ rootNames: [file], options: parsed.options });
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { project: relative(root, configPath), errors };
}

async function lint(file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([file]);
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

test('a browser file importing node:fs fails typecheck and lint', async () => {
  const file = plant('src/features/home', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
  const { project, errors } = typecheck(file);
  expect(project).toBe('tsconfig.app.json');
  expect(errors.join('\n')).toMatch(/Cannot find module 'node:fs'/);
  expect((await lint(file)).join('\n')).toMatch(/no-restricted-imports/);
}, 120_000);

test('a browser file using process fails typecheck and lint', async () => {
  const file = plant('src/stores', 'export const mode = process.env.NODE_ENV;\n');
  const { project, errors } = typecheck(file);
  expect(project).toBe('tsconfig.app.json');
  expect(errors.join('\n')).toMatch(/Cannot find name 'process'/);
  expect((await lint(file)).join('\n')).toMatch(/no-restricted-globals/);
}, 120_000);

test('a server file using document fails typecheck and lint', async () => {
  const file = plant('src/server', 'export const title = () => document.title;\n');
  const { project, errors } = typecheck(file);
  expect(project).toBe('tsconfig.node.json');
  expect(errors.join('\n')).toMatch(/Cannot find name 'document'/);
  expect((await lint(file)).join('\n')).toMatch(/no-restricted-globals/);
}, 120_000);

test('each runtime keeps what it may use', async () => {
  const page = plant('src/features/home', 'export const title = () => document.title;\n');
  expect(typecheck(page).errors).toEqual([]);
  expect(await lint(page)).toEqual([]);
  const server = plant('src/server', "import { readFileSync } from 'node:fs';\nexport const read = () => [readFileSync, process.env.PORT];\n");
  expect(typecheck(server).errors).toEqual([]);
  expect(await lint(server)).toEqual([]);
}, 120_000);
