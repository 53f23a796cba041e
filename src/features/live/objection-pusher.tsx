import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { objectionTypes, type ObjectionType, type PushedQuestion } from '../../domain';
import { inEveryLanguage } from './authored-text';

// A closed map from domain values to translation keys.
const objectionKey = {
  price: 'live.host.objections.price',
  need: 'live.host.objections.need',
  timing: 'live.host.objections.timing',
  product: 'live.host.objections.product',
  vendor: 'live.host.objections.vendor',
  authority: 'live.host.objections.authority',
} as const satisfies Record<ObjectionType, string>;

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
