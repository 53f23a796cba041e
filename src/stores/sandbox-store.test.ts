import { expect, test } from 'vitest';
import { restoreSandbox } from './sandbox-schema';
import { SANDBOX_KEY, useSandboxStore } from './sandbox-store';
import { useStorageNotices } from './storage-notices-store';

test('a stored sandbox that fails the schema is set aside whole, with a notice', async () => {
  localStorage.setItem(SANDBOX_KEY, JSON.stringify({ version: 1, state: { scenarioId: null, method: 'magic' } }));
  await useSandboxStore.persist.rehydrate();
  expect(useSandboxStore.getState().sandbox).toBeNull();
  expect(useStorageNotices.getState().notices.map((n) => n.key)).toEqual([SANDBOX_KEY]);
  expect(Object.keys(localStorage).some((k) => k.startsWith(`${SANDBOX_KEY}:backup:`))).toBe(true);
});

test('restoring says why it could not', () => {
  expect(restoreSandbox(null)).toEqual({ state: null });
  expect(restoreSandbox('{').recovered).toBe('corrupt');
  expect(restoreSandbox(JSON.stringify({ version: 7, state: {} })).recovered).toBe('unknownVersion');
});
