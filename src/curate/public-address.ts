import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses that are not on the public internet: this computer (loopback, unspecified), the
 * company's own network (private, carrier-grade NAT, unique-local), the link (link-local, where
 * cloud metadata services answer), multicast and the reserved blocks. A feed from elsewhere must
 * not be able to point the command at any of them. BlockList matches IPv4-mapped IPv6 addresses
 * (`::ffff:127.0.0.1`) against the IPv4 blocks too.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64: an IPv4 address in disguise
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address (v4 or v6, without brackets) is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The first address of a URL's host that is not public, or undefined when every one is: an IP
 * written in the address is judged as it is, a host name by every address DNS gives for it (so a
 * name that resolves to 127.0.0.1 or 10.0.0.5 is refused like the number itself).
 */
export async function privateAddressOf(url: URL): Promise<string | undefined> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) return isPublicAddress(host) ? undefined : host;
  const addresses = await lookup(host, { all: true, verbatim: true });
  return addresses.find(({ address }) => !isPublicAddress(address))?.address;
}
