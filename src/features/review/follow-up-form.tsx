import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerResponse,
  drawAcrossBanks,
  effectiveAnswers,
  FOLLOW_UP_QUESTIONS,
  FOLLOW_UP_QUIZ_SIZE,
  FOLLOW_UP_STATUSES,
  isAnswered,
  resolveDrawnItems,
  scoreAttempt,
  type Answer,
  type FollowUpId,
  type FollowUpRecord,
} from '../../domain';
import { recordReviewAnswer } from '../../stores/review-scheduling';
import { useReviewStore } from '../../stores/review-store';
import { useFormatters } from '../../ui/use-formatters';
import { actionQuestion, statusLabel } from './follow-up-strings';
import type { QuestionViews } from './question-views';
import { useAllBanks } from './use-all-banks';

interface Props {
  followUpId: FollowUpId;
  seed: string;
  done?: FollowUpRecord;
  views: QuestionViews;
}

/** The check-in: a short quiz across all modules, then the action-plan questions; saved and recorded on submit. */
export function FollowUpForm({ followUpId, seed, done, views }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const banks = useAllBanks();
  const [items] = useState(() => resolveDrawnItems(drawAcrossBanks(banks, seed, FOLLOW_UP_QUIZ_SIZE), banks));
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [plan, setPlan] = useState<Record<string, string>>(done?.answers ?? {});
  const [problems, setProblems] = useState<string[]>([]);
  const [result, setResult] = useState<FollowUpRecord | undefined>(done);
  const errorRef = useRef<HTMLDivElement>(null);
  const saveFollowUp = useReviewStore((s) => s.saveFollowUp);
  const idBase = useId();
  const questions = FOLLOW_UP_QUESTIONS[followUpId];
  const given = effectiveAnswers(items, answers);
  const submitted = Boolean(result);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = [
      ...items.flatMap((i, n) => (isAnswered(i, given[i.key]) ? [] : [t('review.missingItem', { number: f.number(n + 1) })])),
      ...questions.filter((q) => q.kind === 'status' && !plan[q.id]).map((q) => t(actionQuestion[followUpId][q.id as keyof (typeof actionQuestion)[typeof followUpId]])),
    ];
    if (missing.length) {
      setProblems(missing);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    const at = new Date().toISOString();
    const scored = scoreAttempt(items.map((i) => i.item), given);
    for (const i of items) recordReviewAnswer({ id: crypto.randomUUID(), key: i.key, score: scored.items[i.key]!.score, at, followUp: followUpId, response: answerResponse(given[i.key]) });
    const record: FollowUpRecord = { id: followUpId, at, score: scored.score, items: items.length, answers: Object.fromEntries(Object.entries(plan).filter(([, v]) => v.trim() !== '')) };
    saveFollowUp(record);
    setProblems([]);
    setResult(record);
  };

  return (
    <form onSubmit={submit} noValidate className="follow-up">
      <p>{t('review.followUpIntro')}</p>
      {problems.length > 0 && (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{t('review.missingIntro')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {result && (
        <p className="review-card__done" role="status">
          {t('review.followUpSaved', { score: f.ratio(result.score) })}
        </p>
      )}
      {!done &&
        items.map((entry, n) => (
          <div className="quiz-item" key={entry.key}>
            <views.Question
              entry={entry}
              number={t('review.itemNumber', { number: f.number(n + 1) })}
              answer={answers[entry.key]}
              locked={submitted}
              onAnswer={(a) => setAnswers(({ [entry.key]: _old, ...rest }) => (a ? { ...rest, [entry.key]: a } : rest))}
            />
            {submitted && <views.ItemFeedback entry={entry} answer={given[entry.key]} />}
          </div>
        ))}
      <section className="review-card" aria-labelledby={`${idBase}-plan`}>
        <h2 id={`${idBase}-plan`}>{t('review.actionPlanTitle')}</h2>
        {questions.map((q) => {
          const label = t(actionQuestion[followUpId][q.id as keyof (typeof actionQuestion)[typeof followUpId]]);
          return q.kind === 'status' ? (
            <fieldset key={q.id} className="follow-up__question" disabled={submitted}>
              <legend>{label}</legend>
              <div className="choices choices--inline">
                {FOLLOW_UP_STATUSES.map((s) => (
                  <label key={s} className="choice">
                    <input type="radio" name={`${idBase}-${q.id}`} checked={plan[q.id] === s} onChange={() => setPlan({ ...plan, [q.id]: s })} />
                    <span>{t(statusLabel[s])}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : (
            <p key={q.id} className="follow-up__question">
              <label htmlFor={`${idBase}-${q.id}`}>{label}</label>
              <textarea id={`${idBase}-${q.id}`} rows={3} maxLength={2000} value={plan[q.id] ?? ''} disabled={submitted} onChange={(e) => setPlan({ ...plan, [q.id]: e.target.value })} />
            </p>
          );
        })}
      </section>
      {!submitted && (
        <button type="submit" className="button button--primary">
          {t('review.followUpSubmit')}
        </button>
      )}
    </form>
  );
}
