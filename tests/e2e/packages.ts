import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { unzipSync } from 'fflate';

export type Format = 'scorm12' | 'scorm2004' | 'cmi5' | 'cmi5-modules';

/** The packages the global setup built: one per format, and cmi5 with one AU per module (`cmi5-modules`). */
export function packageZip(format: Format): Uint8Array {
  return readFileSync(join(inject('packagesDir'), `sales-target-academy-${format}.zip`));
}

/** Unpacks a package into `<dir>/<under>` (a new temp dir when none is given) and returns the dir. */
export function unpack(format: Format, dir = mkdtempSync(join(tmpdir(), `sta-${format}-`)), under = ''): string {
  for (const [name, bytes] of Object.entries(unzipSync(packageZip(format)))) {
    if (name.endsWith('/')) continue;
    const path = join(dir, under, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  return dir;
}
