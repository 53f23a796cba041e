import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, MultipleItem, SingleItem, TrueFalseItem } from '../../domain';
import { useLocalized } from './use-localized';

interface Props<I> {
  item: I;
  order?: string[];
  answer: Answer | undefined;
  locked: boolean;
  onAnswer: (answer: Answer) => void;
}

function optionsInOrder(item: SingleItem | MultipleItem, order?: string[]) {
  return order ? order.map((id) => item.options.find((o) => o.id === id)!).filter(Boolean) : item.options;
}

export function SingleQuestion({ item, order, answer, locked, onAnswer }: Props<SingleItem>) {
  const name = useId();
  const l = useLocalized();
  const chosen = answer?.type === 'single' ? answer.optionId : undefined;
  return (
    <div className="choices">
      {optionsInOrder(item, order).map((o) => (
        <label key={o.id} className="choice">
          <input type="radio" name={name} checked={chosen === o.id} disabled={locked} onChange={() => onAnswer({ type: 'single', optionId: o.id })} />
          <span>{l(o.text)}</span>
        </label>
      ))}
    </div>
  );
}

export function MultipleQuestion({ item, order, answer, locked, onAnswer }: Props<MultipleItem>) {
  const { t } = useTranslation();
  const l = useLocalized();
  const chosen = answer?.type === 'multiple' ? answer.optionIds : [];
  const toggle = (id: string) =>
    onAnswer({ type: 'multiple', optionIds: chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id] });
  return (
    <div className="choices">
      <p className="hint">{t('quiz.multipleHint')}</p>
      {optionsInOrder(item, order).map((o) => (
        <label key={o.id} className="choice">
          <input type="checkbox" checked={chosen.includes(o.id)} disabled={locked} onChange={() => toggle(o.id)} />
          <span>{l(o.text)}</span>
        </label>
      ))}
    </div>
  );
}

export function TrueFalseQuestion({ answer, locked, onAnswer }: Props<TrueFalseItem>) {
  const { t } = useTranslation();
  const name = useId();
  const chosen = answer?.type === 'truefalse' ? answer.value : undefined;
  return (
    <div className="choices choices--inline">
      {([true, false] as const).map((value) => (
        <label key={String(value)} className="choice">
          <input type="radio" name={name} checked={chosen === value} disabled={locked} onChange={() => onAnswer({ type: 'truefalse', value })} />
          <span>{value ? t('quiz.true') : t('quiz.false')}</span>
        </label>
      ))}
    </div>
  );
}
