import { useTranslation } from 'react-i18next';
import type { CloudWord } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

/** The room's words, the most frequent largest; each word's count is in its text too (size is never the only cue). */
export function WordCloudView({ words, label }: { words: CloudWord[]; label?: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const top = words[0]?.count ?? 1;
  if (words.length === 0) return <p className="hint">{t('live.cloud.empty')}</p>;
  return (
    <ul className="live-cloud" aria-label={label ?? t('live.cloud.label')}>
      {words.map((w) => (
        <li key={w.word} style={{ fontSize: `${(1 + (w.count / top) * 1.6).toFixed(2)}em` }}>
          {w.word}
          <span className="visually-hidden">{t('live.cloud.count', { count: w.count, formatted: f.number(w.count) })}</span>
        </li>
      ))}
    </ul>
  );
}
