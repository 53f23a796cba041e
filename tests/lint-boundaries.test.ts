import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../', import.meta.url).pathname });

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

test.each([
  ['domain importing a feature', 'src/domain/x.ts', "import { HomePage } from '../features/home/home-page';\nexport const x = HomePage;\n"],
  ['domain importing a store', 'src/domain/x.ts', "import { useProgressStore } from '../stores/progress-store';\nexport const x = useProgressStore;\n"],
  ['a feature importing another feature', 'src/features/reader/x.ts', "import { HomePage } from '../home/home-page';\nexport const x = HomePage;\n"],
  ['a feature importing the app shell', 'src/features/home/x.ts', "import { routes } from '../../app/router';\nexport const x = routes;\n"],
  ['ui importing a feature', 'src/ui/x.ts', "import { HomePage } from '../features/home/home-page';\nexport const x = HomePage;\n"],
  ['the server importing a feature', 'src/server/x.ts', "import { HomePage } from '../features/home/home-page';\nexport const x = HomePage;\n"],
])('%s fails lint', async (_name, file, code) => {
  expect(await problems(file, code)).toContain('import-x/no-restricted-paths');
}, 30_000);

test('domain may not reach for React or the browser', async () => {
  const found = await problems('src/domain/x.ts', "import { useState } from 'react';\nexport const x = () => [useState, window.location];\n");
  expect(found).toEqual(expect.arrayContaining(['no-restricted-imports', 'no-restricted-globals']));
}, 30_000);

test('allowed directions pass', async () => {
  expect(await problems('src/features/home/x.ts', "import { markSeen } from '../../domain';\nexport const x = markSeen;\n")).toEqual([]);
}, 30_000);
