import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatPresentClock,
  isPresentOverTime,
  isPresentTimerRunning,
  pausePresentTimer,
  presentElapsed,
  resetPresentTimer,
  resumePresentTimer,
  type PresentTimer,
} from '../../domain';

interface Props {
  timer: PresentTimer;
  onChange: (timer: PresentTimer) => void;
  plannedMinutes: number;
}

/** The stopwatch: time since the start, the module's planned minutes, and a warning once over. */
export function PresentTimerView({ timer, onChange, plannedMinutes }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const running = isPresentTimerRunning(timer);
  const now = useNow(running);
  const elapsed = presentElapsed(timer, now);
  const over = isPresentOverTime(elapsed, plannedMinutes);
  const minutes = useMemo(() => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(plannedMinutes), [locale, plannedMinutes]);
  return (
    <div className={over ? 'present-timer present-timer--over' : 'present-timer'} role="group" aria-label={t('present.timer.label')}>
      <p className="present-timer__clock">
        <span className="visually-hidden">{t('present.timer.elapsed')} </span>
        <span role="timer">{formatPresentClock(elapsed, locale)}</span>
        <span className="present-timer__planned"> / {t('present.timer.planned', { minutes })}</span>
      </p>
      <div className="present-timer__buttons">
        <button type="button" className="button button--small" onClick={() => onChange(running ? pausePresentTimer(timer, Date.now()) : resumePresentTimer(timer, Date.now()))}>
          {running ? t('present.timer.pause') : t('present.timer.resume')}
        </button>
        <button type="button" className="button button--small" onClick={() => onChange(resetPresentTimer(timer, Date.now()))}>
          {t('present.timer.reset')}
        </button>
      </div>
      <p className="present-timer__warning" role="status">
        {over && <>⚠ {t('present.timer.over', { over: formatPresentClock(elapsed - plannedMinutes * 60_000, locale), minutes })}</>}
      </p>
    </div>
  );
}

/** The time now, refreshed every second while `running`. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  return running ? now : 0;
}
