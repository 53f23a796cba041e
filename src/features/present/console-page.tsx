import { useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import type { ModuleMeta } from '../../content/schema';
import { newPresentTimer, parseRevealCount, presentReducer, type PresentAction } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { GotoDialog } from './goto-dialog';
import { PresentNotFound } from './present-not-found';
import { loadPresentation, storePresentation } from './present-storage';
import { PresentTimerView } from './present-timer';
import { positionHref, positionSearch } from './position-href';
import { RevealControls, SlidePlan } from './slide-plan';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SlideOverview } from './slide-overview';
import { SlideStage } from './slide-stage';
import { useConsoleBroadcast } from './use-console-broadcast';
import { toggleFullscreen, usePresentKeys } from './use-present-keys';
import './present.css';

/** What the console tells a live-session panel beside it. */
export interface LivePanelProps {
  moduleId: string;
  slideId: string;
  black: boolean;
}

interface Props {
  /** Rendered in the console's side column when given (the router passes the live-session panel). */
  livePanel?: ComponentType<LivePanelProps>;
}

/** `/present/:moduleId?slide=…&black=1`: the trainer's console. Without a slide it resumes this tab's last one. */
export function ConsolePage({ livePanel }: Props) {
  const { moduleId = '' } = useParams();
  const [params] = useSearchParams();
  const { i18n } = useTranslation();
  const module = findModule(i18n.language as Locale, moduleId);
  if (!module) return <PresentNotFound />;
  const slideIds = module.slides.map((s) => s.id);
  const slideId = params.get('slide');
  if (!slideId || !slideIds.includes(slideId)) {
    const saved = loadPresentation(module.id);
    const resume = saved && slideIds.includes(saved.slideId) ? saved : { slideId: slideIds[0]!, black: false };
    return <Navigate replace to={positionHref(paths.present.href(module.id, resume.slideId), resume.black)} />;
  }
  const reveals = module.slides.find((s) => s.id === slideId)!.reveals;
  return (
    <Console key={module.id} module={module} slideId={slideId} black={params.get('black') === '1'} reveal={parseRevealCount(params.get('reveal'), reveals)} LivePanel={livePanel} />
  );
}

interface ConsoleProps {
  module: ModuleMeta;
  slideId: string;
  black: boolean;
  /** The current slide's hidden parts the room has seen. */
  reveal: number;
  LivePanel?: ComponentType<LivePanelProps>;
}

