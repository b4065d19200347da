import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinksPlugin, underBase } from '../../src/content/base-links.ts';

describe('links written from the hub\'s root, on a hub under a base path', () => {
  it('get the base in front; other links stay as written', () => {
    expect(underBase('/faq/#photos', '/hub/')).toBe('/hub/faq/#photos');
    expect(underBase('/', '/hub/')).toBe('/hub/');
    expect(underBase('/it/suggest/?from=faq', '/hub')).toBe('/hub/it/suggest/?from=faq');
    expect(underBase('/hub/faq/', '/hub/')).toBe('/hub/faq/');
    expect(underBase('/hub', '/hub/')).toBe('/hub');
    expect(underBase('//cdn.example/x.png', '/hub/')).toBe('//cdn.example/x.png');
    expect(underBase('https://tidewater.example/', '/hub/')).toBe('https://tidewater.example/');
    expect(underBase('../faq/', '/hub/')).toBe('../faq/');
    expect(underBase('mailto:comms@tidewater.example', '/hub/')).toBe('mailto:comms@tidewater.example');
    expect(underBase('/faq/', '/')).toBe('/faq/');
  });

  it('is done by a plugin of Astro\'s Markdown processor, for links and pictures', async () => {
    const { html } = await markdownToHtml('Read the [FAQ](/faq/), [our site](https://tidewater.example/) and ![a bike](/media/bike.png).', {
      hastPlugins: [baseLinksPlugin('/hub/')],
    });
    expect(html).toContain('<a href="/hub/faq/">FAQ</a>');
    expect(html).toContain('<a href="https://tidewater.example/">our site</a>');
    expect(html).toContain('src="/hub/media/bike.png"');
  });

  it('and for MDX', async () => {
    const { code } = await mdxToJs('Read the [FAQ](/faq/).', { hastPlugins: [baseLinksPlugin('/hub/')] });
    expect(code).toContain('"/hub/faq/"');
  });

  it('is left out at the root, where there is nothing to change', () => {
    expect(baseLinksPlugin('/')).toBeUndefined();
  });
});
