import { afterAll, expect, test } from 'vitest';
import { backend, freshDatabaseUrl } from '../../../tests/server/test-storage';
import { openStorage } from '../storage/open';
import type { Coordinator, Sql } from '../storage/sql';
import { liveRelay } from './live-relay';

const closing: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closing.reverse()) await close();
});

/** One instance's relay on its own connection to the shared database; what reaches it is collected. */
async function instance(url: string) {
  const sql: Sql = await openStorage({ dataDir: ':memory:', databaseUrl: url });
  const coordinator: Coordinator = await sql.coordinator!();
  closing.push(() => sql.close(), () => coordinator.close());
  const got: { kind: string; text: string }[] = [];
  const waiters: (() => void)[] = [];
  const note = (kind: string, text: string) => {
    got.push({ kind, text });
    for (const w of waiters.splice(0)) w();
  };
  const relay = liveRelay(sql, coordinator, { onIn: (_c, _f, _cid, _a, text) => note('in', text), onGone: () => note('gone', ''), deliver: (_cid, text) => note('out', text) }, () => undefined);
  await relay.start();
  const until = (check: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`not relayed; got ${got.map((g) => `${g.kind}:${g.text.length}`).join(', ')}`)), 30_000);
      const look = () => (check() ? (clearTimeout(t), resolve()) : waiters.push(look));
      look();
    });
  return { relay, got, until };
}

test.runIf(backend === 'postgres')('messages of any size reach the other instance, measured in bytes: Chinese text past NOTIFY\'s limit goes through the table', async () => {
  const url = await freshDatabaseUrl();
  const owner = await instance(url!);
  const other = await instance(url!);
  expect(await owner.relay.owns('123456')).toBe(true);
  expect(await other.relay.owns('123456')).toBe(false);
  // 3,000 Chinese characters: 3,000 characters but 9,000 bytes, past the 8,000 NOTIFY carries.
  const chinese = '目标分解'.repeat(750);
  const short = '好';
  other.relay.forward('123456', 'c1', '127.0.0.1', chinese);
  other.relay.forward('123456', 'c1', '127.0.0.1', short);
  await owner.until(() => owner.got.filter((g) => g.kind === 'in').length === 2);
  expect(owner.got.filter((g) => g.kind === 'in').map((g) => g.text).sort()).toEqual([chinese, short].sort());
  // And back: several large answers to a socket on the other instance arrive whole.
  for (let i = 0; i < 3; i++) owner.relay.toRemote(other.relay.instance, 'c1', `${i}${chinese}`);
  await other.until(() => other.got.filter((g) => g.kind === 'out').length === 3);
  expect(other.got.filter((g) => g.kind === 'out').map((g) => g.text[0]).sort()).toEqual(['0', '1', '2']);
});
