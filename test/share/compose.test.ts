import { describe, expect, it } from 'vitest';
import { composeShareUrl, shareSubject, suggestedCaption, textToCount, trackedLink } from '../../src/share/compose.ts';
import { testHub } from './fixtures/hub.ts';

const hub = testHub();
const post = {
  title: 'The Ebbtide e-bike is here',
  link: undefined,
  campaign: 'ebbtide-launch',
  captions: {
    default: ['Launch day for the Ebbtide e-bike. #TidewaterEmployee'],
    x: ['Short one for X #TidewaterEmployee', 'Another one for X #TidewaterEmployee'],
  },
  hashtags: ['ElectricBike'],
};
const place = { slug: 'ebbtide-launch-day', locale: 'en', pageUrl: 'https://hub.tidewater-cycles.example/posts/ebbtide-launch-day/', campaignHashtag: 'EbbtideLaunch' };
const subject = shareSubject(hub, post, place);

describe('shareSubject', () => {
  it('shares the hub page when the post has no link, and keeps the hashtags once', () => {
    expect(subject.link).toBe(place.pageUrl);
    expect(subject.hashtags).toEqual(['ElectricBike', 'EbbtideLaunch']);
    expect(shareSubject(hub, { ...post, hashtags: ['ebbtidelaunch'] }, place).hashtags).toEqual(['ebbtidelaunch']);
  });

  it('shares the post\'s own link when it has one', () => {
    expect(shareSubject(hub, { ...post, link: 'https://www.reuters.com/a' }, place).link).toBe('https://www.reuters.com/a');
  });

  it('survives JSON, because the build hands it to the browser that way', () => {
    expect(JSON.parse(JSON.stringify(subject))).toEqual(subject);
  });
});

describe('suggestedCaption', () => {
  it('adds the post and campaign hashtags where hashtags mean something', () => {
    expect(suggestedCaption(subject, 'linkedin')).toBe('Launch day for the Ebbtide e-bike. #TidewaterEmployee #ElectricBike #EbbtideLaunch');
  });

  it('leaves them out of WhatsApp and email messages', () => {
    expect(suggestedCaption(subject, 'email')).toBe('Launch day for the Ebbtide e-bike. #TidewaterEmployee');
  });

  it('picks the variant from the advocate code, or the one asked for', () => {
    const codes = ['aaa', 'bbb', 'ccc', 'ddd', 'eee', 'fff'];
    const picked = new Set(codes.map((code) => suggestedCaption(subject, 'x', { advocate: code })));
    expect(picked.size).toBe(2);
    expect(suggestedCaption(subject, 'x', { variant: 1 })).toMatch(/^Another one for X/);
    expect(suggestedCaption(subject, 'x', { variant: 2 })).toMatch(/^Short one for X/);
  });
});

describe('composeShareUrl', () => {
  it('puts the suggestion and the tracked link with the advocate code into the dialog', () => {
    const url = new URL(composeShareUrl(subject, 'x', { advocate: 'glbs3tzlk4', variant: 0 }) ?? '');
    expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet');
    expect(url.searchParams.get('text')).toBe('Short one for X #TidewaterEmployee #ElectricBike #EbbtideLaunch');
    expect(url.searchParams.get('url')).toBe(
      'https://hub.tidewater-cycles.example/posts/ebbtide-launch-day/?utm_source=x&utm_medium=social&utm_campaign=ebbtide-launch&utm_content=ebbtide-launch-day&utm_term=glbs3tzlk4',
    );
  });

  it('shares the person\'s own words when given', () => {
    const url = new URL(composeShareUrl(subject, 'x', { caption: 'My own words & more' }) ?? '');
    expect(url.searchParams.get('text')).toBe('My own words & more');
  });

  it('uses the hub\'s Mastodon server unless the person chose theirs', () => {
    expect(composeShareUrl(subject, 'mastodon')).toMatch(/^https:\/\/mastodon\.social\/share\?/);
    expect(composeShareUrl(subject, 'mastodon', { mastodonInstance: 'fosstodon.org' })).toMatch(/^https:\/\/fosstodon\.org\/share\?/);
    expect(composeShareUrl({ ...subject, mastodonDefault: undefined }, 'mastodon')).toBeNull();
  });

  it('has no URL for Instagram or the clipboard actions', () => {
    expect(composeShareUrl(subject, 'instagram')).toBeNull();
    expect(composeShareUrl(subject, 'copy-link')).toBeNull();
  });

  it('tracks the copied link too', () => {
    expect(trackedLink(subject, 'copy-link', 'glbs3tzlk4')).toContain('utm_source=copy-link&utm_medium=social');
  });
});

describe('textToCount', () => {
  const link = 'https://hub.tidewater-cycles.example/posts/a/';

  it('adds the link where the network puts it into the post', () => {
    expect(textToCount('x', 'Hello', link)).toBe(`Hello ${link}`);
    expect(textToCount('bluesky', 'Hello', link)).toBe(`Hello\n\n${link}`);
    expect(textToCount('mastodon', 'Hello', link)).toBe(`Hello ${link}`);
  });

  it('counts the caption alone where the link becomes a preview card', () => {
    expect(textToCount('linkedin', 'Hello', link)).toBe('Hello');
    expect(textToCount('instagram', 'Hello', link)).toBe('Hello');
  });
});
