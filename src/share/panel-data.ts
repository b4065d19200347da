import type { NetworkId } from '../schemas/common.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { shareStrings, type ShareStringKey } from '../i18n/strings/share.ts';
import { tableTexts, type Translate } from '../i18n/translator.ts';
import { composeShareUrl, shareSubject, type SharedPost, type ShareSubject } from './compose.ts';
import { networkLabel } from './network-labels.ts';
import { hasOwnCaptions, hasShareDialog } from './networks.ts';

/** What the build hands the browser script (as JSON in `data-share`): no HTML, only data. */
export interface PanelData {
  locale: string;
  subject: ShareSubject;
  /** Enabled networks shown in the panel, in hub order. */
  networks: NetworkId[];
  /** The network whose caption the editor shows first. */
  picked: NetworkId;
  /** Length of a new random code; nothing that derives a code from a person is handed over. */
  codeLength: number;
  labels: Partial<Record<NetworkId, string>>;
  text: Readonly<Record<ShareStringKey, string>>;
}

export interface PanelInput {
  hub: HubConfig;
  /** The page's translator, in `locale`. */
  t: Translate;
  post: SharedPost;
  slug: string;
  locale: string;
  pageUrl: string;
  campaignHashtag?: string | undefined;
  imageUrl?: string | undefined;
}

export function panelData({ hub, t, post, slug, locale, pageUrl, campaignHashtag, imageUrl }: PanelInput): PanelData {
  // Instagram is a download of the post's picture: without one there is nothing to share there.
  const networks = hub.networks.filter((network) => network !== 'instagram' || !!imageUrl);
  return {
    locale,
    subject: shareSubject(hub, post, { slug, locale, pageUrl, campaignHashtag }),
    networks,
    picked: networks.find(hasOwnCaptions) ?? networks[0] ?? 'linkedin',
    codeLength: hub.advocate.code_length,
    labels: Object.fromEntries(networks.map((network) => [network, networkLabel(network, locale)])),
    text: tableTexts(t, shareStrings),
  };
}

/**
 * The link a network's control has in the HTML, before any script: UTM without an advocate
 * code, the first caption variant. Null for networks that need the script (clipboard, share
 * sheet, Mastodon without a default server).
 */
export function plainShareHref(data: PanelData, network: NetworkId): string | null {
  return hasShareDialog(network) ? composeShareUrl(data.subject, network) : null;
}
