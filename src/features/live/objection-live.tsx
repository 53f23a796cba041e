import { useTranslation } from 'react-i18next';
import { replySteps, type ReplyStep, type RoomSplit } from '../../domain';
import { LiveChart } from './live-chart';

// A closed map from domain values to translation keys. What a phone shows is here; what only the
// trainer's console pushes (with its words in every language) is in objection-pusher.tsx, so that a
// phone never loads every language's live strings.
export const stepKey = {
  listen: 'live.steps.listen',
  sympathize: 'live.steps.sympathize',
  confirm: 'live.steps.confirm',
  position: 'live.steps.position',
  affirm: 'live.steps.affirm',
  none: 'live.steps.none',
} as const satisfies Record<ReplyStep, string>;

/** The room's replies to an objection by LSCPA step, with a few anonymous examples of each; on a phone, its own step marked. */
export function ObjectionSplit({ split, label, mine }: { split?: RoomSplit; label?: string; mine?: ReplyStep }) {
  const { t } = useTranslation();
  const total = split?.total ?? 0;
  const steps = replySteps.filter((s) => (split?.steps[s].examples.length ?? 0) > 0);
  return (
    <>
      <LiveChart label={label} total={total} rows={replySteps.map((s) => ({ id: s, label: t(stepKey[s]), count: split?.steps[s].count ?? 0, mine: s === mine }))} />
      {steps.length > 0 && (
        <section className="live-host__examples" aria-label={t('live.host.examples')}>
          {steps.map((s) => (
            <div key={s}>
              <h4>{t(stepKey[s])}</h4>
              <ul>
                {split!.steps[s].examples.map((e, i) => (
                  <li key={i}>“{e}”</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
