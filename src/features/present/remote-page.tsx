import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import type { ModuleMeta } from '../../content/schema';
import { formatPresentClock, presentPace, readRemoteLink, remoteElapsed, type RemoteLink, type RemoteSession } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { PresentNotFound } from './present-not-found';
import './present.css';

/** The live feature's hook: the remote's session with its console, through the server. */
export type UseRemoteSession = (link: RemoteLink) => RemoteSession;

/** `/present/:moduleId/remote#code=…&key=…&console=…`: the trainer's phone remote for one console. */
export function RemotePage({ useRemoteSession }: { useRemoteSession: UseRemoteSession }) {
  const { moduleId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const module = findModule(i18n.language as Locale, moduleId);
  // The link is read once: the key stays out of the address bar's history of other pages.
  const [link] = useState(() => readRemoteLink(location.hash));
  if (!module) return <PresentNotFound />;
  if (!link)
    return (
      <div className="present-remote">
        <h1>{t('present.remote.title')}</h1>
        <p role="alert">{t('present.remote.badLink')}</p>
      </div>
    );
  return <Remote module={module} link={link} useRemoteSession={useRemoteSession} />;
}

function Remote({ module, link, useRemoteSession }: { module: ModuleMeta; link: RemoteLink; useRemoteSession: UseRemoteSession }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const session = useRemoteSession(link);
  const now = useTick();
  const state = session.console;
  const index = state ? module.slides.findIndex((s) => s.id === state.slideId) : -1;
  const slide = module.slides[index];
  const next = module.slides[index + 1];
  const locale = i18n.language;
  const statusText =
    session.status === 'refused' ? t('present.remote.refused') : session.status === 'reconnecting' ? t('present.remote.reconnecting') : !state ? t('present.remote.waiting') : '';
  const elapsed = state ? remoteElapsed(state, now - session.receivedAt) : 0;
  const pace = state ? presentPace({ elapsed, slideStartedAt: state.slideStartedAt, minutes: module.slides.map((s) => s.minutes), index: Math.max(index, 0) }) : undefined;
  const minutes = (n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(n);
  const disabled = !state || session.status !== 'open';
  return (
    <div className="present-remote">
      <title>{`${t('present.remote.title')} · ${module.title}`}</title>
      <h1 className="present-remote__title">
        {t('present.remote.title')} <span className="present-remote__module">{module.title}</span>
      </h1>
      <p role="status" className="present-remote__status">
        {statusText}
      </p>
      {state && slide && (
        <section className="present-remote__slide" aria-labelledby="remote-slide">
          <h2 id="remote-slide">{t('present.position', { current: f.number(index + 1), total: f.number(module.slides.length) })}</h2>
          <p className="present-remote__slide-title">{slide.title}</p>
          {next && <p className="hint">{t('present.remote.next', { title: next.title })}</p>}
          {state.black && <p>{t('present.blackOn')}</p>}
          {state.white && <p>{t('present.whiteOn')}</p>}
          {slide.reveals > 0 && <p>{t('present.reveal.status', { shown: f.number(state.reveal), total: f.number(slide.reveals) })}</p>}
        </section>
      )}
      <div className="present-remote__turn" role="group" aria-label={t('present.actions.label')}>
        <button type="button" className="button" disabled={disabled} onClick={() => session.command('prev')}>
          ← {t('present.actions.previous')}
        </button>
        <button type="button" className="button button--primary" disabled={disabled} onClick={() => session.command('next')}>
          {t('present.actions.next')} →
        </button>
      </div>
      <div className="present-remote__more">
        {slide && slide.reveals > 0 && (
          <button type="button" className="button button--primary" disabled={disabled || state!.reveal >= slide.reveals} onClick={() => session.command('reveal')}>
            {t('present.reveal.next')}
          </button>
        )}
        <button type="button" className="button" aria-pressed={Boolean(state?.black)} disabled={disabled} onClick={() => session.command('black')}>
          {t('present.actions.black')}
        </button>
        <button type="button" className="button" aria-pressed={Boolean(state?.white)} disabled={disabled} onClick={() => session.command('white')}>
          {t('present.actions.white')}
        </button>
      </div>
      {session.question && (
        <section className="present-remote__question" aria-labelledby="remote-question">
          <h2 id="remote-question">{t('present.remote.question')}</h2>
          <p>{t('present.remote.answered', { answered: f.number(session.question.answered), people: f.number(session.question.people) })}</p>
          <button type="button" className="button button--primary" onClick={session.revealAnswer}>
            {t('present.remote.revealAnswer')}
          </button>
        </section>
      )}
      {state && pace && (
        <section className="present-remote__timer" aria-labelledby="remote-timer">
          <h2 id="remote-timer">{t('present.timer.label')}</h2>
          <dl className="present-timer__readings">
            <div>
              <dt>{t('present.timer.wallClock')}</dt>
              <dd>{new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(now)}</dd>
            </div>
            <div>
              <dt>{t('present.timer.elapsed')}</dt>
              <dd>
                <span role="timer">{formatPresentClock(elapsed, locale)}</span>
              </dd>
            </div>
            <div className={pace.slideOver ? 'present-timer__slide--over' : undefined}>
              <dt>{t('present.timer.thisSlide')}</dt>
              <dd>
                {formatPresentClock(pace.slideElapsed, locale)} / {minutes(slide?.minutes ?? 0)}
              </dd>
            </div>
          </dl>
          <button type="button" className="button" disabled={disabled} onClick={() => session.command('timer')}>
            {state.running ? t('present.timer.pause') : t('present.timer.resume')}
          </button>
        </section>
      )}
    </div>
  );
}

/** The time now, refreshed every second. */
function useTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}
