import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { objectionTypes, replySteps, type ObjectionType, type PushedQuestion, type ReplyStep, type RoomSplit } from '../../domain';
import { inEveryLanguage } from './authored-text';
import { LiveChart } from './live-chart';

// Closed maps from domain values to translation keys.
export const stepKey = {
  listen: 'live.steps.listen',
  sympathize: 'live.steps.sympathize',
  confirm: 'live.steps.confirm',
  position: 'live.steps.position',
  affirm: 'live.steps.affirm',
  none: 'live.steps.none',
} as const satisfies Record<ReplyStep, string>;

const objectionKey = {
  price: 'live.host.objections.price',
  need: 'live.host.objections.need',
  timing: 'live.host.objections.timing',
  product: 'live.host.objections.product',
  vendor: 'live.host.objections.vendor',
  authority: 'live.host.objections.authority',
} as const satisfies Record<ObjectionType, string>;

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

/** The trainer pushes a customer's objection; phones answer it in their own words. */
export function ObjectionPusher({ onPush, label }: { onPush: (q: PushedQuestion) => void; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [objection, setObjection] = useState<ObjectionType>('price');
  return (
    <div className="field">
      <label htmlFor={`${id}-objection`}>{t('live.host.objection')}</label>
      <select id={`${id}-objection`} value={objection} onChange={(e) => setObjection(e.target.value as ObjectionType)}>
        {objectionTypes.map((o) => (
          <option key={o} value={o}>
            {t(objectionKey[o])}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => onPush({ kind: 'objection', objection, prompt: inEveryLanguage(objectionKey[objection]) })}>
        {label}
      </button>
    </div>
  );
}
