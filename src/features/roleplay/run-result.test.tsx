import { expect, test } from 'vitest';
import { MemoryRouter } from 'react-router';
import { initI18n, renderWithI18n, screen } from '../../../tests/setup/render';
import { loadRoleplay } from '../../content/roleplay-loader';
import { bestPath, isEnding } from '../../domain';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { RunResult } from './run-result';

test('an ending reads as one phrase after the title’s colon, in both languages', () => {
  const i18n = initI18n();
  for (const lng of ['zh-CN', 'en']) {
    for (const ending of ['won', 'advanced', 'stalled', 'lost']) expect(i18n.t(`roleplay.endings.${ending}`, { lng })).not.toMatch(/[:：]/);
  }
});

test('after a run that took the strong path, the end screen says so instead of repeating the trainee’s own turns', async () => {
  const scenario = await loadRoleplay('price');
  const path = bestPath(scenario);
  const step = path.at(-1)!;
  const before = scenario.nodes[step.nodeId]!;
  const last = isEnding(before) ? undefined : scenario.nodes[before.choices[step.choiceIndex]!.next];
  if (!last || !isEnding(last)) throw new Error('the strong path of price ends the conversation');
  const at = new Date().toISOString();
  useRoleplayStore.getState().finish({ id: 'r1', scenarioId: 'price', choices: path.map((p) => p.choiceIndex), typed: [], ending: last.ending, score: 100, startedAt: at, endedAt: at });
  renderWithI18n(
    <MemoryRouter>
      <RunResult scenario={scenario} runId="r1" onReplay={() => {}} />
    </MemoryRouter>,
  );
  expect(screen.getByRole('region', { name: '你的对话' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: '优秀销售的做法' })).not.toBeInTheDocument();
  expect(screen.getByText('你走的正是优秀销售的路线，每一步都对。')).toBeInTheDocument();
});
