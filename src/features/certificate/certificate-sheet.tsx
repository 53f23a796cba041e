import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCertificateFormat } from './use-certificate-format';

export interface CertificateFacts {
  name: string;
  department: string;
  finalScore: number;
  completedAt: string;
  issuedAt?: string;
}

/** The certificate itself, as printed on one A4 page: who, what, the score, the dates and how to verify it. */
export function CertificateSheet({ facts, verification, heading: Heading = 'h1' }: { facts: CertificateFacts; verification: ReactNode; heading?: 'h1' | 'h2' }) {
  const { t } = useTranslation();
  const f = useCertificateFormat();
  return (
    <article className="certificate-sheet" aria-labelledby="certificate-title">
      <p className="certificate-sheet__course">{t('app.name')}</p>
      <Heading id="certificate-title" className="certificate-sheet__title">
        {t('certificate.title')}
      </Heading>
      <p className="certificate-sheet__statement">{t('certificate.statement', { course: t('app.name') })}</p>
      <p className="certificate-sheet__name">{facts.name}</p>
      <dl className="certificate-sheet__facts">
        <div>
          <dt>{t('certificate.department')}</dt>
          <dd>{facts.department}</dd>
        </div>
        <div>
          <dt>{t('certificate.finalScore')}</dt>
          <dd>{f.score(facts.finalScore)}</dd>
        </div>
        <div>
          <dt>{t('certificate.completedAt')}</dt>
          <dd>{f.date(facts.completedAt)}</dd>
        </div>
        {facts.issuedAt && (
          <div>
            <dt>{t('certificate.issuedAt')}</dt>
            <dd>{f.date(facts.issuedAt)}</dd>
          </div>
        )}
      </dl>
      <div className="certificate-sheet__verification">{verification}</div>
    </article>
  );
}
