import { isIP } from 'node:net';
import { type AddressClass, classifyAddress } from './address-classifier.ts';
import type { Resolver } from './dns-cache.ts';
import { NetError } from './net.errors.ts';
import { networkContains, type Network } from './networks.ts';

export type HopPolicy = Readonly<{ allowNetworks: readonly Network[]; resolve: Resolver }>;

/**
 * Resolves the host of one hop once and checks every address (fail closed: one private address
 * refuses the host, since a rebinding server would answer the private one to the second ask).
 * The connection then goes to the checked address itself, so nothing resolves the name again.
 */
export async function resolveHop(url: URL, policy: HopPolicy): Promise<{ name: string; address: string }> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new NetError('NET_URL_REFUSED', 'Only http and https addresses are fetched.');
  if (url.username || url.password)
    throw new NetError('NET_URL_REFUSED', 'Addresses with credentials are not fetched.');
  const name = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: readonly string[];
  if (isIP(name)) addresses = [name];
  else {
    addresses = await policy.resolve(name).catch(() => []);
    if (addresses.length === 0) throw new NetError('NET_FETCH_FAILED', 'The host does not resolve.');
  }
  const classes = addresses.map(classifyAddress);
  if (classes.includes('invalid'))
    throw new NetError('NET_URL_REFUSED', 'The host resolves to an address that is not understood.');
  const allowed = (address: string, kind: AddressClass) =>
    kind === 'public' || policy.allowNetworks.some((network) => networkContains(network, address));
  if (!addresses.every((address, i) => allowed(address, classes[i]!)))
    throw new NetError('NET_URL_REFUSED', 'Private, loopback and link-local addresses are not fetched.');
  return { name, address: addresses[0]! };
}
