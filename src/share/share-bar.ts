import type { NetworkId } from '../schemas/common.ts';
import { NETWORKS, hasShareDialog } from './networks.ts';

// The browser script uses this module: the network list comes from NETWORKS, not from the zod schemas.
const isNetworkId = (id: string): id is NetworkId => Object.hasOwn(NETWORKS, id);

/** Networks the phone's share bar holds, beside the device's share sheet and "More". */
export const BAR_SLOTS = 3;

/**
 * The networks of the phone's share bar: the ones this person used last (newest first), then
 * the hub's first networks that share from a plain link, in the hub's order. The share sheet
 * has a place of its own; Mastodon comes only once used, since it first asks for a server.
 */
export function barNetworks(enabled: readonly NetworkId[], recent: readonly string[] = [], slots = BAR_SLOTS): NetworkId[] {
  const eligible = enabled.filter((network) => network !== 'share-sheet');
  const used = recent.filter((network): network is NetworkId => (eligible as string[]).includes(network));
  const plain = eligible.filter((network) => hasShareDialog(network) && network !== 'mastodon');
  return [...new Set([...used, ...plain])].slice(0, slots);
}

/** The remembered list after sharing to `network`: it moves to the front; the share sheet is not remembered. */
export function rememberNetwork(recent: readonly string[], network: NetworkId, keep = BAR_SLOTS): NetworkId[] {
  const known = recent.filter(isNetworkId);
  if (network === 'share-sheet') return known.slice(0, keep);
  return [network, ...known.filter((id) => id !== network)].slice(0, keep);
}

/** The stored form of the list (storage holds text): ids separated by commas. Anything else is dropped. */
export function parseRecentNetworks(stored: string | null): NetworkId[] {
  if (!stored) return [];
  return stored.split(',').filter(isNetworkId);
}
