import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HrApiError, type HrErrorKind } from './hr-http';
import { login, type HrSession } from './hr-session-api';
import type { SignedOutNotice } from './use-hr-session';
import { useHrFormat } from './use-hr-format';
import { useSessionStore } from '../../stores/session-store';
import { CompanySignInLink } from '../../ui/company-sign-in-link';
import type { SignInFailure } from '../../domain';

interface Props {
  notice?: SignedOutNotice | undefined;
  /** Why a company sign-in started from HR's pages came back without a session (`?signin=…`). */
  failure?: SignInFailure | undefined;
  onSignedIn: (session: HrSession) => void;
}

type LoginError = { kind: Exclude<HrErrorKind, 'rate_limited'> } | { kind: 'rate_limited'; seconds: number };

/** HR's sign-in. The password is read from its field once, sent, and the field emptied: it is kept nowhere. */
export function LoginForm({ notice, failure, onSignedIn }: Props) {
  const { t } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const format = useHrFormat();
  const id = useId();
  const [error, setError] = useState<LoginError>();
  const [busy, setBusy] = useState(false);
  const signIn = useSessionStore((s) => s.signIn);
  // After "too many attempts" the button waits as long as the server asked.
  const [waited, setWaited] = useState<LoginError>();
  const locked = error?.kind === 'rate_limited' && waited !== error;
  useEffect(() => {
    if (error?.kind !== 'rate_limited') return;
    const timer = setTimeout(() => setWaited(error), error.seconds * 1000);
    return () => clearTimeout(timer);
  }, [error]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const field = form.elements.namedItem('password') as HTMLInputElement;
    const user = (form.elements.namedItem('user') as HTMLInputElement).value.trim();
    const password = field.value;
    field.value = '';
    if (!user || !password) {
      setError({ kind: 'bad_request' });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await login(user, password));
    } catch (caught) {
      const kind = caught instanceof HrApiError ? caught.kind : 'server';
      setError(kind === 'rate_limited' ? { kind, seconds: (caught as HrApiError).retryAfter ?? 60 } : { kind });
      setBusy(false);
      field.focus();
    }
  };

  const message = !error
    ? undefined
    : error.kind === 'rate_limited'
      ? t('login.rateLimited', { wait: format.wait(error.seconds) })
      : error.kind === 'invalid_credentials'
        ? t('login.invalid')
        : error.kind === 'network'
          ? t('login.network')
          : error.kind === 'bad_request'
            ? t('login.badRequest')
            : t('login.server');

  return (
    <div className="hr-page hr-login">
      <title>{`${t('login.title')} · ${tApp('app.name')}`}</title>
      <form className="hr-login__card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
        <p className="eyebrow">{t('title')}</p>
        <h1 id={`${id}-title`}>{t('login.title')}</h1>
        {signIn.mode === 'company' ? (
          <>
            <p className="hint">{t('login.companyIntro')}</p>
            {/* Above the company's button it is about, not below the break-glass account's note. */}
            {failure && (
              <p className="field-error" role="alert">
                {tApp(`signIn.failed.${failure}`)}
              </p>
            )}
            <CompanySignInLink href={`${signIn.login}?next=${encodeURIComponent('/hr')}`}>{t('login.company')}</CompanySignInLink>
            <p className="hint">{t('login.breakGlassIntro')}</p>
          </>
        ) : (
          <p className="hint">{t('login.intro')}</p>
        )}
        {notice && (
          <p className="hr-login__notice" role="status">
            {notice === 'expired' ? t('login.expired') : t('login.signedOut')}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-user`}>{t('login.user')}</label>
          <input id={`${id}-user`} name="user" type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('login.password')}</label>
          <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} />
        </div>
        {message && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy || locked}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}
