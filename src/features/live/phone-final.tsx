import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinalStanding } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

const podiumKey = ['live.screen.first', 'live.screen.second', 'live.screen.third'] as const;

/** The phone once the session is over: where this trainee finished and with how many points, and the podium the room sees. */
export function PhoneFinal({ final }: { final: FinalStanding }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const id = useId();
  // "3rd" / "第 3 名": English ordinals follow Intl.PluralRules' ordinal forms (one, two, few, other).
  const place = t('live.final.place', { count: final.rank, ordinal: true, formatted: f.number(final.rank) });
  return (
    <section className="live-final" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('live.final.title')}</h2>
      <p className="live-final__standing">{t('live.final.standing', { place, of: f.number(final.of), points: t('live.host.points', { points: f.number(final.points) }) })}</p>
      {final.podium.length > 0 && (
        <>
          <h3 id={`${id}-podium`}>{t('live.screen.podium')}</h3>
          <ol className="live-final__podium" aria-labelledby={`${id}-podium`}>
            {final.podium.map((r, i) => (
              <li key={i}>
                <span className="live-final__step">{t(podiumKey[r.rank - 1]!)}</span> <span className="live-final__name">{r.name}</span> <span className="live-final__points">{t('live.host.points', { points: f.number(r.points) })}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
