import { constants, crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import type { XlsxCompressor } from '../../domain';

const options = (final: boolean) => ({ level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });

/**
 * Node's zlib for the workbook writer (several times faster than deflate in JavaScript): each
 * piece is compressed as raw DEFLATE, sync-flushed so the pieces concatenate into one stream. In
 * the request's thread it runs on libuv's thread pool while the next rows are written.
 */
export const zlibCompressor: XlsxCompressor = {
  deflate: (data, final) => new Promise((resolve, reject) => deflateRaw(data, options(final), (error, out) => (error ? reject(error) : resolve(out)))),
  crc32: (data, value) => crc32(data, value),
};

/**
 * The same, compressing in the calling thread: for the report worker, whose thread does nothing
 * else. Handing each piece to the thread pool cost a large export about a third more CPU in all
 * (measured with `npm run bench:hr-export`), which on a busy two-core server is time lost.
 */
export const zlibSyncCompressor: XlsxCompressor = {
  deflate: async (data, final) => deflateRawSync(data, options(final)),
  crc32: (data, value) => crc32(data, value),
};
