import { createPrivateKey, createSign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { sha256Hex, signatureProblem, SIGNATURE_USAGE } from './signature';

const key = createPrivateKey(readFileSync(new URL('../../../tests/fixtures/jws/signer-key.pem', import.meta.url)));
const cert = new X509Certificate(readFileSync(new URL('../../../tests/fixtures/jws/signer-cert.pem', import.meta.url)));
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

const statement = {
  id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  actor: { mbox: 'mailto:ann@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/attended' },
  object: { id: 'http://example.com/a' },
};

function sign(payload: unknown, { alg = 'RS256', x5c = false, tamper = false } = {}) {
  const header = b64url(JSON.stringify({ alg, ...(x5c ? { x5c: [cert.raw.toString('base64')] } : {}) }));
  const body = b64url(typeof payload === 'string' ? payload : JSON.stringify(payload));
  const signer = createSign({ RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' }[alg] ?? 'sha256');
  signer.update(`${header}.${body}`);
  const sig = signer.sign(key);
  if (tamper) sig[0] = sig[0]! ^ 0xff;
  const jws = Buffer.from(`${header}.${body}.${b64url(sig)}`);
  const signed = { ...statement, attachments: [{ usageType: SIGNATURE_USAGE, display: { 'en-US': 'sig' }, contentType: 'application/octet-stream', length: jws.length, sha2: sha256Hex(jws) }] };
  return { signed, lookup: (h: string) => (h === sha256Hex(jws) ? new Uint8Array(jws) : undefined) };
}

test.each([['RS256'], ['RS384'], ['RS512']])('XAPI-00117: a statement signed with %s is accepted', (alg) => {
  const { signed, lookup } = sign(statement, { alg });
  expect(signatureProblem(signed, lookup)).toBeUndefined();
});

test('XAPI-00117: another algorithm is refused', () => {
  const { signed, lookup } = sign(statement, { alg: 'HS256' });
  expect(signatureProblem(signed, lookup)).toMatch(/RS256/);
});

test('XAPI-00116: a payload that is not valid JSON, or another statement, is refused', () => {
  const broken = sign(JSON.stringify(statement).replace('"', "'"));
  expect(signatureProblem(broken.signed, broken.lookup)).toMatch(/not JSON/);
  const other = sign({ ...statement, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } });
  expect(signatureProblem(other.signed, other.lookup)).toMatch(/not this statement/);
});

test('XAPI-00115: a signature with the wrong content type, or not sent, is refused', () => {
  const { signed, lookup } = sign(statement);
  expect(signatureProblem({ ...signed, attachments: [{ ...signed.attachments[0]!, contentType: 'text/plain' }] }, lookup)).toMatch(/content type/);
  expect(signatureProblem(signed, () => undefined)).toMatch(/not sent/);
});

test('with its certificate in x5c, the signature itself must verify', () => {
  const good = sign(statement, { x5c: true });
  expect(signatureProblem(good.signed, good.lookup)).toBeUndefined();
  const bad = sign(statement, { x5c: true, tamper: true });
  expect(signatureProblem(bad.signed, bad.lookup)).toMatch(/does not verify/);
});
