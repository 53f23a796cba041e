import { expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { useSandboxStore } from '../../stores/sandbox-store';
import { useSettingsStore } from '../../stores/settings-store';
import { encodePlan } from './share-link';
import { PLAN_HASH } from './plan-hash';
import { scratchPlan } from './initial-plans';

/** The trainee's own saved plan (yearly target 5000 万元) and a colleague's shared one (4000 万元). */
function plans() {
  const own = scratchPlan();
  own.plan.annualTarget = 50_000_000;
  const shared = scratchPlan();
  shared.plan.annualTarget = 40_000_000;
  return { own, shared, path: `/practice/sandbox${PLAN_HASH}${encodePlan(shared)}` };
}

function open(path: string) {
  window.history.replaceState(null, '', path); // the page reads the plan from the address it was opened at
  return renderApp(path);
}

test('a shared link does not overwrite the trainee\'s own plan: it is shown read-only until they keep theirs', async () => {
  const { own, path } = plans();
  useSandboxStore.getState().set(own);
  const { user } = open(path);
  const offer = await screen.findByRole('region', { name: '你正在查看别人分享的计划' });
  expect(offer).toHaveTextContent('年度目标 4,000 万元');
  expect(offer).toHaveTextContent('你自己保存的计划（年度目标 5,000 万元）没有改动');
  // The shared plan is on show, and nothing in it can be changed while it is only looked at.
  const annual = screen.getByRole('textbox', { name: '年度目标（万元）' });
  expect(annual).toHaveValue('4000');
  expect(annual).toBeDisabled();
  expect(useSandboxStore.getState().sandbox).toEqual(own);
  // The views can still be looked through.
  await user.click(screen.getByRole('button', { name: '按区域' }));
  expect(screen.getByRole('button', { name: '按区域' })).toHaveAttribute('aria-pressed', 'true');

  await user.click(screen.getByRole('button', { name: '保留我的计划' }));
  expect(screen.queryByRole('region', { name: '你正在查看别人分享的计划' })).not.toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: '年度目标（万元）' })).toHaveValue('5000');
  expect(screen.getByRole('textbox', { name: '年度目标（万元）' })).toBeEnabled();
  expect(useSandboxStore.getState().sandbox).toEqual(own);
  expect(window.location.hash).toBe('');
});

test('replacing one\'s plan with a shared one is a choice that can be undone', async () => {
  const { own, shared, path } = plans();
  useSettingsStore.setState({ locale: 'en' });
  useSandboxStore.getState().set(own);
  const { user } = open(path);
  const offer = await screen.findByRole('region', { name: 'You are looking at a plan someone shared' });
  expect(offer).toHaveTextContent('Your own saved plan (yearly target RMB 50 million) is unchanged');
  await user.click(screen.getByRole('button', { name: 'Replace my plan with this one' }));
  expect(useSandboxStore.getState().sandbox).toEqual(shared);
  expect(screen.getByRole('textbox', { name: 'Yearly target (RMB million)' })).toHaveValue('40');
  expect(await screen.findByText(/Your plan was replaced with the shared one/)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Bring back my previous plan' }));
  expect(useSandboxStore.getState().sandbox).toEqual(own);
  expect(screen.getByRole('textbox', { name: 'Yearly target (RMB million)' })).toHaveValue('50');
  useSettingsStore.setState({ locale: 'zh-CN' });
});

test('the same plan as one\'s own, or a first visit, needs no question', async () => {
  const { shared, path } = plans();
  useSandboxStore.getState().set(structuredClone(shared));
  open(path);
  expect(await screen.findByRole('textbox', { name: '年度目标（万元）' })).toHaveValue('4000');
  expect(screen.queryByRole('region', { name: '你正在查看别人分享的计划' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '保留我的计划' })).not.toBeInTheDocument();
});
