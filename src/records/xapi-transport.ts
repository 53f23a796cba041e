import { XAPI_VERSION } from '../domain';
import type { RecordsConfig } from './config';
import type { Transport } from './statement-queue';

/**
 * POSTs statements to the configured xAPI endpoint with the trainee's token or the LRS key. A
 * 401 on a trainee token means the server no longer knows it (a wiped database): the token is
 * dropped so the trainee is registered again, and the statements wait rather than being refused.
 */
export function xapiTransport(config: RecordsConfig, auth: { token: () => string | undefined; tokenRefused: () => void }, fetchImpl: typeof fetch = (...a) => fetch(...a)): Transport {
  return async (statements) => {
    let authorization: string;
    if (config.auth === 'trainee-token') {
      const token = auth.token();
      if (!token) return { status: 'offline', reason: 'not registered yet' };
      authorization = `Bearer ${token}`;
    } else authorization = `Basic ${btoa(`${config.auth.basic.key}:${config.auth.basic.secret}`)}`;
    let res: Response;
    try {
      res = await fetchImpl(`${config.endpoint}statements`, {
        method: 'POST',
        // The credentials are in the header; without cookies a refusal cannot open the browser's password prompt.
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorization },
        body: JSON.stringify(statements),
      });
    } catch {
      return { status: 'offline' };
    }
    if (res.status === 401 && config.auth === 'trainee-token') {
      auth.tokenRefused();
      return { status: 503, reason: 'token refused' };
    }
    const reason = res.ok ? undefined : (await res.text().catch(() => '')).slice(0, 500);
    return { status: res.status, reason };
  };
}
