import { classifyResponse, isRecord, type AttemptSubmission, type ScoredAnswers, type ServerScore } from '../domain';
import type { SendAnswer, Transport } from './statement-queue';

/** A finished quiz attempt waiting in the statement queue for the records server to score it. */
export interface QueuedSubmission extends AttemptSubmission {
  kind: 'quiz-attempt';
  /** The attempt's id: the queue's key, and the path it is sent to. */
  id: string;
}

export const isSubmission = (item: unknown): item is QueuedSubmission => isRecord(item) && item.kind === 'quiz-attempt' && typeof item.id === 'string';

const isServerScore = (v: unknown): v is ServerScore =>
  isRecord(v) && typeof v.attemptId === 'string' && typeof v.score === 'number' && typeof v.passed === 'boolean' && isRecord(v.itemScores);

/** What the page hears about an attempt it sent: the server's score (and the answers it scored), or that it refused it. */
export interface AttemptOutcomes {
  scored: (result: ServerScore, answers: ScoredAnswers) => void;
  refused?: (attemptId: string) => void;
}

/** The result and answers the server recorded, from its `already_scored` answer about this attempt. */
function alreadyScored(text: string, attemptId: string): { result: ServerScore; answers: unknown } | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(body) || body.error !== 'already_scored' || !isServerScore(body.result) || body.result.attemptId !== attemptId) return undefined;
  return { result: body.result, answers: body.answers };
}

/**
 * Sends one quiz attempt's answers to the records server (`POST {attempts}/{id}`), which scores
 * them; its result is handed to `scored`. Same contract as the statement transport: never throws,
 * a network failure is `offline`, a refused token is forgotten and the answers wait.
 *
 * An attempt the server had already scored from another submission (the same attempt finished
 * in another tab or on another device) is answered with the result and answers it recorded:
 * those are filed as the attempt's, and this submission is done with (the server will never take
 * it), so it is not kept aside as refused. Any other refusal is reported, so its score stops counting.
 */
export function attemptTransport(
  attemptsUrl: string,
  auth: { token: () => string | undefined; tokenRefused: () => void },
  outcomes: AttemptOutcomes,
  fetchImpl: typeof fetch = (...a) => fetch(...a),
) {
  return async (submission: QueuedSubmission): Promise<SendAnswer> => {
    const token = auth.token();
    if (!token) return { status: 'offline', reason: 'not registered yet' };
    const { kind: _kind, id, ...body } = submission;
    let res: Response;
    try {
      res = await fetchImpl(`${attemptsUrl.replace(/\/$/, '')}/${encodeURIComponent(id)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    } catch {
      return { status: 'offline' };
    }
    if (res.status === 401) {
      auth.tokenRefused();
      return { status: 503, reason: 'token refused' };
    }
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      const recorded = res.status === 409 ? alreadyScored(text, id) : undefined;
      if (recorded) {
        outcomes.scored(recorded.result, { answers: recorded.answers, elsewhere: true });
        return { status: 200 };
      }
      if (classifyResponse(res.status) === 'rejected') outcomes.refused?.(id);
      return { status: res.status, reason: text.slice(0, 500) };
    }
    const result: unknown = await res.json().catch(() => undefined);
    if (isServerScore(result)) outcomes.scored(result, { answers: body.answers });
    return { status: res.status };
  };
}

/**
 * One transport for the whole queue: statements go to the LRS in runs, each attempt's answers to
 * the records server on their own, in the order they were queued. The first run that is not
 * accepted answers for the batch; what went before it is sent again with it, which is safe (ids
 * make statements idempotent, and the server tells an attempt's result again for the same answers).
 */
export function routedTransport(statements: Transport, attempt: (s: QueuedSubmission) => Promise<SendAnswer>): Transport {
  return async (items) => {
    let answer: SendAnswer = { status: 200 };
    for (let i = 0; i < items.length; ) {
      const item = items[i];
      if (isSubmission(item)) {
        answer = await attempt(item);
        i += 1;
      } else {
        let end = i;
        while (end < items.length && !isSubmission(items[end])) end++;
        answer = await statements(items.slice(i, end));
        i = end;
      }
      if (typeof answer.status !== 'number' || answer.status < 200 || answer.status >= 300) return answer;
    }
    return answer;
  };
}
