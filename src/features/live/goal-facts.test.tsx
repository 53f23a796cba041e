import { expect, test } from 'vitest';
import { renderWithI18n, screen } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { GoalFacts, GoalReasonText } from './goal-facts';

const facts = { marketGrowth: 0.25, lastYear: { revenue: 48_000_000, newCustomers: 120 }, priorities: { 'zh-CN': ['企业级客户', '华东'], en: ['enterprise customers', 'East China'] } };
const tooHigh = { key: 'smart.feedback.achievable.tooHigh', values: { growth: 5.25, ceiling: 0.55, market: 0.25 } };

test('an English phone sees the figures a goal is judged against, and why Achievable is not met, in English', () => {
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(
    <>
      <GoalFacts facts={facts} />
      <GoalReasonText reason={tooHigh} />
    </>,
  );
  const list = screen.getByRole('list', { name: 'What goals are judged against' });
  expect(list).toHaveTextContent('Revenue RMB 48 million');
  expect(list).toHaveTextContent('New customers 120');
  expect(list).toHaveTextContent('25%');
  expect(list).toHaveTextContent('Company priorities: enterprise customers and East China');
  expect(screen.getByText(/Implied growth 525% is above market growth \(25%\) plus 30%, a ceiling of 55%/)).toBeInTheDocument();
});

test('a Chinese phone reads the same call in Chinese; a reason it does not know says nothing', () => {
  useSettingsStore.setState({ locale: 'zh-CN' });
  renderWithI18n(
    <>
      <GoalFacts facts={facts} />
      <GoalReasonText reason={tooHigh} />
      <GoalReasonText reason={{ key: 'smart.feedback.unheard.of' }} />
    </>,
  );
  const list = screen.getByRole('list', { name: '判定依据' });
  expect(list).toHaveTextContent('销售额 4,800万元');
  expect(list).toHaveTextContent('公司重点：企业级客户和华东');
  expect(screen.getByText(/525%/)).toHaveTextContent('55%');
});

test('the priorities a goal could have named are joined with “or” in the phone’s language', () => {
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(<GoalReasonText reason={{ key: 'smart.feedback.relevant.missing', values: { priorities: ['enterprise customers', 'SMEs', 'East China'] } }} />);
  expect(screen.getByText(/one of them: enterprise customers, SMEs, or East China\./)).toBeInTheDocument();
});

test('a goal whose deadline has passed says so, with this year to aim at, in the phone’s language', () => {
  const past = { key: 'smart.feedback.timeBound.past', values: { deadline: ['2024年底'], year: 2026 } };
  useSettingsStore.setState({ locale: 'en' });
  const { unmount } = renderWithI18n(<GoalReasonText reason={past} />);
  expect(screen.getByText(/The deadline has already passed\. Hint: set one that is still ahead, such as “by the end of 2026”\./)).toBeInTheDocument();
  unmount();
  useSettingsStore.setState({ locale: 'zh-CN' });
  renderWithI18n(<GoalReasonText reason={past} />);
  expect(screen.getByText(/期限已经过去了。提示：改成一个还没到的截止时间，如“2026年底前”。/)).toBeInTheDocument();
});
