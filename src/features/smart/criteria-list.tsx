import { useTranslation } from 'react-i18next';
import { CRITERIA, type GoalAnalysis } from '../../domain';
import { criterionLabel, verdictLabel } from './labels';
import { useGoalText } from './use-goal-text';

const mark = { met: '✓', not_met: '✗', unknown: '?' } as const;

/** The five criteria, each with its verdict, the reason and a hint. */
export function CriteriaList({ analysis }: { analysis: GoalAnalysis }) {
  const { t } = useTranslation();
  const { feedback } = useGoalText();
  return (
    <ul className="criteria" aria-label={t('smart.analysis')}>
      {CRITERIA.map((criterion) => {
        const verdict = analysis[criterion];
        const items = analysis.feedback.filter((x) => x.criterion === criterion);
        return (
          <li key={criterion} className={`criterion criterion--${verdict}`}>
            <p className="criterion__head">
              <span className="criterion__mark" aria-hidden="true">
                {mark[verdict]}
              </span>
              <strong>{t(criterionLabel[criterion])}</strong>
              <span className="criterion__verdict">{t(verdictLabel[verdict])}</span>
            </p>
            {items.map((item) => (
              <p key={item.key} className="criterion__reason">
                {feedback(item)}
              </p>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
