import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSVG } from 'uqr';
import { podium, type ScreenView } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { joinAddress } from './join-address';
import { useLiveSocket } from './live-socket';
import { ProjectorQuestion } from './projector-question';
import { RoomSummaryList } from './room-summary';
import { useLiveCode } from './use-live-code';
import './live.css';
import './projector-join.css';
import './projector-question.css';
import './projector-podium.css';

/**
 * The live session on the audience screen, over the slide: the join screen, the question with its
 * countdown and the room's answers, the leaderboard and the podium. The trainer's console picks the
 * stage; "hidden" leaves the slide alone.
 */
export function ProjectorLayer({ moduleId }: { moduleId: string }) {
  const code = useLiveCode(moduleId);
  return code ? <Layer key={code} code={code} /> : null;
}

function Layer({ code }: { code: string }) {
  const { t } = useTranslation();
  const { view } = useLiveSocket<ScreenView>({ t: 'screen', code });
  if (!view) return null;
  const stage = view.ended ? 'podium' : view.stage === 'question' && !view.question ? 'join' : view.stage;
  if (stage === 'hidden') return null;
  return (
    <section className={`live-stage live-stage--${stage}`} aria-label={t('live.screen.label')}>
      {stage === 'join' && <JoinScreen view={view} />}
      {stage === 'question' && view.question && <ProjectorQuestion view={view} question={view.question} />}
      {stage === 'board' && <Board view={view} />}
      {stage === 'podium' && <Podium view={view} />}
    </section>
  );
}

function JoinScreen({ view }: { view: ScreenView }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { url, short } = joinAddress(view.code);
  const qr = useMemo(() => `data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(url, { border: 2 }))}`, [url]);
  return (
    <div className="live-stage__join">
      <div className="live-stage__how">
        <h2>{t('live.screen.joinTitle')}</h2>
        <p className="live-stage__address">{t('live.screen.goTo', { address: short })}</p>
        <p className="live-stage__code-label">{t('live.host.code')}</p>
        <p className="live-stage__code">{view.code.replace(/(\d{3})(\d{3})/, '$1 $2')}</p>
      </div>
      <img className="live-stage__qr" src={qr} alt={t('live.host.qr')} />
      <div className="live-stage__people">
        <p className="live-stage__count">{t('live.screen.joined', { count: view.participants, formatted: f.number(view.participants) })}</p>
        <ul className="live-stage__names" aria-label={t('live.screen.names')}>
          {view.names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Board({ view }: { view: ScreenView }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <div className="live-stage__board">
      <h2>{t('live.host.leaderboard')}</h2>
      <ol>
        {view.board.map((r, i) => (
          <li key={i} value={r.rank}>
            <span>{f.number(r.rank)}</span>
            <span>{r.name}</span>
            <span>{t('live.host.points', { points: f.number(r.points) })}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

const podiumKey = ['live.screen.first', 'live.screen.second', 'live.screen.third'] as const;

function Podium({ view }: { view: ScreenView }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const top = podium(view.board);
  // Read in rank order; drawn second, first, third from left to right, as on a real podium. Tied
  // trainees share a step's name; nobody without points stands on it.
  // Once the session is over the room is thanked, with what it did; the podium stays when quiz points were scored.
  const summary = view.ended ? view.summary : undefined;
  const id = useId();
  return (
    <div className="live-stage__podium">
      <h2 id={`${id}-title`}>{summary && top.length === 0 ? t('live.screenThanks') : t('live.screen.podium')}</h2>
      {top.length === 0 ? (
        !summary && <p>{t('live.screen.noScores')}</p>
      ) : (
        <ol className="live-podium" aria-labelledby={`${id}-title`}>
          {top.map((r, i) => (
            <li key={i} className={`live-podium__place live-podium__place--${i + 1}`}>
              <span className="live-podium__name">{r.name}</span>
              <span className="live-podium__points">{t('live.host.points', { points: f.number(r.points) })}</span>
              <span className="live-podium__step">{t(podiumKey[r.rank - 1]!)}</span>
            </li>
          ))}
        </ol>
      )}
      {summary && <RoomSummaryList summary={summary} className="live-stage__summary" />}
    </div>
  );
}
