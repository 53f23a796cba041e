import { useTranslation } from 'react-i18next';
import type { ReleasedLock, SandboxPlan } from '../../domain';
import { useSandboxText, viewLabel } from './use-labels';

/** The locks the last change of the yearly target released, and the target that released them. */
export interface Released {
  target: number;
  locks: ReleasedLock[];
}

/**
 * Tells the trainee, in their language, which locks a lower yearly target released and why. The
 * live region is always there, so a screen reader hears the message when it appears.
 */
export function ReleasedLocks({ released, plan }: { released: Released | undefined; plan: SandboxPlan }) {
  const { t } = useTranslation();
  const text = useSandboxText();
  const name = ({ view, index }: ReleasedLock): string => {
    if (view === 'months') return text.month(index);
    if (view === 'tiers') return text.tier(plan.tiers[index]?.id ?? '');
    return plan[view][index]?.name[text.locale] ?? '';
  };
  const locks = released?.locks ?? [];
  return (
    <div role="status" className={locks.length ? 'notice released-locks' : undefined}>
      {locks.length > 0 && (
        <>
          <p>
            <strong>{t('sandbox.lockReleasedTitle')}</strong>
          </p>
          <ul>
            {locks.map((lock) => (
              <li key={`${lock.view}-${lock.index}`}>
                {t('sandbox.lockReleased', { target: text.money(released!.target), name: name(lock), view: t(viewLabel[lock.view]), value: text.money(lock.locked) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
