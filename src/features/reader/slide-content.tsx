import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyMotion, MotionConfig, m } from 'motion/react';
import { loadModuleContent } from '../../content/module-loader';
import type { Locale } from '../../content/locales';
import { mdxComponents } from '../../mdx/components';
import { SlideContext, type SlideContextValue } from '../../mdx/slide-context';
import { ErrorBoundary } from '../../ui/error-boundary';
import { useReducedMotion } from '../../ui/use-reduced-motion';

const loadFeatures = () => import('./motion-features').then((r) => r.default);

interface Props {
  moduleId: string;
  locale: Locale;
  slide: SlideContextValue;
}

/** The module's text, showing only the active slide; loads the module on demand. */
export function SlideContent({ moduleId, locale, slide }: Props) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  // Checked here rather than left to MotionConfig alone: with lazily loaded features, motion
  // still ran the slide-in transform under "reduce".
  const reduceMotion = useReducedMotion();
  return (
    <ErrorBoundary
      key={`${moduleId}:${locale}:${attempt}`}
      fallback={() => (
        <div className="load-error" role="alert">
          <p>{t('reader.loadFailed')}</p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('reader.retry')}
          </button>
        </div>
      )}
    >
      <Suspense fallback={<p className="loading" role="status">{t('reader.loading')}</p>}>
        <MotionConfig reducedMotion="user">
          <LazyMotion features={loadFeatures} strict>
            <m.div
              key={slide.activeId}
              className="slide-frame"
              initial={reduceMotion ? false : { opacity: 0, y: 8 }}
              animate={{ opacity: 1, y: 0 }}
              transition={{ duration: 0.22, ease: 'easeOut' }}
            >
              <ModuleText moduleId={moduleId} locale={locale} slide={slide} />
            </m.div>
          </LazyMotion>
        </MotionConfig>
      </Suspense>
    </ErrorBoundary>
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
