import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, eventually, expectQuiet, useBrowser, watchedPage } from './support/browser.ts';
import { DIALOGS, readShareLink, shareHrefs, utmOf } from './support/share-links.ts';
import { demoHub } from './support/demo-content.ts';
import { fixtureHub, repoRoot } from '../build/dist.ts';

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

interface Vector {
  shows: string;
  email: string;
  salt: string;
  length: number;
  code: string;
}
const vectors = (JSON.parse(readFileSync(join(repoRoot, 'test/share/fixtures/advocate-code-vectors.json'), 'utf8')) as Vector[]).filter(
  (vector) => vector.salt === hub.advocate.salt && vector.length === hub.advocate.code_length,
);

/** What `npm run links` prints for these emails: one code per email, in order. */
async function codesFromLinksCommand(emails: string[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-e2e-roster-'));
  try {
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, `email\n${emails.map((email) => `"${email}"`).join('\n')}\n`);
    const { stdout } = await promisify(execFile)(join(repoRoot, 'node_modules', '.bin', 'node'), ['scripts/links.ts', roster], {
      cwd: repoRoot,
      env: { ...process.env, HUB_CONTENT_DIR: fixtureHub },
    });
    const [header, ...rows] = stdout.trim().split('\n').map((line) => line.split(','));
    const column = header!.indexOf('code');
    return rows.map((row) => row[column]!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('"Set up my share links" with a work email', () => {
  it('derives the code npm run links prints for that email, and keeps only the code', async () => {
    expect(vectors.length, 'test vectors for the demo salt and code length').toBeGreaterThan(1);
    const printed = await codesFromLinksCommand(vectors.map((vector) => vector.email));
    expect(printed).toEqual(vectors.map((vector) => vector.code));

    const watched = await watchedPage(browser(), baseUrl, PHONE);
    const { page } = watched;
    await page.goto(POST);
    for (const [index, vector] of vectors.entries()) {
      if (index === 0) await page.getByText('Set up my share links').click();
      else await page.getByRole('button', { name: 'Change' }).click();
      await page.getByLabel('Work email').fill(vector.email);
      await page.getByRole('button', { name: 'Create my code' }).click();
      await eventually(() => sharingAs(page).textContent(), vector.shows).toBe(`Sharing as ${printed[index]}`);
      await eventually(() => page.locator('[data-status]').textContent()).toBe(`Done: your shares are now credited to the code ${vector.code}.`);
      await eventually(() => codesInShareLinks(page)).toEqual(everyNetworkWith(vector.code));
    }
    // The email is neither kept in the page nor stored.
    await eventually(() => page.getByLabel('Work email', { exact: true }).inputValue()).toBe('');
    const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
    expect(stored).not.toContain('@');
    expect(stored).toContain(vectors.at(-1)!.code);

    // A mistyped email is said in words and changes nothing.
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByLabel('Work email').fill('ana at tidewater');
    await page.getByRole('button', { name: 'Create my code' }).click();
    await eventually(() => page.locator('[data-setup-error]').textContent()).toBe('That does not look like an email address. Check it and try again.');
    await eventually(() => page.getByLabel('Work email').getAttribute('aria-invalid')).toBe('true');
    await eventually(() => page.evaluate((key) => localStorage.getItem(key), ADVOCATE_KEY)).toBe(vectors.at(-1)!.code);

    // "Forget" takes the code off this device and out of the links.
    await page.goto(POST);
    await page.getByRole('button', { name: 'Forget' }).click();
    await eventually(() => page.locator('[data-status]').textContent()).toMatch(/^Your code is forgotten on this device/);
    await eventually(() => codesInShareLinks(page)).toEqual(everyNetworkWith(undefined));
    await eventually(() => page.evaluate((key) => localStorage.getItem(key), ADVOCATE_KEY)).toBeNull();
    expectQuiet(watched);
    await watched.context.close();
  });
});
