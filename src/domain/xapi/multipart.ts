/**
 * `multipart/mixed` bodies of xAPI 1.0.3 (Communication 1.5.2): the first part holds the
 * statements as JSON, each further part one attachment's raw bytes, named by its SHA-2 hash in
 * `X-Experience-API-Hash`. Pure byte handling, so the server and tests share it.
 */
export interface Part {
  headers: Record<string, string>;
  body: Uint8Array;
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The parts of a multipart body, or a reason it is malformed. */
export function parseMultipart(body: Uint8Array, boundary: string): Part[] | string {
  const delimiter = encoder.encode(`--${boundary}`);
  const parts: Part[] = [];
  let at = indexOf(body, delimiter, 0);
  if (at < 0) return 'the multipart body has no boundary line';
  for (;;) {
    const afterDelimiter = at + delimiter.length;
    if (body[afterDelimiter] === 0x2d && body[afterDelimiter + 1] === 0x2d) return parts;
    const headerStart = indexOf(body, encoder.encode('\r\n'), afterDelimiter);
    if (headerStart < 0) return 'a multipart part has no headers';
    const headerEnd = indexOf(body, encoder.encode('\r\n\r\n'), headerStart);
    if (headerEnd < 0) return 'a multipart part has no blank line after its headers';
    const next = indexOf(body, encoder.encode(`\r\n--${boundary}`), headerEnd + 4);
    if (next < 0) return 'the multipart body is not closed';
    const headers: Record<string, string> = {};
    for (const line of decoder.decode(body.subarray(headerStart + 2, headerEnd)).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, body: body.subarray(headerEnd + 4, next) });
    at = next + 2;
  }
}

/** Builds a multipart/mixed body (for GET with attachments=true, and for tests). */
export function buildMultipart(boundary: string, parts: readonly Part[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const p of parts) {
    const head = Object.entries(p.headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    chunks.push(encoder.encode(`--${boundary}\r\n${head}\r\n`), p.body, encoder.encode('\r\n'));
  }
  chunks.push(encoder.encode(`--${boundary}--`));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
