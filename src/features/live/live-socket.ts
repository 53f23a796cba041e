import { useState } from 'react';
import type { LiveView, QuestionSet } from '../../domain';
import { useLiveMessages, type Hello } from './use-live-messages';

export type { LiveStatus } from './live-connection';

const roleOf = { trainer: 'trainer', join: 'participant', screen: 'screen' } as const;

/**
 * A live socket that keeps the last view for its role, on the one connection loop of
 * `useLiveMessages`; errors, the module's question sets and a phone's acknowledged answers go to
 * the callbacks of the latest render. `hello` null waits. `send` is the same function for the component's whole life.
 */
export function useLiveSocket<V extends LiveView>(
  hello: Hello | null,
  onError?: (error: string, suggestion?: string, qid?: string) => void,
  onSets?: (sets: QuestionSet[]) => void,
  onReceived?: (qid: string) => void,
) {
  const [view, setView] = useState<V | undefined>(undefined);
  const role = hello ? roleOf[hello.t] : undefined;
  const { status, send } = useLiveMessages(
    hello,
    (m) => {
      if (m.t === 'view' && m.view.role === role) setView(m.view as V);
      else if (m.t === 'error') onError?.(m.error, m.suggestion, m.qid);
      else if (m.t === 'received') onReceived?.(m.qid);
      else if (m.t === 'sets') onSets?.(m.sets);
    },
    (reason) => reason === 'versionMismatch' && onError?.('incompatible_version'),
  );
  return { status, view, send };
}
