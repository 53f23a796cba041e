import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import type { ModuleMeta } from '../../content/schema';
import { isNewerPresentPosition, parseRevealCount, PRESENT_PROTOCOL, type PresentPositionStamp } from '../../domain';
import { positionSearch } from './position-href';
import { openPresentChannel, type PresentTransport } from './present-channel';
import { PresentNotFound } from './present-not-found';
import { SlideStage } from './slide-stage';
import { toggleFullscreen, usePresentKeys } from './use-present-keys';
import './present.css';

/** Where the screen should be, from another way than this browser's console (the live-session server). */
export type UseRemotePosition = (moduleId: string) => { slideId: string; black: boolean } | undefined;

interface Props {
  /** Followed whenever it gives a new position, beside the console's BroadcastChannel. */
  useRemotePosition?: UseRemotePosition;
  /** Drawn over the slide when given (the router passes the live session's audience layer). */
  liveLayer?: ComponentType<{ moduleId: string }>;
}

const useNoRemotePosition: UseRemotePosition = () => undefined;

/** `/present/:moduleId/screen?slide=…&black=1`: the slide alone, for the projector. */
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
    return { slideId, black: params.get('black') === '1', reveal: parseRevealCount(params.get('reveal'), revealsOf(slideId)) };
  });

  // The live-session server relays slide and black screen only: a screen following it from
  // another machine shows the slide whole rather than keep a part hidden it cannot reveal.
  const remote = useRemotePosition(module.id);
  const [lastRemote, setLastRemote] = useState<{ slideId: string; black: boolean } | undefined>(undefined);
  if (remote && (remote.slideId !== lastRemote?.slideId || remote.black !== lastRemote?.black)) {
    setLastRemote(remote);
    if (known(remote.slideId)) setShown({ slideId: remote.slideId, black: remote.black, reveal: revealsOf(remote.slideId) });
  }

  const channel = useRef<PresentTransport | undefined>(undefined);
  useEffect(() => {
    const transport = openPresentChannel(module.id);
    let last: PresentPositionStamp | undefined;
    const unsubscribe = transport.subscribe((message) => {
      if (message.type !== 'position' || !isNewerPresentPosition(last, message) || !slideIds.includes(message.slideId)) return;
      last = message;
      setShown({ slideId: message.slideId, black: message.black, reveal: Math.min(message.reveal, revealsOf(message.slideId)) });
    });
    channel.current = transport;
    transport.post({ v: PRESENT_PROTOCOL, type: 'hello', moduleId: module.id });
    return () => {
      unsubscribe();
      transport.close();
      channel.current = undefined;
    };
    // slideIds is the module's, which the key fixes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [module.id]);

  // Keep the address in step, so a reload of this window alone comes back to the same slide.
  useEffect(() => {
    const wanted = positionSearch(shown.slideId, shown.black, shown.reveal);
    const current = new URLSearchParams(params);
    current.delete('live');
    if (current.toString() === wanted.toString()) return;
    if (params.has('live')) wanted.set('live', params.get('live')!);
    setParams(wanted, { replace: true });
  }, [shown, params, setParams]);

  // F is this window's own; turning keys go to the console (a clicker may be talking to this window).
  usePresentKeys((key) => {
    if (key === 'fullscreen') toggleFullscreen();
    else if (key === 'next' || key === 'prev' || key === 'black') channel.current?.post({ v: PRESENT_PROTOCOL, type: 'command', moduleId: module.id, action: key });
  });

  const slide = module.slides.find((s) => s.id === shown.slideId)!;
  return (
    <div className="present-screen" data-black={shown.black}>
      <title>{`${slide.title} · ${t('present.screen')} · ${module.title}`}</title>
      <h1 className="visually-hidden">{module.title}</h1>
      <div className="present-screen__stage" aria-hidden={shown.black || undefined}>
        <SlideStage moduleId={module.id} locale={i18n.language as Locale} slideId={shown.slideId} revealed={shown.reveal} />
      </div>
      {shown.black && <div className="present-screen__black" />}
      {LiveLayer && !shown.black && <LiveLayer moduleId={module.id} />}
    </div>
  );
}
