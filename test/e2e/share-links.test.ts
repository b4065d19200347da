import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';
import { DIALOGS, readShareLink, shareHrefs, utmOf } from './support/share-links.ts';
import { demoHub, demoPost } from './support/demo-content.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const hub = demoHub();
const dialogAddress = (network: string) =>
  network === 'mastodon' ? `https://${hub.mastodon_default_instance}/share` : DIALOGS[network]!.address;

/** Checks every share control of the post page the browser is on, against content/hub.yaml and the post's front matter. */
async function expectEveryNetwork(page: Page, slug: string): Promise<void> {
  const post = demoPost('en', slug);
  const hrefs = await shareHrefs(page);
  const owned = !post.link || new URL(post.link).hostname.endsWith('tidewater-cycles.example');
  const withoutUtm = (link: string) => {
    const url = new URL(link);
    for (const name of [...url.searchParams.keys()]) if (name.startsWith('utm_')) url.searchParams.delete(name);
    return url.href;
  };
  for (const network of hub.networks) {
    const control = page.locator(`[data-share-panel] [data-network="${network}"]`);
    if (network === 'share-sheet') {
      // Offered only where the browser has a share sheet (phones, some desktops).
      const canShare = await page.evaluate(() => 'share' in navigator);
      await expect(control.isVisible(), 'the share-sheet button').resolves.toBe(canShare);
      continue;
    }
    await expect(control.isVisible(), `the ${network} control`).resolves.toBe(true);
    if (network === 'instagram') {
      await expect(control.getAttribute('download'), 'Instagram downloads the picture').resolves.toBe('');
      await expect(control.getAttribute('href')).resolves.toMatch(/^\/_astro\/.+\.(jpe?g|png|webp)$/);
      continue;
    }
    if (!(network in DIALOGS)) {
      await expect(control.evaluate((node) => node.tagName), `${network} is a button`).resolves.toBe('BUTTON');
      continue;
    }
    const href = hrefs[network];
    expect(href, `the ${network} link`).toBeTruthy();
    const shared = readShareLink(network, href!);
    expect(shared.address, `the ${network} dialog`).toBe(dialogAddress(network));
    if (DIALOGS[network]!.text) expect(shared.text, `the ${network} caption`).not.toBe('');
    if (owned) {
      expect(utmOf(shared.link), `the ${network} link's UTM parameters`).toEqual({
        utm_source: network,
        utm_medium: network === 'email' ? 'email' : 'social',
        utm_campaign: post.campaign ?? hub.utm.default_campaign,
        utm_content: slug,
      });
      expect(withoutUtm(shared.link)).toBe(new URL(post.link ?? `/posts/${slug}/`, hub.site).href);
    } else {
      expect(shared.link, `the ${network} link is shared as written`).toBe(post.link);
    }
    if (network === 'email') {
      await expect(control.getAttribute('target')).resolves.toBeNull();
    } else {
      await expect(control.getAttribute('target')).resolves.toBe('_blank');
      await expect(control.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    }
  }
}

describe.each([
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const)('from the home page to a post on %s', (_device, options) => {
  it('offers every enabled network, each with its dialog and the UTM parameters', async () => {
    const watched = await watchedPage(browser(), baseUrl, options);
    const { page } = watched;
    await page.goto('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Share what we are proud of');
    await page.locator('.post-card a').first().click();
    await page.waitForURL(/\/posts\/[a-z0-9-]+\/$/);
    const slug = /\/posts\/([a-z0-9-]+)\/$/.exec(page.url())![1]!;
    await expect(page.locator('h1').textContent()).resolves.toBe(demoPost('en', slug).title);
    await expect(page.locator('#why-title').isVisible()).resolves.toBe(true);
    await expectEveryNetwork(page, slug);
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe('links to other sites', () => {
  it('are shared exactly as written, without UTM parameters', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    await watched.page.goto('/posts/cycling-safety-study/');
    expect(new URL(demoPost('en', 'cycling-safety-study').link!).hostname).toBe('www.who.int');
    await expectEveryNetwork(watched.page, 'cycling-safety-study');
    expectQuiet(watched);
    await watched.context.close();
  });
});
