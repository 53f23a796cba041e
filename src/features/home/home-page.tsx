import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { Locale } from '../../content/locales';
import { ProgressRing } from '../../ui/progress-ring';
import { useFormatters } from '../../ui/use-formatters';
import { useCourseOverview } from './use-course-overview';
import { ModuleCard } from './module-card';
import { ReviewSummary } from './review-summary';
import { PracticeCards } from './practice-cards';
import { FinalCard } from './final-card';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const course = useCourseOverview(i18n.language as Locale);
  const total = course.modules.length;
  const resumeSlide = course.resume && course.hasStarted ? course.resume.module.slides.find((s) => s.id === course.resume!.slideId) : undefined;
  const overall = t('home.overallCompleted', { done: f.number(course.completedCount), total: f.number(total) });
  return (
    <div className="page home">
      <title>{`${t('home.title')} · ${t('app.name')}`}</title>
      <section className="hero" aria-labelledby="home-title">
        <div className="hero__text">
          <h1 id="home-title">{t('app.name')}</h1>
          <p className="hero__tagline">{t('app.tagline')}</p>
          <p>{t('home.intro', { modules: f.number(total), duration: f.duration(course.totalMinutes) })}</p>
          {course.resume && (
            <Link className="button button--primary button--large" to={paths.module.href(course.resume.moduleId, course.resume.slideId)}>
              {course.hasStarted ? t('home.resume', { module: course.resume.module.title }) : t('home.start')}
            </Link>
          )}
          {resumeSlide && <p className="hint hero__where">{t('home.resumeSlide', { slide: resumeSlide.title })}</p>}
        </div>
        <div className="hero__ring">
          <ProgressRing value={course.completedCount} max={total} label={overall} center={`${f.number(course.completedCount)}/${f.number(total)}`} size={112} />
          <p className="hero__ring-label" aria-hidden="true">
            {overall}
          </p>
        </div>
      </section>
      <section className="home__practice" aria-labelledby="practice-title">
        <h2 id="practice-title">{t('home.practiceTitle')}</h2>
        <p className="hint">{t('home.practiceIntro')}</p>
        <PracticeCards />
        <ReviewSummary />
      </section>
      <section aria-labelledby="modules-title">
        <h2 id="modules-title">{t('home.modules')}</h2>
        <ol className="module-list">
          {course.modules.map((m, index) => (
            <ModuleCard key={m.id} module={m} number={index} />
          ))}
        </ol>
      </section>
      <FinalCard course={course} />
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
