import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SandboxState } from '../../stores/sandbox-schema';
import { useSandboxText } from './use-labels';
import type { SharedPlan } from './use-shared-plan';

/**
 * What the trainee is told about a shared plan: while it is offered, that they are looking at it
 * and their own plan is still saved, with the choice; once they replaced their plan, a way back.
 */
export function SharedPlanOffer({ shared, own }: { shared: SharedPlan; own: SandboxState | null }) {
  const { t } = useTranslation();
  const text = useSandboxText();
  const titleId = useId();
  if (shared.offer && own)
    return (
      <section className="notice sandbox-shared" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('sandbox.shared.title')}</h2>
        <p>{t('sandbox.shared.body', { shared: text.money(shared.offer.plan.annualTarget), own: text.money(own.plan.annualTarget) })}</p>
        <div className="sandbox-shared__actions">
          <button type="button" className="button" onClick={shared.keep}>
            {t('sandbox.shared.keep')}
          </button>
          <button type="button" className="button button--primary" onClick={shared.replace}>
            {t('sandbox.shared.replace')}
          </button>
        </div>
      </section>
    );
  if (shared.replaced)
    return (
      <div className="notice sandbox-shared" role="status">
        <p>{t('sandbox.shared.replaced', { own: text.money(shared.replaced.plan.annualTarget) })}</p>
        <button type="button" className="button" onClick={shared.undo}>
          {t('sandbox.shared.undo')}
        </button>
      </div>
    );
  return null;
}
