// The phone's share bar (ShareBar.astro) remembers the networks a person shares to, and on the
// next post page offers those first. Only network ids are stored: no post, no caption, no time.
import type { NetworkId } from '../schemas/common.ts';
import { barNetworks, parseRecentNetworks, rememberNetwork } from '../share/share-bar.ts';
import { readStored, writeStored } from './share-storage.ts';

export const RECENT_KEY = 'advocacy-hub.recent-networks';

export function recordShare(network: NetworkId): void {
  writeStored(RECENT_KEY, rememberNetwork(parseRecentNetworks(readStored(RECENT_KEY)), network).join(','));
}

/**
 * Fills the bar's network cells with the networks used last: copies of the panel's own
 * controls, which the panel's script then keeps up to date like the originals. The cells keep
 * their size, so nothing around them moves.
 */
export function arrangeBar(bar: HTMLElement, panel: HTMLElement, enabled: readonly NetworkId[]): void {
  const wanted = barNetworks(enabled, parseRecentNetworks(readStored(RECENT_KEY)));
  bar.querySelectorAll<HTMLElement>('[data-bar-slot]').forEach((slot, index) => {
    const network = wanted[index];
    if (!network || slot.querySelector(`[data-network="${network}"]`)) return;
    const original = panel.querySelector(`li > [data-network="${network}"]`);
    if (original) slot.replaceChildren(original.cloneNode(true));
  });
}
