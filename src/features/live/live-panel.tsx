import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSVG } from 'uqr';
import { CRITERIA, liveQuizQuestion, phoneFriendly, pollQuestion, type PushedQuestion, type QuizItem, type TrainerView } from '../../domain';
import { paths } from '../../config/paths';
import { startLiveSession } from './live-api';
import { loadQuizBank } from '../../content/quiz-loader';
import { useFormatters } from '../../ui/use-formatters';
import { ObjectionPusher, ObjectionSplit } from './objection-live';
import { LiveChart } from './live-chart';
import { useLiveSocket } from './live-socket';
import { optionLabel, useText } from './participant-screen';
import { trainerStorage } from './participant-id';
import { sessionAllows, useSessionStore } from '../../stores/session-store';
import { usePublicOrigin } from './use-public-origin';
import './live.css';

// The room sees, per SMART criterion, how many of the goals sent meet it.
const criterionKey = {
  specific: 'live.criteria.specific',
  measurable: 'live.criteria.measurable',
  achievable: 'live.criteria.achievable',
  relevant: 'live.criteria.relevant',
  timeBound: 'live.criteria.timeBound',
} as const;

/**
 * The trainer's side of a live session, beside the presenter console: start it, show the join
 * code and QR code, push a quiz item, a poll or a SMART goal call, watch answers arrive, reveal,
 * see the leaderboard. A console refresh picks the session up again (its key is kept locally).
 */
