import { expect, test } from 'vitest';
import { renderWithI18n, screen, within } from '../../../tests/setup/render';
import { multiple } from '../../domain/quiz/fixtures';
import { ItemFeedback } from './item-feedback';

test('the right answers of a multiple-choice item are a list, one option a line', () => {
  renderWithI18n(<ItemFeedback entry={{ key: multiple.id, moduleId: '01-foundations', item: multiple }} answer={{ type: 'multiple', optionIds: ['c'] }} />);
  const right = screen.getByText('正确答案').parentElement!;
  expect(within(right).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['A', 'B']);
  expect(right).not.toHaveTextContent('A · B');
});
