import { createConnection, createServer, type Socket } from 'node:net';
import { freePort } from '../../scripts/postgres-cluster';

export interface Link {
  port: number;
  live: boolean;
  open: boolean;
}

/**
 * A load balancer in miniature: each new connection goes to the next backend in turn, skipping
 * one that refuses. It notes where each live socket (`GET /live/ws`) went and whether it is open.
 */
export async function roundRobin(ports: number[]) {
  let next = 0;
  const sockets = new Set<Socket>();
  const links: Link[] = [];
  const server = createServer((client) => {
    sockets.add(client);
    client.pause();
    const tryBackend = (left: number) => {
      const port = ports[next++ % ports.length]!;
      const upstream = createConnection({ host: '127.0.0.1', port });
      const refused = () => (left > 1 ? tryBackend(left - 1) : client.destroy());
      upstream.once('error', refused);
      upstream.once('connect', () => {
        sockets.add(upstream);
        const link: Link = { port, live: false, open: true };
        links.push(link);
        upstream.off('error', refused);
        upstream.on('error', () => client.destroy());
        client.once('data', (chunk: Buffer) => (link.live = chunk.toString('latin1').startsWith('GET /live/ws')));
        client.once('close', () => ((link.open = false), upstream.destroy()));
        upstream.once('close', () => ((link.open = false), client.destroy()));
        client.pipe(upstream).pipe(client);
        client.resume();
      });
    };
    client.on('error', () => undefined);
    tryBackend(ports.length);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const proxy = { port, openLiveSockets: () => links.filter((l) => l.live && l.open), close: () => (server.close(), sockets.forEach((s) => s.destroy())) };
  return proxy;
}
