import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { Locale } from '../../content/locales';
import { useProfileStore } from '../../stores/profile-store';
import { CertificateSheet } from './certificate-sheet';
import { PrintNameForm, usePrintName } from './print-name-form';
import { useCourseCompletion } from './use-course-completion';
import { useIssuedCertificate, type IssuedCertificate } from './use-issued-certificate';
import './certificate.css';
import { FINAL_ASSESSMENT } from '../../domain';

/** `/certificate`: the printable certificate once the course is complete; otherwise what is left to do. */
export function CertificatePage() {
  const { t, i18n } = useTranslation();
  const { status, missingModules } = useCourseCompletion(i18n.language as Locale);
  const profile = useProfileStore((s) => s.profile);
  const { issued, retry } = useIssuedCertificate(status.complete);
  const [printName, setPrintName] = usePrintName();

  if (status.complete && !profile && !printName) {
    return (
      <div className="page page--narrow certificate-page">
        <title>{`${t('certificate.title')} · ${t('app.name')}`}</title>
        <h1>{t('certificate.title')}</h1>
        <p className="lead">{t('certificate.nameIntro')}</p>
        <PrintNameForm onSave={setPrintName} />
      </div>
    );
  }

  if (!status.complete) {
    return (
      <div className="page page--narrow certificate-page">
        <title>{`${t('certificate.title')} · ${t('app.name')}`}</title>
        <h1>{t('certificate.title')}</h1>
        <p>{t('certificate.incomplete')}</p>
        <ul className="certificate-missing">
          {missingModules.map((m) => (
            <li key={m.id}>
              <Link to={m.read ? paths.quiz.href(m.id) : paths.module.href(m.id)}>
                {m.read ? t('certificate.missingQuiz', { module: m.title }) : t('certificate.missingRead', { module: m.title })}
              </Link>
            </li>
          ))}
          {status.missing.includes(FINAL_ASSESSMENT) && (
            <li>
              <Link to={paths.final.href()}>{t('certificate.missingFinal')}</Link>
            </li>
          )}
        </ul>
        <Link className="button" to={paths.home.href()}>
          {t('certificate.backHome')}
        </Link>
      </div>
    );
  }

  // What the code verifies is the server's record; until there is one, the trainee's own.
  const record = issued.state === 'issued' ? issued.record : undefined;
  const facts = record ?? { name: profile?.name ?? printName, department: profile?.department, finalScore: status.finalScore, completedAt: status.completedAt };
  return (
    <div className="page certificate-page">
      <title>{`${t('certificate.title')} · ${t('app.name')}`}</title>
      <div className="certificate-page__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('certificate.print')}
        </button>
        <Link className="button" to={paths.home.href()}>
          {t('certificate.backHome')}
        </Link>
        {!profile && (
          <button type="button" className="button" onClick={() => setPrintName('')}>
            {t('certificate.changeName')}
          </button>
        )}
        <p className="hint">{t('certificate.printHint')}</p>
      </div>
      <CertificateSheet facts={facts} verification={<Verification issued={issued} retry={retry} />} />
    </div>
  );
}

/** The code and where to check it; until the server has issued one, why not yet. A status region, so the code is announced when it comes. */
function Verification({ issued, retry }: { issued: IssuedCertificate; retry: () => void }) {
  const { t } = useTranslation();
  if (issued.state === 'issued') {
    const url = `${window.location.origin}${paths.verify.href(issued.record.code)}`;
    return (
      <div role="status">
        <dl className="certificate-sheet__code">
          <div>
            <dt>{t('certificate.code')}</dt>
            <dd className="certificate-code">{issued.record.code}</dd>
          </div>
          <div>
            <dt>{t('certificate.verifyAt')}</dt>
            <dd>
              <a href={url}>{url}</a>
            </dd>
          </div>
        </dl>
        <p className="certificate-sheet__hint">{t('certificate.verifyHint')}</p>
      </div>
    );
  }
  const message = {
    off: t('certificate.noCodeOff'),
    loading: t('certificate.issuing'),
    unavailable: t('certificate.noCodeOffline'),
    not_recorded: t('certificate.noCodeWaiting'),
  }[issued.state === 'waiting' ? issued.reason : issued.state];
  return (
    <div role="status" className="certificate-sheet__pending">
      <p>{message}</p>
      {issued.state === 'waiting' && (
        <button type="button" className="button button--small certificate-page__screen-only" onClick={retry}>
          {t('certificate.retry')}
        </button>
      )}
    </div>
  );
}
