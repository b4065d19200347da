import type { HubConfig } from '../schemas/hub.ts';
import type { Localized, NetworkId } from '../schemas/common.ts';
import { hasOwnCaptions } from '../share/networks.ts';
import { pickLocalized } from '../i18n/translate.ts';

/**
 * The values a page is filed under in search. Post pages and the search page both use these,
 * so a filter option always matches what was indexed. Category and campaign values are the
 * names people read (each language has its own index); type and network values are ids that
 * the search page labels.
 */
export const SEARCH_TYPES = ['post', 'guideline', 'faq'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface PostFacets {
  category?: string | undefined;
  campaign?: string | undefined;
  networks: NetworkId[];
}

type FacetHub = Pick<HubConfig, 'categories' | 'default_locale' | 'networks'>;

/** What a post is filed under in one language. */
export function postFacets(
  hub: FacetHub,
  locale: string,
  post: { category: string; captions: object },
  campaignName?: Localized | undefined,
): PostFacets {
  return {
    category: categoryFacet(hub, post.category, locale),
    campaign: campaignName === undefined ? undefined : campaignFacet(campaignName, locale, hub.default_locale),
    networks: postNetworks(Object.keys(post.captions), hub.networks),
  };
}

/** How many posts each category, campaign and network has, for the filter options. */
export function countFacets(posts: readonly PostFacets[]): Record<'category' | 'campaign' | 'network', Map<string, number>> {
  const counts = { category: new Map<string, number>(), campaign: new Map<string, number>(), network: new Map<string, number>() };
  const add = (map: Map<string, number>, value: string | undefined) => {
    if (value !== undefined) map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const post of posts) {
    add(counts.category, post.category);
    add(counts.campaign, post.campaign);
    for (const network of post.networks) add(counts.network, network);
  }
  return counts;
}

export function categoryFacet(hub: Pick<HubConfig, 'categories' | 'default_locale'>, categoryId: string, locale: string): string | undefined {
  const category = hub.categories.find((c) => c.id === categoryId);
  return category ? pickLocalized(category.label, locale, hub.default_locale) : undefined;
}

export function campaignFacet(name: Localized, locale: string, defaultLocale: string): string {
  return pickLocalized(name, locale, defaultLocale);
}

/** Networks of the hub that make a share with words of their own (not copy-link, copy-caption or the share sheet). */
export function searchableNetworks(hubNetworks: readonly NetworkId[]): NetworkId[] {
  return hubNetworks.filter(hasOwnCaptions);
}

/**
 * The networks a post has captions for, in the hub's order. `default` captions serve every
 * network of the hub, so a post with them is filed under all of its networks.
 */
export function postNetworks(captionKeys: readonly string[], hubNetworks: readonly NetworkId[]): NetworkId[] {
  const networks = searchableNetworks(hubNetworks);
  if (captionKeys.includes('default')) return networks;
  return networks.filter((network) => captionKeys.includes(network));
}
