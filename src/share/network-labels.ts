import { NETWORK_IDS, type NetworkId } from '../schemas/common.ts';
import { shareText, type ShareStringKey } from '../i18n/strings/share.ts';
import { NETWORKS } from './networks.ts';

/** A network's name as shown on buttons: its brand, or the translated name of an action such as "Copy link". */
export function networkLabel(network: string, locale = 'en'): string {
  if (!(NETWORK_IDS as readonly string[]).includes(network)) return network;
  const id = network as NetworkId;
  return NETWORKS[id].brand ?? shareText(locale, `network.${id}` as ShareStringKey);
}
