import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ParticipantView } from '../../domain';
import { useProfileStore } from '../../stores/profile-store';
import { useSessionStore } from '../../stores/session-store';
import { hasUnsafeChars, NAME_MAX } from '../../domain';
import { findLiveSession } from './live-api';
import { liveStorage, participantId } from './participant-id';
import { usePhoneLocale } from './phone-locale';
import { ParticipantScreen } from './participant-screen';
import './live.css';

type JoinError = 'badCode' | 'noName' | 'badName' | 'noSession' | 'ended' | 'network' | 'full' | 'busy' | 'nameTaken' | 'removed';
const errorKey = {
  badCode: 'live.join.badCode',
  noName: 'live.join.noName',
  badName: 'live.join.badName',
  noSession: 'live.join.noSession',
  ended: 'live.join.ended',
  network: 'live.join.network',
  full: 'live.join.full',
  busy: 'live.join.busy',
  nameTaken: 'live.join.nameTaken',
  removed: 'live.join.removed',
} as const;

/** `/join`: a phone joins a live session with the code on the trainer's screen. No install, no account. */
export function JoinPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const profile = useProfileStore((s) => s.profile);
  const registration = useProfileStore((s) => s.registration);
  const signIn = useSessionStore((s) => s.signIn);
  // With company sign-in a token goes along only for the person signed in now: one left from an
  // earlier sign-in (or from someone else on this phone) would be refused, and a guest sends none.
  const signedIn = signIn.mode === 'company' ? signIn.user?.employeeId : undefined;
  const token = registration && (signIn.mode !== 'company' || registration.for.employeeId === signedIn) ? registration.token : undefined;
  // The token the server refused: the phone waits for a new one rather than join as a guest.
  const [refused, setRefused] = useState<string>();
  const joinedCode = search.get('code');
  const joinedName = joinedCode ? liveStorage.get(`sta:live:${joinedCode}:name`) : null;
  const [code, setCode] = useState(joinedCode ?? '');
  const [name, setName] = useState(joinedName ?? profile?.name ?? '');
  const [error, setError] = useState<JoinError | undefined>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  usePhoneLocale();

  if (joinedCode && joinedName)
    return (
      <ParticipantScreen
        code={joinedCode}
        name={joinedName}
        pid={participantId(joinedCode)}
        token={token === refused ? undefined : token}
        waitForToken={signedIn !== undefined || refused !== undefined}
        onSignedOut={() => {
          // Forgotten, the token is asked for again: a sign-in that is still open gives a new one
          // (and the phone joins with it); one that ran out is said so, and the page asks to sign in
          // again, coming back here, to this code and name, afterwards.
          setRefused(token);
          useProfileStore.getState().registered(null);
        }}
        onLeave={(reason, suggestion) => {
          liveStorage.remove(`sta:live:${joinedCode}:name`);
          setError(reason);
          // A taken name comes back with the server's free variant in the field, ready to send.
          if (reason === 'nameTaken' && suggestion) setName(suggestion);
          setCode(joinedCode);
          setSearch({});
        }}
      />
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Digits typed in a Chinese keyboard's full-width mode (１２３) are the same digits.
    const digits = code.normalize('NFKC').replace(/\D/g, '');
    if (!/^\d{6}$/.test(digits)) return setError('badCode');
    if (!name.trim()) return setError('noName');
    if (hasUnsafeChars(name)) return setError('badName');
    setBusy(true);
    setError(undefined);
    try {
      const found = await findLiveSession(digits);
      if (found.kind === 'not_found') return setError('noSession');
      if (found.kind === 'busy') return setError('busy');
      if (found.kind === 'unavailable') return setError('network');
      if (found.kind === 'ended') return setError('ended');
      liveStorage.set(`sta:live:${digits}:name`, name.trim().slice(0, NAME_MAX));
      setSearch({ code: digits });
    } catch {
      setError('network');
    } finally {
      setBusy(false);
    }
  };

  // The field an error is about names it as its description, so it is read again when reached.
  const codeInvalid = error === 'badCode' || error === 'noSession';
  const nameInvalid = error === 'noName' || error === 'badName' || error === 'nameTaken';
  return (
    <section className="live-join">
      <title>{`${t('live.join.title')} · ${t('app.name')}`}</title>
      <h1>{t('live.join.title')}</h1>
      <p className="lead">{t('live.join.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} className="live-join__form">
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('live.join.code')}</label>
          <input
            id={`${id}-code`}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            value={code}
            aria-describedby={codeInvalid ? `${id}-code-hint ${id}-error` : `${id}-code-hint`}
            aria-invalid={codeInvalid || undefined}
            onChange={(e) => {
              setCode(e.target.value);
              // A reason about the code no longer applies once the code changes.
              if (codeInvalid) setError(undefined);
            }}
            className="live-join__code"
          />
          <p id={`${id}-code-hint`} className="hint">
            {t('live.join.codeHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('live.join.name')}</label>
          <input id={`${id}-name`} value={name} maxLength={NAME_MAX} autoComplete="nickname" aria-describedby={nameInvalid ? `${id}-name-hint ${id}-error` : `${id}-name-hint`} aria-invalid={nameInvalid || undefined} onChange={(e) => {
              setName(e.target.value);
              if (nameInvalid) setError(undefined);
            }}
          />
          <p id={`${id}-name-hint`} className="hint">
            {t('live.join.nameHint')}
          </p>
        </div>
        {error && (
          <p id={`${id}-error`} role="alert" className="field-error">
            {error === 'nameTaken' ? t('live.join.nameTaken', { name }) : t(errorKey[error])}
          </p>
        )}
        <button type="submit" className="button button--primary live-join__submit" disabled={busy}>
          {busy ? t('live.join.joining') : t('live.join.submit')}
        </button>
      </form>
    </section>
  );
}

export type { ParticipantView };
