import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PANEL_TEXTS_PROPERTY, SHARE_PANEL_BOOT } from '../../src/client/share-panel-boot.ts';

const TEXTS = '/share-texts/it.0123456789ab.json';

/** Runs the share panel's inline first lines against a page at `search`; returns the panel, its classes and what it fetched. */
function boot(search: string, stored: string | null = null, respond: (address: string) => Promise<unknown> = () => Promise.reject(new TypeError('offline'))) {
  const classes = new Set(['no-js']);
  const classList = { add: (name: string) => classes.add(name), remove: (name: string) => classes.delete(name) };
  const fetched: string[] = [];
  const panel: Record<string, unknown> = { classList, dataset: { shareTexts: TEXTS } };
  runInNewContext(SHARE_PANEL_BOOT, {
    document: { currentScript: { parentElement: panel } },
    navigator: {},
    localStorage: { getItem: () => stored },
    location: { search },
    URLSearchParams,
    fetch: (address: string) => {
      fetched.push(address);
      return respond(address);
    },
  });
  return { classes, fetched, texts: panel[PANEL_TEXTS_PROPERTY] as Promise<unknown> };
}

const bootAt = (search: string, stored: string | null = null) => boot(search, stored).classes;

describe('the share panel before its script loads', () => {
  it('lays out the personal-link controls whenever the share script will find a code in the address', () => {
    expect(bootAt('?advocate=harbour-ann1').has('has-code')).toBe(true);
    expect(bootAt('?utm_source=x&advocate=harbour-ann1').has('has-code')).toBe(true);
    // The share script reads the address with URLSearchParams, which decodes the name: so must this.
    expect(bootAt('?%61dvocate=harbour-ann1').has('has-code')).toBe(true);
    expect(bootAt('?advocate+x=1').has('has-code')).toBe(false);
    expect(bootAt('?not-advocate=harbour-ann1').has('has-code')).toBe(false);
    expect(bootAt('', 'harbour-ann1').has('has-code')).toBe(true);
    expect(bootAt('').has('no-js')).toBe(false);
  });
});

describe("the share panel's words", () => {
  it('are asked for once, from the file of the page\'s language, while the page is still parsed', async () => {
    const words = { 'status.linkCopied': 'Link copiato.' };
    const { fetched, texts } = boot('', null, () => Promise.resolve({ ok: true, json: () => Promise.resolve(words) }));
    expect(fetched).toEqual([TEXTS]);
    await expect(texts).resolves.toEqual(words);
  });

  it('come to nothing, without an error, when the file cannot be had', async () => {
    await expect(boot('').texts).resolves.toBeNull();
    await expect(boot('', null, () => Promise.resolve({ ok: false, json: () => Promise.reject(new Error('not JSON')) })).texts).resolves.toBeNull();
  });
});
