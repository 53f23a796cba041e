import { useTranslation } from 'react-i18next';
import type { ReplyVerdict } from '../../domain';
import { stepLabel, warningLabel } from './labels';

/** What the checker read in a typed reply: the step, the words that decided it, and what to avoid. */
export function ReplyVerdictView({ verdict, scripted }: { verdict: ReplyVerdict; scripted?: string }) {
  const { t, i18n } = useTranslation();
  const words = new Intl.ListFormat(i18n.language, { type: 'unit' }).format(verdict.cues.map((c) => `“${c}”`));
  const tone = verdict.warnings.length || verdict.step === 'none' ? 'poor' : 'best';
  return (
    <div className={`reply-feedback reply-feedback--${tone} reply-verdict`}>
      <p className="reply-feedback__head">
        <strong>{t('roleplay.recognized', { step: t(stepLabel[verdict.step]) })}</strong>
      </p>
      <p>{verdict.cues.length ? t('roleplay.because', { words }) : t('roleplay.noCues')}</p>
      {verdict.warnings.length > 0 && (
        <ul className="reply-verdict__warnings" aria-label={t('roleplay.warningsTitle')}>
          {verdict.warnings.map((w) => (
            <li key={w}>
              <span aria-hidden="true">⚠ </span>
              {t(warningLabel[w])}
            </li>
          ))}
        </ul>
      )}
      {scripted && <p className="reply-verdict__scripted">{t('roleplay.scripted', { text: scripted })}</p>}
    </div>
  );
}
