import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinksPlugin, rawHtmlUnderBase, underBase } from '../../src/reading/base-links.ts';

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

  it('and in HTML written inside Markdown, srcset included', async () => {
    expect(rawHtmlUnderBase('<a href="/faq/" title="/not-a-link">FAQ</a>', '/hub/')).toBe('<a href="/hub/faq/" title="/not-a-link">FAQ</a>');
    expect(rawHtmlUnderBase(`<img src='/media/a.png' srcset="/media/a.png 1x, /media/b.png 2x, https://x.example/c.png 3x">`, '/hub/')).toBe(
      `<img src="/hub/media/a.png" srcset="/hub/media/a.png 1x, /hub/media/b.png 2x, https://x.example/c.png 3x">`,
    );
    // Read by the HTML parser: an unquoted address counts, words inside another attribute do not.
    expect(rawHtmlUnderBase(`<a href=/faq/ title='see href="/faq/"'>FAQ</a>`, '/hub/')).toBe(`<a href="/hub/faq/" title='see href="/faq/"'>FAQ</a>`);
    // A piece that is only an opening tag stays a piece: nothing is closed or added.
    expect(rawHtmlUnderBase('<div><a href="/faq/">', '/hub/')).toBe('<div><a href="/hub/faq/">');
    expect(rawHtmlUnderBase('<a href="https://tidewater.example/">site</a>', '/hub/')).toBe('<a href="https://tidewater.example/">site</a>');
    const { html } = await markdownToHtml('Ask <a href="/program/">the lead</a>.\n\n<p><a href="/faq/">FAQ</a></p>', {
      hastPlugins: [baseLinksPlugin('/hub/')],
    });
    expect(html).toContain('<a href="/hub/program/">the lead</a>');
    expect(html).toContain('<p><a href="/hub/faq/">FAQ</a></p>');
  });

  it('and for MDX', async () => {
    const { code } = await mdxToJs('Read the [FAQ](/faq/).', { hastPlugins: [baseLinksPlugin('/hub/')] });
    expect(code).toContain('"/hub/faq/"');
  });

  it('is left out at the root, where there is nothing to change', () => {
    expect(baseLinksPlugin('/')).toBeUndefined();
  });
});
