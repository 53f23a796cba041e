import { createHash, verify, X509Certificate } from 'node:crypto';

/**
 * Signed statements (xAPI 1.0.3 Data 2.6): a JWS in compact form, attached with the signature
 * usage type, whose payload is the statement as it was before the signature was attached. The
 * LRS refuses a malformed signature, another algorithm than RS256/384/512, or a payload that is
 * not the statement; when the JWS carries its certificate (`x5c`), the signature itself must
 * verify against it.
 */
export const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';
const ALGORITHMS: Record<string, string> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

type Json = Record<string, unknown>;

const b64url = (s: string) => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');

/** JSON with object keys sorted, for comparing a payload with the statement it signs. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value as Json)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Json)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The parts of a statement the signer could not know: what the LRS adds, and the attachments themselves. */
function signedPart(statement: Json): Json {
  const { attachments: _a, stored: _s, authority: _au, version: _v, ...rest } = statement;
  return rest;
}

/**
 * Why a statement's signature is unacceptable, or undefined when it has none or it is good.
 * `attachmentBody` finds an attachment's bytes by its SHA-2 hash.
 */
export function signatureProblem(statement: Json, attachmentBody: (sha2: string) => Uint8Array | undefined): string | undefined {
  const attachments = Array.isArray(statement.attachments) ? (statement.attachments as Json[]) : [];
  const signature = attachments.find((a) => a.usageType === SIGNATURE_USAGE);
  if (!signature) return undefined;
  if (signature.contentType !== 'application/octet-stream') return 'a signature attachment has the content type application/octet-stream';
  const bytes = typeof signature.sha2 === 'string' ? attachmentBody(signature.sha2) : undefined;
  if (!bytes) return 'the signature attachment was not sent';
  const parts = Buffer.from(bytes).toString('utf8').trim().split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return 'the signature is not a compact JWS';
  let header: Json;
  let payload: unknown;
  try {
    header = JSON.parse(b64url(parts[0]!).toString('utf8')) as Json;
    payload = JSON.parse(b64url(parts[1]!).toString('utf8'));
  } catch {
    return "the signature's header or payload is not JSON";
  }
  const hash = typeof header.alg === 'string' ? ALGORITHMS[header.alg] : undefined;
  if (!hash) return 'a signature uses RS256, RS384 or RS512';
  if (typeof payload !== 'object' || payload === null || stable(signedPart(payload as Json)) !== stable(signedPart(statement))) return "the signature's payload is not this statement";
  if (Array.isArray(header.x5c) && typeof header.x5c[0] === 'string') {
    try {
      const certificate = new X509Certificate(Buffer.from(header.x5c[0], 'base64'));
      const ok = verify(hash, Buffer.from(`${parts[0]}.${parts[1]}`), certificate.publicKey, b64url(parts[2]!));
      if (!ok) return 'the signature does not verify against its certificate';
    } catch {
      return "the signature's certificate cannot be read";
    }
  }
  return undefined;
}

/** The SHA-256 of bytes as hex, as attachments are named. */
export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
