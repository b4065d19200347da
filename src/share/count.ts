import type { NetworkId } from '../schemas/common.ts';
import { countWith, type CountResult } from './count-rules.ts';
import { xWeightedLength } from './x-weight.ts';

export type { CountResult } from './count-rules.ts';

/**
 * Measures `text` the way `network` does (see `NETWORKS` in networks.ts for the rule and limit
 * of each). Synchronous; for Node, the build and the validator. The browser uses
 * `loadCounter()` from count-lazy.ts so that twitter-text loads only on the first edit.
 */
export function countForNetwork(network: NetworkId, text: string): CountResult {
  return countWith(network, text, xWeightedLength);
}
