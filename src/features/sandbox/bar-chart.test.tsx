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

test('a name too long for the chart is cut with an ellipsis and keeps its whole text as a tooltip; a short one is drawn whole', () => {
  const long = 'Regional Key Account Development Program for Enterprise Customers';
  render(<BarChart label="Products" bars={[{ name: long, value: 2 }, { name: '配件', value: 1 }]} format={String} />);
  const names = [...screen.getByRole('img', { name: 'Products' }).querySelectorAll('text.bar-chart__name')];
  expect(names[0]!.querySelector('title')!.textContent).toBe(long);
  const drawn = [...names[0]!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
  expect(drawn).toMatch(/^Regional Key Account\b.*…$/);
  expect(drawn.length).toBeLessThan(long.length);
  expect(names[1]!.textContent).toBe('配件');
  expect(names[1]!.querySelector('title')).toBeNull();
});

test('beside the longest names a long figure still ends inside the chart', () => {
  const bars = [
    { name: 'Regional Key Account Development Program', value: 1714 },
    { name: 'Cloud Collaboration Suite', value: 900 },
  ];
  render(<BarChart label="Wide" bars={bars} format={() => 'RMB 17.14 million'} />);
  const chart = screen.getByRole('img', { name: 'Wide' });
  const width = Number(chart.getAttribute('viewBox')!.split(' ')[2]);
  for (const value of chart.querySelectorAll('text.bar-chart__value')) expect(Number(value.getAttribute('x')) + 'RMB 17.14 million'.length * 7).toBeLessThanOrEqual(width);
});
