import { describe, expect, it } from 'vitest';
import { countForNetwork } from '../../src/share/count.ts';
import { countNow, loadCounter } from '../../src/share/count-lazy.ts';

const longLink = 'https://www.tidewater-cycles.example/en/bikes/ebbtide?utm_source=x&utm_medium=social&utm_campaign=ebbtide-launch&utm_term=glbs3tzlk4';
const family = '👨‍👩‍👧‍👦';
const flag = '🇲🇾';

describe('countForNetwork: X (twitter-text, weighted)', () => {
  it('counts Latin text 1 per character, up to 280', () => {
    expect(countForNetwork('x', 'a'.repeat(280))).toEqual({ count: 280, limit: 280, over: false });
    expect(countForNetwork('x', 'a'.repeat(281))).toEqual({ count: 281, limit: 280, over: true });
  });

  it('counts emoji and CJK 2 each', () => {
    expect(countForNetwork('x', '🚲').count).toBe(2);
    expect(countForNetwork('x', family).count).toBe(2);
    expect(countForNetwork('x', '自行车').count).toBe(6);
    expect(countForNetwork('x', 'ciao 🚲').count).toBe(7);
  });

  it('counts every link 23, however long', () => {
    expect(countForNetwork('x', longLink).count).toBe(23);
    expect(countForNetwork('x', `Ride with us ${longLink}`).count).toBe(13 + 23);
  });
});

describe('countForNetwork: Bluesky (300 graphemes)', () => {
  it('counts a flag or a family emoji as one character', () => {
    expect(countForNetwork('bluesky', flag).count).toBe(1);
    expect(countForNetwork('bluesky', family).count).toBe(1);
    expect(countForNetwork('bluesky', 'é').count).toBe(1);
    expect(countForNetwork('bluesky', '自行车').count).toBe(3);
  });

  it('counts plain text, line breaks and a decomposed accent as written', () => {
    expect(countForNetwork('bluesky', 'Ride to work\nin Milan').count).toBe(21);
    // Windows line ends: \r\n is one character; e + a combining accent is one character.
    expect(countForNetwork('bluesky', 'a\r\nb').count).toBe(3);
    expect(countForNetwork('bluesky', 'cafe\u0301').count).toBe(4);
  });

  it('stops at 300', () => {
    expect(countForNetwork('bluesky', '🚲'.repeat(300)).over).toBe(false);
    expect(countForNetwork('bluesky', '🚲'.repeat(301))).toEqual({ count: 301, limit: 300, over: true });
  });

  it('counts a link as the Bluesky app shows it: host and at most 15 more characters', () => {
    // www.tidewater-cycles.example (28) + "/en/bikes/ebb" (13) + "..." (3)
    expect(countForNetwork('bluesky', longLink).count).toBe(44);
    expect(countForNetwork('bluesky', 'https://tidewater-cycles.example/a').count).toBe('tidewater-cycles.example/a'.length);
  });
});

describe('countForNetwork: Mastodon (500, links 23)', () => {
  it('counts every link 23 and graphemes for the rest', () => {
    expect(countForNetwork('mastodon', `${flag} ${longLink}.`).count).toBe(1 + 1 + 23 + 1);
    expect(countForNetwork('mastodon', 'a'.repeat(501))).toEqual({ count: 501, limit: 500, over: true });
  });
});

describe('countForNetwork: the other limits', () => {
  it.each([
    ['threads', 500],
    ['linkedin', 3000],
    ['facebook', 63206],
    ['instagram', 2200],
  ] as const)('%s allows %i characters', (network, limit) => {
    expect(countForNetwork(network, 'a'.repeat(limit))).toEqual({ count: limit, limit, over: false });
    expect(countForNetwork(network, 'a'.repeat(limit + 1)).over).toBe(true);
  });

  it('has no limit (Infinity) for WhatsApp, Telegram, Reddit, XING and email', () => {
    for (const network of ['whatsapp', 'telegram', 'reddit', 'xing', 'email'] as const) {
      expect(countForNetwork(network, 'a'.repeat(70000))).toEqual({ count: 70000, limit: Infinity, over: false });
    }
  });
});

describe('the browser counter', () => {
  it('counts at once except for X, which waits for twitter-text', () => {
    expect(countNow('bluesky', flag)).toEqual({ count: 1, limit: 300, over: false });
    expect(countNow('x', 'hello')).toBeNull();
  });

  it('gives the same counts as the Node counter once loaded', async () => {
    const count = await loadCounter();
    for (const text of ['a'.repeat(281), `${family} ${longLink}`, '自行车']) {
      expect(count('x', text)).toEqual(countForNetwork('x', text));
    }
  });
});
