import type { NetworkId } from '../schemas/common.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { composeShareUrl, trackedLink, type ShareSubject } from './compose.ts';
import { hasShareDialog } from './networks.ts';
import type { RosterEntry } from './roster.ts';

/**
 * Networks that get a column in `npm run links --post`: every enabled one whose share is a
 * URL (the dialogs, and copy-link as the tracked link itself). Mastodon only with a default
 * server, since there is no central one.
 */
export function linkColumns(hub: HubConfig): NetworkId[] {
  return hub.networks.filter(
    (network) => (hasShareDialog(network) || network === 'copy-link') && (network !== 'mastodon' || !!hub.mastodon_default_instance),
  );
}

/** The column of a network's share links, named so that mail-merge tools accept it: `share_copy_link`. */
export function shareColumn(network: NetworkId): string {
  return `share_${network.replace(/-/g, '_')}`;
}

/** A personal link: the hub page with `?advocate=CODE`, which the hub remembers and removes from the address bar. */
export function personalLink(hubUrl: string, code: string): string {
  const url = new URL(hubUrl);
  url.searchParams.set('advocate', code);
  return url.href;
}

export interface LinksTableInput {
  hub: HubConfig;
  hubUrl: string;
  entries: readonly RosterEntry[];
  withName: boolean;
  /** The post whose share links get one column per network. */
  subject?: ShareSubject | undefined;
}

/** The rows printed by `npm run links`: a header, then one row per person. */
export function linksTable({ hub, hubUrl, entries, withName, subject }: LinksTableInput): string[][] {
  const networks = subject ? linkColumns(hub) : [];
  // `share_email`, not `email`: that column is the person's address.
  const header = ['email', 'code', 'hub_link', ...(withName ? ['name'] : []), ...networks.map(shareColumn)];
  const rows = entries.map((entry) => [
    entry.email,
    entry.code,
    personalLink(hubUrl, entry.code),
    ...(withName ? [entry.name] : []),
    ...networks.map((network) =>
      subject
        ? network === 'copy-link'
          ? trackedLink(subject, network, entry.code)
          : (composeShareUrl(subject, network, { advocate: entry.code }) ?? '')
        : '',
    ),
  ]);
  return [header, ...rows];
}
