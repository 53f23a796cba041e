import { expect, test } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { roomReach } from './room-reach';

const nic = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') => ({ address, internal, family, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;
const interfaces = { lo: [nic('127.0.0.1', true)], tun0: [nic('8.8.4.4')], wlan0: [nic('fe80::1', false, 'IPv6'), nic('192.168.1.23')] };

test('PUBLIC_URL is what phones get, whatever the server listens on', () => {
  expect(roomReach({ publicUrl: 'https://academy.example.org/', host: '0.0.0.0', port: 4173, interfaces })).toEqual({ base: 'https://academy.example.org', loopbackOnly: false });
  expect(roomReach({ publicUrl: 'https://academy.example.org', host: '127.0.0.1', port: 4173, interfaces }).loopbackOnly).toBe(true);
});

test('listening on all interfaces, the room gets this machine\'s private LAN address', () => {
  expect(roomReach({ host: '0.0.0.0', port: 4173, interfaces })).toEqual({ base: 'http://192.168.1.23:4173', loopbackOnly: false });
  expect(roomReach({ host: '::', port: 80, interfaces: { eth0: [nic('8.8.4.4')] } }).base).toBe('http://8.8.4.4:80');
  expect(roomReach({ host: '0.0.0.0', port: 80, interfaces: { lo: [nic('127.0.0.1', true)] } }).base).toBeNull();
});

test('listening on loopback, no phone can reach the server, and the console is told so', () => {
  for (const host of ['127.0.0.1', 'localhost', '::1']) expect(roomReach({ host, port: 4173, interfaces })).toEqual({ base: null, loopbackOnly: true });
});

test('listening on one address, that address', () => {
  expect(roomReach({ host: '10.0.0.5', port: 4173, interfaces })).toEqual({ base: 'http://10.0.0.5:4173', loopbackOnly: false });
});
