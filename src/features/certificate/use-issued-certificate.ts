import { useEffect, useState } from 'react';
import type { CertificateRecord } from '../../domain';
import { useProfileStore } from '../../stores/profile-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { requestCertificate, type IssueOutcome } from './certificate-api';

export type IssuedCertificate =
  /** No records server to issue codes (records off, or not registered with one). */
  | { state: 'off' }
  | { state: 'loading' }
  | { state: 'issued'; record: CertificateRecord }
  /** The server cannot be reached, or has not yet received every record: tried again shortly. */
  | { state: 'waiting'; reason: 'unavailable' | 'not_recorded' };

const RETRY_MS = { not_recorded: 5_000, unavailable: 15_000 };

/** The certificate's verification code from the records server, once the course is complete; retried until it comes. */
export function useIssuedCertificate(complete: boolean): { issued: IssuedCertificate; retry: () => void } {
  const enabled = useRecordsStatus((s) => s.enabled);
  const token = useProfileStore((s) => (s.registration && s.profile && s.registration.for.employeeId === s.profile.employeeId ? s.registration.token : undefined));
  const [answer, setAnswer] = useState<{ token: string; outcome: IssueOutcome } | null>(null);
  const [round, setRound] = useState(0);
  const active = complete && enabled && Boolean(token);

  useEffect(() => {
    if (!active || !token) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const again = () => setRound((n) => n + 1);
    requestCertificate(token, controller.signal).then(
      (outcome) => {
        setAnswer({ token, outcome });
        if (outcome.kind !== 'issued') timer = setTimeout(again, RETRY_MS[outcome.kind]);
      },
      () => {}, // aborted: the page moved on
    );
    window.addEventListener('online', again);
    return () => {
      controller.abort();
      clearTimeout(timer);
      window.removeEventListener('online', again);
    };
  }, [active, token, round]);

  const retry = () => setRound((n) => n + 1);
  if (!active) return { issued: { state: 'off' }, retry };
  const outcome = answer && answer.token === token ? answer.outcome : undefined;
  if (!outcome) return { issued: { state: 'loading' }, retry };
  if (outcome.kind === 'issued') return { issued: { state: 'issued', record: outcome.record }, retry };
  return { issued: { state: 'waiting', reason: outcome.kind }, retry };
}
