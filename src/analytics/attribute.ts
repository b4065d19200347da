import { NETWORK_IDS, type NetworkId } from '../schemas/common.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { isAdvocateCode } from '../share/advocate-code.ts';
import { decodeUtm, utmFor } from '../share/utm.ts';
import type { ExportRow } from './read-export.ts';

/** What a row of the hub's traffic stands for. */
export interface Attribution {
  network: NetworkId;
  campaign: string;
  post: string;
  /** Absent for shares made without an advocate code. */
  advocate?: string;
}

/** Why a row is not counted as the hub's traffic. */
export type OtherTraffic = 'not-from-hub' | 'unknown-post' | 'unknown-campaign' | 'invalid-advocate';

export interface KnownContent {
  hub: Pick<HubConfig, 'site' | 'owned_domains' | 'utm'>;
  /** Slugs of the posts in `content/posts/`. */
  posts: ReadonlySet<string>;
  /** Ids of the campaigns in `content/campaigns/`. */
  campaigns: ReadonlySet<string>;
}

/**
 * Reads a row's UTM values back with the hub's own templates (`decodeUtm`), then writes them
 * again (`utmFor`) and asks for the same source, medium, campaign, content and term: only links
 * the share panel could have made count, whatever the templates say.
 */
export function attributeRow(row: ExportRow, known: KnownContent): { attribution: Attribution } | { other: OtherTraffic } {
  const given = {
    utm_source: row.source,
    utm_medium: row.medium,
    utm_campaign: row.campaign,
    utm_content: row.content,
    utm_term: row.term,
  };
  const present = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== '')) as Record<string, string>;
  const decoded = decodeUtm(present, known.hub);
  if (!isNetworkId(decoded.network) || !decoded.post) return { other: 'not-from-hub' };
  const expected = new Map(
    utmFor({
      hub: known.hub,
      network: decoded.network,
      campaign: decoded.campaign,
      post: decoded.post,
      advocate: decoded.advocate,
      locale: decoded.locale ?? '',
    }),
  );
  const same = (name: keyof typeof given) => (expected.get(name) ?? '') === given[name].toLowerCase();
  if (!same('utm_source') || !same('utm_medium')) return { other: 'not-from-hub' };
  if (!known.posts.has(decoded.post) || !same('utm_content')) return { other: 'unknown-post' };
  const campaign = decoded.campaign ?? known.hub.utm.default_campaign;
  if (!(known.campaigns.has(campaign) || campaign === known.hub.utm.default_campaign) || !same('utm_campaign')) {
    return { other: 'unknown-campaign' };
  }
  if (row.term !== '' && (!isAdvocateCode(decoded.advocate) || !same('utm_term'))) return { other: 'invalid-advocate' };
  return {
    attribution: {
      network: decoded.network,
      campaign,
      post: decoded.post,
      ...(decoded.advocate && row.term !== '' ? { advocate: decoded.advocate } : {}),
    },
  };
}

function isNetworkId(value: string | undefined): value is NetworkId {
  return (NETWORK_IDS as readonly string[]).includes(value ?? '');
}
