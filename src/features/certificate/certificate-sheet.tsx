import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { displayWidth } from '../../domain';
import { useCertificateFormat } from './use-certificate-format';

export interface CertificateFacts {
  name: string;
  /** None when records are off and only a name was given. */
  department?: string;
  finalScore: number;
  completedAt: string;
  issuedAt?: string;
  /** Who vouched for the holder (a certificate the records server issued says it). */
  identity?: 'company' | 'self-declared';
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
      {/* Its display width (a Chinese character two columns) lets print set a long name smaller, so the page still holds the verification code. */}
      <p className="certificate-sheet__name" style={{ '--name-width': displayWidth(facts.name) } as CSSProperties}>
        {facts.name}
      </p>
      <dl className="certificate-sheet__facts">
        {facts.department && (
          <div>
            <dt>{t('certificate.department')}</dt>
            <dd>{facts.department}</dd>
          </div>
        )}
        <div>
          <dt>{t('certificate.finalScore')}</dt>
          <dd>{f.score(facts.finalScore)}</dd>
        </div>
        <div>
          <dt>{t('certificate.completedAt')}</dt>
          <dd>{f.date(facts.completedAt)}</dd>
        </div>
        {facts.identity && (
          <div>
            <dt>{t('certificate.identity')}</dt>
            <dd>{t(facts.identity === 'company' ? 'certificate.identityCompany' : 'certificate.identitySelf')}</dd>
          </div>
        )}
        {facts.issuedAt && (
          <div>
            <dt>{t('certificate.issuedAt')}</dt>
            <dd>{f.date(facts.issuedAt)}</dd>
          </div>
        )}
      </dl>
      <div className="certificate-sheet__endorsement">
        <p className="certificate-sheet__signature">{t('certificate.signatureTrainer')}</p>
        <CertificateSeal label={t('certificate.seal')} course={t('app.name')} />
        <p className="certificate-sheet__signature">{t('certificate.signatureTrainee')}</p>
      </div>
      <div className="certificate-sheet__verification">{verification}</div>
    </article>
  );
}

/** The length of the seal's circle of words (radius 43). */
const SEAL_RING = 2 * Math.PI * 43;

/**
 * The words round the seal: the course's name as many times as fit the ring at the seal's type
 * size (about 6.5 units for each column of display width: a Latin character one, a Chinese two),
 * at least once.
 */
function sealWords(course: string): string {
  const width = displayWidth(`${course} · `) * 6.5;
  return Array.from({ length: Math.max(1, Math.floor(SEAL_RING / width)) }, () => `${course} ·`).join(' ');
}

/** A drawn seal: two rings, a star and the words round its edge; decoration, so hidden from screen readers. */
function CertificateSeal({ label, course }: { label: string; course: string }) {
  return (
    <svg className="certificate-seal" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <defs>
        <path id="certificate-seal-arc" d="M60 60 m-43 0 a43 43 0 1 1 86 0 a43 43 0 1 1 -86 0" />
      </defs>
      <circle cx="60" cy="60" r="57" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="60" cy="60" r="34" fill="none" stroke="currentColor" strokeWidth="1.5" />
      {/* Spread over the whole ring, so its end meets its start however long the name is. */}
      <text fontSize="11" fontWeight="700" fill="currentColor">
        <textPath href="#certificate-seal-arc" startOffset="0" textLength={SEAL_RING - 4} lengthAdjust="spacing">
          {sealWords(course)}
        </textPath>
      </text>
      <path fill="currentColor" d="M60 38l5.6 11.9 13 1.5-9.6 8.9 2.6 12.8L60 66.6l-11.6 6.5 2.6-12.8-9.6-8.9 13-1.5z" />
      <text x="60" y="86" textAnchor="middle" fontSize="9" fontWeight="700" fill="currentColor">
        {label}
      </text>
    </svg>
  );
}
