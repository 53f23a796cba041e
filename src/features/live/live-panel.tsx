import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSVG } from 'uqr';
import type { QuestionSet, TrainerView } from '../../domain';
import { paths } from '../../config/paths';
import { useFormatters } from '../../ui/use-formatters';
import { HostCurrent } from './host-current';
import { HostPushers } from './host-pushers';
import { PeopleList, StageControls } from './host-room';
import { RoomSummaryList } from './room-summary';
import { HostSets, type Draft } from './host-sets';
import { joinAddress } from './join-address';
import { startLiveSession } from './live-api';
import { useLiveSocket } from './live-socket';
import { trainerStorage } from './participant-id';
import { sessionAllows, useSessionStore } from '../../stores/session-store';
import { usePublicOrigin } from './use-public-origin';
import './live.css';

/**
 * The trainer's side of a live session, beside the presenter console: start it, show the join
 * code and QR code, pick what the audience screen shows, push questions (or prepare them as a set
 * kept for the module), watch answers arrive, reveal, remove a seat. A console refresh picks the
 * session up again (its key is kept locally).
 */
export function LivePanel({ moduleId, slideId, black }: { moduleId: string; slideId: string; black: boolean }) {
  const { t } = useTranslation();
  const [session, setSession] = useState(() => trainerStorage.load(moduleId));
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);
  // The server's user decides: with company sign-in only a trainer (or an admin) starts a session.
  const signIn = useSessionStore((s) => s.signIn);
  const mayStart = sessionAllows(signIn, ['trainer', 'admin']);
  // The start button goes away once the session starts (and comes back when it is gone): focus
  // goes to the panel's heading (unless it is somewhere else by then) instead of falling to the page's start, so a screen reader reads
  // on from there and Tab reaches the session's controls next.
  const heading = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const at = document.activeElement;
    if (!at || at === document.body || !at.isConnected) heading.current?.focus();
  }, [session]);

  const start = async () => {
    setStarting(true);
    setFailed(false);
    try {
      const { code, trainerKey } = await startLiveSession(moduleId, signIn.mode === 'company' ? signIn.csrf : null);
      trainerStorage.save(moduleId, code, trainerKey);
      moveFocus.current = true;
      setSession({ code, key: trainerKey });
    } catch {
      setFailed(true);
    } finally {
      setStarting(false);
    }
  };

  return (
    <section className="live-host" aria-labelledby="live-host-title">
      <h2 id="live-host-title" ref={heading} tabIndex={-1}>
        {t('live.host.title')}
      </h2>
      {session ? (
        <Hosting
          moduleId={moduleId}
          slideId={slideId}
          black={black}
          code={session.code}
          trainerKey={session.key}
          onGone={() => {
            trainerStorage.forget(moduleId);
            moveFocus.current = true;
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
  const [sets, setSets] = useState<QuestionSet[]>([]);
  const [draft, setDraft] = useState<Draft | undefined>();
  const { status, view, send } = useLiveSocket<TrainerView>({ t: 'trainer', code, key: trainerKey }, (error) => (error === 'no_session' || error === 'not_trainer') && onGone(), setSets);
  const origin = usePublicOrigin();
  const { url, short } = joinAddress(code, origin);
  const qr = useMemo(() => `data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(url, { border: 2 }))}`, [url]);

  // Ending takes the End button away: focus goes to the words saying it is over (not to the page's
  // start), so a keyboard or screen reader trainer reads the room's figures and reaches "Start a new live session" next.
  const endedNote = useRef<HTMLParagraphElement>(null);
  const wasRunning = useRef(false);
  const ended = Boolean(view?.ended);
  if (view && !ended) wasRunning.current = true;
  useEffect(() => {
    if (!ended || !wasRunning.current) return;
    const at = document.activeElement;
    if (!at || at === document.body || !at.isConnected) endedNote.current?.focus();
  }, [ended]);

  // Screens on other machines follow the console through the server.
  useEffect(() => {
    if (status === 'open') send({ t: 'slide', moduleId, slideId, black });
  }, [status, moduleId, slideId, black, send]);

  if (view?.ended)
    return (
      <>
        <p role="status" ref={endedNote} tabIndex={-1}>
          {t('live.host.ended')}
        </p>
        {view.summary && <RoomSummaryList summary={view.summary} />}
        {view.leaderboard.some((r) => r.points > 0) && <Leaderboard rows={view.leaderboard} />}
        <button type="button" className="button button--primary" onClick={onGone}>
          {t('live.host.startAnother')}
        </button>
      </>
    );
  return (
    <div className="live-host__body">
      <p role="status" className="live-phone__status">
        {status === 'reconnecting' ? t('live.status.reconnecting') : ''}
      </p>
      {/* The question on phones first: its answers and Reveal in view without scrolling. */}
      {view && <HostCurrent view={view} send={send} />}
      {view && view.leaderboard.some((r) => r.points > 0) && <Leaderboard rows={view.leaderboard} />}
      <div className="live-host__join">
        <div>
          <p className="live-host__label">{t('live.host.code')}</p>
          <p className="live-host__code">{code.replace(/(\d{3})(\d{3})/, '$1 $2')}</p>
          <p className="hint">{t('live.host.joinAt', { url: short })}</p>
          {view && <p>{t('live.host.people', { count: view.participants, formatted: f.number(view.participants), online: f.number(view.connected) })}</p>}
        </div>
        <img className="live-host__qr" src={qr} alt={t('live.host.qr')} width={140} height={140} />
      </div>
      {view && <StageControls view={view} send={send} />}
      {view && <PeopleList view={view} send={send} />}
      <HostSets sets={sets} draft={draft} onDraft={setDraft} send={send} />
      <HostPushers moduleId={moduleId} locale={i18n.language} preparing={Boolean(draft)} onPush={(question) => (draft ? setDraft({ ...draft, questions: [...draft.questions, question].slice(0, 50) }) : send({ t: 'push', question }))} />
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

function Leaderboard({ rows }: { rows: TrainerView['leaderboard'] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <div className="live-host__board">
      <h3>{t('live.host.leaderboard')}</h3>
      <ol>
        {rows.map((r, i) => (
          <li key={i} value={r.rank}>
            {r.name} · {t('live.host.points', { points: f.number(r.points) })}
          </li>
        ))}
      </ol>
    </div>
  );
}
