import { useState } from 'react';
import { expect, test } from 'vitest';
import { renderWithI18n, screen, within } from '../../../tests/setup/render';
import type { Answer, AttemptItem, QuizItem } from '../../domain';
import { Question } from './question';

const t = (zh: string, en = zh) => ({ 'zh-CN': zh, en });
const base = { slide: 'sales-funnel', prompt: t('把销售漏斗的阶段按顺序排列'), explanation: t('解析') };

function Harness({ item, order }: { item: QuizItem; order?: string[] }) {
  const [answer, setAnswer] = useState<Answer | undefined>();
  return (
    <>
      <Question entry={{ key: item.id, moduleId: '03-execution', item, order } satisfies AttemptItem} number="第 1 题" answer={answer} locked={false} onAnswer={setAnswer} />
      <pre data-testid="answer">{JSON.stringify(answer ?? null)}</pre>
    </>
  );
}
const answer = () => JSON.parse(screen.getByTestId('answer').textContent!);

test('an ordering item is answered with the keyboard alone, and each move is announced', async () => {
  const item: QuizItem = {
    ...base,
    id: 'funnel-order',
    type: 'ordering',
    entries: [
      { id: 'lead', text: t('线索获取') },
      { id: 'contact', text: t('初步接触') },
      { id: 'needs', text: t('需求确认') },
    ],
  };
  const { user } = renderWithI18n(<Harness item={item} order={['needs', 'lead', 'contact']} />);
  expect(screen.getByRole('group', { name: '把销售漏斗的阶段按顺序排列' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '上移「需求确认」' })).toBeDisabled();

  screen.getByRole('button', { name: '下移「需求确认」' }).focus();
  await user.keyboard('{Enter}');
  expect(answer()).toEqual({ type: 'ordering', order: ['lead', 'needs', 'contact'] });
  expect(screen.getByRole('status')).toHaveTextContent('「需求确认」现在是第 2 位。');
  await user.keyboard('{Enter}');
  expect(answer()).toEqual({ type: 'ordering', order: ['lead', 'contact', 'needs'] });
  const items = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual([expect.stringContaining('线索获取'), expect.stringContaining('初步接触'), expect.stringContaining('需求确认')]);
});

test('matching uses one labeled drop-down per entry', async () => {
  const item: QuizItem = {
    ...base,
    id: 'objections',
    type: 'matching',
    pairs: [
      { id: 'price', left: t('价格异议'), right: t('价值感知不足') },
      { id: 'timing', left: t('时机异议'), right: t('规避风险') },
      { id: 'authority', left: t('权限异议'), right: t('拖延的借口') },
    ],
  };
  const { user } = renderWithI18n(<Harness item={item} order={['timing', 'authority', 'price']} />);
  await user.selectOptions(screen.getByRole('combobox', { name: '价格异议' }), '价值感知不足');
  await user.selectOptions(screen.getByRole('combobox', { name: '权限异议' }), '规避风险');
  expect(answer()).toEqual({ type: 'matching', matches: { price: 'price', authority: 'timing' } });
  await user.selectOptions(screen.getByRole('combobox', { name: '权限异议' }), '请选择…');
  expect(answer()).toEqual({ type: 'matching', matches: { price: 'price' } });
});

test('a numeric answer accepts how people type numbers and flags what is not one', async () => {
  const item: QuizItem = { ...base, id: 'leads', type: 'numeric', answer: 625, tolerance: 0, unit: t('条线索') };
  const { user } = renderWithI18n(<Harness item={item} />);
  const field = screen.getByRole('textbox', { name: '你的答案' });
  await user.type(field, '６２５');
  expect(answer()).toEqual({ type: 'numeric', value: 625 });
  await user.type(field, '条');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByText('请输入一个数字，例如 625 或 12.5。')).toBeInTheDocument();
  expect(answer()).toBeNull();
});

test('a numeric answer may carry the question\'s own unit after it, in either language', async () => {
  const item: QuizItem = { ...base, id: 'q4', type: 'numeric', answer: 380, tolerance: 0, unit: t('台', 'units') };
  const { user } = renderWithI18n(<Harness item={item} />);
  const field = screen.getByRole('textbox', { name: '你的答案' });
  await user.type(field, '380台');
  expect(answer()).toEqual({ type: 'numeric', value: 380 });
  await user.clear(field);
  await user.type(field, '380 Units');
  expect(answer()).toEqual({ type: 'numeric', value: 380 });
  await user.type(field, 'x');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(answer()).toBeNull();
});

test('multiple response toggles options; true/false is a pair of radios', async () => {
  const multiple: QuizItem = {
    ...base,
    id: 'signals',
    type: 'multiple',
    shuffle: true,
    options: [
      { id: 'a', text: t('询问实施细节'), correct: true },
      { id: 'b', text: t('讨论付款方式'), correct: true },
      { id: 'c', text: t('回避时间承诺'), correct: false },
    ],
  };
  const { user, unmount } = renderWithI18n(<Harness item={multiple} order={['c', 'a', 'b']} />);
  expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual(['回避时间承诺', '询问实施细节', '讨论付款方式']);
  await user.click(screen.getByRole('checkbox', { name: '询问实施细节' }));
  await user.click(screen.getByRole('checkbox', { name: '讨论付款方式' }));
  await user.click(screen.getByRole('checkbox', { name: '询问实施细节' }));
  expect(answer()).toEqual({ type: 'multiple', optionIds: ['b'] });
  unmount();

  renderWithI18n(<Harness item={{ ...base, id: 'tf', type: 'truefalse', answer: false }} />);
  await user.click(screen.getByRole('radio', { name: '错误' }));
  expect(answer()).toEqual({ type: 'truefalse', value: false });
});

test('once checked, the right option is marked as such and a wrong choice as the trainee’s', () => {
  const item: QuizItem = {
    ...base,
    id: 'tiers',
    type: 'single',
    shuffle: false,
    options: [
      { id: 'a', text: t('A 类客户'), correct: true },
      { id: 'b', text: t('B 类客户'), correct: false },
      { id: 'c', text: t('C 类客户'), correct: false },
    ],
  };
  renderWithI18n(<Question entry={{ key: item.id, moduleId: '03-execution', item }} number="第 1 题" answer={{ type: 'single', optionId: 'b' }} locked onAnswer={() => {}} />);
  expect(screen.getByRole('radio', { name: /A 类客户/ })).toHaveAccessibleName(/^A 类客户\s*✓ 正确答案$/);
  expect(screen.getByRole('radio', { name: /B 类客户/ })).toHaveAccessibleName(/^B 类客户\s*✗ 你的选择$/);
  expect(screen.getByRole('radio', { name: /C 类客户/ })).toHaveAccessibleName('C 类客户');
});
