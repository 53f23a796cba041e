import { useEffect, useState } from 'react';
import { lookupCertificate, type LookupOutcome } from './certificate-api';

/** The server's answer for one code: undefined while it is asked; `retry` asks again. */
export function useVerification(code: string): { outcome: LookupOutcome | undefined; retry: () => void } {
  const [answer, setAnswer] = useState<{ key: string; outcome: LookupOutcome } | null>(null);
  const [round, setRound] = useState(0);
  const key = `${round}:${code}`;
  useEffect(() => {
    const controller = new AbortController();
    lookupCertificate(code, controller.signal).then(
      (outcome) => setAnswer({ key, outcome }),
      () => {}, // aborted: another code was asked for
    );
    return () => controller.abort();
  }, [code, key]);
  return { outcome: answer?.key === key ? answer.outcome : undefined, retry: () => setRound((n) => n + 1) };
}
