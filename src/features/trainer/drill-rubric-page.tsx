import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import { useFormatters } from '../../ui/use-formatters';
import { ScrollRegion } from '../../ui/scroll-region';
import { drillCriteria, drillExercises, drillMaterials, drillModel, POINTS_PER_CRITERION } from './drill-model';
import { ModelTable, PlanTable } from './drill-tables';
import { useDurations } from './use-durations';
import { PrintSheetBar } from './print-sheet-bar';
import './trainer.css';

const DRILL_MODULE = '09-practice';
const DRILL_SLIDE = 'goal-setting-drill';

/**
 * `/trainer/drill-rubric`: what the trainer prints for module 09's target-setting drill: the
 * timing (from the slide's planned minutes), the materials, a model answer and the rubric.
 */
export function DrillRubricPage() {
  const { t, i18n } = useTranslation();
  const d = useDurations();
  const f = useFormatters();
  const module = findModule(i18n.language as Locale, DRILL_MODULE);
  const planned = module?.slides.find((s) => s.id === DRILL_SLIDE)?.minutes ?? 0;
  const exercising = drillExercises.reduce((n, e) => n + e.minutes, 0);
  const criteria = drillCriteria.reduce((n, e) => n + e.items.length, 0);
  const max = criteria * POINTS_PER_CRITERION;
  const title = t('trainer.rubric.title');
  return (
    <div className="trainer-print">
      <PrintSheetBar title={title} intro={t('trainer.rubric.intro')} other={{ href: paths.agenda.href(), label: t('trainer.agenda.title') }} />
      <section className="trainer-sheet" aria-labelledby="drill-timing">
        <h2 id="drill-timing">{t('trainer.rubric.timing', { total: d.minutes(planned) })}</h2>
        <ol className="drill-timing">
          {drillExercises.map((e) => (
            <li key={e.label}>
              {t(e.label)} · {d.minutes(e.minutes)}
            </li>
          ))}
          <li>
            {t('trainer.rubric.presentations')} · {d.minutes(Math.max(planned - exercising, 0))}
          </li>
        </ol>
        <h2 id="drill-materials">{t('trainer.rubric.materialsTitle')}</h2>
        <ul aria-labelledby="drill-materials">
          {drillMaterials.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h3>{t('trainer.rubric.companyTitle')}</h3>
        <p>{t('trainer.rubric.company')}</p>
      </section>
      <section className="trainer-sheet" aria-labelledby="drill-model">
        <h2 id="drill-model">{t('trainer.rubric.modelTitle')}</h2>
        <p className="hint">{t('trainer.rubric.modelIntro')}</p>
        <h3>{t('trainer.rubric.exercise1')}</h3>
        <p>{t('trainer.rubric.model1')}</p>
        <h3>{t('trainer.rubric.exercise2')}</h3>
        <p>{t('trainer.rubric.model2')}</p>
        <div className="drill-tables">
          <ModelTable caption={t('trainer.rubric.quarter')} rows={drillModel.quarters.map((r) => [t(r.label), r.amount])} />
          <ModelTable caption={t('trainer.rubric.productLine')} rows={drillModel.products.map((r) => [t(r.label), r.amount])} />
          <ModelTable caption={t('trainer.rubric.person')} rows={drillModel.people.map((r) => [t(r.label), r.amount])} />
        </div>
        <h3>{t('trainer.rubric.exercise3')}</h3>
        <PlanTable caption={t('trainer.rubric.model3')} />
      </section>
      <section className="trainer-sheet" aria-labelledby="drill-rubric">
        <h2 id="drill-rubric">{t('trainer.rubric.rubricTitle')}</h2>
        <p>{t('trainer.rubric.rubricIntro', { max: f.number(max), good: f.number(Math.ceil(max * 0.8)), pass: f.number(Math.ceil(max * 0.6)) })}</p>
        {drillCriteria.map((exercise) => (
          <ScrollRegion key={exercise.label} label={t(exercise.label)}>
            <table className="rubric-table">
              <caption>{t(exercise.label)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trainer.rubric.criterion')}</th>
                  <th scope="col">{t('trainer.rubric.fullMarks')}</th>
                  <th scope="col">{t('trainer.rubric.score')}</th>
                </tr>
              </thead>
              <tbody>
                {exercise.items.map((item) => (
                  <tr key={item.name}>
                    <th scope="row">{t(item.name)}</th>
                    <td>{t(item.full)}</td>
                    <td className="rubric-table__score" aria-label={t('trainer.rubric.scoreBox')}>
                      0 / 1 / 2
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
        <p className="rubric-total">{t('trainer.rubric.groupScore', { max: f.number(max) })}</p>
      </section>
    </div>
  );
}
