import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SHARE_PANEL_BOOT } from '../../src/client/share-panel-boot.ts';

/** Runs the share panel's inline first lines against a page at `search`; returns the panel's classes. */
function bootAt(search: string, stored: string | null = null): Set<string> {
  const classes = new Set(['no-js']);
  const classList = { add: (name: string) => classes.add(name), remove: (name: string) => classes.delete(name) };
  runInNewContext(SHARE_PANEL_BOOT, {
    document: { currentScript: { parentElement: { classList } } },
    navigator: {},
    localStorage: { getItem: () => stored },
    location: { search },
    URLSearchParams,
  });
  return classes;
}

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
