import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openStorage, sqliteFile } from './open';
import type { Sql } from './sql';

const dirs: string[] = [];
const open: Sql[] = [];
afterEach(async () => {
  for (const sql of open.splice(0)) await sql.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function fileStorage() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-checkpoint-'));
  dirs.push(dataDir);
  const sql = await openStorage({ dataDir });
  open.push(sql);
  return { sql, file: sqliteFile(dataDir) };
}

const until = async (check: () => boolean, what: string) => {
  const end = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

test('what is committed reaches the database file itself, copied from the log beside the server', { timeout: 90_000 }, async () => {
  const { sql, file } = await fileStorage();
  await sql.exec('CREATE TABLE filler (body BLOB)');
  const before = statSync(file).size;
  // About 12 MB: far past the 1,000 pages after which SQLite would otherwise checkpoint.
  await sql.tx(async (q) => {
    for (let i = 0; i < 3000; i++) await q.run('INSERT INTO filler (body) VALUES (?)', [new Uint8Array(4096).fill(i % 251)]);
  });
  await until(() => statSync(file).size >= before + 12_000_000, 'the database file holds the rows');
  expect((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM filler'))?.n).toBe(3000);
});

test('closing stops the checkpointer, and the file opens again with everything in it', async () => {
  const { sql, file } = await fileStorage();
  await sql.exec('CREATE TABLE filler (body BLOB)');
  await sql.tx(async (q) => {
    for (let i = 0; i < 500; i++) await q.run('INSERT INTO filler (body) VALUES (?)', [new Uint8Array(4096)]);
  });
  await sql.close();
  open.splice(open.indexOf(sql), 1);
  const again = await openStorage({ dataDir: join(file, '..') });
  open.push(again);
  expect((await again.get<{ n: number }>('SELECT COUNT(*) AS n FROM filler'))?.n).toBe(500);
});

test('a process with nothing else to do waits for the checkpointer when the storage closes', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-checkpoint-'));
  dirs.push(dataDir);
  // Only the close is left on the event loop: without holding the worker, Node would end with 13 (an unsettled await).
  const script = `import { openStorage } from './src/server/storage/open.ts';
const sql = await openStorage({ dataDir: ${JSON.stringify(dataDir)} });
await sql.exec('CREATE TABLE filler (n INTEGER)');
await sql.close();
console.log('closed');`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect({ status: run.status, out: run.stdout.trim() }).toEqual({ status: 0, out: 'closed' });
}, 90_000);
