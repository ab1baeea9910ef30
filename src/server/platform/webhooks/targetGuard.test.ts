import { describe, expect, it } from 'vitest';
import {
  checkWebhookTarget,
  defaultResolver,
  forbiddenRange,
  parseAllowList,
  type ResolvedAddress,
  type Resolver,
} from './targetGuard';

/** A resolver over a fixed table, standing in for DNS (an attacker controls their zone's answers). */
function dns(table: Record<string, string[]>): Resolver {
  return async (host) => {
    const found = table[host];
    if (!found) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

const publicDns = dns({
  'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'internal.example.com': ['10.1.2.3'],
  'rebind.example.com': ['93.184.215.14', '127.0.0.1'],
  'metadata.example.com': ['169.254.169.254'],
  'mapped.example.com': ['::ffff:192.168.1.10'],
  'empty.example.com': [],
  'ci.corp': ['10.20.0.5'],
});

describe('forbiddenRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'linkLocal'], // the cloud metadata address
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['192.0.2.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['febf::1', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'], // IPv4-mapped forms are judged as IPv4
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:10.0.0.1', 'private'],
    ['::7f00:1', 'ipv4Compatible'],
    ['64:ff9b::a00:1', 'rfc6052'], // NAT64 of 10.0.0.1
    ['2002:a00:1::1', '6to4'],
  ])('%s is refused (%s)', (address, range) => {
    expect(forbiddenRange(address)).toBe(range);
  });

  it.each([
    ['93.184.215.14'],
    ['8.8.8.8'],
    ['172.32.0.1'],
    ['100.128.0.1'],
    ['2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    ['::ffff:8.8.8.8'],
  ])('%s is public unicast', (address) => {
    expect(forbiddenRange(address)).toBeNull();
  });
});

describe('parseAllowList', () => {
  it('reads host names, CIDRs and bare addresses, and refuses a bad CIDR', () => {
    const { hosts, cidrs } = parseAllowList(['CI.corp.', ' 10.0.0.0/8 ', '::1', '', '127.0.0.1']);
    expect([...hosts]).toEqual(['ci.corp']);
    expect(cidrs.map(([address, bits]) => `${address.toString()}/${bits}`)).toEqual([
      '10.0.0.0/8',
      '::1/128',
      '127.0.0.1/32',
    ]);
    expect(() => parseAllowList(['10.0.0.0/33'])).toThrow(/not a valid CIDR/);
  });
});

