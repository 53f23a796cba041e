import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../content/scenario-schema';
import type { MetricKind } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { metricLabel } from './labels';
import { useGoalText } from './use-goal-text';

interface Props {
  scenarios: Scenario[];
  value: string;
  onChange: (id: string) => void;
}

/**
 * The virtual companies to write a goal for, with the figures the goal is judged against. The
 * plain first screen in index.html draws the same markup before this code runs
 * (`PRACTICE_EXTRAS` in build/route-preload-plugin.ts): a change here belongs there too.
 */
export function ScenarioPicker({ scenarios, value, onChange }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { metricFigure, priorities, locale } = useGoalText();
  return (
    <fieldset className="scenario-picker">
      <legend>{t('smart.scenario')}</legend>
      {scenarios.map((s) => (
        <label key={s.id} className="choice">
          <input type="radio" name="scenario" value={s.id} checked={value === s.id} onChange={() => onChange(s.id)} />
          <span className="scenario-option__body">
            <span className="scenario-option__name">
              {s.name[locale]} · {s.industry[locale]}
            </span>
            <span className="scenario-option__summary">{s.summary[locale]}</span>
            {value === s.id && (
              <span className="scenario-option__facts">
                <span>{t('smart.marketGrowth', { value: f.ratio(s.marketGrowth) })}</span>
                <span>{t('smart.priorities', { list: priorities(s) })}</span>
                <span>
                  {t('smart.lastYear', {
                    list: (Object.entries(s.metrics) as [MetricKind, number][])
                      .map(([kind, v]) => `${t(metricLabel[kind])} ${metricFigure(kind, v)}`)
                      .join(' · '),
                  })}
                </span>
              </span>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
