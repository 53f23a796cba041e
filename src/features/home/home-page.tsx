import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { Locale } from '../../content/locales';
import { ProgressBar } from '../../ui/progress-bar';
import { useFormatters } from '../../ui/use-formatters';
import { useCourseOverview } from './use-course-overview';
import { ModuleCard } from './module-card';
import { ReviewSummary } from './review-summary';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const course = useCourseOverview(i18n.language as Locale);
  const total = course.modules.length;
  return (
    <div className="page home">
      <title>{`${t('home.title')} · ${t('app.name')}`}</title>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('app.name')}</h1>
        <p className="hero__tagline">{t('app.tagline')}</p>
        <p>{t('home.intro', { modules: f.number(total), minutes: f.number(course.totalMinutes) })}</p>
        <ProgressBar
          value={course.completedCount}
          max={total}
          label={t('home.overallCompleted', { done: f.number(course.completedCount), total: f.number(total) })}
        />
        {course.resume && (
          <Link
            className="button button--primary button--large"
            to={paths.module.href(course.resume.moduleId, course.resume.slideId)}
          >
            {course.hasStarted ? t('home.resume', { module: course.resume.module.title }) : t('home.start')}
          </Link>
        )}
        {course.hasStarted && <p className="hint">{t('home.resumeHint')}</p>}
      </section>
      <ReviewSummary />
      <section aria-labelledby="modules-title">
        <h2 id="modules-title">{t('home.modules')}</h2>
        <ol className="module-list">
          {course.modules.map((m, index) => (
            <ModuleCard key={m.id} module={m} number={index} />
          ))}
        </ol>
      </section>
      <section className="final-card" aria-labelledby="final-title">
        <h2 id="final-title">{t('home.finalTitle')}</h2>
        {course.final.passed && course.final.bestScore !== undefined && (
          <p className="score score--passed">{t('home.finalPassed', { score: f.ratio(course.final.bestScore) })}</p>
        )}
        {course.final.open ? (
          <Link className="button button--primary" to={paths.final.href()}>
            {t('home.finalOpen')}
          </Link>
        ) : (
          <p className="hint">{t('home.finalLocked')}</p>
        )}
        {course.final.passed && course.completedCount === total && (
          <Link className="button" to={paths.certificate.href()}>
            {t('home.certificate')}
          </Link>
        )}
      </section>
      <section className="final-card" aria-labelledby="trainers-title">
        <h2 id="trainers-title">{t('home.trainersTitle')}</h2>
        <p className="hint">{t('home.trainersIntro')}</p>
        <ul>
          <li>
            <Link to={paths.agenda.href()}>{t('home.agenda')}</Link>
          </li>
          <li>
            <Link to={paths.drillRubric.href()}>{t('home.drillRubric')}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
