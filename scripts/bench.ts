// `npm run bench`: speed figures of the course's pure rules, printed, never asserted in unit tests.
import { benchSmart } from './bench/smart';
import { benchSandbox } from './bench/sandbox';
import { benchRoleplay } from './bench/roleplay';

const benches: Record<string, () => string[]> = { smart: benchSmart, sandbox: benchSandbox, roleplay: benchRoleplay };
const only = process.argv.slice(2);
let failed = false;
for (const [name, run] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  const lines = run();
  for (const line of lines) console.log(`[${name}] ${line}`);
  if (lines.some((l) => l.includes('OVER'))) failed = true;
}
process.exitCode = failed ? 1 : 0;
