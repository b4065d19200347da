import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { mediaImagesPlugin } from '../../src/reading/media-images.ts';
import { byRule, check, cleanUp, makeContent } from './helpers.ts';

afterAll(cleanUp);

/**
 * A picture in a post or guideline body shows on the built page only when Astro publishes it, and
 * Astro publishes (optimises into /_astro/) only Markdown images whose path starts from the file.
 * The build copies no `content/media/` folder, and a raw `<img src="x.jpg">` is left as written,
 * which the browser looks for beside the page's own address. So the check accepts what the build
 * will show and refuses the rest, saying which Markdown image to write.
 */
const page = (body: string) => `---\ntitle: T\ndescription: D.\norder: 1\n---\n${body}\n`;

describe('what the build does with a picture in a body', () => {
  it('publishes Markdown images with a path from the file, and nothing written as HTML or from the root', async () => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
    const { code, metadata } = await processor.render(
      '![beside](next-to-file.jpg) ![up](../../media/good.jpg) ![root](/media/good.jpg)\n\n<img src="next-to-file.jpg" alt="raw"> <img src="/media/good.jpg" alt="raw root">',
    );
    // Astro resolves these from the content file and writes /_astro/ addresses in their place.
    expect(metadata.localImagePaths).toEqual(['next-to-file.jpg', '../../media/good.jpg']);
    // These stay as written: the browser asks for /guidelines/<page>/next-to-file.jpg and /media/good.jpg.
    expect(code).toContain('<img src="/media/good.jpg" alt="root">');
    expect(code).toContain('<img src="next-to-file.jpg" alt="raw">');
    expect(code).toContain('<img src="/media/good.jpg" alt="raw root">');
  });

  it('publishes no image written through a reference, whatever its path', async () => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
    const { code, metadata } = await processor.render('![up][up]\n\n[up]: ../../media/good.jpg');
    expect(metadata.localImagePaths).toEqual([]);
    expect(code).toContain('<img src="../../media/good.jpg" alt="up">');
  });

  it("publishes the browser editor's /media/ images once the hub's plugin gives them their path from the file", async () => {
    const content = join('/hub', 'content');
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: [mediaImagesPlugin(content)] });
    const { code, metadata } = await processor.render('![root](/media/good.jpg) ![elsewhere](/images/good.jpg)\n\n<img src="/media/good.jpg" alt="raw root">', {
      fileURL: pathToFileURL(join(content, 'posts', 'en', 'p.md')),
    });
    expect(metadata.localImagePaths).toEqual(['../../media/good.jpg']);
    // Not content/media/, and not written in Markdown: left as written, and refused by the check.
    expect(code).toContain('<img src="/images/good.jpg" alt="elsewhere">');
    expect(code).toContain('<img src="/media/good.jpg" alt="raw root">');
  });
});

