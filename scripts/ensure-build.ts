import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'content', 'public', 'build', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];
const STAMP = join('dist', '.build-stamp');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Builds the course when `dist/` is missing or older than any of its sources. */
export function ensureBuild(root = process.cwd(), log = console.log) {
  const stamp = join(root, STAMP);
  const sourceTime = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sourceTime) return false;
  log('Building the course (dist/ is missing or out of date)…');
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // Test runners set NODE_ENV=test, which would give a development build of React.
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  return true;
}
