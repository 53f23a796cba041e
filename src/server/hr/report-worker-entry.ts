import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

let built: URL | undefined;

/**
 * The report worker's entry: the worker bundled once into plain JavaScript (under
 * node_modules/.cache, where its packages resolve), so the thread needs no TypeScript loader of
 * its own (tsx's loader costs a worker about 35 MB and its start-up). Where esbuild or a writable
 * cache is missing, the worker registers tsx itself (report-worker-boot.mjs).
 */
export async function reportWorkerEntry(): Promise<URL> {
  if (built) return built;
  const boot = new URL('./report-worker-boot.mjs', import.meta.url);
  try {
    const { build } = await import('esbuild');
    const dir = fileURLToPath(new URL('../../../node_modules/.cache/sales-target-academy/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const { outputFiles } = await build({
      entryPoints: [fileURLToPath(new URL('./report-worker.ts', import.meta.url))],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    // Written aside and renamed, so a server starting at the same moment never loads half a file.
    const file = `${dir}report-worker.mjs`;
    writeFileSync(`${file}.${process.pid}.tmp`, outputFiles[0]!.contents);
    renameSync(`${file}.${process.pid}.tmp`, file);
    return (built = pathToFileURL(file));
  } catch (error) {
    console.warn('The HR report worker starts with the TypeScript loader:', (error as Error).message);
    return (built = boot);
  }
}
