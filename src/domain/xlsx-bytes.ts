/**
 * A sheet's XML written straight into bytes, for the streamed workbook: a large export has
 * millions of cells, and building each as a string (then joining and encoding them all) cost more
 * time and garbage collection than everything else in the export together. Markup, references and
 * numbers are ASCII and are written byte by byte; only text goes through the UTF-8 encoder. The
 * bytes are the same as the string writer's (`rowXml` in xlsx.ts), which tests check.
 */
const encoder = new TextEncoder();

export class XmlBytes {
  private buf = new Uint8Array(512 * 1024);
  length = 0;

  private room(n: number) {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** ASCII text, as is (markup, references, numbers). */
  ascii(s: string) {
    this.room(s.length);
    const b = this.buf;
    let at = this.length;
    for (let i = 0; i < s.length; i++) b[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** A whole number ≥ 0, in decimal. */
  int(n: number) {
    if (n < 10) {
      this.room(1);
      this.buf[this.length++] = 48 + n;
      return;
    }
    this.ascii(String(n));
  }

  /** Any text, UTF-8 encoded, escaped for XML (control characters XML 1.0 forbids are dropped). */
  text(s: string) {
    this.room(s.length * 6);
    const b = this.buf;
    let at = this.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        // Beyond ASCII: the rest is encoded at once (escaped first), as rare as it is.
        this.length = at;
        this.encode(s.slice(i));
        return;
      }
      if (c === 38) at = put(b, at, '&amp;');
      else if (c === 60) at = put(b, at, '&lt;');
      else if (c === 62) at = put(b, at, '&gt;');
      else if (c === 34) at = put(b, at, '&quot;');
      else if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) continue;
      else b[at++] = c;
    }
    this.length = at;
  }

  private encode(s: string) {
    const escaped = s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''); // eslint-disable-line no-control-regex
    this.room(escaped.length * 3);
    this.length += encoder.encodeInto(escaped, this.buf.subarray(this.length)).written;
  }

  /** The bytes written so far (a copy: the buffer is reused), and a fresh start. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

function put(b: Uint8Array, at: number, s: string) {
  for (let i = 0; i < s.length; i++) b[at++] = s.charCodeAt(i);
  return at;
}
