import { afterAll, expect, test } from 'vitest';
import { lockKeys, lockSelect } from '../../src/server/storage/sql';
import { readKnown } from '../../src/server/xapi/statement-rows';
import { backend, testStorage } from './test-storage';

// The locks that guard a read-and-write-back: taken inside another read to save a round trip,
// they must still be held, and a key already held in a transaction is not asked for again.
const sql = await testStorage();
afterAll(() => sql.close());

/** Whether another connection could take this key's lock now (it gives it straight back). */
const freeElsewhere = async (key: string) =>
  Boolean((await sql.get<{ ok: boolean }>("SELECT pg_try_advisory_xact_lock(hashtext('progress:' || ?)) AS ok", [key]))?.ok);

test.runIf(backend === 'postgres')('locks taken inside a read of statements are held until the transaction ends', async () => {
  await sql.tx(async (q) => {
    const known = await readKnown(q, ['0b8a54e5-1111-4b5e-9d1a-000000000001'], ['https://example.com/a'], lockSelect(q, 'progress', ['trainee-b', 'trainee-a']));
    expect(known.prior.size).toBe(0);
    expect(known.definitions.size).toBe(0);
    expect(await freeElsewhere('trainee-a')).toBe(false);
    expect(await freeElsewhere('trainee-b')).toBe(false);
    expect(await freeElsewhere('trainee-c')).toBe(true);
    // Held now: nothing left to ask for, for these keys.
    expect(lockSelect(q, 'progress', ['trainee-a', 'trainee-b'])).toBeUndefined();
    expect(lockSelect(q, 'progress', ['trainee-a', 'trainee-c'])?.params).toEqual([JSON.stringify(['trainee-c'])]);
  });
  expect(await freeElsewhere('trainee-a')).toBe(true);
});

test.runIf(backend === 'postgres')('the locks are taken even when there is nothing else to read', async () => {
  await sql.tx(async (q) => {
    await readKnown(q, [], [], lockSelect(q, 'progress', ['alone']));
    expect(await freeElsewhere('alone')).toBe(false);
  });
});

test.runIf(backend === 'postgres')('a savepoint starts with its transaction\'s locks; what it takes is not counted as held after it', async () => {
  await sql.tx(async (q) => {
    await lockKeys(q, 'progress', ['outer']);
    await q.tx(async (inner) => {
      expect(lockSelect(inner, 'progress', ['outer'])).toBeUndefined();
      await lockKeys(inner, 'progress', ['inner']);
    });
    expect(lockSelect(q, 'progress', ['inner'])).toBeDefined();
  });
});

test.runIf(backend === 'sqlite')('SQLite, which writes one transaction at a time, takes no locks', async () => {
  await sql.tx(async (q) => expect(lockSelect(q, 'progress', ['trainee-a'])).toBeUndefined());
});
