import { useParams } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import { FINAL_ASSESSMENT, attemptDuration, resolveDrawnItems, resultTone, scoreAttempt, slidesToReview } from '../../domain';
import { useQuizStore } from '../../stores/quiz-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useFormatters } from '../../ui/use-formatters';
import { Celebration } from '../../ui/celebration';
import { ItemFeedback } from './item-feedback';
import { LoadBoundary } from './load-boundary';
import { quizConfig } from './quiz-config';
import { useBanks } from './use-banks';
import { useLocalized } from './use-localized';
import './quiz.css';

/** The result of one attempt, for a module quiz or the final assessment; reloadable. */
export function ResultsPage() {
  const { moduleId, attemptId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const quizId = moduleId ?? FINAL_ASSESSMENT;
  const attempt = useQuizStore((s) => s.quiz.attempts.find((a) => a.id === attemptId && a.quizId === quizId));
  const module = moduleId ? findModule(i18n.language as Locale, moduleId) : undefined;
  const title = module ? t('results.title', { module: module.title }) : t('final.resultsTitle');
  return (
    <div className="page page--narrow quiz-page">
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {attempt ? (
        <LoadBoundary>
          <AttemptResult quizId={quizId} attemptId={attempt.id} />
        </LoadBoundary>
      ) : (
        <p>{t('results.notFound')}</p>
      )}
      <div className="done__actions">
        {!moduleId && attempt?.passed && (
          <Link className="button button--primary" to={paths.certificate.href()}>
            {t('final.certificate')}
          </Link>
        )}
        <Link className="button button--primary" to={moduleId ? paths.quiz.href(moduleId) : paths.final.href()}>
          {t('results.retry')}
        </Link>
        {moduleId && (
          <Link className="button" to={paths.module.href(moduleId)}>
            {t('results.backToModule')}
          </Link>
        )}
        <Link className="button" to={paths.home.href()}>
          {t('reader.backHome')}
        </Link>
      </div>
    </div>
  );
}

function AttemptResult({ quizId, attemptId }: { quizId: string; attemptId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const l = useLocalized();
  const banks = useBanks(quizId);
  const attempts = useQuizStore((s) => s.quiz.attempts);
  const attempt = attempts.find((a) => a.id === attemptId)!;
  // Records still waiting on this device (offline, or the server out of reach): the answers have not gone yet.
  const unsent = useRecordsStatus((s) => s.pending > 0);
  const items = resolveDrawnItems(attempt.items, banks, quizId === FINAL_ASSESSMENT ? undefined : quizId);
  const scored = scoreAttempt(
    items.map((i) => i.item),
    attempt.answers,
  );
  const review = slidesToReview(
    items.map((i) => ({ id: i.key, slide: `${i.moduleId}#${i.item.slide}` })),
    scored.items,
  );
  const seconds = Math.round(attemptDuration(attempt) / 1000);
  const number = attempts.filter((a) => a.quizId === quizId).indexOf(attempt) + 1;
  const passMark = quizConfig(quizId, banks).passScore;
  const tone = attempt.passed ? 'passed' : resultTone(attempt.score, passMark) === 'far' ? 'far' : 'close';

  return (
    <>
      {attempt.passed && <Celebration symbol={quizId === FINAL_ASSESSMENT ? '★' : '✓'} tone={quizId === FINAL_ASSESSMENT ? 'gold' : 'success'} />}
      <div className={`result result--${attempt.passed ? 'passed' : 'failed'}`}>
        <p className="result__label">{t('results.score')}</p>
        <p className="result__score">{f.ratio(attempt.score)}</p>
        <p className="result__verdict">
          <strong>{attempt.passed ? t('results.passed') : t('results.failed')}</strong> · {t('results.passMark', { pass: f.ratio(passMark) })}
        </p>
        <p>
          {t('results.points', { points: f.number(scored.points), max: f.number(scored.max) })} ·{' '}
          {t('results.duration', { minutes: f.number(Math.floor(seconds / 60)), seconds: f.number(seconds % 60) })} ·{' '}
          {t('results.attemptOf', { count: number, formatted: f.number(number) })}
        </p>
        <p>{{ passed: quizId === FINAL_ASSESSMENT ? t('final.passedBody') : t('results.passedBody'), close: t('results.closeBody'), far: t('results.farBody') }[tone]}</p>
        {attempt.submittedElsewhere && <p role="status">{t('results.submittedElsewhere')}</p>}
        {attempt.scoredBy && (
          <p role="status" className="hint">
            {{ server: t('results.scoredByServer'), pending: unsent ? t('results.awaitingSend') : t('results.awaitingServer'), refused: t('results.refusedByServer') }[attempt.scoredBy]}
          </p>
        )}
      </div>
      <section aria-labelledby="review-title">
        <h2 id="review-title">{t('results.review')}</h2>
        {review.length === 0 ? (
          <p>{t('results.reviewNone')}</p>
        ) : (
          <ul className="review-list">
            {review.map((key) => {
              const [moduleId, slideId] = key.split('#') as [string, string];
              const module = findModule(i18n.language as Locale, moduleId);
              const slide = module?.slides.find((s) => s.id === slideId);
              return (
                <li key={key}>
                  <Link to={paths.module.href(moduleId, slideId)}>
                    {quizId === FINAL_ASSESSMENT && module ? `${module.title} · ` : ''}
                    {slide?.title ?? slideId}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="items-title">
        <h2 id="items-title">{t('results.items')}</h2>
        <ol className="result-items">
          {items.map((entry) => (
            <li key={entry.key} className="result-item">
              <p className="result-item__prompt">{l(entry.item.prompt)}</p>
              <ItemFeedback entry={entry} answer={attempt.answers[entry.key]} showAnswer />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