describe('the check agrees with the build', () => {
  it('accepts Markdown images with a path from the file, beside it or in content/media/', async () => {
    const dir = await makeContent({
      'guidelines/en/g.md': page('![A teal e-bike](../../media/good.jpg)\n\n![The same bike](bike.jpg)'),
      'guidelines/en/bike.jpg': readFileSync(new URL('../fixtures/hub/media/ebbtide-e-bike.jpg', import.meta.url)),
    });
    expect(byRule(await check(dir), 'image')).toEqual([]);
  });

  it("accepts the browser editor's form, /media/<file>, when the file is in content/media/, in .md and .mdx", async () => {
    const dir = await makeContent({
      'guidelines/en/g.mdx': page('![A teal e-bike](/media/good.jpg)'),
      'posts/en/p.md': postWith('![A teal e-bike](/media/good.jpg)', '/media/good.jpg'),
    });
    const result = await check(dir);
    expect(byRule(result, 'image')).toEqual([]);
    // The post's own picture, picked in the same editor, keeps working in the /media/ form too.
    expect(result.findings.filter((f) => f.file.endsWith('p.md') && f.severity === 'error')).toEqual([]);
  });

  it('refuses /media/<file> when the file is not in content/media/, and says what to add', async () => {
    const findings = byRule(await check(await makeContent({ 'guidelines/en/g.md': page('Intro.\n\n![A teal e-bike](/media/bike%20side.jpg)') })), 'image');
    expect(findings.map((f) => [f.file.split('/').slice(-3).join('/'), f.line, f.message])).toEqual([
      [
        'guidelines/en/g.md',
        8,
        `body: the image "/media/bike%20side.jpg" is not in content/media/; add bike side.jpg there (the browser editor's image button uploads it) or correct the name`,
      ],
    ]);
  });

  it('refuses a Markdown image from any other folder of the root, and says the path to write', async () => {
    const body = '![A teal e-bike](/images/good.jpg)\n\n![The same bike](/media/../good.jpg)';
    const findings = byRule(await check(await makeContent({ 'guidelines/en/g.md': page(body) })), 'image');
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [
        6,
        'body: the image "/images/good.jpg" would be broken on the page (the build publishes a picture only from /media/ or with a path from this file); write ![A teal e-bike](../../images/good.jpg), and add content/images/good.jpg, which does not exist',
      ],
      [
        8,
        // The URL parser reads /media/../good.jpg as /good.jpg: not a picture in content/media/.
        'body: the image "/media/../good.jpg" would be broken on the page (the build publishes a picture only from /media/ or with a path from this file); write ![The same bike](../../good.jpg), and add content/good.jpg, which does not exist',
      ],
    ]);
  });

  it('refuses a picture of the hub written through a reference, and says how to write it in place', async () => {
    const body = '![A teal e-bike][bike] and ![The site logo][logo]\n\n[bike]: /media/good.jpg\n[logo]: https://hub.example/logo.png';
    const findings = byRule(await check(await makeContent({ 'guidelines/en/g.md': page(body) })), 'image');
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [6, 'body: the image "![A teal e-bike][bike]" would be broken on the page (the build publishes only pictures written in place, not through a reference); write ![A teal e-bike](/media/good.jpg)'],
    ]);
  });

  it('refuses a picture written as HTML, even when the file is there, and says which Markdown image to write', async () => {
    const body = '<img src="good.jpg" alt="A teal e-bike">\n\n<p><img src="/media/good.jpg" alt="The bike again"></p>';
    const findings = byRule(await check(await makeContent({ 'posts/en/p.md': postWith(body), 'guidelines/en/g.md': page(body) })), 'image');
    expect(findings.map((f) => [f.file.split('/').slice(-3).join('/'), f.line, f.message])).toEqual([
      ['guidelines/en/g.md', 6, 'body: the picture "good.jpg" written as HTML would be broken on the page (the build publishes only pictures written in Markdown); write ![A teal e-bike](good.jpg), and add content/guidelines/en/good.jpg, which does not exist'],
      ['guidelines/en/g.md', 8, 'body: the picture "/media/good.jpg" written as HTML would be broken on the page (the build publishes only pictures written in Markdown); write ![The bike again](../../media/good.jpg)'],
      ['posts/en/p.md', expect.any(Number), expect.stringMatching(/^body: the picture "good\.jpg" written as HTML .* write !\[A teal e-bike\]\(good\.jpg\), and add content\/posts\/en\/good\.jpg/)],
      ['posts/en/p.md', expect.any(Number), expect.stringMatching(/write !\[The bike again\]\(\.\.\/\.\.\/media\/good\.jpg\)$/)],
    ]);
  });
});

function postWith(body: string, image = 'good.jpg'): string {
  return [
    '---',
    'title: A post with pictures in its text',
    'summary: Pictures written as HTML.',
    'category: product-announcements',
    'publish_date: 2026-11-01',
    'why_it_matters: It shows pictures in a body.',
    'captions:',
    '  default:',
    '    - "I work at Tidewater and I ride the Ebbtide to the office."',
    'image:',
    `  src: ${image}`,
    '  alt: A teal e-bike',
    '---',
    body,
    '',
  ].join('\n');
}
