import { useTranslation } from 'react-i18next';
import type { Answer, AttemptItem } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { useLocalized } from './use-localized';

/**
 * What the trainee gave, beside the right answer on the results page: after an attempt whose
 * feedback came at the end, this is the only place they can see what they typed, ordered or matched.
 */
export function YourAnswer({ entry, answer }: { entry: AttemptItem; answer: Answer }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const l = useLocalized();
  const { item } = entry;
  let content: string | undefined;
  const rightOf = (id: string) => item.type === 'matching' && item.pairs.find((p) => p.id === id)?.right;
  if (item.type === 'single' && answer.type === 'single') {
    const chosen = item.options.find((o) => o.id === answer.optionId);
    content = chosen && l(chosen.text);
  } else if (item.type === 'multiple' && answer.type === 'multiple')
    content = item.options.filter((o) => answer.optionIds.includes(o.id)).map((o) => l(o.text)).join(' · ');
  else if (item.type === 'truefalse' && answer.type === 'truefalse') content = answer.value ? t('quiz.true') : t('quiz.false');
  else if (item.type === 'numeric' && answer.type === 'numeric') content = `${f.number(answer.value)}${item.unit ? ` ${l(item.unit)}` : ''}`;
  else if (item.type === 'ordering' && answer.type === 'ordering')
    content = answer.order
      .map((id, i) => {
        const entryText = item.entries.find((e) => e.id === id)?.text;
        return entryText ? `${f.number(i + 1)}. ${l(entryText)}` : undefined;
      })
      .filter(Boolean)
      .join('  ');
  else if (item.type === 'matching' && answer.type === 'matching')
    content = item.pairs
      .flatMap((p) => {
        const right = rightOf(answer.matches[p.id] ?? '');
        return right ? [`${l(p.left)} → ${l(right)}`] : [];
      })
      .join(' · ');
  if (!content) return null;
  return (
    <p className="feedback__yours">
      <strong>{t('quiz.yourAnswer')}</strong> {content}
    </p>
  );
}
