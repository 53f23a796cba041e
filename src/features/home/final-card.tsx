import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { ProgressRing } from '../../ui/progress-ring';
import { useFormatters } from '../../ui/use-formatters';
import type { CourseOverview } from './use-course-overview';

/** The way to the end: the final assessment (locked, open, not yet passed, passed) and the certificate once earned. */
export function FinalCard({ course }: { course: CourseOverview }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const total = course.modules.length;
  const read = course.modules.filter((m) => m.reading === 'read').length;
  const quizzes = course.modules.filter((m) => m.quiz);
  const passedQuizzes = quizzes.filter((m) => m.quizPassed).length;
  const { final } = course;
  const certified = final.passed && course.completedCount === total;
  return (
    <section className={`final-card${certified ? ' final-card--certified' : ''}`} aria-labelledby="final-title">
      <div className="final-card__part">
        <ProgressRing
          value={final.passed ? total : read}
          max={total}
          label={final.passed ? t('home.finalPassed', { score: f.ratio(final.bestScore ?? 0) }) : t('home.finalLockedProgress', { done: f.number(read), total: f.number(total) })}
          center={final.passed ? '✓' : `${f.number(read)}/${f.number(total)}`}
        />
        <div>
          <h2 id="final-title">{t('home.finalTitle')}</h2>
          {final.passed && final.bestScore !== undefined && <p className="score score--passed">{t('home.finalPassed', { score: f.ratio(final.bestScore) })}</p>}
          {!final.passed && final.bestScore !== undefined && <p>{t('home.finalNotPassed', { score: f.ratio(final.bestScore) })}</p>}
          {final.open ? (
            <Link className={`button${final.passed ? '' : ' button--primary'}`} to={paths.final.href()}>
              {final.bestScore === undefined ? t('home.finalOpen') : t('home.finalRetake')}
            </Link>
          ) : (
            <p className="hint">{t('home.finalLockedProgress', { done: f.number(read), total: f.number(total) })}</p>
          )}
        </div>
      </div>
      <div className="final-card__part">
        <ProgressRing
          value={certified ? 1 : 0}
          max={1}
          label={certified ? t('home.certificateReady') : t('home.quizzesPassed', { done: f.number(passedQuizzes), total: f.number(quizzes.length) })}
          center={certified ? '★' : '☆'}
        />
        <div>
          <h2 id="home-certificate-title">{t('home.certificateTitle')}</h2>
          {certified ? (
            <>
              <p className="score score--passed">{t('home.certificateReady')}</p>
              <Link className="button button--primary" to={paths.certificate.href()}>
                {t('home.certificate')}
              </Link>
            </>
          ) : (
            <>
              <p className="hint">{t('home.certificatePending')}</p>
              <p className="hint">{t('home.quizzesPassed', { done: f.number(passedQuizzes), total: f.number(quizzes.length) })}</p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
