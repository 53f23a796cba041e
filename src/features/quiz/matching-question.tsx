import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, MatchingItem } from '../../domain';
import { useLocalized } from './use-localized';

interface Props {
  item: MatchingItem;
  order?: string[];
  answer: Answer | undefined;
  locked: boolean;
  onAnswer: (answer: Answer) => void;
}

/** One labeled drop-down per left-hand entry: usable by keyboard and screen reader as it is. */
export function MatchingQuestion({ item, order, answer, locked, onAnswer }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const id = useId();
  const matches = answer?.type === 'matching' ? answer.matches : {};
  const rights = (order ?? item.pairs.map((p) => p.id)).map((pid) => item.pairs.find((p) => p.id === pid)!).filter(Boolean);

  const choose = (left: string, right: string) => {
    const { [left]: _old, ...rest } = matches;
    onAnswer({ type: 'matching', matches: right ? { ...rest, [left]: right } : rest });
  };

  return (
    <div className="matching">
      <p className="hint">{t('quiz.matchingHint')}</p>
      {item.pairs.map((pair) => (
        <div key={pair.id} className="matching__row">
          <label htmlFor={`${id}-${pair.id}`} className="matching__left">
            {l(pair.left)}
          </label>
          <select id={`${id}-${pair.id}`} value={matches[pair.id] ?? ''} disabled={locked} onChange={(e) => choose(pair.id, e.target.value)}>
            <option value="">{t('quiz.choose')}</option>
            {rights.map((r) => (
              <option key={r.id} value={r.id}>
                {l(r.right)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
