import { describe, expect, it } from 'vitest';
import { categoryFacet, campaignFacet, countFacets, postFacets, postNetworks } from '../../src/search/facets.ts';
import type { NetworkId } from '../../src/schemas/common.ts';

const hubNetworks: NetworkId[] = ['linkedin', 'x', 'bluesky', 'whatsapp', 'email', 'instagram', 'copy-link', 'copy-caption', 'share-sheet'];

describe('the networks a post is filed under', () => {
  it('are the networks it has captions for, in the hub order', () => {
    expect(postNetworks(['x', 'linkedin'], hubNetworks)).toEqual(['linkedin', 'x']);
  });

  it('are every sharing network of the hub when it has default captions', () => {
    expect(postNetworks(['default', 'x'], hubNetworks)).toEqual(['linkedin', 'x', 'bluesky', 'whatsapp', 'email', 'instagram']);
  });

  it('leave out networks the hub does not show', () => {
    expect(postNetworks(['linkedin', 'mastodon'], hubNetworks)).toEqual(['linkedin']);
  });
});

describe('category and campaign filter values', () => {
  const hub = {
    default_locale: 'en',
    categories: [{ id: 'recruiting', label: { en: "We're hiring", it: 'Lavora con noi' } }],
  };

  it('are the names people read in that language', () => {
    expect(categoryFacet(hub, 'recruiting', 'it')).toBe('Lavora con noi');
    expect(categoryFacet(hub, 'recruiting', 'ms')).toBe("We're hiring");
    expect(campaignFacet({ en: 'Ride to Work 2026', it: 'In bici al lavoro 2026' }, 'it', 'en')).toBe('In bici al lavoro 2026');
    expect(campaignFacet('Ebbtide launch', 'ms', 'en')).toBe('Ebbtide launch');
  });

  it('is missing for a category the hub does not have', () => {
    expect(categoryFacet(hub, 'gossip', 'en')).toBeUndefined();
  });
});

describe('a post in search', () => {
  const hub = {
    default_locale: 'en',
    networks: hubNetworks,
    categories: [{ id: 'product-announcements', label: { en: 'Product announcements', ms: 'Pengumuman produk' } }],
  };

  it('is filed under its category, campaign and networks in the reader’s language', () => {
    const post = { category: 'product-announcements', captions: { linkedin: ['…'], x: ['…'] } };
    expect(postFacets(hub, 'ms', post, { en: 'Ride to Work 2026', ms: 'Kayuh ke Tempat Kerja 2026' })).toEqual({
      category: 'Pengumuman produk',
      campaign: 'Kayuh ke Tempat Kerja 2026',
      networks: ['linkedin', 'x'],
    });
    expect(postFacets(hub, 'en', post).campaign).toBeUndefined();
  });

  it('counts once per category, campaign and network for the filter options', () => {
    const counts = countFacets([
      { category: 'Product announcements', campaign: 'Ride to Work 2026', networks: ['linkedin', 'x'] },
      { category: 'Product announcements', networks: ['linkedin'] },
    ]);
    expect(Object.fromEntries(counts.category)).toEqual({ 'Product announcements': 2 });
    expect(Object.fromEntries(counts.campaign)).toEqual({ 'Ride to Work 2026': 1 });
    expect(Object.fromEntries(counts.network)).toEqual({ linkedin: 2, x: 1 });
  });
});
