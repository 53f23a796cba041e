import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerResponse, drawAttempt, effectiveAnswers, isAnswered, scoreItem, type Answer, type AttemptItem, type ReviewCard } from '../../domain';
import { recordReviewAnswer } from '../../stores/review-scheduling';
import { useFormatters } from '../../ui/use-formatters';
import type { QuestionViews } from './question-views';
import { useAllBanks } from './use-all-banks';

interface Props {
  cards: ReviewCard[];
  views: QuestionViews;
  /** The page's clock, so a session answers at the time the page shows. */
  now: () => Date;
  onDone: (result: { right: number; total: number }) => void;
}

/** A review session: the due items one at a time, each checked at once with feedback and a link back to its slide. */
export function ReviewSession({ cards, views, now, onDone }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const banks = useAllBanks();
  // The items are fixed when the session starts; options are shuffled afresh for each review.
  const [entries] = useState<AttemptItem[]>(() =>
    cards.flatMap((c) => {
      const item = banks[c.moduleId]?.items.find((i) => i.id === c.itemId);
      if (!item) return [];
      const order = drawAttempt({ items: [item] }, `${c.key}:${c.reps}:${c.due}`, 1)[0]?.order;
      return [{ key: c.key, moduleId: c.moduleId, item, ...(order ? { order } : {}) }];
    }),
  );
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [checked, setChecked] = useState(false);
  const [right, setRight] = useState(0);
  const [missing, setMissing] = useState(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const entry = entries[index];

  useEffect(() => {
    // A new question takes focus to its prompt, as in the quiz; a checked one to "next".
    if (checked) nextButton.current?.focus();
    else document.querySelector<HTMLElement>('.review-session .question__prompt')?.focus();
  }, [index, checked]);

  if (!entry) {
    return <p>{t('review.nothingToShow')}</p>;
  }
  const given = effectiveAnswers([entry], answer ? { [entry.key]: answer } : {})[entry.key];

  const check = () => {
    if (!isAnswered(entry, given)) {
      setMissing(true);
      return;
    }
    const score = scoreItem(entry.item, given).score;
    recordReviewAnswer({ id: crypto.randomUUID(), key: entry.key, score, at: now().toISOString(), response: answerResponse(given) });
    if (score >= 1) setRight((r) => r + 1);
    setMissing(false);
    setChecked(true);
  };
  const next = () => {
    if (index + 1 >= entries.length) return onDone({ right, total: entries.length });
    setIndex(index + 1);
    setAnswer(undefined);
    setChecked(false);
  };

  return (
    <section className="review-session" aria-label={t('review.sessionLabel', { current: f.number(index + 1), total: f.number(entries.length) })}>
      <p className="review-session__count">{t('review.sessionLabel', { current: f.number(index + 1), total: f.number(entries.length) })}</p>
      <div className="quiz-item">
        <views.Question
          key={entry.key}
          entry={entry}
          number={t('review.itemNumber', { number: f.number(index + 1) })}
          answer={answer}
          locked={checked}
          onAnswer={(a) => {
            setAnswer(a);
            setMissing(false);
          }}
        />
        <div role="status" aria-live="polite">
          {checked && <views.ItemFeedback entry={entry} answer={given} />}
        </div>
        {missing && (
          <p className="field-error" role="alert">
            {t('review.answerFirst')}
          </p>
        )}
        {checked ? (
          <button ref={nextButton} type="button" className="button button--primary" onClick={next}>
            {index + 1 >= entries.length ? t('review.finish') : t('review.next')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={check}>
            {t('review.check')}
          </button>
        )}
      </div>
    </section>
  );
}
