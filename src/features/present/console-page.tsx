import { useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import type { ModuleMeta } from '../../content/schema';
import {
  isPresentTimerRunning,
  newPresentTimer,
  parseRevealCount,
  pausePresentTimer,
  presentElapsed,
  presentReducer,
  resumePresentTimer,
  type PresentAction,
  type PresentTimer,
  type RemoteCommand,
} from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { ConsoleControls } from './console-controls';
import { ConsoleRoom, type UseConsoleRemote } from './console-room';
import { GotoDialog } from './goto-dialog';
import { LastSlide } from './last-slide';
import { PresentNotFound } from './present-not-found';
import { consoleSourceId, loadPresentation, storePresentation } from './present-storage';
import { PresentTimerView } from './present-timer';
import { positionHref, positionSearch } from './position-href';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SlideOverview } from './slide-overview';
import { SlideStage } from './slide-stage';
import { useConsoleBroadcast } from './use-console-broadcast';
import { toggleFullscreen, usePresentKeys } from './use-present-keys';
import './present.css';

export type { UseConsoleRemote } from './console-room';

/** What the console tells a live-session panel beside it. */
export interface LivePanelProps {
  moduleId: string;
  slideId: string;
  black: boolean;
}

interface Props {
  /** Rendered in the console's side column when given (the router passes the live-session panel). */
  livePanel?: ComponentType<LivePanelProps>;
  /** The trainer's phone remote and screens on other machines, through the live session (the router passes the live feature's hook). */
  useRemote?: UseConsoleRemote;
}

const useNoRemote: UseConsoleRemote = () => undefined;

/** `/present/:moduleId?slide=…&black=1`: the trainer's console. Without a slide it resumes this tab's last one. */
export function ConsolePage({ livePanel, useRemote = useNoRemote }: Props) {
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
    return <Navigate replace to={positionHref(paths.present.href(module.id, resume.slideId), { black: resume.black })} />;
  }
  const reveals = module.slides.find((s) => s.id === slideId)!.reveals;
  const black = params.get('black') === '1';
  return (
    <Console
      key={module.id}
      module={module}
      position={{ slideId, black, white: !black && params.get('white') === '1', reveal: parseRevealCount(params.get('reveal'), reveals) }}
      LivePanel={livePanel}
      useRemote={useRemote}
    />
  );
}

interface ConsoleProps {
  module: ModuleMeta;
  /** Where the room is: the slide, a blank screen, and the slide's hidden parts it has seen. */
  position: { slideId: string; black: boolean; white: boolean; reveal: number };
  LivePanel?: ComponentType<LivePanelProps>;
  useRemote: UseConsoleRemote;
}

