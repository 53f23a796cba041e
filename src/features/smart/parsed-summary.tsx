import { useTranslation } from 'react-i18next';
import type { GoalAnalysis } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { metricLabel } from './labels';
import { useGoalText } from './use-goal-text';

/** What the analyzer read from the goal: the figure, the growth, the deadline, the metric and scope. */
export function ParsedSummary({ parsed }: { parsed: GoalAnalysis['parsed'] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { figure } = useGoalText();
  const none = t('smart.none');
  return (
    <dl className="parsed">
      <div>
        <dt>{t('smart.target')}</dt>
        <dd>{parsed.target !== undefined ? figure(parsed.target, parsed.unit, parsed.currency) : none}</dd>
      </div>
      <div>
        <dt>{t('smart.growth')}</dt>
        <dd>{parsed.growth !== undefined ? f.ratio(parsed.growth) : none}</dd>
      </div>
      <div>
        <dt>{t('smart.deadline')}</dt>
        <dd>{parsed.deadline ?? none}</dd>
      </div>
      <div>
        <dt>{t('smart.metric')}</dt>
        <dd>{parsed.metric ? t(metricLabel[parsed.metric]) : none}</dd>
      </div>
      <div>
        <dt>{t('smart.scope')}</dt>
        <dd>{parsed.scope.length ? parsed.scope.join(' · ') : none}</dd>
      </div>
    </dl>
  );
}
