import { expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadBoundary } from './load-boundary';

let networkUp = false;
function Flaky() {
  if (!networkUp) throw new Error('network down');
  return <p>loaded</p>;
}

test('a part that fails to load says so, and "retry" really tries again', async () => {
  // React reports the caught error on the console; here that is expected.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const user = userEvent.setup();
  render(
    <LoadBoundary loading="loading" failed="could not load" retry="try again">
      <Flaky />
    </LoadBoundary>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('could not load');
  networkUp = true;
  await user.click(screen.getByRole('button', { name: 'try again' }));
  expect(screen.getByText('loaded')).toBeInTheDocument();
});
