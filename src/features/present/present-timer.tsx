import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatPresentClock,
  isPresentOverTime,
  isPresentTimerRunning,
  pausePresentTimer,
  presentElapsed,
  presentPace,
  resetPresentTimer,
  resumePresentTimer,
  wholeMinutes,
  type PresentTimer,
} from '../../domain';

interface Props {
  timer: PresentTimer;
  onChange: (timer: PresentTimer) => void;
  /** The planned minutes of every slide of the module, in order (`<Slide minutes={n}>`). */
  slideMinutes: readonly number[];
  /** 0-based index of the current slide. */
  index: number;
  /** The stopwatch reading when the current slide came up. */
  slideStartedAt: number;
  /** The clock, injectable for tests; Date.now otherwise. */
  now?: () => number;
}

/**
 * The console's clocks, in one compact row: the time of day, the stopwatch against the module's
 * planned minutes, the time on this slide against its own, and how far ahead of or behind the
 * plan the talk is. Pause and reset act on the stopwatch; the slide's time pauses with it.
 */
export function PresentTimerView({ timer, onChange, slideMinutes, index, slideStartedAt, now = Date.now }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const at = useNow(now);
  const running = isPresentTimerRunning(timer);
  const elapsed = presentElapsed(timer, at);
  const plannedMinutes = slideMinutes.reduce((sum, m) => sum + m, 0);
  const over = isPresentOverTime(elapsed, plannedMinutes);
  const pace = presentPace({ elapsed, slideStartedAt, minutes: slideMinutes, index });
  const minutes = (n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(n);
  const behind = wholeMinutes(pace.behind);
  const paceText = behind > 0 ? t('present.timer.behind', { minutes: minutes(behind) }) : behind < 0 ? t('present.timer.ahead', { minutes: minutes(-behind) }) : t('present.timer.onTime');
  const wall = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  return (
    <div className={over ? 'present-timer present-timer--over' : 'present-timer'} role="group" aria-label={t('present.timer.label')}>
      <dl className="present-timer__readings">
        <div>
          <dt>{t('present.timer.wallClock')}</dt>
          <dd>
            <time dateTime={new Date(at).toISOString()}>{wall}</time>
          </dd>
        </div>
        <div>
          <dt>{t('present.timer.elapsed')}</dt>
          <dd>
            <span role="timer" className="present-timer__clock">
              {formatPresentClock(elapsed, locale)}
            </span>{' '}
            <span className="present-timer__planned">/ {t('present.timer.planned', { minutes: minutes(plannedMinutes) })}</span>
          </dd>
        </div>
        <div className={pace.slideOver ? 'present-timer__slide present-timer__slide--over' : 'present-timer__slide'}>
          <dt>{t('present.timer.thisSlide')}</dt>
          <dd>
            {formatPresentClock(pace.slideElapsed, locale)} <span className="present-timer__planned">/ {t('present.timer.planned', { minutes: minutes(slideMinutes[index] ?? 0) })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('present.timer.pace')}</dt>
          <dd className={behind > 0 ? 'present-timer__behind' : undefined}>{paceText}</dd>
        </div>
      </dl>
      <div className="present-timer__buttons">
        <button type="button" className="button button--small" onClick={() => onChange(running ? pausePresentTimer(timer, now()) : resumePresentTimer(timer, now()))}>
          {running ? t('present.timer.pause') : t('present.timer.resume')}
        </button>
        <button type="button" className="button button--small" onClick={() => onChange(resetPresentTimer(timer, now()))}>
          {t('present.timer.reset')}
        </button>
      </div>
      <p className="present-timer__warning" role="status">
        {over && <>⚠ {t('present.timer.over', { over: formatPresentClock(elapsed - plannedMinutes * 60_000, locale), minutes: minutes(plannedMinutes) })}</>}
      </p>
    </div>
  );
}

/** The time now, refreshed every second (the time of day runs even while the stopwatch is paused). */
function useNow(now: () => number): number {
  const [at, setAt] = useState(now);
  useEffect(() => {
    const id = setInterval(() => setAt(now()), 1000);
    return () => clearInterval(id);
  }, [now]);
  return at;
}
