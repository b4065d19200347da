import { NETWORK_IDS, type NetworkId } from '../schemas/common.ts';
import { translator, type UiStringKey } from '../i18n/translator.ts';
import { NETWORKS } from './networks.ts';

/** A network's name as shown on buttons: its brand, or the translated name of an action such as "Copy link". */
export function networkLabel(network: string, locale = 'en'): string {
  if (!(NETWORK_IDS as readonly string[]).includes(network)) return network;
  const id = network as NetworkId;
  return NETWORKS[id].brand ?? translator(locale)(`network.${id}` as UiStringKey);
}
