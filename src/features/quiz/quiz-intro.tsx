import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bestAttempt, hasPassed, type QuizLayout } from '../../domain';
import { useQuizStore } from '../../stores/quiz-store';
import { useFormatters } from '../../ui/use-formatters';
import { newAttemptId, type QuizConfig } from './quiz-config';

/** The screen before an attempt: what to expect, the trainee's best so far, and how to answer. */
export function QuizIntro({ config, intro }: { config: QuizConfig; intro: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const start = useQuizStore((s) => s.start);
  const attempts = useQuizStore((s) => s.quiz.attempts);
  const [layout, setLayout] = useState<QuizLayout>('one');
  const name = useId();
  const best = bestAttempt(attempts, config.quizId);
  const count = attempts.filter((a) => a.quizId === config.quizId).length;
  const left = config.maxAttempts > 0 && !hasPassed(attempts, config.quizId) ? Math.max(0, config.maxAttempts - count) : null;

  const begin = () => {
    const id = newAttemptId();
    // A retake brings new questions: the last attempt's are drawn again only when the bank runs short.
    const last = attempts.filter((a) => a.quizId === config.quizId).at(-1);
    start({ id, quizId: config.quizId, seed: id, items: config.draw(id, last?.items.map((i) => i.itemId)), layout, startedAt: new Date().toISOString() });
  };

  return (
    <div className="quiz-intro">
      <p>{intro}</p>
      <p>{config.feedback === 'immediate' ? t('quiz.feedbackImmediate') : t('quiz.feedbackEnd')}</p>
      {best && (
        <p className="quiz-intro__best">
          {t('quiz.best', { score: f.ratio(best.score) })} · {t('quiz.attempts', { count })}
        </p>
      )}
      {left !== null && <p>{left > 0 ? t('quiz.attemptsLeft', { count: left, max: config.maxAttempts }) : t('quiz.noAttemptsLeft', { max: config.maxAttempts })}</p>}
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
          <button type="button" className="button button--primary button--large" onClick={begin}>
            {t('quiz.start')}
          </button>
        </>
      )}
    </div>
  );
}
