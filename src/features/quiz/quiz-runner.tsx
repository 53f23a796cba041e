import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  FINAL_ASSESSMENT,
  effectiveAnswers,
  isAnswered,
  isTouched,
  isPassed,
  resolveDrawnItems,
  scoreAttempt,
  type ActiveAttempt,
  type QuizBank,
} from '../../domain';
import { useQuizStore } from '../../stores/quiz-store';
import { useFormatters } from '../../ui/use-formatters';
import { ProgressBar } from '../../ui/progress-bar';
import { ItemFeedback } from './item-feedback';
import { Question } from './question';
import type { QuizConfig } from './quiz-config';

interface Props {
  config: QuizConfig;
  attempt: ActiveAttempt;
  banks: Record<string, QuizBank>;
  resultHref: (attemptId: string) => string;
  /** Just started from the intro, whose button went away: focus goes to the first question. */
  justStarted?: boolean;
}

/** An attempt under way: one question at a time or all on a page, feedback as the bank says. */
export function QuizRunner({ config, attempt, banks, resultHref, justStarted = false }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const { answer, check, show, finish } = useQuizStore.getState();
  const [confirming, setConfirming] = useState(false);
  const items = resolveDrawnItems(attempt.items, banks, config.quizId === FINAL_ASSESSMENT ? undefined : config.quizId);
  const immediate = config.feedback === 'immediate';
  const unanswered = items.filter((i) => !isAnswered(i, attempt.answers[i.key])).length;
  const total = items.length;
  // What the trainee answered themselves: an ordering item left as shown does not count yet, unless
  // they checked it as shown (it is then scored and locked, so nothing could make it count later).
  const touched = items.filter((i) => isTouched(i, attempt.answers[i.key]) || attempt.checked.includes(i.key)).length;
  const visible = attempt.layout === 'one' ? items.slice(attempt.index, attempt.index + 1) : items;

  // Moving to another question moves focus to its prompt, as turning a slide does.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (justStarted) document.querySelector<HTMLElement>('.question__prompt')?.focus();
      return;
    }
    if (attempt.layout === 'one') document.querySelector<HTMLElement>('.question__prompt')?.focus();
  }, [attempt.index, attempt.layout]); // eslint-disable-line react-hooks/exhaustive-deps -- justStarted counts on the first render only

  // The question goes away when answered "keep answering": focus goes back to the button that
  // asked it, instead of falling to the page's start for a keyboard or screen-reader user.
  const submitButton = useRef<HTMLButtonElement>(null);
  const keepAnswering = () => {
    setConfirming(false);
    submitButton.current?.focus();
  };

  const submit = (force: boolean) => {
    if (unanswered > 0 && !force) {
      setConfirming(true);
      return;
    }
    const answers = effectiveAnswers(items, attempt.answers);
    const scored = scoreAttempt(
      items.map((i) => i.item),
      answers,
    );
    finish({
      id: attempt.id,
      quizId: attempt.quizId,
      seed: attempt.seed,
      ...(attempt.avoid ? { avoid: attempt.avoid } : {}),
      items: attempt.items,
      answers,
      score: scored.score,
      itemScores: Object.fromEntries(Object.entries(scored.items).map(([id, s]) => [id, s.score])),
      passed: isPassed(scored.score, config.passScore),
      startedAt: attempt.startedAt,
      endedAt: new Date().toISOString(),
    });
    void navigate(resultHref(attempt.id));
  };

  return (
    <div className="quiz-runner">
      <ProgressBar
        value={touched}
        max={total}
        label={t('quiz.answered', { answered: f.number(touched), total: f.number(total) })}
      />
      {visible.map((entry) => {
        const index = items.indexOf(entry);
        const checked = attempt.checked.includes(entry.key);
        const given = attempt.answers[entry.key];
        return (
          <section key={entry.key} className="quiz-item" aria-label={t('quiz.question', { current: f.number(index + 1), total: f.number(total) })}>
            <Question
              entry={entry}
              number={t('quiz.question', { current: f.number(index + 1), total: f.number(total) })}
              answer={given}
              locked={checked}
              onAnswer={(a) => answer(attempt.quizId, entry.key, a)}
            />
            {immediate && !checked && (
              <button
                type="button"
                className="button"
                disabled={!isAnswered(entry, given)}
                onClick={(e) => {
                  // The button goes away once checked: focus moves to the verdict instead of falling to the page.
                  const section = e.currentTarget.closest('section');
                  check(attempt.quizId, entry.key);
                  queueMicrotask(() => section?.querySelector<HTMLElement>('.feedback__status')?.focus());
                }}
              >
                {t('quiz.check')}
              </button>
            )}
            <div role="status" aria-live="polite">
              {immediate && checked && <ItemFeedback entry={entry} answer={effectiveAnswers([entry], attempt.answers)[entry.key]} />}
            </div>
          </section>
        );
      })}
      <nav className="quiz-runner__nav" aria-label={t('quiz.layoutLabel')}>
        {attempt.layout === 'one' && (
          <>
            <button type="button" className="button" disabled={attempt.index === 0} onClick={() => show(attempt.quizId, attempt.index - 1)}>
              ← {t('quiz.previous')}
            </button>
            {attempt.index < total - 1 && (
              <button type="button" className="button button--primary" onClick={() => show(attempt.quizId, attempt.index + 1)}>
                {t('quiz.next')} →
              </button>
            )}
          </>
        )}
        {(attempt.layout === 'all' || attempt.index === total - 1) && (
          <button type="button" className="button button--primary" ref={submitButton} onClick={() => submit(false)}>
            {t('quiz.submit')}
          </button>
        )}
      </nav>
      {confirming && (
        <div
          className="notice"
          role="alertdialog"
          aria-labelledby="confirm-submit"
          onKeyDown={(e) => {
            if (e.key === 'Escape') keepAnswering();
          }}
        >
          <p id="confirm-submit">{t('quiz.unanswered', { count: unanswered, formatted: f.number(unanswered) })}</p>
          <button type="button" className="button button--primary" onClick={() => submit(true)} autoFocus>
            {t('quiz.submitAnyway')}
          </button>
          <button type="button" className="button" onClick={keepAnswering}>
            {t('quiz.keepAnswering')}
          </button>
        </div>
      )}
    </div>
  );
}
