import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * SSRF guard for webhook endpoints. An organisation admin types a URL that our server then POSTs
 * to: without this guard it could reach the cloud metadata service (169.254.169.254), the database
 * on loopback, or anything on the operator's private network. Rules:
 * - https only, unless the host is on the operator's allow-list (self-hosters often send to an
 *   internal http service);
 * - the host is resolved, and EVERY address must be globally routable unicast (or inside an
 *   allow-listed CIDR): one bad address is enough for an attacker's DNS to pick it at connect time;
 * - the vetted addresses are returned, and `fetchWebhook` connects to those only, so a second
 *   resolution (DNS rebinding) cannot swap in an internal address between check and connect.
 * Ranges come from `ipaddr.js` (its `range()` names), and we accept only `unicast`: a deny-list of
 * our own would miss the next special range; an allow-list of one fails closed.
 */

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Every address of a host name, like `dns.lookup(host, { all: true })`. */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export type WebhookTarget = {
  url: URL;
  /** The host name without IPv6 brackets, for the Host header and TLS (SNI, certificate check). */
  host: string;
  /** Where to connect: vetted, never resolved again. */
  addresses: ResolvedAddress[];
};

export type TargetRefusal =
  | 'invalidUrl'
  | 'unsupportedScheme'
  | 'httpsRequired'
  | 'credentialsInUrl'
  | 'unresolvable'
  | 'forbiddenAddress';

export type TargetCheck =
  | { ok: true; target: WebhookTarget }
  | { ok: false; reason: TargetRefusal; address?: string; range?: string };

export type AllowList = readonly string[];

export const defaultResolver: Resolver = async (host) => {
  const found = await lookup(host, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Splits operator entries into host names (exact, case-insensitive) and CIDRs; a bare IP is its /32 or /128. */
export function parseAllowList(entries: AllowList): { hosts: Set<string>; cidrs: Cidr[] } {
  const hosts = new Set<string>();
  const cidrs: Cidr[] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry.includes('/')) {
      if (!ipaddr.isValidCIDR(entry))
        throw new Error(`Webhook allow-list entry "${raw}" is not a valid CIDR.`);
      cidrs.push(ipaddr.parseCIDR(entry));
    } else if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry);
      cidrs.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else {
      hosts.add(entry.replace(/\.$/, ''));
    }
  }
  return { hosts, cidrs };
}

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is judged, and matched, as the IPv4 address it carries. */
function normalise(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed;
}

function inCidrs(address: ipaddr.IPv4 | ipaddr.IPv6, cidrs: Cidr[]): boolean {
  return cidrs.some(([network, bits]) => network.kind() === address.kind() && address.match(network, bits));
}

/**
 * The `ipaddr.js` range name of an address we refuse, or null when it is public unicast. The
 * IPv4-compatible block ::/96 (deprecated; `::7f00:1` is 127.0.0.1 in that form) is named here as
 * `ipaddr.js` files it under unicast.
 */
export function forbiddenRange(address: string): string | null {
  const parsed = normalise(address);
  const range = parsed.range();
  if (range !== 'unicast') return range;
  if (parsed.kind() === 'ipv6' && parsed.match(ipaddr.parseCIDR('::/96'))) return 'ipv4Compatible';
  return null;
}

/**
 * Checks a webhook URL and resolves it to the addresses `fetchWebhook` may connect to. A refusal
 * carries a stable reason (shown on the endpoint form) and, for addresses, which one and why.
 */
export async function checkWebhookTarget(
  rawUrl: string,
  options: { allowList?: AllowList; resolve?: Resolver } = {},
): Promise<TargetCheck> {
  const { hosts, cidrs } = parseAllowList(options.allowList ?? []);
  const resolve = options.resolve ?? defaultResolver;

  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, reason: 'invalidUrl' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'unsupportedScheme' };
  // A secret in the URL would be shown in the delivery log and the endpoint list; use headers.
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentialsInUrl' };
  // WHATWG URL parsing has already turned 0x7f000001, 127.1 and 2130706433 into 127.0.0.1.
  const host = url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  if (host === '') return { ok: false, reason: 'invalidUrl' };
  const hostListed = hosts.has(host);

  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      return { ok: false, reason: 'unresolvable' };
    }
    if (addresses.length === 0) return { ok: false, reason: 'unresolvable' };
  }
  addresses = addresses.filter(
    (a, index) => addresses.findIndex((b) => b.address === a.address && b.family === a.family) === index,
  );

  let everyAddressListed = true;
  for (const { address } of addresses) {
    if (!ipaddr.isValid(address)) return { ok: false, reason: 'unresolvable' };
    const listed = hostListed || inCidrs(normalise(address), cidrs);
    everyAddressListed &&= listed;
    if (listed) continue;
    const range = forbiddenRange(address);
    if (range !== null) return { ok: false, reason: 'forbiddenAddress', address, range };
  }
  // Plain http only towards what the operator named: on the internet it would expose the payload
  // and let anyone on the path answer 2xx for the receiver.
  if (url.protocol === 'http:' && !(hostListed || everyAddressListed))
    return { ok: false, reason: 'httpsRequired' };
  return { ok: true, target: { url, host, addresses } };
}
