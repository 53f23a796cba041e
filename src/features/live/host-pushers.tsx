import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liveQuizQuestion, phoneFriendly, pollQuestion, smartCall, type PushedQuestion, type QuizItem } from '../../domain';
import { loadQuizBank } from '../../content/quiz-loader';
import { scenarios } from '../../content/scenarios';
import { useText } from './live-text';
import { ObjectionPusher } from './objection-live';

// Each button says what it does now: put the question to the room, or add it to the set being prepared.
const pushKey = {
  quiz: 'live.host.pushQuiz',
  poll: 'live.host.pushPoll',
  open: 'live.host.pushOpen',
  rating: 'live.host.pushRating',
  qa: 'live.host.pushQa',
  smart: 'live.host.pushSmart',
  objection: 'live.host.pushObjection',
} as const;
const addKey = {
  quiz: 'live.sets.addQuiz',
  poll: 'live.sets.addPoll',
  open: 'live.sets.addOpen',
  rating: 'live.sets.addRating',
  qa: 'live.sets.addQa',
  smart: 'live.sets.addSmart',
  objection: 'live.sets.addObjection',
} as const;

/**
 * Everything a trainer can put to the room: a bank item against the clock, a poll, open text for a
 * word cloud, a rating, a Q&A round, the SMART goal call about a company, an objection. `onPush`
 * sends it now or adds it to the question set being prepared (the caller decides).
 */
export function HostPushers({ moduleId, locale, preparing, onPush }: { moduleId: string; locale: string; preparing: boolean; onPush: (q: PushedQuestion) => void }) {
  const { t } = useTranslation();
  const text = useText();
  const id = useId();
  const [items, setItems] = useState<QuizItem[] | undefined>();
  const [itemId, setItemId] = useState('');
  const [seconds, setSeconds] = useState(30);
  const [poll, setPoll] = useState({ question: '', options: '' });
  const [pollInvalid, setPollInvalid] = useState(false);
  const [open, setOpen] = useState('');
  const [rating, setRating] = useState({ question: '', max: 5 });
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');

  useEffect(() => {
    let live = true;
    loadQuizBank(moduleId)
      .then((bank) => live && setItems(bank.items.filter(phoneFriendly)))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [moduleId]);

  const item = items?.find((i) => i.id === itemId) ?? items?.[0];
  const scenario = scenarios.find((s) => s.id === scenarioId);
  const label = (kind: keyof typeof pushKey) => t(preparing ? addKey[kind] : pushKey[kind]);
  return (
    <div className="live-host__push">
      {items && items.length === 0 ? (
        <p className="hint">{t('live.host.noQuizItems')}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-item`}>{t('live.host.quizItem')}</label>
          <select id={`${id}-item`} value={item?.id ?? ''} onChange={(e) => setItemId(e.target.value)}>
            {(items ?? []).map((i) => (
              <option key={i.id} value={i.id}>
                {text(i.prompt).slice(0, 60)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-seconds`}>{t('live.host.seconds')}</label>
          <input id={`${id}-seconds`} type="number" min={5} max={300} value={seconds} onChange={(e) => setSeconds(Math.max(5, Math.min(300, Number(e.target.value) || 30)))} />
          <button type="button" className="button" disabled={!item} onClick={() => item && onPush(liveQuizQuestion(item, seconds)!)}>
            {label('quiz')}
          </button>
        </div>
      )}
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          const q = pollQuestion(poll.question, poll.options, locale);
          setPollInvalid(!q);
          if (q) onPush(q);
        }}
      >
        <label htmlFor={`${id}-poll`}>{t('live.host.pollQuestion')}</label>
        <input id={`${id}-poll`} type="text" value={poll.question} onChange={(e) => setPoll((p) => ({ ...p, question: e.target.value }))} />
        <label htmlFor={`${id}-poll-options`}>{t('live.host.pollOptions')}</label>
        <textarea id={`${id}-poll-options`} rows={3} value={poll.options} onChange={(e) => setPoll((p) => ({ ...p, options: e.target.value }))} />
        {pollInvalid && (
          <p role="alert" className="field-error">
            {t('live.host.pollInvalid')}
          </p>
        )}
        <button type="submit" className="button">
          {label('poll')}
        </button>
      </form>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (open.trim()) onPush({ kind: 'open', prompt: { [locale]: open.trim() } });
        }}
      >
        <label htmlFor={`${id}-open`}>{t('live.host.openQuestion')}</label>
        <input id={`${id}-open`} type="text" value={open} onChange={(e) => setOpen(e.target.value)} />
        <button type="submit" className="button" disabled={!open.trim()}>
          {label('open')}
        </button>
      </form>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (rating.question.trim()) onPush({ kind: 'rating', prompt: { [locale]: rating.question.trim() }, max: rating.max, low: { [locale]: t('live.rating.low') }, high: { [locale]: t('live.rating.high') } });
        }}
      >
        <label htmlFor={`${id}-rating`}>{t('live.host.ratingQuestion')}</label>
        <input id={`${id}-rating`} type="text" value={rating.question} onChange={(e) => setRating((r) => ({ ...r, question: e.target.value }))} />
        <label htmlFor={`${id}-rating-max`}>{t('live.host.ratingMax')}</label>
        <input id={`${id}-rating-max`} type="number" min={3} max={10} value={rating.max} onChange={(e) => setRating((r) => ({ ...r, max: Math.max(3, Math.min(10, Number(e.target.value) || 5)) }))} />
        <button type="submit" className="button" disabled={!rating.question.trim()}>
          {label('rating')}
        </button>
      </form>
      <button type="button" className="button" onClick={() => onPush({ kind: 'qa', prompt: { [locale]: t('live.qa.prompt') } })}>
        {label('qa')}
      </button>
      <div className="field">
        <label htmlFor={`${id}-scenario`}>{t('live.host.scenario')}</label>
        <select id={`${id}-scenario`} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {text(s.name)}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={!scenario} onClick={() => scenario && onPush(smartCall(scenario))}>
          {label('smart')}
        </button>
      </div>
      <ObjectionPusher onPush={onPush} label={label('objection')} />
    </div>
  );
}
