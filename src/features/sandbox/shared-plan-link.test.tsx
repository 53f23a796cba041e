import { expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { useProfileStore } from '../../stores/profile-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useSandboxStore } from '../../stores/sandbox-store';
import { encodePlan } from './share-link';
import { PLAN_HASH } from './plan-hash';
import { scratchPlan } from './initial-plans';

test('a shared plan opens for someone who never registered, with its action plan, and asks nobody to register', async () => {
  const plan = scratchPlan();
  plan.actionPlan = [{ id: 'a1', activity: '每周拜访三家重点客户', frequency: '每周', resources: '客户名单', owner: '王芳', start: '2026-01-05', end: '2026-03-31', indicator: '拜访记录' }];
  useProfileStore.setState({ profile: null, registration: null });
  useRecordsStatus.setState({ mode: 'on' });
  const path = `/practice/sandbox${PLAN_HASH}${encodePlan(plan)}`;
  window.history.replaceState(null, '', path); // the page reads the plan from the address it was opened at
  renderApp(path);
  expect(await screen.findByRole('heading', { level: 1, name: /目标分解/ })).toBeInTheDocument();
  expect(screen.queryByRole('textbox', { name: /工号/ })).not.toBeInTheDocument();
  await expect.poll(() => useSandboxStore.getState().sandbox?.actionPlan).toEqual(plan.actionPlan);
  expect(useProfileStore.getState().profile).toBeNull();
});
