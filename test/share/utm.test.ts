import { describe, expect, it } from 'vitest';
import { decodeUtm, isOwnedLink, utmFor, withUtm } from '../../src/share/utm.ts';
import { testHub } from './fixtures/hub.ts';

const hub = testHub();
const share = { hub, network: 'linkedin' as const, post: 'ebbtide-launch', locale: 'en', campaign: 'ebbtide-launch' };

describe('withUtm', () => {
  it('adds the default parameters GA4 files under Organic Social to an owned link', () => {
    expect(withUtm('https://www.tidewater-cycles.example/ebbtide', { ...share, advocate: 'glbs3tzlk4' })).toBe(
      'https://www.tidewater-cycles.example/ebbtide?utm_source=linkedin&utm_medium=social&utm_campaign=ebbtide-launch&utm_content=ebbtide-launch&utm_term=glbs3tzlk4',
    );
  });

  it('uses the email medium for email shares, so GA4 files them under Email', () => {
    const link = withUtm('https://tidewater-cycles.example/', { ...share, network: 'email' });
    expect(new URL(link).searchParams.get('utm_medium')).toBe('email');
    expect(new URL(link).searchParams.get('utm_source')).toBe('email');
  });

  it('leaves out utm_term when the person has no advocate code', () => {
    const link = withUtm('https://tidewater-cycles.example/', share);
    expect(link).not.toContain('utm_term');
  });

  it('uses the default campaign for a post without one', () => {
    const link = withUtm('https://tidewater-cycles.example/', { ...share, campaign: undefined });
    expect(new URL(link).searchParams.get('utm_campaign')).toBe('always-on');
  });

  it('treats sub-domains of owned domains and the hub itself as owned', () => {
    expect(isOwnedLink('https://shop.tidewater-cycles.example/x', hub)).toBe(true);
    expect(isOwnedLink('https://hub.tidewater-cycles.example/posts/a/', testHub({ owned_domains: [] }))).toBe(true);
    expect(isOwnedLink('https://tidewater-cycles.example.evil.com/', hub)).toBe(false);
    expect(isOwnedLink('https://nottidewater-cycles.example/', hub)).toBe(false);
  });

  it('shares third-party links unchanged', () => {
    const link = 'https://www.reuters.com/business/cycling-boom-2026?ref=a#top';
    expect(withUtm(link, { ...share, advocate: 'glbs3tzlk4' })).toBe(link);
  });

  it('keeps the existing query and the #fragment exactly as written', () => {
    expect(withUtm('https://tidewater-cycles.example/bikes?colour=sea%20green&size=m#specs', share)).toBe(
      'https://tidewater-cycles.example/bikes?colour=sea%20green&size=m&utm_source=linkedin&utm_medium=social&utm_campaign=ebbtide-launch&utm_content=ebbtide-launch#specs',
    );
  });

  it('never adds a second set to a link that already has utm_ parameters', () => {
    const link = 'https://tidewater-cycles.example/bikes?UTM_SOURCE=newsletter';
    expect(withUtm(link, { ...share, advocate: 'glbs3tzlk4' })).toBe(link);
  });

  it('writes every value in lowercase, from templates of the hub config', () => {
    const custom = testHub({ utm: { source: '{network}', medium: 'Social', campaign: 'Q4-{campaign}', content: '{post}-{locale}', term: 'adv-{advocate}', id: '' } });
    expect(utmFor({ ...share, hub: custom, locale: 'IT', advocate: 'abc123' })).toEqual([
      ['utm_source', 'linkedin'],
      ['utm_medium', 'social'],
      ['utm_campaign', 'q4-ebbtide-launch'],
      ['utm_content', 'ebbtide-launch-it'],
      ['utm_term', 'adv-abc123'],
    ]);
  });

  it('drops a parameter whose template needs a value that is missing', () => {
    const custom = testHub({ utm: { term: 'adv-{advocate}' } });
    expect(utmFor({ ...share, hub: custom }).map(([name]) => name)).not.toContain('utm_term');
  });
});

describe('decodeUtm', () => {
  it('reads back what the default templates wrote', () => {
    const link = withUtm('https://tidewater-cycles.example/', { ...share, network: 'x', advocate: 'glbs3tzlk4' });
    expect(decodeUtm(new URL(link).searchParams, hub)).toEqual({
      network: 'x',
      campaign: 'ebbtide-launch',
      post: 'ebbtide-launch',
      advocate: 'glbs3tzlk4',
    });
  });

  it('reads values out of custom templates, whatever their case in the export', () => {
    const custom = testHub({ utm: { campaign: 'q4-{campaign}', content: '{post}-{locale}', term: 'adv-{advocate}' } });
    expect(decodeUtm({ utm_source: 'Bluesky', utm_campaign: 'Q4-Spring', utm_content: 'launch-day-it', utm_term: 'adv-abc123' }, custom)).toEqual({
      network: 'bluesky',
      campaign: 'spring',
      post: 'launch-day',
      locale: 'it',
      advocate: 'abc123',
    });
  });

  it('leaves out what a visit does not carry', () => {
    expect(decodeUtm({ utm_source: 'linkedin' }, hub)).toEqual({ network: 'linkedin' });
  });
});

describe('decodeUtm with locales that contain a hyphen', () => {
  it('uses the hub\'s locale list to split post and locale', () => {
    const custom = testHub({ locales: [{ code: 'en', label: 'English' }, { code: 'pt-br', label: 'Português' }], utm: { content: '{post}-{locale}' } });
    expect(decodeUtm({ utm_content: 'launch-day-pt-br' }, custom)).toEqual({ post: 'launch-day', locale: 'pt-br' });
  });
});
