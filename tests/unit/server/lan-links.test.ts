import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLinkBase, usableHost } from '../../../server/link-base';
import { lanUrls, type Interfaces } from '../../../server/listen';
import { isLoopbackUrl } from '../../../shared/protocol/loopback';

const nic = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as Interfaces[string] extends
    | (infer T)[]
    | undefined
    ? T
    : never;
const INTERFACES: Interfaces = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  wlan0: [nic('169.254.10.2'), nic('192.168.1.20'), nic('fe80::1', 'IPv6')],
  eth0: [nic('10.0.0.7')],
};
const addr = (address: string, port = 3000): AddressInfo => ({
  address,
  port,
  family: address.includes(':') ? 'IPv6' : 'IPv4',
});

describe('lanUrls: what phones on the network can open', () => {
  it('every interface: the non-loopback IPv4 addresses, link-local last', () => {
    expect(lanUrls(addr('::'), null, INTERFACES)).toEqual([
      'http://192.168.1.20:3000',
      'http://10.0.0.7:3000',
      'http://169.254.10.2:3000',
    ]);
    expect(lanUrls(addr('0.0.0.0', 8080), '0.0.0.0', INTERFACES)[0]).toBe('http://192.168.1.20:8080');
  });
  it('loopback only: none; one LAN address: that one', () => {
    expect(lanUrls(addr('127.0.0.1'), '127.0.0.1', INTERFACES)).toEqual([]);
    expect(lanUrls(addr('::1'), 'localhost', INTERFACES)).toEqual([]);
    expect(lanUrls(addr('192.168.1.20'), '192.168.1.20', INTERFACES)).toEqual(['http://192.168.1.20:3000']);
  });
  it('a machine with no network: none', () => {
    expect(lanUrls(addr('::'), null, { lo: [nic('127.0.0.1', 'IPv4', true)] })).toEqual([]);
  });
});

describe('the link base', () => {
  const base = createLinkBase(null, () => 'http://localhost:3000');
  it('follows a plain Host, keeps its port, honours https', () => {
    expect(base({ host: '192.168.1.20:3000' })).toBe('http://192.168.1.20:3000');
    expect(base({ host: 'Tablehop.Example', secure: true })).toBe('https://tablehop.example');
    expect(base({ host: '[fe80::1]:3000' })).toBe('http://[fe80::1]:3000');
  });
  it('ignores a Host that is not a plain host name, and no request at all', () => {
    for (const host of ['a/b', 'x y', 'a@b', 'a:b:c', '', '<script>', `${'a'.repeat(300)}.com`])
      expect(base({ host }), host).toBe('http://localhost:3000');
    expect(base()).toBe('http://localhost:3000');
    expect(usableHost(undefined)).toBe(false);
  });
  it('a configured public URL wins', () => {
    expect(createLinkBase('https://m.example.org', () => 'x')({ host: '10.0.0.7:3000' })).toBe('https://m.example.org');
  });
});

describe('isLoopbackUrl', () => {
  it('localhost, 127.x and [::1] are loopback; LAN addresses and names are not', () => {
    for (const u of [
      'http://localhost:3000',
      'http://127.0.0.1:3000/p',
      'http://127.1.2.3',
      'http://[::1]:3000',
      'http://app.localhost',
    ])
      expect(isLoopbackUrl(u), u).toBe(true);
    for (const u of [
      'http://192.168.1.20:3000',
      'https://mentoring.example.org',
      'http://localhost.example.com',
      'nonsense',
    ])
      expect(isLoopbackUrl(u), u).toBe(false);
  });
});