function Console({ module, position: shown, LivePanel, useRemote }: ConsoleProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const f = useFormatters();
  const [, setParams] = useSearchParams();
  const { slideId, black, white, reveal } = shown;
  const slides = module.slides;
  const index = slides.findIndex((s) => s.id === slideId);
  const slide = slides[index]!;
  const next = slides[index + 1];
  const [source] = useState(() => consoleSourceId(module.id));
  const [saved] = useState(() => loadPresentation(module.id));
  const [timer, setTimer] = useState(() => saved?.timer ?? newPresentTimer(Date.now()));
  // The stopwatch's reading when the current slide came up: the slide's own time runs from there (and a reload keeps it).
  const [slideStart, setSlideStart] = useState(() => {
    const now = presentElapsed(timer, Date.now());
    const kept = saved?.slideId === slideId ? saved.slideStartedAt : undefined;
    return { index, at: kept !== undefined && kept <= now ? kept : now };
  });
  const [dialog, setDialog] = useState<'help' | 'goto' | null>(null);
  const [notesTarget, setNotesTarget] = useState<HTMLDivElement | null>(null);
  const [popupBlocked, setPopupBlocked] = useState(false);

  // Keys can come faster than React renders (a clicker held down): move from where the last
  // key left the position, not from the slide still on screen.
  const position = useRef({ index, black, white, reveal });
  useLayoutEffect(() => {
    position.current = { index, black, white, reveal };
  }, [index, black, white, reveal]);
  const revealSteps = slides.map((s) => s.reveals);
  const dispatch = (action: PresentAction) => {
    const moved = presentReducer(position.current, action, slides.length, revealSteps);
    if (moved === position.current) return;
    if (moved.index !== position.current.index) setSlideStart({ index: moved.index, at: presentElapsed(timer, Date.now()) });
    position.current = { ...moved, white: Boolean(moved.white), reveal: moved.reveal ?? 0 };
    setParams(positionSearch(slides[moved.index]!.id, { black: moved.black, white: moved.white, reveal: moved.reveal }), { replace: true });
  };
  const changeTimer = (changed: PresentTimer) => {
    setTimer(changed);
    const reading = presentElapsed(changed, Date.now());
    if (reading < slideStart.at) setSlideStart({ index, at: reading });
  };
  const onRemote = (command: RemoteCommand) => {
    if (command === 'timer') changeTimer(isPresentTimerRunning(timer) ? pausePresentTimer(timer, Date.now()) : resumePresentTimer(timer, Date.now()));
    else dispatch({ type: command });
  };

  useConsoleBroadcast(module.id, source, shown, (command) => dispatch({ type: command }));
  useEffect(() => storePresentation(module.id, { slideId, black, timer, slideStartedAt: slideStart.at }), [module.id, slideId, black, timer, slideStart.at]);
  const remote = useRemote({ source, moduleId: module.id, slideId, black, white, reveal, timer, slideStartedAt: slideStart.at }, onRemote);
  // While a session runs, the room's question, answers and Reveal come first in the side column
  // (before the next slide and the notes); before, the panel waits at the end. The key keeps it
  // one element as it moves, so its socket and its draft survive.
  const live = LivePanel && (
    <div key="live-panel" className="present-console__live">
      <LivePanel moduleId={module.id} slideId={slideId} black={black || white} />
    </div>
  );
  // When the session starts (or the console reloads into one), the column shows it from its top.
  const side = useRef<HTMLDivElement>(null);
  const hosting = Boolean(remote);
  useEffect(() => {
    if (hosting && side.current) side.current.scrollTop = 0;
  }, [hosting]);
  usePresentKeys((key) => {
    if (dialog) return;
    if (typeof key === 'object') dispatch({ type: 'jump', index: Math.min(Math.max(key.jump, 1), slides.length) - 1 });
    else if (key === 'fullscreen') toggleFullscreen();
    else if (key === 'goto' || key === 'help') setDialog(key);
    else dispatch({ type: key });
  });

  const screenHref = positionHref(paths.presentScreen.href(module.id, slideId), { black, white, reveal, console: source });
  const openScreen = () => setPopupBlocked(!window.open(screenHref, `sta-present-screen:${module.id}`, 'popup'));
  const current = f.number(index + 1);
  const total = f.number(slides.length);

  return (
    <div className="present-console" data-black={black} data-white={white}>
      <title>{`${slide.title} · ${t('present.console')} · ${module.title}`}</title>
      <header className="present-console__bar">
        <div className="present-console__heading">
          <p className="present-console__kicker">{t('present.console')}</p>
          <h1 className="present-console__title">{module.title}</h1>
          <Link className="present-console__exit" to={paths.module.href(module.id, slideId)}>
            {t('present.actions.exit')}
          </Link>
        </div>
        <PresentTimerView timer={timer} onChange={changeTimer} slideMinutes={slides.map((s) => s.minutes)} index={index} slideStartedAt={slideStart.at} />
        <ConsoleControls
          first={index === 0}
          last={!next}
          black={black}
          white={white}
          reveal={slide.reveals > 0 ? { shown: reveal, total: slide.reveals } : undefined}
          onAction={dispatch}
          onDialog={setDialog}
        />
      </header>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('present.announce', { current, total, title: slide.title })}
      </p>
      <div className="present-console__body">
        <section className="present-console__current" aria-labelledby="present-current">
          <h2 id="present-current" className="present-console__label">
            {t('present.current')} · {t('present.position', { current, total })}
          </h2>
          <p className="present-console__black" role="status">
            {black ? t('present.blackOn') : white ? t('present.whiteOn') : ''}
          </p>
          <SlideStage moduleId={module.id} locale={locale} slideId={slideId} showNotes notesTarget={notesTarget} revealed={reveal} revealPreview />
        </section>
        <div className="present-console__side" ref={side}>
          {remote && live}
          <section className="present-console__next" aria-labelledby="present-next">
            <h2 id="present-next" className="present-console__label">
              {t('present.next')}
            </h2>
            {next ? <SlideStage moduleId={module.id} locale={locale} slideId={next.id} /> : <LastSlide moduleId={module.id} locale={locale} />}
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
          <ConsoleRoom moduleId={module.id} source={source} remote={remote} />
          {!remote && live}
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

