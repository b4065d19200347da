import { describe, expect, it } from 'vitest';
import { postLookup, type PostInfo } from '../../src/analytics/content-info.ts';

const version = (slug: string, locale: string): PostInfo => ({ slug, locale, title: `${slug} in ${locale}`, category: 'news' });

describe('postLookup: which version of a post a measurement page links to', () => {
  const posts = [version('launch', 'en'), version('launch', 'ms'), version('only-italian', 'it'), version('english-only', 'en')];

  it("prefers the page's own language", () => {
    expect(postLookup(posts, 'ms', 'en')('launch')?.locale).toBe('ms');
  });

  it("falls back to the hub's default language, then to any version", () => {
    expect(postLookup(posts, 'it', 'en')('launch')?.locale).toBe('en');
    expect(postLookup(posts, 'ms', 'en')('only-italian')?.locale).toBe('it');
  });

  it('knows nothing of a post that is not there', () => {
    expect(postLookup(posts, 'en', 'en')('deleted-post')).toBeUndefined();
  });
});
