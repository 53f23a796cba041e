import { packageConfig } from '../../config/package';
import { useCallback, useId, useLayoutEffect, useRef } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import { resumeSlide, seenCount } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { useSettingsStore } from '../../stores/settings-store';
import { ProgressBar } from '../../ui/progress-bar';
import { useFormatters } from '../../ui/use-formatters';
import { SlideContent } from './slide-content';
import { SlideToc } from './slide-toc';
import { useSlideTimer } from './use-slide-timer';
import { useSlideKeys } from './use-slide-keys';

export function ReaderPage() {
  const { moduleId = '', slideId } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const module = findModule(locale, moduleId);
  const progress = useProgressStore((s) => s.progress);

  if (!module) {
    return (
      <div className="page page--narrow">
        <title>{`${t('errors.notFoundTitle')} · ${t('app.name')}`}</title>
        <h1>{t('errors.notFoundTitle')}</h1>
        <p>{t('reader.notFound')}</p>
        <Link className="button" to={paths.home.href()}>
          {t('reader.backHome')}
        </Link>
      </div>
    );
  }
  const slideIds = module.slides.map((s) => s.id);
  if (!slideId || !slideIds.includes(slideId)) {
    const target = slideId ? slideIds[0] : resumeSlide(progress, module.id, slideIds);
    return <Navigate replace to={paths.module.href(module.id, target)} />;
  }
  return <Reader key={module.id} moduleId={module.id} slideId={slideId} locale={locale} />;
}

function Reader({ moduleId, slideId, locale }: { moduleId: string; slideId: string; locale: Locale }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const module = findModule(locale, moduleId)!;
  const progress = useProgressStore((s) => s.progress);
  const seen = progress.modules[moduleId]?.seen ?? noneSeen;
  const markSeen = useProgressStore((s) => s.markSeen);
  const showNotes = useSettingsStore((s) => s.showNotes);
  const setShowNotes = useSettingsStore((s) => s.setShowNotes);
  const notesId = useId();

  const slideIds = module.slides.map((s) => s.id);
  const index = slideIds.indexOf(slideId);
  const slide = module.slides[index]!;
  const previousId = slideIds[index - 1];
  const nextId = slideIds[index + 1];
  const seenTotal = seenCount(progress, moduleId, slideIds);

  // Showing a slide is the event that counts it as seen. A layout effect runs before the slide is
  // painted, so a slide on screen is always recorded: a passive effect may still be pending when
  // the trainee turns on or leaves the page, and that visit (and where to resume) would be lost.
  useLayoutEffect(() => markSeen(moduleId, slideId), [markSeen, moduleId, slideId]);
  useSlideTimer(moduleId, slideId);

  // Move focus to the new slide's heading after each turn, so keyboard and screen-reader
  // users land on the new content. A page just opened from its address (the router's first
  // location, key "default") keeps the browser's own start at the top of the page, as any page
  // load does; focusing there would also force a style and layout pass into the app's first draw.
  const landed = useLocation().key === 'default';
  const focusedSlide = useRef<string | undefined>(undefined);
  const headingRef = useCallback(
    (el: HTMLHeadingElement | null) => {
      if (el && focusedSlide.current !== slideId) {
        focusedSlide.current = slideId;
        if (!landed) el.focus();
      }
    },
    [slideId, landed],
  );

  // Keys can arrive faster than React renders: count from where the last key sent the
  // trainee, not from the slide still on screen, so two quick presses move two slides.
  const position = useRef(index);
  useLayoutEffect(() => {
    position.current = index;
  }, [index]);
  useSlideKeys((delta) => {
    // The address already names the slide the last key went to, even while React is still
    // drawing an earlier one (a turn is a transition), so it is where the next key counts from.
    const path = packageConfig.format ? window.location.hash.replace(/^#/, '').split('?')[0]! : window.location.pathname;
    const addressed = slideIds.indexOf(decodeURIComponent(path.split('/').filter(Boolean).at(-1) ?? ''));
    const target = (addressed >= 0 ? addressed : position.current) + delta;
    if (target < 0 || target > slideIds.length) return;
    position.current = target;
    const id = slideIds[target];
    void navigate(id ? paths.module.href(moduleId, id) : paths.moduleDone.href(moduleId));
  });

  return (
    <div className="reader">
      <title>{`${slide.title} · ${module.title} · ${t('app.name')}`}</title>
      <SlideToc module={module} activeId={slideId} seen={seen} />
      <article className="reader__main" aria-labelledby="module-title">
        <header className="reader__header">
          <h1 id="module-title" className="reader__module-title">
            {module.title}
          </h1>
          <ProgressBar
            value={seenTotal}
            max={slideIds.length}
            label={t('reader.progressValue', { seen: f.number(seenTotal), total: f.number(slideIds.length) })}
            compact
          />
          <p className="reader__position">
            {t('reader.position', { current: f.number(index + 1), total: f.number(slideIds.length) })}
          </p>
        </header>
        <SlideContent moduleId={moduleId} locale={locale} slide={{ activeId: slideId, showNotes, headingRef }} />
        <nav className="reader__nav" aria-label={t('reader.slideNav')}>
          {previousId ? (
            <Link className="button" to={paths.module.href(moduleId, previousId)} rel="prev">
              ← {t('reader.previous')}
            </Link>
          ) : (
            <span />
          )}
          {nextId ? (
            <Link className="button button--primary" to={paths.module.href(moduleId, nextId)} rel="next">
              {t('reader.next')} →
            </Link>
          ) : (
            <Link className="button button--primary" to={paths.moduleDone.href(moduleId)}>
              {t('reader.finish')} ✓
            </Link>
          )}
        </nav>
        <div className="reader__options">
          <input id={notesId} type="checkbox" checked={showNotes} onChange={(e) => setShowNotes(e.target.checked)} />
          <label htmlFor={notesId}>{t('reader.showNotes')}</label>
          {/* A package for an LMS has no presenter view. */}
          {!packageConfig.format && <Link to={paths.present.href(moduleId, slideId)}>{t('reader.present')}</Link>}
          <span className="hint keyboard-hint">{t('reader.keyboardHint')}</span>
        </div>
      </article>
    </div>
  );
}

const noneSeen: Record<string, string> = {};
