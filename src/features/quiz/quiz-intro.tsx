import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bestAttempt, hasPassed, retakeAvoids, type QuizLayout } from '../../domain';
import { useQuizStore } from '../../stores/quiz-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useFormatters } from '../../ui/use-formatters';
import { newAttemptId, type QuizConfig } from './quiz-config';

/** The screen before an attempt: what to expect, the trainee's best so far, and how to answer. */
export function QuizIntro({ config, intro }: { config: QuizConfig; intro: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const start = useQuizStore((s) => s.start);
  const attempts = useQuizStore((s) => s.quiz.attempts);
  const [layout, setLayout] = useState<QuizLayout>('one');
  const [starting, setStarting] = useState(false);
  const name = useId();
  const best = bestAttempt(attempts, config.quizId);
  const count = attempts.filter((a) => a.quizId === config.quizId).length;
  const left = config.maxAttempts > 0 && !hasPassed(attempts, config.quizId) ? Math.max(0, config.maxAttempts - count) : null;

  // With a records server that scores attempts, the seed is the server's; without one, or when it
  // cannot be reached, the attempt's own id, which the server accepts within its offline limits.
  const begin = async () => {
    setStarting(true);
    const issued = await useRecordsStatus.getState().issueAttempt?.(config.quizId);
    const id = issued?.attemptId ?? newAttemptId();
    const seed = issued?.seed ?? id;
    // A retake keeps clear of the last attempt's questions: the server's list, or offline the page's own.
    const avoid = issued?.avoid ?? retakeAvoids(attempts, config.quizId);
    start({ id, quizId: config.quizId, seed, avoid, items: config.draw(seed, avoid), layout, startedAt: new Date().toISOString() });
  };

  return (
    <div className="quiz-intro">
      <p>{intro}</p>
      <p>{config.feedback === 'immediate' ? t('quiz.feedbackImmediate') : t('quiz.feedbackEnd')}</p>
      {best && (
        <p className="quiz-intro__best">
          {t('quiz.best', { score: f.ratio(best.score) })} · {t('quiz.attempts', { count, formatted: f.number(count) })}
        </p>
      )}
      {left !== null && <p>{left > 0 ? t('quiz.attemptsLeft', { count: left, formatted: f.number(left), max: f.number(config.maxAttempts) }) : t('quiz.noAttemptsLeft', { count: config.maxAttempts, formatted: f.number(config.maxAttempts) })}</p>}
      {left === 0 ? null : (
        <>
          <fieldset className="choice-group">
            <legend>{t('quiz.layoutLabel')}</legend>
            {(['one', 'all'] as const).map((value) => (
              <label key={value} className="choice">
                <input type="radio" name={name} value={value} checked={layout === value} onChange={() => setLayout(value)} />
                <span>{value === 'one' ? t('quiz.layoutOne') : t('quiz.layoutAll')}</span>
              </label>
            ))}
          </fieldset>
          <button type="button" className="button button--primary button--large" disabled={starting} onClick={() => void begin()}>
            {starting ? t('quiz.starting') : t('quiz.start')}
          </button>
        </>
      )}
    </div>
  );
}
