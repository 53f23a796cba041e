import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { Route } from '../route-table';

/** How phones in the room reach this server: what the console puts in the join link and QR codes. */
export interface RoomReach {
  /** The address phones should use (PUBLIC_URL, else this machine's LAN address when listening on all interfaces), or null: the page's own. */
  base: string | null;
  /** The server listens only on this computer (127.0.0.1, ::1, localhost): no phone can reach it. */
  loopbackOnly: boolean;
}

export interface ReachInput {
  publicUrl?: string;
  host: string;
  port: number;
  /** `os.networkInterfaces()`, injectable for tests. */
  interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const ALL = new Set(['0.0.0.0', '::', '']);

/**
 * Works out where phones find the server. PUBLIC_URL wins (a proxy, a DNS name); else, listening on
 * all interfaces, the first private IPv4 address of a non-internal interface (the room's Wi-Fi);
 * listening on one address, that address; listening on loopback, nothing a phone can use.
 */
export function roomReach({ publicUrl, host, port, interfaces = networkInterfaces() }: ReachInput): RoomReach {
  const loopbackOnly = LOOPBACK.has(host) || host.startsWith('127.');
  if (publicUrl) return { base: publicUrl.replace(/\/+$/, ''), loopbackOnly };
  if (loopbackOnly) return { base: null, loopbackOnly };
  if (!ALL.has(host)) return { base: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, loopbackOnly };
  const lan = Object.values(interfaces)
    .flat()
    .filter((i): i is NetworkInterfaceInfo => Boolean(i) && !i!.internal && i!.family === 'IPv4')
    .map((i) => i.address);
  // Private ranges first: the classroom's Wi-Fi rather than a VPN or a public address.
  const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
  const address = lan.find(isPrivate) ?? lan[0];
  return { base: address ? `http://${address}:${port}` : null, loopbackOnly };
}

/** GET /api/live/reach: how phones reach this server (see roomReach), for the console's join link, QR codes and warning. */
export function reachRoutes(reach: () => RoomReach): Route[] {
  return [{ method: 'GET', path: '/api/live/reach', role: 'public', body: 'none', handler: (c) => c.json(reach()) }];
}
