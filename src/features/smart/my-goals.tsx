import { useTranslation } from 'react-i18next';
import { findScenario } from '../../content/scenarios';
import { CRITERIA, criteriaMet, toCsv } from '../../domain';
import { useGoalsStore } from '../../stores/goals-store';
import { useFocusAfterRemoval } from '../../ui/use-focus-after-removal';
import { useFormatters } from '../../ui/use-formatters';
import { downloadFile } from '../../ui/download-file';
import { criterionLabel, verdictLabel } from './labels';
import { useGoalText } from './use-goal-text';


/** The goals the trainee saved, newest first; deletable, and exportable as CSV for a manager. */
export function MyGoals() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { locale } = useGoalText();
  const goals = useGoalsStore((s) => s.goals);
  const remove = useGoalsStore((s) => s.remove);
  // A deleted goal takes its button with it: focus goes to the next goal's.
  const { section, removing } = useFocusAfterRemoval(goals, '.my-goals__list button');

  const exportCsv = () => {
    const header = [t('smart.csv.goal'), t('smart.csv.company'), t('smart.csv.language'), t('smart.csv.savedAt'), ...CRITERIA.map((c) => t(criterionLabel[c]))];
    const rows = goals.map((g) => [
      g.text,
      findScenario(g.scenarioId)?.name[locale] ?? g.scenarioId,
      g.locale,
      g.savedAt,
      ...CRITERIA.map((c) => t(verdictLabel[g.verdicts[c]])),
    ]);
    downloadFile('smart-goals.csv', toCsv([header, ...rows]), 'text/csv;charset=utf-8');
  };

  return (
    <section className="my-goals" aria-labelledby="my-goals-title" ref={section}>
      <h2 id="my-goals-title" tabIndex={-1}>
        {t('smart.myGoals')}
      </h2>
      {goals.length === 0 ? (
        <p className="hint">{t('smart.noGoals')}</p>
      ) : (
        <>
          <ul className="my-goals__list">
            {goals.map((g, index) => {
              const met = criteriaMet(g.verdicts);
              return (
                <li key={g.id} className="my-goals__item">
                  <p className="my-goals__text" lang={g.locale}>
                    {g.text}
                  </p>
                  <p className="hint">
                    {t('smart.savedOn', { date: f.date(g.savedAt), company: findScenario(g.scenarioId)?.name[locale] ?? g.scenarioId })} ·{' '}
                    {t('smart.metCount', { met: f.number(met) })}
                  </p>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('smart.delete', { goal: g.text })}
                    onClick={() => {
                      removing(index);
                      remove(g.id);
                    }}
                  >
                    ✕
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button" onClick={exportCsv}>
            {t('smart.export')}
          </button>
        </>
      )}
    </section>
  );
}
