import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liveQuizQuestion, phoneFriendly, pollQuestion, shortenText, smartCall, type PushedQuestion, type QuizItem } from '../../domain';
import { loadQuizBank } from '../../content/quiz-loader';
import { scenarios } from '../../content/scenarios';
import { inEveryLanguage } from './authored-text';
import { useText } from './live-text';
import { ObjectionPusher } from './objection-pusher';
import { BoundedNumberInput, PushForm } from './push-form';

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
              <option key={i.id} value={i.id} title={text(i.prompt)}>
                {shortenText(text(i.prompt), 90)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-seconds`}>{t('live.host.seconds')}</label>
          <BoundedNumberInput id={`${id}-seconds`} min={5} max={300} fallback={30} value={seconds} onChange={setSeconds} />
          <button type="button" className="button" disabled={!item} onClick={() => item && onPush(liveQuizQuestion(item, seconds)!)}>
            {label('quiz')}
          </button>
        </div>
      )}
      <PushForm build={() => pollQuestion(poll.question, poll.options, locale)} onPush={onPush} label={label('poll')} invalid={t('live.host.pollInvalid')}>
        <label htmlFor={`${id}-poll`}>{t('live.host.pollQuestion')}</label>
        <input id={`${id}-poll`} type="text" value={poll.question} onChange={(e) => setPoll((p) => ({ ...p, question: e.target.value }))} />
        <label htmlFor={`${id}-poll-options`}>{t('live.host.pollOptions')}</label>
        <textarea id={`${id}-poll-options`} rows={3} value={poll.options} onChange={(e) => setPoll((p) => ({ ...p, options: e.target.value }))} />
      </PushForm>
      <PushForm build={() => (open.trim() ? { kind: 'open', prompt: { [locale]: open.trim() } } : undefined)} onPush={onPush} label={label('open')} disabled={!open.trim()}>
        <label htmlFor={`${id}-open`}>{t('live.host.openQuestion')}</label>
        <input id={`${id}-open`} type="text" value={open} onChange={(e) => setOpen(e.target.value)} />
      </PushForm>
      <PushForm
        build={() =>
          rating.question.trim()
            ? { kind: 'rating', prompt: { [locale]: rating.question.trim() }, max: rating.max, low: inEveryLanguage('live.rating.low'), high: inEveryLanguage('live.rating.high') }
            : undefined
        }
        onPush={onPush}
        label={label('rating')}
        disabled={!rating.question.trim()}
      >
        <label htmlFor={`${id}-rating`}>{t('live.host.ratingQuestion')}</label>
        <input id={`${id}-rating`} type="text" value={rating.question} onChange={(e) => setRating((r) => ({ ...r, question: e.target.value }))} />
        <label htmlFor={`${id}-rating-max`}>{t('live.host.ratingMax')}</label>
        <BoundedNumberInput id={`${id}-rating-max`} min={3} max={10} fallback={5} value={rating.max} onChange={(max) => setRating((r) => ({ ...r, max }))} />
      </PushForm>
      <button type="button" className="button" onClick={() => onPush({ kind: 'qa', prompt: inEveryLanguage('live.qa.prompt') })}>
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
