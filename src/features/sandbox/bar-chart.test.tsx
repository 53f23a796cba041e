import { expect, test } from 'vitest';
import { render, screen } from '../../../tests/setup/render';
import { BarChart } from './bar-chart';

test('months grouped by quarter are told apart by shade of one color, never by the warning or danger colors', () => {
  const bars = Array.from({ length: 12 }, (_, i) => ({ name: `M${i + 1}`, value: 100 + i, group: Math.floor(i / 3) }));
  render(<BarChart label="Months" bars={bars} format={String} />);
  const fills = [...screen.getByRole('img', { name: 'Months' }).querySelectorAll('rect')].map((r) => `${r.getAttribute('fill')} ${r.getAttribute('fill-opacity') ?? '1'}`);
  expect(fills).toHaveLength(12);
  expect(fills.join(' ')).not.toMatch(/warning|danger|success/);
  // Neighboring quarters still differ.
  expect(fills[2]).not.toBe(fills[3]);
});
