import { expect, test } from 'vitest';
import { restoreStored } from '../stored';
import { emptyLedger, joinLedgers, ledgerFormat, pruneLedger } from './emitted-ledger';

const NOW = '2026-12-01T00:00:00.000Z';
const ledger = { modulesRead: ['00-intro'], courseCompleted: false, attempts: ['a1', 'a2'], runs: ['r1'], goals: ['g1', 'g2'] };

test('a ledger written before it had an envelope is read and migrated', () => {
  expect(restoreStored(JSON.stringify(ledger), ledgerFormat, NOW)).toEqual({ state: ledger, migratedFrom: 0 });
});

test('entries that are not ids are dropped', () => {
  expect(restoreStored(JSON.stringify({ state: { ...ledger, attempts: ['a1', 7], courseCompleted: 'yes' }, version: 1 }), ledgerFormat, NOW).state).toEqual({
    ...ledger,
    attempts: ['a1'],
    courseCompleted: false,
  });
});

test('the ledger keeps only ids the stores still hold, so it never outgrows them', () => {
  const pruned = pruneLedger(ledger, { attempts: ['a2', 'a3'], runs: [], goals: ['g2'] });
  expect(pruned).toEqual({ modulesRead: ['00-intro'], courseCompleted: false, attempts: ['a2'], runs: [], goals: ['g2'] });
  expect(pruneLedger(emptyLedger, { attempts: ['a'], runs: ['r'], goals: ['g'] })).toEqual(emptyLedger);
});

test('two tabs\' ledgers join: what either recorded stays recorded', () => {
  const theirs = { modulesRead: ['01-foundations'], courseCompleted: true, attempts: ['a2', 'a3'], runs: [], goals: ['g3'] };
  expect(joinLedgers(ledger, theirs)).toEqual({ modulesRead: ['00-intro', '01-foundations'], courseCompleted: true, attempts: ['a1', 'a2', 'a3'], runs: ['r1'], goals: ['g1', 'g2', 'g3'] });
  expect(joinLedgers(emptyLedger, emptyLedger)).toEqual(emptyLedger);
});
