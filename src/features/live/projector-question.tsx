import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERIA, type PublicQuestion, type ScreenView } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { criterionKey } from './criteria';
import { LiveChart } from './live-chart';
import { optionLabel, useQuestionText, useText } from './live-text';
import { deadlineOf, useCountdown } from './use-countdown';
import { WordCloudView } from './word-cloud-view';
import { GoalFacts } from './goal-facts';
import { useFitToScreen } from './use-fit-to-screen';

/** The question on the audience screen: its countdown, how many answered, and the room's answers as they may be shown. */
export function ProjectorQuestion({ view, question }: { view: ScreenView; question: PublicQuestion }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const f = useFormatters();
  const left = useCountdown(deadlineOf(question), view.now);
  const { prompt: promptOf, questionCount } = useQuestionText();
  const prompt = promptOf(question);
  const counts = view.counts;
  const box = useRef<HTMLDivElement>(null);
  useFitToScreen(box, view, i18n.language);
  return (
    <div className="live-stage__question" ref={box}>
      <h2 className="live-stage__prompt">{prompt}</h2>
      {question.kind === 'smart' && question.scenario && <p className="live-stage__scenario">{text(question.scenario.summary)}</p>}
      {question.kind === 'smart' && <GoalFacts facts={question.scenario?.facts} />}
      <div className="live-stage__meta">
        {left !== undefined && !view.revealed && (
          <p className="live-stage__timer" role="timer" aria-label={t('live.countdown', { seconds: f.number(Math.ceil(left / 1000)) })}>
            {left === 0 ? t('live.screen.timeUp') : f.number(Math.ceil(left / 1000))}
          </p>
        )}
        <p className="live-stage__answers">{question.kind === 'qa' ? questionCount(view.qa?.length ?? 0) : t('live.screen.answers', { count: view.answered, formatted: f.number(view.answered) })}</p>
      </div>
      {(question.kind === 'quiz' || question.kind === 'poll') &&
        (counts ? (
          <LiveChart total={view.answered} rows={question.options.map((o) => ({ id: o.id, label: optionLabel(t, text, o), count: counts[o.id] ?? 0, correct: view.correct?.includes(o.id) }))} />
        ) : (
          <ol className="live-stage__options">
            {question.options.map((o) => (
              <li key={o.id}>{optionLabel(t, text, o)}</li>
            ))}
          </ol>
        ))}
      {question.kind === 'rating' && (
        <>
          <p className="live-stage__ends">{t('live.rating.ends', { max: f.number(question.max), low: text(question.low), high: text(question.high) })}</p>
          <LiveChart total={view.answered} rows={Array.from({ length: question.max }, (_, i) => String(i + 1)).map((v) => ({ id: v, label: v, count: counts?.[v] ?? 0 }))} />
        </>
      )}
      {question.kind === 'smart' && counts && <LiveChart label={t('live.criteriaCounts')} total={view.answered} rows={CRITERIA.map((c) => ({ id: c, label: t(criterionKey[c]), count: counts[c] ?? 0 }))} />}
      {question.kind === 'open' && <WordCloudView words={view.cloud ?? []} />}
      {question.kind === 'qa' && (
        <ol className="live-stage__qa" aria-label={t('live.qa.list')}>
          {(view.qa ?? []).map((e) => (
            <li key={e.id} className={e.answered ? 'live-qa__entry--answered' : undefined}>
              <span>{e.text}</span>
              <span className="live-stage__votes">{t('live.qa.votes', { count: e.votes, formatted: f.number(e.votes) })}</span>
              {e.answered && <span className="live-qa__done">{t('live.qa.answered')}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
