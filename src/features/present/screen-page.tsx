import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../config/paths';
import { useTranslation } from 'react-i18next';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import type { ModuleMeta } from '../../content/schema';
import { isNewerPresentPosition, parseRevealCount, PRESENT_PROTOCOL, type PresentPositionStamp } from '../../domain';
import { positionHref, positionSearch } from './position-href';
import { isConsolePresent } from './console-presence';
import { openPresentChannel, type PresentTransport } from './present-channel';
import { PresentNotFound } from './present-not-found';
import { SlideStage } from './slide-stage';
import { toggleFullscreen, usePresentKeys } from './use-present-keys';
import './present.css';

/** Where a screen on another machine should be, from the live-session server; `reveal` left out shows the slide whole. */
export interface RemotePosition {
  slideId: string;
  black: boolean;
  white?: boolean;
  reveal?: number;
}

/** Where the screen should be, from another way than this browser's console (the live-session server); `follow` names the console it follows, if any. */
export type UseRemotePosition = (moduleId: string, follow: string | null) => RemotePosition | undefined;

interface Props {
  /** Followed whenever it gives a new position, beside the console's BroadcastChannel. */
  useRemotePosition?: UseRemotePosition;
  /** Drawn over the slide when given (the router passes the live session's audience layer). */
  liveLayer?: ComponentType<{ moduleId: string }>;
}

const useNoRemotePosition: UseRemotePosition = () => undefined;
const CONSOLE_ID = /^[a-z0-9-]{1,40}$/;

/** `/present/:moduleId/screen?slide=…&black=1&console=…`: the slide alone, for the projector (with the live room's layer over it). */
export function ScreenPage({ useRemotePosition = useNoRemotePosition, liveLayer }: Props) {
  const { moduleId = '' } = useParams();
  const { i18n } = useTranslation();
  const module = findModule(i18n.language as Locale, moduleId);
  if (!module) return <PresentNotFound />;
  return <Screen key={module.id} module={module} useRemotePosition={useRemotePosition} LiveLayer={liveLayer} />;
}

interface Shown {
  slideId: string;
  black: boolean;
  white: boolean;
  /** The slide's hidden parts the trainer has revealed. */
  reveal: number;
}

function Screen({ module, useRemotePosition, LiveLayer }: { module: ModuleMeta; useRemotePosition: UseRemotePosition; LiveLayer?: ComponentType<{ moduleId: string }> }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const slideIds = module.slides.map((s) => s.id);
  const known = (id: string | null | undefined): id is string => Boolean(id) && slideIds.includes(id!);
  const revealsOf = (id: string) => module.slides.find((s) => s.id === id)?.reveals ?? 0;
  // The URL is where the screen starts, so a screen reloaded alone stays put; the console then moves it.
  const [shown, setShown] = useState<Shown>(() => {
    const slide = params.get('slide');
    const slideId = known(slide) ? slide : slideIds[0]!;
    const black = params.get('black') === '1';
    return { slideId, black, white: !black && params.get('white') === '1', reveal: parseRevealCount(params.get('reveal'), revealsOf(slideId)) };
  });
  // The console this screen follows: the one that opened it (`?console=`), else the first that answers its hello.
  const [follow, setFollow] = useState(() => {
    const named = params.get('console');
    return named && CONSOLE_ID.test(named) ? named : null;
  });
  const followRef = useRef(follow);

  // The live-session server: a screen following a named console also gets its reveals and white screen.
  const remote = useRemotePosition(module.id, follow);
  const [lastRemote, setLastRemote] = useState<RemotePosition | undefined>(undefined);
  if (remote && (remote.slideId !== lastRemote?.slideId || remote.black !== lastRemote?.black || remote.white !== lastRemote?.white || remote.reveal !== lastRemote?.reveal)) {
    setLastRemote(remote);
    if (known(remote.slideId)) setShown({ slideId: remote.slideId, black: remote.black, white: Boolean(remote.white), reveal: Math.min(remote.reveal ?? Infinity, revealsOf(remote.slideId)) });
  }

  const channel = useRef<PresentTransport | undefined>(undefined);
  const navigate = useNavigate();
  useEffect(() => {
    const transport = openPresentChannel(module.id);
    let last: PresentPositionStamp | undefined;
    let closed = false;
    const unsubscribe = transport.subscribe(async (message) => {
      // The console went on to another module: go with it (in this window, so it stays on the projector and full screen).
      if (message.type === 'move') {
        if (message.source === followRef.current) navigate(positionHref(paths.presentScreen.href(message.to), { black: false, console: message.console }), { replace: true });
        return;
      }
      if (message.type !== 'position' || !slideIds.includes(message.slideId)) return;
      // One console only: a second console tab on the same module never moves this screen, unless
      // the console it followed has closed (its tab shut by mistake): then the one open now takes over.
      if (followRef.current && message.source !== followRef.current) {
        const gone = followRef.current;
        if (await isConsolePresent(gone)) return;
        if (closed) return;
        if (followRef.current === gone) followRef.current = null;
        else if (followRef.current !== message.source) return;
      }
      if (!isNewerPresentPosition(last, message)) return;
      if (!followRef.current) {
        followRef.current = message.source;
        setFollow(message.source);
      }
      last = message;
      setShown({ slideId: message.slideId, black: message.black, white: message.white, reveal: Math.min(message.reveal, revealsOf(message.slideId)) });
    });
    channel.current = transport;
    transport.post({ v: PRESENT_PROTOCOL, type: 'hello', moduleId: module.id, ...(followRef.current ? { console: followRef.current } : {}) });
    return () => {
      closed = true;
      unsubscribe();
      transport.close();
      channel.current = undefined;
    };
    // slideIds is the module's, which the key fixes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [module.id]);

  // Keep the address in step (with the session and the console followed), so a reload of this window alone comes back to the same slide.
  useEffect(() => {
    const wanted = positionSearch(shown.slideId, shown);
    const live = params.get('live');
    if (live) wanted.set('live', live);
    if (follow) wanted.set('console', follow);
    if (new URLSearchParams(params).toString() === wanted.toString()) return;
    setParams(wanted, { replace: true });
  }, [shown, follow, params, setParams]);

  // F is this window's own; turning keys go to the console it follows (a clicker may be talking to this window).
  usePresentKeys((key) => {
    if (key === 'fullscreen') toggleFullscreen();
    else if (key === 'next' || key === 'prev' || key === 'first' || key === 'last' || key === 'black' || key === 'white')
      channel.current?.post({ v: PRESENT_PROTOCOL, type: 'command', moduleId: module.id, action: key, ...(followRef.current ? { to: followRef.current } : {}) });
  });

  const slide = module.slides.find((s) => s.id === shown.slideId)!;
  const blank = shown.black || shown.white;
  return (
    <div className="present-screen" data-black={shown.black} data-white={shown.white}>
      <title>{`${slide.title} · ${t('present.screen')} · ${module.title}`}</title>
      <h1 className="visually-hidden">{module.title}</h1>
      <div className="present-screen__stage" aria-hidden={blank || undefined}>
        <SlideStage moduleId={module.id} locale={i18n.language as Locale} slideId={shown.slideId} revealed={shown.reveal} />
      </div>
      {shown.black && <div className="present-screen__black" />}
      {shown.white && <div className="present-screen__white" />}
      {LiveLayer && !blank && <LiveLayer moduleId={module.id} />}
    </div>
  );
}
