import { constants, crc32, deflateRaw } from 'node:zlib';
import type { XlsxCompressor } from '../../domain';

/**
 * Node's zlib for the workbook writer: each piece is compressed on libuv's thread pool while the
 * next rows are written (several times faster than deflate in JavaScript), and sync-flushed so
 * the pieces concatenate into one DEFLATE stream.
 */
export const zlibCompressor: XlsxCompressor = {
  deflate: (data, final) =>
    new Promise((resolve, reject) =>
      deflateRaw(data, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }, (error, out) => (error ? reject(error) : resolve(out))),
    ),
  crc32: (data, value) => crc32(data, value),
};