function Console({ module, slideId, black, reveal, LivePanel }: ConsoleProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const f = useFormatters();
  const [, setParams] = useSearchParams();
  const slides = module.slides;
  const index = slides.findIndex((s) => s.id === slideId);
  const slide = slides[index]!;
  const next = slides[index + 1];
  const [timer, setTimer] = useState(() => loadPresentation(module.id)?.timer ?? newPresentTimer(Date.now()));
  const [dialog, setDialog] = useState<'help' | 'goto' | null>(null);
  const [notesTarget, setNotesTarget] = useState<HTMLDivElement | null>(null);
  const [popupBlocked, setPopupBlocked] = useState(false);

  // Keys can come faster than React renders (a clicker held down): move from where the last
  // key left the position, not from the slide still on screen.
  const position = useRef({ index, black, reveal });
  useLayoutEffect(() => {
    position.current = { index, black, reveal };
  }, [index, black, reveal]);
  const revealSteps = slides.map((s) => s.reveals);
  const dispatch = (action: PresentAction) => {
    const moved = presentReducer(position.current, action, slides.length, revealSteps);
    if (moved === position.current) return;
    position.current = { ...moved, reveal: moved.reveal ?? 0 };
    setParams(positionSearch(slides[moved.index]!.id, moved.black, moved.reveal), { replace: true });
  };

  useConsoleBroadcast(module.id, slideId, black, reveal, (command) => dispatch({ type: command }));
  useEffect(() => storePresentation(module.id, { slideId, black, timer }), [module.id, slideId, black, timer]);
  usePresentKeys((key) => {
    if (dialog) return;
    if (key === 'fullscreen') toggleFullscreen();
    else if (key === 'goto' || key === 'help') setDialog(key);
    else dispatch({ type: key });
  });

  const screenHref = positionHref(paths.presentScreen.href(module.id, slideId), black, reveal);
  const openScreen = () => setPopupBlocked(!window.open(screenHref, `sta-present-screen:${module.id}`, 'popup'));
  const current = f.number(index + 1);
  const total = f.number(slides.length);

  return (
    <div className="present-console" data-black={black}>
      <title>{`${slide.title} · ${t('present.console')} · ${module.title}`}</title>
      <header className="present-console__bar">
        <div className="present-console__heading">
          <p className="present-console__kicker">{t('present.console')}</p>
          <h1 className="present-console__title">{module.title}</h1>
          <Link className="present-console__exit" to={paths.module.href(module.id, slideId)}>
            {t('present.actions.exit')}
          </Link>
        </div>
        <PresentTimerView timer={timer} onChange={setTimer} plannedMinutes={module.minutes} />
        <div className="present-console__actions" role="group" aria-label={t('present.actions.label')}>
          <button type="button" className="button button--small" onClick={() => dispatch({ type: 'prev' })} disabled={index === 0}>
            ← {t('present.actions.previous')}
          </button>
          <button type="button" className="button button--small button--primary" onClick={() => dispatch({ type: 'next' })} disabled={!next}>
            {t('present.actions.next')} →
          </button>
          <button type="button" className="button button--small" aria-pressed={black} onClick={() => dispatch({ type: 'black' })}>
            {t('present.actions.black')}
          </button>
          <button type="button" className="button button--small" onClick={() => setDialog('goto')}>
            {t('present.actions.goto')}
          </button>
          <button type="button" className="button button--small" onClick={toggleFullscreen}>
            {t('present.actions.fullscreen')}
          </button>
          <button type="button" className="button button--small" onClick={() => setDialog('help')} aria-keyshortcuts="?">
            {t('present.actions.help')}
          </button>
        </div>
      </header>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('present.announce', { current, total, title: slide.title })}
      </p>
      <div className="present-console__body">
        <section className="present-console__current" aria-labelledby="present-current">
          <h2 id="present-current" className="present-console__label">
            {t('present.current')} · {t('present.position', { current, total })}
          </h2>
          <SlidePlan minutes={slide.minutes} />
          <p className="present-console__black" role="status">
            {black && t('present.blackOn')}
          </p>
          {slide.reveals > 0 && <RevealControls shown={reveal} total={slide.reveals} onReveal={() => dispatch({ type: 'reveal' })} />}
          <SlideStage moduleId={module.id} locale={locale} slideId={slideId} showNotes notesTarget={notesTarget} revealed={reveal} revealPreview />
        </section>
        <div className="present-console__side">
          <section className="present-console__next" aria-labelledby="present-next">
            <h2 id="present-next" className="present-console__label">
              {t('present.next')}
            </h2>
            {next ? <SlideStage moduleId={module.id} locale={locale} slideId={next.id} /> : <p className="present-console__end">{t('present.lastSlide')}</p>}
          </section>
          <div className="present-console__notes" ref={setNotesTarget} tabIndex={0} />
          <div className="present-console__screen">
            <button type="button" className="button button--small" onClick={openScreen}>
              {t('present.actions.openScreen')}
            </button>
            <Link className="button button--small" to={paths.presentPrint.href(module.id)}>
              {t('present.actions.print')}
            </Link>
            <Link className="button button--small" to={paths.agenda.href()}>
              {t('present.actions.agenda')}
            </Link>
            <Link className="button button--small" to={paths.drillRubric.href()}>
              {t('present.actions.drillRubric')}
            </Link>
            <p className="hint">{t('present.openScreenHint')}</p>
            {popupBlocked && (
              <p role="alert">
                {t('present.popupBlocked')} <a href={screenHref}>{screenHref}</a>
              </p>
            )}
          </div>
          {LivePanel && (
            <div className="present-console__live">
              <LivePanel moduleId={module.id} slideId={slideId} black={black} />
            </div>
          )}
        </div>
      </div>
      <SlideOverview slides={slides} activeIndex={index} onJump={(i) => dispatch({ type: 'jump', index: i })} />
      {dialog === 'help' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'goto' && (
        <GotoDialog
          slideCount={slides.length}
          onClose={() => setDialog(null)}
          onGo={(i) => {
            setDialog(null);
            dispatch({ type: 'jump', index: i });
          }}
        />
      )}
    </div>
  );
}
