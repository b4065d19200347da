import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, eventually, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';
import { DIALOGS, readShareLink, shareHrefs, utmOf } from './support/share-links.ts';
import { demoHub } from './support/demo-content.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const hub = demoHub();
const ADVOCATE_KEY = 'advocacy-hub.advocate';
const POST = '/posts/ebbtide-launch-day/';

/** The networks of content/hub.yaml whose share link is a web dialog. */
const dialogNetworks = Object.keys(DIALOGS).filter((network) => (hub.networks as string[]).includes(network));

/** The utm_term (advocate code) of every share link in the panel, by network. */
async function codesInShareLinks(page: Page): Promise<Record<string, string | undefined>> {
  const hrefs = await shareHrefs(page);
  return Object.fromEntries(
    dialogNetworks.map((network) => {
      const href = hrefs[network];
      return [network, href ? utmOf(readShareLink(network, href).link).utm_term : 'no link'];
    }),
  );
}

const everyNetworkWith = (code: string | undefined) => Object.fromEntries(dialogNetworks.map((network) => [network, code]));
const sharingAs = (page: Page) => page.locator('[data-share-panel] [data-known] .as');

describe('a personal link (?advocate=CODE)', () => {
  it('shows the code, credits every owned share link, leaves the address bar and stays', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    await page.goto(`${POST}?advocate=ab12cd34ef#share`);
    await eventually(() => sharingAs(page).textContent()).toBe('Sharing as ab12cd34ef');
    // Gone from the address bar (so it is not bookmarked or passed on); the rest of the address kept.
    const address = new URL(page.url());
    expect(address.pathname + address.search + address.hash).toBe(`${POST}#share`);
    await eventually(() => codesInShareLinks(page)).toEqual(everyNetworkWith('ab12cd34ef'));

    await page.reload();
    await eventually(() => sharingAs(page).textContent()).toBe('Sharing as ab12cd34ef');
    await eventually(() => codesInShareLinks(page)).toEqual(everyNetworkWith('ab12cd34ef'));

    // Other pages: the home page, then another post found from it.
    await page.goto('/');
    await page.locator(`.post-card a:not([href="${POST}"])`).first().click();
    await page.waitForURL(/\/posts\/[a-z0-9-]+\/$/);
    expect(new URL(page.url()).pathname).not.toBe(POST);
    await eventually(() => sharingAs(page).textContent()).toBe('Sharing as ab12cd34ef');
    await eventually(() => codesInShareLinks(page)).toMatchObject({ x: 'ab12cd34ef', linkedin: 'ab12cd34ef' });
    expectQuiet(watched);
    await watched.context.close();
  });

  it('works from any page of the hub, such as the home page comms link to', async () => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    await page.goto('/it/?advocate=zz-top-42');
    await expect.poll(() => page.url()).toBe(`${baseUrl}/it/`);
    await eventually(() => page.evaluate((key) => localStorage.getItem(key), ADVOCATE_KEY)).toBe('zz-top-42');
    await page.goto(`/it${POST}`);
    await eventually(() => sharingAs(page).textContent()).toBe('Condividi come zz-top-42');
    expectQuiet(watched);
    await watched.context.close();
  });

  it.each([
    ['markup that would run a script', '<img src=x onerror=alert(1)>'],
    ['a path', '../../x'],
    ['200 characters', 'a'.repeat(200)],
    ['capitals and spaces', 'Ana Rossi'],
  ])('ignores a malformed code: %s', async (_what, code) => {
    const watched = await watchedPage(browser(), baseUrl);
    const { page } = watched;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${POST}?advocate=${encodeURIComponent(code)}`);
    await eventually(() => page.getByText('Set up my share links').isVisible()).toBe(true);
    await eventually(() => sharingAs(page).isVisible()).toBe(false);
    await eventually(() => page.locator('img[src="x"]').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await eventually(() => codesInShareLinks(page)).toEqual(everyNetworkWith(undefined));
    const stored = await page.evaluate(() => Object.entries(localStorage));
    expect(stored.filter(([key]) => key === ADVOCATE_KEY)).toEqual([]);
    expect(stored.filter(([, value]) => value.includes(code) || value.includes(encodeURIComponent(code)))).toEqual([]);
    expect(dialogs, 'alert, confirm or prompt dialogs').toEqual([]);
    expect(requested.filter((path) => path.endsWith('/x'))).toEqual([]);
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe('"Set up my share links"', () => {
  it('gives a random code of the hub\'s length, asks nothing about the person, and keeps only the code', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto(POST);
    await page.getByText('Set up my share links').click();
    await expect(page.locator('[data-setup] input[type="email"]').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Create my code' }).click();
    const pattern = new RegExp(`^Sharing as ([a-z2-7]{${hub.advocate.code_length}})$`);
    await eventually(() => sharingAs(page).textContent()).toMatch(pattern);
    const first = pattern.exec((await sharingAs(page).textContent()) ?? '')![1]!;
    await eventually(() => page.locator('[data-status]').textContent()).toBe(`Done: your shares are now credited to the code ${first}.`);
    await eventually(() => codesInShareLinks(page)).toEqual(everyNetworkWith(first));
    await eventually(() => page.evaluate((key) => localStorage.getItem(key), ADVOCATE_KEY)).toBe(first);

    // Remembered on this device; a second code made here is another random one.
    await page.reload();
    await eventually(() => sharingAs(page).textContent()).toBe(`Sharing as ${first}`);
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByRole('button', { name: 'Create my code' }).click();
    await eventually(() => sharingAs(page).textContent()).toMatch(pattern);
    expect(await sharingAs(page).textContent()).not.toBe(`Sharing as ${first}`);

    // "Forget" takes the code off this device and out of the links.
    await page.getByRole('button', { name: 'Forget' }).click();
    await eventually(() => page.locator('[data-status]').textContent()).toMatch(/^Your code is forgotten on this device/);
    await eventually(() => codesInShareLinks(page)).toEqual(everyNetworkWith(undefined));
    await eventually(() => page.evaluate((key) => localStorage.getItem(key), ADVOCATE_KEY)).toBeNull();
    expectQuiet(watched);
    await watched.context.close();
  });
});

describe('"I have a code", for a new phone', () => {
  it('takes the code as typed on a phone keyboard, and says in words when it is not one', async () => {
    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto(POST);
    await page.getByText('Set up my share links').click();
    await page.getByLabel('Your code').fill('  Team-KL-01 ');
    await page.getByRole('button', { name: 'Use this code' }).click();
    await eventually(() => sharingAs(page).textContent()).toBe('Sharing as team-kl-01');
    await eventually(() => codesInShareLinks(page)).toEqual(everyNetworkWith('team-kl-01'));

    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByLabel('Your code').fill('ana@tidewater-cycles.example');
    await page.getByRole('button', { name: 'Use this code' }).click();
    await eventually(() => page.locator('[data-setup-error]').textContent()).toMatch(/^That is not a code\./);
    await eventually(() => page.getByLabel('Your code').getAttribute('aria-invalid')).toBe('true');
    await eventually(() => page.evaluate((key) => localStorage.getItem(key), ADVOCATE_KEY)).toBe('team-kl-01');
    expectQuiet(watched);
    await watched.context.close();
  });
});
