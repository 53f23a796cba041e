import { useTranslation } from 'react-i18next';
import { countdownCue, type LiveQuestion } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { deadlineOf, useCountdown } from './use-countdown';

/**
 * A timed question's countdown on the trainer's console, large enough to read when the console is
 * what the projector shows. A screen reader hears it only at a few thresholds (`countdownCue`),
 * through its own live region; the visible timer itself is not live.
 */
export function HostCountdown({ question, now }: { question: LiveQuestion; now: number }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const left = useCountdown(deadlineOf(question), now);
  if (left === undefined || question.kind !== 'quiz') return null;
  const cue = countdownCue(left / 1000, question.seconds);
  return (
    <>
      <p className="live-host__timer" role="timer">
        {left === 0 ? t('live.screen.timeUp') : t('live.countdown', { seconds: f.number(Math.ceil(left / 1000)) })}
      </p>
      <p className="visually-hidden" role="status">
        {cue === undefined ? '' : cue === 0 ? t('live.screen.timeUp') : t('live.host.secondsLeft', { count: cue, formatted: f.number(cue) })}
      </p>
    </>
  );
}
