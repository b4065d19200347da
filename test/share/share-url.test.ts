import { describe, expect, it } from 'vitest';
import { buildShareUrl, normaliseMastodonInstance } from '../../src/share/share-url.ts';

const input = {
  url: 'https://tidewater-cycles.example/ebbtide?utm_source=x&utm_medium=social#specs',
  text: 'Launch day & more #TidewaterEmployee 🚲\nSee you there',
  title: 'Ebbtide: launch day',
};
const url = 'https%3A%2F%2Ftidewater-cycles.example%2Febbtide%3Futm_source%3Dx%26utm_medium%3Dsocial%23specs';
const text = 'Launch%20day%20%26%20more%20%23TidewaterEmployee%20%F0%9F%9A%B2%0ASee%20you%20there';

describe('buildShareUrl', () => {
  it.each([
    ['linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${url}`],
    ['x', `https://x.com/intent/tweet?text=${text}&url=${url}`],
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${url}`],
    ['threads', `https://www.threads.com/intent/post?text=${text}&url=${url}`],
    ['bluesky', `https://bsky.app/intent/compose?text=${text}%0A%0A${url}`],
    ['whatsapp', `https://wa.me/?text=${text}%0A%0A${url}`],
    ['telegram', `https://t.me/share/url?url=${url}&text=${text}`],
    ['reddit', `https://www.reddit.com/submit?url=${url}&title=${text}`],
    ['xing', `https://www.xing.com/spi/shares/new?url=${url}`],
  ] as const)('%s: the exact dialog address, every parameter encoded', (network, expected) => {
    expect(buildShareUrl(network, input)).toBe(expected);
  });

  it('mastodon: the person\'s own server', () => {
    expect(buildShareUrl('mastodon', { ...input, mastodonInstance: 'fosstodon.org' })).toBe(`https://fosstodon.org/share?text=${text}&url=${url}`);
  });

  it('email: subject from the title, body with CRLF line breaks and the link', () => {
    expect(buildShareUrl('email', input)).toBe(
      `mailto:?subject=Ebbtide%3A%20launch%20day&body=Launch%20day%20%26%20more%20%23TidewaterEmployee%20%F0%9F%9A%B2%0D%0ASee%20you%20there%0D%0A%0D%0A${url}`,
    );
  });

  it('has no address for actions without a web dialog, or Mastodon without a valid server', () => {
    for (const network of ['instagram', 'copy-link', 'copy-caption', 'share-sheet'] as const) expect(buildShareUrl(network, input)).toBeNull();
    expect(buildShareUrl('mastodon', input)).toBeNull();
    expect(buildShareUrl('mastodon', { ...input, mastodonInstance: 'fosstodon.org/about?x=1' })).toBe(`https://fosstodon.org/share?text=${text}&url=${url}`);
    expect(buildShareUrl('mastodon', { ...input, mastodonInstance: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('normaliseMastodonInstance', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Mastodon.Social  ', 'mastodon.social'],
    ['https://fosstodon.org/', 'fosstodon.org'],
    ['fosstodon.org/@ana', 'fosstodon.org'],
    ['@ana@social.tidewater-cycles.example', 'social.tidewater-cycles.example'],
    ['ana@mastodon.online', 'mastodon.online'],
  ])('accepts %j as %j', (typed, host) => {
    expect(normaliseMastodonInstance(typed)).toBe(host);
  });

  it.each(['', 'mastodon', 'localhost', 'mastodon social', 'javascript:alert(1)', 'mastodon.social:8080', '-bad-.example', 'a..b.example', '<b>x</b>.example'])(
    'refuses %j',
    (typed) => {
      expect(normaliseMastodonInstance(typed)).toBeNull();
    },
  );
});
