import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shareStrings } from '../../src/i18n/strings/share.ts';
import { panelTextsFile, panelTextsPath } from '../../src/share/panel-texts.ts';

const HUB = { default_locale: 'en', base: '/' };

describe("the share panel's words, one file per language", () => {
  it('holds every word of the panel in the language, placeholders left for the browser to fill', () => {
    const words = JSON.parse(panelTextsFile(HUB, 'it').body) as Record<string, string>;
    expect(Object.keys(words).sort()).toEqual(Object.keys(shareStrings.en).sort());
    expect(words['identity.saved']).toBe(shareStrings.it['identity.saved']);
    expect(words['identity.saved']).toContain('{code}');
  });

  it('is named by its language and the digest of its text, the same in every build', () => {
    const file = panelTextsFile(HUB, 'ms');
    expect(file.name).toBe(`ms.${createHash('sha256').update(file.body).digest('hex').slice(0, 12)}`);
    expect(panelTextsFile({ ...HUB }, 'ms').name).toBe(file.name);
    // Other words, another name: a page never points at a file that holds other words than it was built with.
    expect(panelTextsFile(HUB, 'en').name.split('.')[1]).not.toBe(panelTextsFile(HUB, 'it').name.split('.')[1]);
  });

  it("fills a language's missing words from the hub's default language, which names another file", () => {
    // A language the tables do not have: every word comes from the default language.
    const fromItalian = JSON.parse(panelTextsFile({ default_locale: 'it' }, 'xx').body) as Record<string, string>;
    expect(fromItalian['status.linkCopied']).toBe(shareStrings.it['status.linkCopied']);
    expect(panelTextsFile({ default_locale: 'it' }, 'xx').name).not.toBe(panelTextsFile({ default_locale: 'en' }, 'xx').name);
  });

  it("is addressed under the hub's base path", () => {
    expect(panelTextsPath(HUB, 'en')).toMatch(/^\/share-texts\/en\.[0-9a-f]{12}\.json$/);
    expect(panelTextsPath({ default_locale: 'en', base: '/hub' }, 'en')).toBe(`/hub${panelTextsPath(HUB, 'en')}`);
    expect(panelTextsPath({ default_locale: 'en', base: '/hub/' }, 'en')).toBe(`/hub${panelTextsPath(HUB, 'en')}`);
  });
});
