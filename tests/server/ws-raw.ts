import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/** One client frame, masked as a client must, with the bits a test wants set (RSV1 = 0x40). */
export function frame(payload: Buffer, { opcode = 0x1, rsv = 0 }: { opcode?: number; rsv?: number } = {}): Buffer {
  const mask = randomBytes(4);
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | rsv | opcode, 0x80 | len]) : len < 65536 ? Buffer.from([0x80 | rsv | opcode, 0x80 | 126, len >> 8, len & 0xff]) : undefined;
  if (!head) throw new Error('frame too long for this helper');
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([head, mask, body]);
}

/**
 * A WebSocket opened by hand over TCP, so a test can send frames no well-behaved client would.
 * `closed` resolves with the close code the server sent (or 1006 if it only dropped the line).
 */
export function rawSocket(base: string, path = '/live/ws', headers: Record<string, string> = {}) {
  const url = new URL(base);
  const socket: Socket = connect(Number(url.port), url.hostname);
  let received = Buffer.alloc(0);
  let upgraded = false;
  let status = 0;
  let code: number | undefined;
  let onClose: (code: number) => void = () => {};
  const opened = new Promise<number>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('data', (d: Buffer) => {
      received = Buffer.concat([received, d]);
      if (!upgraded) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        status = Number(received.subarray(0, end).toString().split(' ')[1]);
        upgraded = true;
        received = received.subarray(end + 4);
        resolve(status);
      }
      // Server frames are unmasked; find a close frame (opcode 8) and read its code.
      let at = 0;
      while (at + 2 <= received.length) {
        const op = received[at]! & 0x0f;
        let len = received[at + 1]! & 0x7f;
        let start = at + 2;
        if (len === 126) {
          len = received.readUInt16BE(at + 2);
          start = at + 4;
        }
        if (start + len > received.length) break;
        if (op === 8 && len >= 2) {
          code = received.readUInt16BE(start);
          onClose(code);
        }
        at = start + len;
      }
    });
  });
  // The server's close frame, or the line dropping without one (1006).
  const closed = new Promise<number>((resolve) => {
    onClose = resolve;
    socket.on('close', () => resolve(code ?? 1006));
  });
  socket.on('error', () => {});
  socket.write(
    [`GET ${path} HTTP/1.1`, `Host: ${url.host}`, 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`, 'Sec-WebSocket-Version: 13', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n'),
  );
  return { socket, opened, closed, send: (b: Buffer) => socket.write(b) };
}
