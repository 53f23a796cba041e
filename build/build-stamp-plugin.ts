import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Marks a finished production build, so `npm start` and the e2e tests know dist/ is current. */
export function buildStampPlugin(outDir: string): Plugin {
  return {
    name: 'sta:build-stamp',
    apply: 'build',
    closeBundle() {
      writeFileSync(join(outDir, '.build-stamp'), new Date().toISOString());
    },
  };
}
