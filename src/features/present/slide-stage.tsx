import { use, useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { loadModuleContent } from '../../content/module-loader';
import type { Locale } from '../../content/locales';
import { mdxComponents } from '../../mdx/components';
import { SlideContext, type SlideContextValue } from '../../mdx/slide-context';
import { LoadBoundary } from '../../ui/load-boundary';

/** Slides are laid out on a fixed 1280 × 720 stage and scaled as a whole, so text scales with the screen. */
export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;

interface Props {
  moduleId: string;
  locale: Locale;
  slideId: string;
  showNotes?: boolean;
  /** Where the slide's notes go (see SlideContextValue). */
  notesTarget?: Element | null;
  notesLabel?: string;
  /** Presenter mode: the slide's hidden parts shown so far (see SlideContextValue); left out, all show. */
  revealed?: number;
  /** The console's view: parts still hidden show, marked as hidden from the room. */
  revealPreview?: boolean;
}

/**
 * One slide on a 16:9 stage that fills its box (letterboxed at any other shape). A slide taller
 * than the stage is shrunk to fit it, so the audience always sees the whole slide.
 */
export function SlideStage({ moduleId, locale, slideId, showNotes = false, notesTarget, notesLabel, revealed, revealPreview }: Props) {
  const { t } = useTranslation();
  const viewport = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useStageScale(viewport, stage, content);
  return (
    <div className="stage-viewport" ref={viewport}>
      <div className="stage" ref={stage} data-testid="slide-stage">
        <div className="stage__content" ref={content}>
          <LoadBoundary key={`${moduleId}:${locale}`} loading={t('present.loading')} failed={t('present.loadFailed')} retry={t('present.retry')}>
            <ModuleSlide moduleId={moduleId} locale={locale} slide={{ activeId: slideId, showNotes, notesTarget, notesLabel, revealed, revealPreview }} />
          </LoadBoundary>
        </div>
      </div>
    </div>
  );
}

function ModuleSlide({ moduleId, locale, slide }: { moduleId: string; locale: Locale; slide: SlideContextValue }) {
  const Content = use(loadModuleContent(moduleId, locale));
  return (
    <SlideContext value={slide}>
      <Content components={mdxComponents} />
    </SlideContext>
  );
}

type Ref = RefObject<HTMLDivElement | null>;

/**
 * Keeps `--stage-scale` (stage to box) and `--stage-fit` (slide to stage) up to date as the box
 * or the slide changes size. Set on the elements directly: a resize re-renders nothing.
 */
function useStageScale(viewport: Ref, stage: Ref, content: Ref) {
  useLayoutEffect(() => {
    const box = viewport.current;
    const stageEl = stage.current;
    const slide = content.current;
    if (!box || !stageEl || !slide || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const scale = Math.min(box.clientWidth / STAGE_WIDTH, box.clientHeight / STAGE_HEIGHT);
      // Layout sizes, which the slide's own transform does not change.
      const fit = Math.min(1, STAGE_HEIGHT / Math.max(slide.offsetHeight, 1), STAGE_WIDTH / Math.max(slide.scrollWidth, 1));
      stageEl.style.setProperty('--stage-scale', String(scale > 0 ? scale : 1));
      slide.style.setProperty('--stage-fit', String(fit));
    };
    const observer = new ResizeObserver(update);
    observer.observe(box);
    observer.observe(slide);
    update();
    return () => observer.disconnect();
  }, [viewport, stage, content]);
}
