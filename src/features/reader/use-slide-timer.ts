import { useEffect } from 'react';
import { MAX_SLIDE_READING_MS } from '../../domain';
import { activityEvents } from '../../stores/activity-events';

/** Reports the time a slide was actually on screen (hidden tabs do not count) when it is left. */
export function useSlideTimer(moduleId: string, slideId: string) {
  useEffect(() => {
    let shownAt = document.visibilityState === 'visible' ? performance.now() : undefined;
    let total = 0;
    const pause = () => {
      if (shownAt !== undefined) total += performance.now() - shownAt;
      shownAt = undefined;
    };
    const report = () => {
      pause();
      if (total > 0) activityEvents.emit({ type: 'slide', moduleId, slideId, durationMs: Math.min(MAX_SLIDE_READING_MS, Math.round(total)), at: new Date().toISOString() });
      total = 0;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') shownAt = performance.now();
      else report();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', report);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', report);
      report();
    };
  }, [moduleId, slideId]);
}
