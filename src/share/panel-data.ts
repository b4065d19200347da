import type { NetworkId } from '../schemas/common.ts';
import type { HubConfig } from '../schemas/hub.ts';
import type { ShareStringKey } from '../i18n/strings/share.ts';
import { composeShareUrl, shareSubject, type SharedPost, type ShareSubject } from './compose.ts';
import { networkLabel } from './network-labels.ts';
import { hasOwnCaptions, hasShareDialog } from './networks.ts';

/** The panel's words in one language, as the browser script fetches them (src/share/panel-texts.ts). */
export type PanelTexts = Readonly<Record<ShareStringKey, string>>;

/**
 * What the build hands the browser script (as JSON in `data-share`): no HTML, only data. The
 * panel's words are not in it: they are the same on every page of a language, so the script
 * fetches them from one file per language (`data-share-texts`, src/share/panel-texts.ts).
 */
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
}

export interface PanelInput {
  hub: HubConfig;
  post: SharedPost;
  slug: string;
  locale: string;
  pageUrl: string;
  campaignHashtag?: string | undefined;
  imageUrl?: string | undefined;
}

export function panelData({ hub, post, slug, locale, pageUrl, campaignHashtag, imageUrl }: PanelInput): PanelData {
  // Instagram is a download of the post's picture: without one there is nothing to share there.
  const networks = hub.networks.filter((network) => network !== 'instagram' || !!imageUrl);
  return {
    locale,
    subject: shareSubject(hub, post, { slug, locale, pageUrl, campaignHashtag }),
    networks,
    picked: networks.find(hasOwnCaptions) ?? networks[0] ?? 'linkedin',
    codeLength: hub.advocate.code_length,
    labels: Object.fromEntries(networks.map((network) => [network, networkLabel(network, locale)])),
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers of the caption counter as people of `locale` write them; made once per language, not per page. */
export function counterNumber(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

const networkLists = new Map<string, string>();

/** The names of `networks` as one phrase of `locale` ("LinkedIn, Facebook, and XING"), made once per language and list. */
export function networkList(locale: string, names: readonly string[]): string {
  const memo = `${locale}\n${names.join('\n')}`;
  let list = networkLists.get(memo);
  if (list === undefined) {
    list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
    networkLists.set(memo, list);
  }
  return list;
}

/**
 * The link a network's control has in the HTML, before any script: UTM without an advocate
 * code, the first caption variant. Null for networks that need the script (clipboard, share
 * sheet, Mastodon without a default server).
 */
export function plainShareHref(data: PanelData, network: NetworkId): string | null {
  if (!hasShareDialog(network)) return null;
  // The panel's list and the phone's share bar draw the same controls: each link is composed once.
  let hrefs = plainHrefs.get(data);
  if (!hrefs) {
    hrefs = new Map();
    plainHrefs.set(data, hrefs);
  }
  let href = hrefs.get(network);
  if (href === undefined) {
    href = composeShareUrl(data.subject, network);
    hrefs.set(network, href);
  }
  return href;
}

const plainHrefs = new WeakMap<PanelData, Map<NetworkId, string | null>>();
