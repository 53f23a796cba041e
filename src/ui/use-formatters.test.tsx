import { expect, test } from 'vitest';
import { act, initI18n, render } from '../../tests/setup/render';
import { useFormatters, type Formatters } from './use-formatters';

test('every figure on a page shares one set of formatters per language (a slide has dozens), and a language switch changes the set', async () => {
  const seen: Formatters[] = [];
  function Figure({ value }: { value: number }) {
    const f = useFormatters();
    seen.push(f);
    return <span>{f.number(value)}</span>;
  }
  const i18n = initI18n('zh-CN');
  const { container } = render(
    <>
      <Figure value={12345} />
      <Figure value={0.5} />
      <Figure value={2026} />
    </>,
  );
  expect(container.textContent).toBe('12,3450.52,026');
  expect(new Set(seen).size).toBe(1);
  await act(async () => void (await i18n.changeLanguage('en')));
  expect(new Set(seen).size).toBe(2);
  expect(seen.at(-1)!.amount(52_800_000)).toBe('RMB 52.8 million');
  expect(seen[0]!.amount(52_800_000)).toBe('5,280万元');
});
