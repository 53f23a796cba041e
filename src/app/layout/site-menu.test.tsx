import { expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';

test('the phone menu closes when focus moves out of it, as it would otherwise cover what now has focus', async () => {
  const { user } = renderApp('/');
  const menu = await screen.findByRole('button', { name: '菜单' });
  await user.click(menu);
  expect(menu).toHaveAttribute('aria-expanded', 'true');
  // Tab through the panel's links and settings; the first stop outside it closes it.
  for (let i = 0; i < 30 && menu.getAttribute('aria-expanded') === 'true'; i++) await user.tab();
  expect(menu).toHaveAttribute('aria-expanded', 'false');
  // Focus is past the panel the button controls, and not on the button itself.
  expect(document.getElementById(menu.getAttribute('aria-controls')!)).not.toContainElement(document.activeElement as HTMLElement);
  expect(menu).not.toHaveFocus();
});
