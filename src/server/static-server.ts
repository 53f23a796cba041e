import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
};

export interface StaticServerOptions {
  root: string;
  host?: string;
  port?: number;
  /** Requests under these prefixes go to `api` instead of the files (the records API). */
  api?: { prefixes: string[]; listener: (req: IncomingMessage, res: ServerResponse) => void };
  /** Hand out `.map` files (they hold the full sources; off unless a setting allows it). */
  serveSourceMaps?: boolean;
  log?: (line: string) => void;
}

/**
 * Serves the built course: files from `root`, and `index.html` for any other GET so that deep
 * links (`/modules/01-foundations/smart-criteria`) work on reload. Hashed assets are cached
 * for a year; the page itself, the service worker (`sw.js`), the manifest and the icons are
 * always revalidated so a new version is picked up. The CSP's `script-src 'self'` covers the
 * worker (`worker-src` falls back to it) and `default-src 'self'` the manifest.
 */
export function startStaticServer({ root, host = '127.0.0.1', port = 4173, api, serveSourceMaps = false, log = (line) => console.warn(line) }: StaticServerOptions): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    // A request's failure is that request's alone: logged, answered if still possible, never thrown.
    try {
      handle(req, res);
    } catch (e) {
      log(`static: ${req.method} ${req.url} failed: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    }
  });
  // A malformed request or a peer that vanished mid-request is answered 400 or dropped, not thrown.
  server.on('clientError', (e: Error & { code?: string }, socket) => {
    if (socket.writable && e.code !== 'ECONNRESET') socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.on('connection', (socket) => socket.on('error', () => socket.destroy()));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    res.on('error', (e) => log(`static: answering ${req.url} failed: ${e.message}`));
    if (api && api.prefixes.some((p) => (req.url ?? '').startsWith(p))) {
      api.listener(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    const raw = new URL(req.url ?? '/', 'http://localhost').pathname;
    let pathname: string;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      // A garbled link to a page (a certificate code cut short in a message…) opens the page,
      // which says what it cannot find; a garbled link to a file is refused as text.
      if (!extname(raw)) pathname = '/';
      else {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Bad request');
        return;
      }
    }
    // The build's source maps hold the whole source; they are for a developer who asks for them.
    if (!serveSourceMaps && pathname.endsWith('.map')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
      return;
    }
    const candidate = normalize(join(base, pathname));
    const inside = candidate === base || candidate.startsWith(base + sep);
    const isFile = inside && existsSync(candidate) && statSync(candidate).isFile();
    // A missing chunk or service worker is a 404, never the page: a browser would take HTML for script.
    if (!isFile && extname(pathname) && (pathname.startsWith('/assets/') || pathname === '/sw.js')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
      return;
    }
    const file = isFile ? candidate : join(base, 'index.html');
    if (!isFile && !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, ...SECURITY_HEADERS });
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  };
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      // Once listening, a failure to accept one connection (too many open files…) is logged, not thrown.
      server.off('error', reject);
      server.on('error', (e) => log(`server: ${e.message}`));
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, url: `http://${host}:${actualPort}` });
    });
  });
}
