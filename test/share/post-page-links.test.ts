import { describe, expect, it } from 'vitest';
import { html } from '../build/dist.ts';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { readPostsAndCampaigns } from '../../src/reading/read-posts.ts';
import { absoluteUrl, pathTo } from '../../src/i18n/routes.ts';
import { composeShareUrl, shareSubject } from '../../src/share/compose.ts';
import { hasShareDialog } from '../../src/share/networks.ts';

const SLUG = 'ebbtide-launch-day';

/** The share links of a built page, by network, with their attributes as the browser reads them. */
function shareLinks(page: string): Map<string, Record<string, string>> {
  const links = new Map<string, Record<string, string>>();
  for (const [tag] of page.matchAll(/<a\b[^>]*\bdata-network="[^"]+"[^>]*>/g)) {
    const attributes = Object.fromEntries(
      [...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")]),
    );
    links.set(attributes['data-network'] ?? '', attributes);
  }
  return links;
}

describe.each(['en', 'it'])('share links on a built post page (%s), without JavaScript', (locale) => {
  const hub = loadHubConfig();
  const { posts, campaigns } = readPostsAndCampaigns();
  const post = posts.find((entry) => entry.slug === SLUG && entry.locale === locale);
  const subject = post && shareSubject(hub, post.data, {
    slug: SLUG,
    locale,
    pageUrl: absoluteUrl(hub, pathTo(hub, locale, 'posts', SLUG)),
    campaignHashtag: post.data.campaign ? campaigns.get(post.data.campaign)?.hashtag : undefined,
  });
  const links = shareLinks(html(pathTo({ ...hub, base: '/' }, locale, 'posts', SLUG)));
  const withDialog = hub.networks.filter((network) => hasShareDialog(network) && (network !== 'mastodon' || hub.mastodon_default_instance));

  it('has a real link for every enabled network with a share dialog, in hub order', () => {
    expect(subject).toBeDefined();
    expect([...links.keys()].filter((network) => withDialog.includes(network as never))).toEqual(withDialog);
  });

  it.each(withDialog)('%s: the href the share module composes, with UTM but no advocate code', (network) => {
    const link = links.get(network);
    expect(link?.href).toBe(composeShareUrl(subject!, network));
    expect(link?.href).not.toMatch(/utm_term/);
    expect(link?.rel).toBe('noopener noreferrer');
    if (network !== 'email') expect(link?.target).toBe('_blank');
  });
});
