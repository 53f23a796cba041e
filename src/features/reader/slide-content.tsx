import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyMotion, MotionConfig, m } from 'motion/react';
import { loadModuleContent } from '../../content/module-loader';
import type { Locale } from '../../content/locales';
import { mdxComponents } from '../../mdx/components';
import { SlideContext, type SlideContextValue } from '../../mdx/slide-context';
import { LoadBoundary } from '../../ui/load-boundary';
import { useReducedMotion } from '../../ui/use-reduced-motion';

const loadFeatures = () => import('./motion-features').then((r) => r.default);

interface Props {
  moduleId: string;
  locale: Locale;
  slide: SlideContextValue;
}

/** The module's text, showing only the active slide; loads the module on demand. */
/** The first slide shown since the page loaded, kept across remounts of the reader (a route change may remount it). */
let firstSlide: string | undefined;

export function SlideContent({ moduleId, locale, slide }: Props) {
  const { t } = useTranslation();
  // Checked here rather than left to MotionConfig alone: with lazily loaded features, motion
  // still ran the slide-in transform under "reduce".
  const reduceMotion = useReducedMotion();
  // The slide the page opens on is there at once (no fade-in while its code loads): only a move to another slide slides in.
  const [openedOn] = useState(() => (firstSlide ??= `${moduleId}/${slide.activeId}`));
  return (
    <LoadBoundary key={`${moduleId}:${locale}`} loading={t('reader.loading')} failed={t('reader.loadFailed')} retry={t('reader.retry')}>
      <MotionConfig reducedMotion="user">
        <LazyMotion features={loadFeatures} strict>
          <m.div
            key={slide.activeId}
            className="slide-frame"
            initial={reduceMotion || `${moduleId}/${slide.activeId}` === openedOn ? false : { opacity: 0, y: 8 }}
            animate={{ opacity: 1, y: 0 }}
            transition={{ duration: 0.22, ease: 'easeOut' }}
          >
            <ModuleText moduleId={moduleId} locale={locale} slide={slide} />
          </m.div>
        </LazyMotion>
      </MotionConfig>
    </LoadBoundary>
  );
}

function ModuleText({ moduleId, locale, slide }: Props) {
  const Content = use(loadModuleContent(moduleId, locale));
  return (
    <SlideContext value={slide}>
      <Content components={mdxComponents} />
    </SlideContext>
  );
}
