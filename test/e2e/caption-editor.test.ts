import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, eventually, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';
import { DIALOGS, readShareLink, shareHrefs, utmOf } from './support/share-links.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const POST = '/posts/ebbtide-launch-day/';
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

const caption = (page: Page) => page.getByLabel('Your caption');
const counter = (page: Page) => page.locator('[data-counter]');
const status = (page: Page) => page.locator('[data-share-panel] [data-status]');
const shareLink = (page: Page, network: string) => page.locator(`[data-share-panel] [data-network="${network}"]`);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The caption each text-taking network's link carries. */
async function sharedCaptions(page: Page): Promise<Record<string, string | undefined>> {
  const hrefs = await shareHrefs(page);
  return Object.fromEntries(
    Object.entries(DIALOGS)
      .filter(([network, dialog]) => dialog.text && hrefs[network])
      .map(([network]) => [network, readShareLink(network, hrefs[network]!).text?.replace(/\r\n/g, '\n')]),
  );
}

describe('the caption editor', () => {
  it('counts the edited caption the way each network does, and shares it everywhere', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto(POST);
    await eventually(() => page.getByLabel('Write for').inputValue()).toBe('linkedin');
    await eventually(() => counter(page).textContent()).toMatch(/^\d+ of 3,000 characters$/);

    // 43 characters: the bicycle counts one on LinkedIn, and two on X.
    const mine = 'Riding to work today. I work at Tidewater 🚲';
    await caption(page).fill(mine);
    await eventually(() => counter(page).textContent()).toBe('43 of 3,000 characters');
    const shared = await sharedCaptions(page);
    expect(Object.keys(shared).sort()).toEqual(['bluesky', 'email', 'mastodon', 'reddit', 'telegram', 'threads', 'whatsapp', 'x']);
    for (const [network, text] of Object.entries(shared)) expect(text, `the ${network} caption`).toBe(mine);

    // On X: 42 plus 2 for the bicycle, then a space and the link counted as 23.
    await page.getByLabel('Write for').selectOption('x');
    await eventually(() => counter(page).textContent()).toBe('68 of 280 characters');
    await eventually(() => caption(page).inputValue(), 'the edit survives a change of network').toBe(mine);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('holds back a share that is too long for the network until it fits', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto(POST);
    await page.getByLabel('Write for').selectOption('x');
    const long = 'I work at Tidewater and the Ebbtide e-bike is out. '.repeat(6).slice(0, 300);
    await caption(page).fill(long);
    // 300 characters, a space and the link counted as 23.
    await eventually(() => counter(page).textContent()).toBe('Too long for X: 324 of 280. Remove 44 to share there.');
    await eventually(() => counter(page).getAttribute('class')).toContain('is-over');
    const x = shareLink(page, 'x');
    await eventually(() => x.getAttribute('href')).toBeNull();
    await eventually(() => x.getAttribute('aria-disabled')).toBe('true');
    await eventually(() => x.textContent()).toContain('too long');
    await eventually(() => x.locator('[data-over-note]').isVisible()).toBe(true);
    await eventually(() => x.isEnabled(), 'X reads as a disabled link').toBe(false);
    // Bluesky's 300 characters hold the link too; networks with room keep their links.
    await eventually(() => shareLink(page, 'bluesky').getAttribute('aria-disabled')).toBe('true');
    await eventually(() => shareLink(page, 'threads').getAttribute('href')).toMatch(/^https:\/\/www\.threads\.com\//);

    // Tapping X opens nothing; the next tab that opens is Telegram's, which takes any length.
    const next = watched.nextNewTab();
    await x.click({ force: true });
    await shareLink(page, 'telegram').click();
    const opened = readShareLink('telegram', await next);
    expect(opened.address).toBe(DIALOGS.telegram!.address);
    expect(opened.text).toBe(long);
    expect(watched.newTabs).toHaveLength(1);

    await caption(page).fill(long.slice(0, 200));
    await eventually(() => counter(page).textContent()).toBe('224 of 280 characters');
    await eventually(() => x.getAttribute('aria-disabled')).toBeNull();
    await eventually(() => x.locator('[data-over-note]').isVisible()).toBe(false);
    expect(readShareLink('x', (await x.getAttribute('href'))!).text).toBe(long.slice(0, 200));
    expectQuiet(watched);
    await watched.context.close();
  });

  it('copies the edited caption, and the link with its UTM parameters', async () => {
    const watched = await watchedPage(browser(), baseUrl, { ...PHONE, ...CLIPBOARD });
    const { page } = watched;
    await page.goto(POST);
    const mine = 'My own words about the Ebbtide e-bike. #TidewaterEmployee';
    await caption(page).fill(mine);
    await shareLink(page, 'copy-caption').click();
    await eventually(() => status(page).textContent()).toBe('Caption copied.');
    await eventually(() => clipboard(page)).toBe(mine);

    await shareLink(page, 'copy-link').click();
    await eventually(() => status(page).textContent()).toBe('Link copied. Paste it wherever you like.');
    const link = await clipboard(page);
    expect(link.startsWith('https://www.tidewater-cycles.example/en/bikes/ebbtide?')).toBe(true);
    expect(utmOf(link)).toMatchObject({ utm_source: 'copy-link', utm_content: 'ebbtide-launch-day' });
    expectQuiet(watched);
    await watched.context.close();
  });

  it("copies at once on a slow network, and says so as soon as the panel's words arrive", async () => {
    const watched = await watchedPage(browser(), baseUrl, { ...PHONE, ...CLIPBOARD });
    const { page } = watched;
    // The words of the panel (one file per language) are held back until the copy is done.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    await page.route('**/share-texts/*.json', async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    await page.goto(POST);
    await page.locator('[data-share-panel]:not(.no-js)').waitFor();
    expect(asked).toEqual([expect.stringMatching(/^\/share-texts\/en\.[0-9a-f]{12}\.json$/)]);
    const suggested = await caption(page).inputValue();
    await shareLink(page, 'copy-caption').click();
    await eventually(() => clipboard(page)).toBe(suggested);
    expect(await status(page).textContent()).toBe('');
    release();
    await eventually(() => status(page).textContent()).toBe('Caption copied.');
    // The page asked for its words once, while it was parsed.
    expect(asked).toHaveLength(1);
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe('networks that need a step more', () => {
  it('LinkedIn: copies the caption, says to paste it, then opens the dialog', async () => {
    const watched = await watchedPage(browser(), baseUrl, { ...DESKTOP, ...CLIPBOARD });
    const { page } = watched;
    await page.goto(`${POST}?advocate=ab12cd34ef`);
    const mine = 'Proud of this launch. I work at Tidewater.';
    await caption(page).fill(mine);
    const next = watched.nextNewTab();
    await shareLink(page, 'linkedin').click();
    const opened = readShareLink('linkedin', await next);
    expect(opened.address).toBe(DIALOGS.linkedin!.address);
    expect(utmOf(opened.link)).toMatchObject({ utm_source: 'linkedin', utm_term: 'ab12cd34ef' });
    await eventually(() => clipboard(page)).toBe(mine);
    await eventually(() => status(page).textContent()).toMatch(/^Caption copied\. LinkedIn only takes the link, so paste the caption into the LinkedIn window/);
    expectQuiet(watched);
    await watched.context.close();
  });

  it('Mastodon: asks for the server once, then remembers it', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto(POST);
    const form = page.locator('[data-mastodon-form]');
    await eventually(() => form.isVisible()).toBe(false);
    await shareLink(page, 'mastodon').click();
    await eventually(() => form.isVisible()).toBe(true);
    const server = page.getByLabel('Your Mastodon server');
    await eventually(() => server.evaluate((input) => input === document.activeElement)).toBe(true);

    await server.fill('not a server');
    await page.getByRole('button', { name: 'Save and share' }).click();
    await eventually(() => page.locator('[data-mastodon-error]').textContent()).toBe('Type a server name such as mastodon.social.');
    expect(watched.newTabs).toEqual([]);

    // People paste their handle; the server is the part after the second @.
    await server.fill('@rider@fosstodon.org');
    let next = watched.nextNewTab();
    await page.getByRole('button', { name: 'Save and share' }).click();
    let opened = readShareLink('mastodon', await next);
    expect(opened.address).toBe('https://fosstodon.org/share');
    expect(utmOf(opened.link)).toMatchObject({ utm_source: 'mastodon' });
    await eventually(() => form.isVisible()).toBe(false);
    await eventually(() => page.locator('[data-mastodon-current]').textContent()).toContain('Your Mastodon server: fosstodon.org');

    // Next visit: straight to the dialog on that server.
    await page.reload();
    await eventually(() => shareLink(page, 'mastodon').getAttribute('href')).toMatch(/^https:\/\/fosstodon\.org\/share\?/);
    next = watched.nextNewTab();
    await shareLink(page, 'mastodon').click();
    opened = readShareLink('mastodon', await next);
    expect(opened.address).toBe('https://fosstodon.org/share');
    await eventually(() => form.isVisible()).toBe(false);
    expect(watched.newTabs).toHaveLength(2);

    // And it can be changed.
    await page.getByRole('button', { name: 'Change server' }).click();
    await eventually(() => form.isVisible()).toBe(true);
    expectQuiet(watched);
    await watched.context.close();
  });
});
