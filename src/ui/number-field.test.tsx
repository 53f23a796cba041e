import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test } from 'vitest';
import { NumberField } from './number-field';

/** A field over a value the way the sandbox keeps one: every commit is in force at once. */
function Plan({ start, commits }: { start: number; commits: (number | null)[] }) {
  const [value, setValue] = useState<number | null>(start);
  return (
    <>
      <NumberField
        label="Annual target"
        value={value}
        notANumber="Enter a number, such as 12.5."
        validate={(n) => (n > 10_000_000 ? 'At most 10,000,000.' : undefined)}
        onCommit={(v) => {
          commits.push(v);
          setValue(v);
        }}
      />
      <output aria-label="In force">{String(value)}</output>
    </>
  );
}

test('a wrong entry changes nothing: the value from before the edit is in force again, not a number typed on the way', async () => {
  for (const typed of ['72,5', '1e15', '999999999999999']) {
    const commits: (number | null)[] = [];
    const { unmount } = render(<Plan start={60} commits={commits} />);
    const field = screen.getByLabelText('Annual target');
    await userEvent.clear(field);
    await userEvent.type(field, typed);
    expect(screen.getByRole('alert').textContent, typed).toMatch(/^(Enter a number|At most)/);
    expect(screen.getByLabelText('In force').textContent, typed).toBe('60');
    // The text stays in the field to be put right.
    expect((field as HTMLInputElement).value).toBe(typed);
    unmount();
  }
});

test('valid numbers take effect as they are typed, and a fixed entry takes effect once it is valid', async () => {
  const commits: (number | null)[] = [];
  render(<Plan start={60} commits={commits} />);
  const field = screen.getByLabelText('Annual target');
  await userEvent.clear(field);
  await userEvent.type(field, '72,');
  expect(screen.getByLabelText('In force').textContent).toBe('60');
  await userEvent.type(field, '{Backspace}.5');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByLabelText('In force').textContent).toBe('72.5');
  await userEvent.tab();
  expect((field as HTMLInputElement).value).toBe('72.5');
});
