import type { Scenario } from './scenario-schema';

// Scenarios are small: loaded with the page that uses them, validated at build by the course plugin.
const files = import.meta.glob<{ default: Scenario }>('../../content/scenarios/*.yaml', { eager: true });

/** Every virtual company, in file order. */
export const scenarios: Scenario[] = Object.keys(files)
  .sort()
  .map((k) => files[k]!.default);

export function findScenario(id: string | undefined): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
