import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, OrderingItem } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { useLocalized } from './use-localized';

interface Props {
  item: OrderingItem;
  order?: string[];
  answer: Answer | undefined;
  locked: boolean;
  onAnswer: (answer: Answer) => void;
}

/**
 * Ordering by buttons, so it works by keyboard and screen reader, not only by drag. After a move
 * focus follows the moved entry's button and the new position is announced.
 */
export function OrderingQuestion({ item, order, answer, locked, onAnswer }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const l = useLocalized();
  const current = answer?.type === 'ordering' ? answer.order : (order ?? item.entries.map((e) => e.id));
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const text = (id: string) => l(item.entries.find((e) => e.id === id)!.text);

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= current.length) return;
    const next = [...current];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onAnswer({ type: 'ordering', order: next });
    const id = current[index]!;
    setAnnouncement(t('quiz.moved', { item: text(id), position: f.number(target + 1) }));
    // Keep the keyboard on the entry that moved; at an end, switch to the button still usable.
    const edge = target === 0 ? 'down' : target === current.length - 1 ? 'up' : delta === -1 ? 'up' : 'down';
    requestAnimationFrame(() => buttons.current.get(`${id}:${edge}`)?.focus());
  };

  return (
    <div className="ordering">
      <p className="hint">{t('quiz.orderingHint')}</p>
      <ol className="ordering__list">
        {current.map((id, index) => (
          <li key={id} className="ordering__entry">
            <span className="ordering__position" aria-hidden="true">
              {f.number(index + 1)}
            </span>
            <span className="ordering__text">{text(id)}</span>
            <span className="ordering__buttons">
              <button
                type="button"
                className="icon-button"
                ref={(el) => void buttons.current.set(`${id}:up`, el)}
                aria-label={t('quiz.moveUp', { item: text(id) })}
                disabled={locked || index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                ref={(el) => void buttons.current.set(`${id}:down`, el)}
                aria-label={t('quiz.moveDown', { item: text(id) })}
                disabled={locked || index === current.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
