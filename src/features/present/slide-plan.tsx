import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/use-formatters';

/** The current slide's planned minutes, from the module's content (the same figures as the agenda). */
export function SlidePlan({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return <p className="present-console__plan">{t('present.slideMinutes', { count: minutes, minutes: f.number(minutes) })}</p>;
}

interface RevealProps {
  shown: number;
  total: number;
  onReveal: () => void;
}

/** Shows the slide's hidden parts (a case's result, a grid's figures) to the room one at a time; "next" does the same. */
export function RevealControls({ shown, total, onReveal }: RevealProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <div className="present-console__reveal" role="group" aria-label={t('present.reveal.label')}>
      <button type="button" className="button button--small button--primary" onClick={onReveal} disabled={shown >= total}>
        {t('present.reveal.next')}
      </button>
      <p role="status">{t('present.reveal.status', { shown: f.number(shown), total: f.number(total) })}</p>
    </div>
  );
}
