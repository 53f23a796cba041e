import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERIA, type LiveClientBody, type TrainerView } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { criterionKey } from './criteria';
import { HostCountdown } from './host-countdown';
import { LiveChart } from './live-chart';
import { optionLabel, useQuestionText, useText } from './live-text';
import { ObjectionSplit } from './objection-live';
import { WordCloudView } from './word-cloud-view';

/** The question on phones now, as the trainer follows it: answers in, the room's answers, Reveal, the Q&A to mark. */
export function HostCurrent({ view, send }: { view: TrainerView; send: (m: LiveClientBody) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const text = useText();
  const words = useQuestionText();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const q = view.question;
  // A question just pushed (from the forms further down, a set or the remote) comes into view with its Reveal.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest' }); // absent in jsdom
  }, [q?.id]);
  if (!q) return null;
  const prompt = words.prompt(q);
  return (
    <div className="live-host__current" ref={box}>
      <h3>{t('live.host.current')}</h3>
      <p className="live-question__prompt">{prompt}</p>
      <div className="live-host__meta">
        {!view.revealed && <HostCountdown key={q.id} question={q} now={view.now} />}
        <p>
          {q.kind === 'qa'
            ? words.questionCount(view.qa?.length ?? 0)
            : t('live.host.answeredOf', { answered: f.number(view.counts?.answered ?? 0), people: f.number(view.participants) })}
        </p>
      </div>
      {q.kind === 'objection' ? (
        <ObjectionSplit split={view.split} />
      ) : q.kind === 'smart' ? (
        <>
          <LiveChart label={t('live.criteriaCounts')} total={view.counts?.answered ?? 0} rows={CRITERIA.map((c) => ({ id: c, label: t(criterionKey[c]), count: view.counts?.byOption[c] ?? 0 }))} />
          <ul className="live-host__goals" aria-label={t('live.host.goals')}>
            {(view.goals ?? []).map((g, i) => (
              <li key={i}>
                <strong>{g.name}</strong>: {g.text} <span className="hint">{t('live.host.met', { count: g.metCount, formatted: f.number(g.metCount) })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : q.kind === 'open' ? (
        <WordCloudView words={view.cloud ?? []} />
      ) : q.kind === 'qa' ? (
        <ul className="live-qa__list" aria-label={t('live.qa.list')}>
          {(view.qa ?? []).map((e) => (
            <li key={e.id} className={e.answered ? 'live-qa__entry live-qa__entry--answered' : 'live-qa__entry'}>
              <span id={`${id}-${e.id}`} className="live-qa__text">
                {e.text} <span className="hint">{t('live.qa.votes', { count: e.votes, formatted: f.number(e.votes) })}</span>
              </span>
              <button type="button" className="button button--small" aria-pressed={e.answered} aria-describedby={`${id}-${e.id}`} onClick={() => send({ t: 'qa_answered', entryId: e.id, answered: !e.answered })}>
                {t('live.qa.markAnswered')}
              </button>
            </li>
          ))}
        </ul>
      ) : q.kind === 'rating' ? (
        <LiveChart total={view.counts?.answered ?? 0} rows={Array.from({ length: q.max }, (_, i) => String(i + 1)).map((v) => ({ id: v, label: v, count: view.counts?.byOption[v] ?? 0 }))} />
      ) : (
        <LiveChart
          total={view.counts?.answered ?? 0}
          rows={q.options.map((o) => ({ id: o.id, label: optionLabel(t, text, o), count: view.counts?.byOption[o.id] ?? 0, correct: view.revealed && q.kind === 'quiz' && q.correct.includes(o.id) }))}
        />
      )}
      {!view.revealed && q.kind !== 'qa' && (
        <button type="button" className="button button--primary" onClick={() => send({ t: 'reveal' })}>
          {t('live.host.reveal')}
        </button>
      )}
    </div>
  );
}
