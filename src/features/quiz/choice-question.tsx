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

/** Once checked, the right options say so (in words and colour), and a wrong choice is marked too. */
function Verdict({ locked, correct, chosen }: { locked: boolean; correct: boolean; chosen: boolean }) {
  const { t } = useTranslation();
  if (!locked || (!correct && !chosen)) return null;
  return <span className={`choice__verdict choice__verdict--${correct ? 'right' : 'wrong'}`}>{correct ? t('quiz.rightOption') : t('quiz.wrongOption')}</span>;
}

const choiceClass = (locked: boolean, correct: boolean, chosen: boolean) => `choice${locked && correct ? ' choice--right' : locked && chosen ? ' choice--wrong' : ''}`;

export function SingleQuestion({ item, order, answer, locked, onAnswer }: Props<SingleItem>) {
  const name = useId();
  const l = useLocalized();
  const chosen = answer?.type === 'single' ? answer.optionId : undefined;
  return (
    <div className="choices">
      {optionsInOrder(item, order).map((o) => (
        <label key={o.id} className={choiceClass(locked, o.correct, chosen === o.id)}>
          <input type="radio" name={name} checked={chosen === o.id} disabled={locked} onChange={() => onAnswer({ type: 'single', optionId: o.id })} />
          <span>{l(o.text)}</span>
          <Verdict locked={locked} correct={o.correct} chosen={chosen === o.id} />
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
        <label key={o.id} className={choiceClass(locked, o.correct, chosen.includes(o.id))}>
          <input type="checkbox" checked={chosen.includes(o.id)} disabled={locked} onChange={() => toggle(o.id)} />
          <span>{l(o.text)}</span>
          <Verdict locked={locked} correct={o.correct} chosen={chosen.includes(o.id)} />
        </label>
      ))}
    </div>
  );
}

export function TrueFalseQuestion({ item, answer, locked, onAnswer }: Props<TrueFalseItem>) {
  const { t } = useTranslation();
  const name = useId();
  const chosen = answer?.type === 'truefalse' ? answer.value : undefined;
  return (
    <div className="choices choices--inline">
      {([true, false] as const).map((value) => (
        <label key={String(value)} className={choiceClass(locked, item.answer === value, chosen === value)}>
          <input type="radio" name={name} checked={chosen === value} disabled={locked} onChange={() => onAnswer({ type: 'truefalse', value })} />
          <span>{value ? t('quiz.true') : t('quiz.false')}</span>
          <Verdict locked={locked} correct={item.answer === value} chosen={chosen === value} />
        </label>
      ))}
    </div>
  );
}
