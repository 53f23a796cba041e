import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { normaliseCode } from '../../domain';
import { CertificateSheet } from './certificate-sheet';
import { useVerification } from './use-verification';
import './certificate.css';
import { useFormatters } from '../../ui/use-formatters';

/** `/verify/CODE`: anyone holding a certificate's code sees whether the records server issued it, and to whom. */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <div className="page page--narrow verify-page">
      <title>{`${t('certificate.verify.title')} · ${t('app.name')}`}</title>
      <h1>{t('certificate.verify.title')}</h1>
      <p>{t('certificate.verify.intro', { course: t('app.name') })}</p>
      <CodeForm key={`form:${code}`} initial={code} />
      {code && <VerifyResult key={`result:${code}`} code={code} />}
    </div>
  );
}

function CodeForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = value.trim();
    setEmpty(!typed);
    if (typed) void navigate(paths.verify.href(normaliseCode(typed) ?? typed));
  };
  return (
    <form className="verify-form field" onSubmit={submit}>
      <label htmlFor="verify-code">{t('certificate.verify.codeLabel')}</label>
      <div className="verify-form__row">
        <input
          id="verify-code"
          type="text"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            if (e.target.value.trim()) setEmpty(false);
          }}
          aria-describedby={empty ? 'verify-code-error verify-code-hint' : 'verify-code-hint'}
          aria-invalid={empty || undefined}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
        />
        <button type="submit" className="button button--primary">
          {t('certificate.verify.submit')}
        </button>
      </div>
      {empty && (
        <p id="verify-code-error" className="field-error" role="alert">
          {t('certificate.verify.codeRequired')}
        </p>
      )}
      <p id="verify-code-hint" className="hint">
        {t('certificate.verify.codeHint')}
      </p>
    </form>
  );
}

function VerifyResult({ code }: { code: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { outcome, retry } = useVerification(code);
  if (!outcome || outcome.kind === 'found')
    return (
      <>
        <div role="status" className="verify-result">
          <p className={outcome ? 'verify-result__verdict verify-result__verdict--valid' : undefined}>
            {outcome ? t('certificate.verify.valid', { code: outcome.record.code }) : t('certificate.verify.checking')}
          </p>
        </div>
        {outcome && <CertificateSheet facts={outcome.record} heading="h2" verification={<p className="certificate-code">{outcome.record.code}</p>} />}
      </>
    );
  return (
    <div role="alert" className="verify-result verify-result--invalid">
      <p className="verify-result__verdict">
        {outcome.kind === 'not_found'
          ? t('certificate.verify.invalid', { code })
          : outcome.kind === 'rate_limited'
            ? t('certificate.verify.rateLimited', { count: outcome.retryAfter, formatted: f.number(outcome.retryAfter) })
            : t('certificate.verify.unavailable')}
      </p>
      {outcome.kind !== 'not_found' && (
        <button type="button" className="button button--small" onClick={retry}>
          {t('certificate.verify.retry')}
        </button>
      )}
    </div>
  );
}