export function LivePanel({ moduleId, slideId, black }: { moduleId: string; slideId: string; black: boolean }) {
  const { t } = useTranslation();
  const [session, setSession] = useState(() => trainerStorage.load(moduleId));
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);
  // The server's user decides: with company sign-in only a trainer (or an admin) starts a session.
  const signIn = useSessionStore((s) => s.signIn);
  const mayStart = sessionAllows(signIn, ['trainer', 'admin']);

  const start = async () => {
    setStarting(true);
    setFailed(false);
    try {
      const { code, trainerKey } = await startLiveSession(moduleId, signIn.mode === 'company' ? signIn.csrf : null);
      trainerStorage.save(moduleId, code, trainerKey);
      setSession({ code, key: trainerKey });
    } catch {
      setFailed(true);
    } finally {
      setStarting(false);
    }
  };

  return (
    <section className="live-host" aria-labelledby="live-host-title">
      <h2 id="live-host-title">{t('live.host.title')}</h2>
      {session ? (
        <Hosting
          moduleId={moduleId}
          slideId={slideId}
          black={black}
          code={session.code}
          trainerKey={session.key}
          onGone={() => {
            trainerStorage.forget(moduleId);
            setSession(undefined);
          }}
        />
      ) : !mayStart && signIn.mode === 'company' ? (
        signIn.user ? (
          <p className="hint">{t('live.host.trainersOnly')}</p>
        ) : (
          <a className="button" href={`${signIn.login}?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`}>
            {t('live.host.signIn')}
          </a>
        )
      ) : (
        <>
          <p className="hint">{t('live.host.intro')}</p>
          <button type="button" className="button button--primary" onClick={() => void start()} disabled={starting}>
            {starting ? t('live.host.starting') : t('live.host.start')}
          </button>
          {failed && (
            <p role="alert" className="field-error">
              {t('live.host.startFailed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Hosting({ moduleId, slideId, black, code, trainerKey, onGone }: { moduleId: string; slideId: string; black: boolean; code: string; trainerKey: string; onGone: () => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const text = useText();
  const { status, view, send } = useLiveSocket<TrainerView>({ t: 'trainer', code, key: trainerKey }, (error) => (error === 'no_session' || error === 'not_trainer') && onGone());
  const origin = usePublicOrigin();
  const joinUrl = `${origin}${paths.join.href(code)}`;
  const qr = useMemo(() => `data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(joinUrl, { border: 2 }))}`, [joinUrl]);

  // Screens on other machines follow the console through the server.
  useEffect(() => {
    if (status === 'open') send({ t: 'slide', moduleId, slideId, black });
  }, [status, moduleId, slideId, black, send]);

  if (view?.ended) return <p role="status">{t('live.host.ended')}</p>;
  const q = view?.question;
  return (
    <div className="live-host__body">
      <p role="status" className="live-phone__status">
        {status === 'reconnecting' ? t('live.status.reconnecting') : ''}
      </p>
      <div className="live-host__join">
        <div>
          <p className="live-host__label">{t('live.host.code')}</p>
          <p className="live-host__code">{code.replace(/(\d{3})(\d{3})/, '$1 $2')}</p>
          <p className="hint">{t('live.host.joinAt', { url: `${origin.replace(/^https?:\/\//, '')}${paths.join.href()}` })}</p>
          {view && <p>{t('live.host.people', { count: view.participants, online: f.number(view.connected) })}</p>}
        </div>
        <img className="live-host__qr" src={qr} alt={t('live.host.qr')} width={140} height={140} />
      </div>
      {q && view && (
        <div className="live-host__current">
          <h3>{t('live.host.current')}</h3>
          <p className="live-question__prompt">{text(q.prompt)}</p>
          <p>{t('live.host.answeredOf', { answered: f.number(view.counts?.answered ?? 0), people: f.number(view.participants) })}</p>
          {q.kind === 'objection' ? (
            <ObjectionSplit split={view.split} />
          ) : q.kind === 'smart' ? (
            <>
              <LiveChart total={view.counts?.answered ?? 0} rows={CRITERIA.map((c) => ({ id: c, label: t(criterionKey[c]), count: view.counts?.byOption[c] ?? 0 }))} />
              <ul className="live-host__goals" aria-label={t('live.host.goals')}>
                {(view.goals ?? []).map((g, i) => (
                  <li key={i}>
                    <strong>{g.name}</strong>: {g.text} <span className="hint">{t('live.host.met', { count: g.metCount })}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <LiveChart
              total={view.counts?.answered ?? 0}
              rows={q.options.map((o) => ({ id: o.id, label: optionLabel(t, text, o), count: view.counts?.byOption[o.id] ?? 0, correct: view.revealed && q.kind === 'quiz' && q.correct.includes(o.id) }))}
            />
          )}
          {!view.revealed && (q.kind === 'poll' || q.kind === 'quiz') && (
            <button type="button" className="button button--primary" onClick={() => send({ t: 'reveal' })}>
              {t('live.host.reveal')}
            </button>
          )}
        </div>
      )}
      {view && view.leaderboard.some((r) => r.points > 0) && (
        <div className="live-host__board">
          <h3>{t('live.host.leaderboard')}</h3>
          <ol>
            {view.leaderboard.map((r, i) => (
              <li key={i}>
                {r.name} · {t('live.host.points', { points: f.number(r.points) })}
              </li>
            ))}
          </ol>
        </div>
      )}
      <Pushers moduleId={moduleId} locale={i18n.language} onPush={(question) => send({ t: 'push', question })} />
      <p>
        <a href={paths.presentScreen.href(moduleId, undefined, code)} target="_blank" rel="noreferrer">
          {t('live.host.remoteScreen')}
        </a>
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          if (window.confirm(t('live.host.confirmEnd'))) send({ t: 'end' });
        }}
      >
        {t('live.host.end')}
      </button>
    </div>
  );
}

function Pushers({ moduleId, locale, onPush }: { moduleId: string; locale: string; onPush: (q: PushedQuestion) => void }) {
  const { t } = useTranslation();
  const text = useText();
  const id = useId();
  const [items, setItems] = useState<QuizItem[] | undefined>();
  const [itemId, setItemId] = useState('');
  const [seconds, setSeconds] = useState(30);
  const [poll, setPoll] = useState({ question: '', options: '' });
  const [pollInvalid, setPollInvalid] = useState(false);

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
            {t('live.host.pushQuiz')}
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
          {t('live.host.pushPoll')}
        </button>
      </form>
      <button type="button" className="button" onClick={() => onPush({ kind: 'smart', prompt: { [locale]: t('live.host.smartPrompt') } })}>
        {t('live.host.pushSmart')}
      </button>
      <ObjectionPusher onPush={onPush} />
    </div>
  );
}