describe('checkWebhookTarget', () => {
  it('accepts a public https host and returns every vetted address', async () => {
    const check = await checkWebhookTarget('https://hooks.example.com/trellis?x=1', { resolve: publicDns });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.target.host).toBe('hooks.example.com');
    expect(check.target.url.pathname).toBe('/trellis');
    expect(check.target.addresses).toEqual([
      { address: '93.184.215.14', family: 4 },
      { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
    ]);
  });

  it.each([
    ['not a url', 'invalidUrl'],
    ['ftp://hooks.example.com/', 'unsupportedScheme'],
    ['file:///etc/passwd', 'unsupportedScheme'],
    ['http://hooks.example.com/', 'httpsRequired'],
    ['https://user:secret@hooks.example.com/', 'credentialsInUrl'],
    ['https://nowhere.example.com/', 'unresolvable'],
    ['https://empty.example.com/', 'unresolvable'],
  ])('%s → %s', async (url, reason) => {
    expect(await checkWebhookTarget(url, { resolve: publicDns })).toEqual({ ok: false, reason });
  });

  it.each([
    ['https://internal.example.com/', '10.1.2.3', 'private'],
    ['https://metadata.example.com/latest/meta-data/', '169.254.169.254', 'linkLocal'],
    ['https://rebind.example.com/', '127.0.0.1', 'loopback'], // one bad address among good ones
    ['https://mapped.example.com/', '::ffff:192.168.1.10', 'private'],
    ['https://127.0.0.1/', '127.0.0.1', 'loopback'],
    ['https://2130706433/', '127.0.0.1', 'loopback'], // decimal form, normalised by the URL parser
    ['https://0x7f.1/', '127.0.0.1', 'loopback'],
    ['https://[::1]/', '::1', 'loopback'],
    ['https://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe', 'linkLocal'],
    ['https://[fe80::1]/', 'fe80::1', 'linkLocal'],
    ['https://[fd00::1]:8443/', 'fd00::1', 'uniqueLocal'],
    ['https://0.0.0.0/', '0.0.0.0', 'unspecified'],
    ['https://100.64.1.1/', '100.64.1.1', 'carrierGradeNat'],
  ])('%s is refused at %s (%s)', async (url, address, range) => {
    expect(await checkWebhookTarget(url, { resolve: publicDns })).toEqual({
      ok: false,
      reason: 'forbiddenAddress',
      address,
      range,
    });
  });

  it('never asks DNS about a literal address', async () => {
    const asked: string[] = [];
    const check = await checkWebhookTarget('https://8.8.8.8/hook', {
      resolve: async (host) => {
        asked.push(host);
        return [];
      },
    });
    expect(check).toMatchObject({ ok: true, target: { addresses: [{ address: '8.8.8.8', family: 4 }] } });
    expect(asked).toEqual([]);
  });

  it('lets the operator allow-list internal targets by host name or CIDR, http included', async () => {
    const byHost = await checkWebhookTarget('http://CI.corp:8080/hooks', {
      allowList: ['ci.corp'],
      resolve: publicDns,
    });
    expect(byHost).toMatchObject({
      ok: true,
      target: { host: 'ci.corp', addresses: [{ address: '10.20.0.5' }] },
    });

    const byCidr = await checkWebhookTarget('http://internal.example.com/', {
      allowList: ['10.0.0.0/8'],
      resolve: publicDns,
    });
    expect(byCidr.ok).toBe(true);

    const loopback = await checkWebhookTarget('http://127.0.0.1:9000/', { allowList: ['127.0.0.1/32'] });
    expect(loopback).toMatchObject({
      ok: true,
      target: { addresses: [{ address: '127.0.0.1', family: 4 }] },
    });

    const mappedLoopback = await checkWebhookTarget('https://[::ffff:127.0.0.1]/', {
      allowList: ['127.0.0.0/8'],
    });
    expect(mappedLoopback.ok).toBe(true);
  });

  it('an allow-list entry permits only what it names', async () => {
    // The CIDR covers 127.0.0.1 but not the metadata address.
    expect(
      await checkWebhookTarget('https://metadata.example.com/', {
        allowList: ['127.0.0.1/32'],
        resolve: publicDns,
      }),
    ).toMatchObject({ ok: false, reason: 'forbiddenAddress', address: '169.254.169.254' });
    // A listed CIDR covering one address of a host does not vouch for the host's other addresses.
    expect(
      await checkWebhookTarget('https://rebind.example.com/', {
        allowList: ['10.0.0.0/8'],
        resolve: publicDns,
      }),
    ).toMatchObject({ ok: false, reason: 'forbiddenAddress', address: '127.0.0.1' });
    // A public host reached over http stays refused when only some of its addresses are listed.
    expect(
      await checkWebhookTarget('http://hooks.example.com/', {
        allowList: ['93.184.215.0/24'],
        resolve: publicDns,
      }),
    ).toEqual({ ok: false, reason: 'httpsRequired' });
    // A host name entry is exact: a sub-domain is not on the list.
    expect(
      await checkWebhookTarget('https://evil.ci.corp/', {
        allowList: ['ci.corp'],
        resolve: dns({ 'evil.ci.corp': ['10.9.9.9'] }),
      }),
    ).toMatchObject({ ok: false, reason: 'forbiddenAddress' });
  });

  it('the default resolver asks the system for every address (localhost is refused)', async () => {
    const found = await defaultResolver('localhost');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((a) => forbiddenRange(a.address) === 'loopback')).toBe(true);
    expect(await checkWebhookTarget('https://localhost/')).toMatchObject({
      ok: false,
      reason: 'forbiddenAddress',
    });
  });
});
