import type { NetworkId } from '../schemas/common.ts';
import { NETWORKS } from './networks.ts';
import { countWith, type CountResult, type XWeigher } from './count-rules.ts';

export type Counter = (network: NetworkId, text: string) => CountResult;

let loading: Promise<XWeigher> | undefined;

/** The browser's `countForNetwork`: the X rules (twitter-text, ~30 KB) arrive as a separate chunk on first call. */
export async function loadCounter(): Promise<Counter> {
  loading ??= import('./x-weight.ts').then((module) => module.xWeightedLength);
  const weighX = await loading;
  return (network, text) => countWith(network, text, weighX);
}

/** Counts right away when the network does not need twitter-text; `null` for X until `loadCounter()` has resolved. */
export function countNow(network: NetworkId, text: string): CountResult | null {
  return NETWORKS[network].counting === 'x-weighted' ? null : countWith(network, text);
}
