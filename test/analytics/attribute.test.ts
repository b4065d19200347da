import { describe, expect, it } from 'vitest';
import { attributeRow, type KnownContent } from '../../src/analytics/attribute.ts';
import type { ExportRow } from '../../src/analytics/read-export.ts';
import type { NetworkId } from '../../src/schemas/common.ts';
import type { UtmSettings } from '../../src/schemas/hub.ts';
import { withUtm } from '../../src/share/utm.ts';

const DEFAULT_UTM: UtmSettings = { source: '{network}', medium: '{medium}', campaign: '{campaign}', content: '{post}', term: '{advocate}', id: '', default_campaign: 'always-on' };

function knownWith(utm: UtmSettings): KnownContent {
  return {
    hub: { site: 'https://hub.test-cycles.example', owned_domains: ['test-cycles.example'], utm },
    posts: new Set(['ebbtide-launch-day', 'hiring-mechanics-kl']),
    campaigns: new Set(['ebbtide-launch']),
  };
}

/** The row GA4 would report for a visit through a link the share panel built. */
function rowFromLink(link: string): ExportRow {
  const params = new URL(link).searchParams;
  return {
    line: 2,
    date: '2026-11-03',
    source: params.get('utm_source') ?? '',
    medium: params.get('utm_medium') ?? '',
    campaign: params.get('utm_campaign') ?? '',
    content: params.get('utm_content') ?? '',
    term: params.get('utm_term') ?? '',
    sessions: 1,
    engaged: 1,
    keyEvents: 0,
  };
}

const share = (known: KnownContent, network: NetworkId, post: string, campaign?: string, advocate?: string) =>
  rowFromLink(withUtm('https://test-cycles.example/ebbtide', { hub: known.hub, network, post, campaign, advocate, locale: 'it' }));

describe('attributeRow reads back what the share panel wrote', () => {
  it.each([
    ['default templates', DEFAULT_UTM],
    ['custom templates', { ...DEFAULT_UTM, source: 'hub-{network}', campaign: 'adv_{campaign}', content: '{locale}_{post}', term: 'a-{advocate}' }],
  ])('%s', (_what, utm) => {
    const known = knownWith(utm);
    expect(attributeRow(share(known, 'linkedin', 'ebbtide-launch-day', 'ebbtide-launch', 'k7m2q9xv4a'), known)).toEqual({
      attribution: { network: 'linkedin', campaign: 'ebbtide-launch', post: 'ebbtide-launch-day', advocate: 'k7m2q9xv4a' },
    });
    expect(attributeRow(share(known, 'email', 'hiring-mechanics-kl'), known)).toEqual({
      attribution: { network: 'email', campaign: 'always-on', post: 'hiring-mechanics-kl' },
    });
  });
});

describe('attributeRow sets other traffic apart', () => {
  const known = knownWith(DEFAULT_UTM);
  const hubRow = share(known, 'linkedin', 'ebbtide-launch-day', 'ebbtide-launch', 'k7m2q9xv4a');

  it.each([
    ['search traffic', { source: 'google', medium: 'organic', campaign: '', content: '', term: '' }, 'not-from-hub'],
    ['a referral from the network itself', { source: 'linkedin.com', medium: 'referral' }, 'not-from-hub'],
    ['a network the hub does not know', { source: 'myspace' }, 'not-from-hub'],
    ['the wrong medium for the network', { source: 'email', medium: 'social' }, 'not-from-hub'],
    ['a post that is not in content/posts', { content: 'a-post-that-was-deleted' }, 'unknown-post'],
    ['a campaign that is not in content/campaigns', { campaign: 'spring-sale' }, 'unknown-campaign'],
    ['a name where the code should be', { term: 'Jane Doe' }, 'invalid-advocate'],
    ['an email where the code should be', { term: 'jane@test-cycles.example' }, 'invalid-advocate'],
  ] as const)('%s', (_what, change, reason) => {
    expect(attributeRow({ ...hubRow, ...change }, known)).toEqual({ other: reason });
  });

  it('accepts values GA4 capitalised', () => {
    expect(attributeRow({ ...hubRow, source: 'LinkedIn' }, known)).toMatchObject({ attribution: { network: 'linkedin' } });
  });
});
