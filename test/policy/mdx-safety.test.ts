import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byRule, check, cleanUp, fixture, makeContent } from './helpers.ts';

afterAll(cleanUp);

async function checkGuideline(name: string) {
  const dir = await makeContent({ [`guidelines/en/${name}`]: fixture(`guidelines/${name}`) });
  return check(dir);
}

describe('MDX safety (always on)', () => {
  it('allows the hub components, Callout types and MDX comments', async () => {
    expect((await checkGuideline('guideline-with-hub-components.mdx')).findings).toEqual([]);
  });

  const refused: [fixture: string, line: number, column: number, words: RegExp][] = [
    ['guideline-with-import.mdx', 6, 1, /import and export are not allowed/],
    ['guideline-with-expression.mdx', 6, 10, /\{new Date\(\)\.toDateString\(\)\} is code that runs when the hub is built/],
    ['guideline-with-unknown-component.mdx', 6, 1, /<Tweet> is not a hub component; content may use only <PolicyBannedTopics>/],
    ['guideline-with-script.mdx', 6, 1, /<script> is not allowed in content/],
    ['guideline-with-event-handler.mdx', 6, 22, /onClick= is an event handler/],
    ['guideline-with-javascript-url.mdx', 6, 3, /javascript: address, which runs code/],
    ['guideline-with-attribute-expression.mdx', 6, 10, /type=\{…\} is code/],
    ['guideline-with-bad-callout-type.mdx', 6, 10, /<Callout type="warning"> must be one of: type="do", type="dont", type="note"/],
  ];

  it.each(refused)('refuses %s on line %i, column %i', async (name, line, column, words) => {
    const result = await checkGuideline(name);
    const findings = byRule(result, 'mdx-safety');
    expect(findings[0]).toMatchObject({ line, column, severity: 'error' });
    expect(findings[0]?.message).toMatch(words);
  });

  it('refuses raw <script> and on* attributes in a Markdown post', async () => {
    const dir = await makeContent({ 'posts/en/p.md': fixture('posts/post-with-raw-script.md') });
    const findings = byRule(await check(dir), 'mdx-safety');
    expect(findings.map((f) => [f.line, f.column, f.message.split(' ')[0]])).toEqual([
      [25, 1, '<script>'],
      [27, 84, 'onerror='],
    ]);
  });

  it('accepts the simple HTML of the allowlist in Markdown and in MDX, and images from the hub\'s own address', async () => {
    expect((await checkGuideline('guideline-with-allowed-html.md')).findings).toEqual([]);
    expect((await checkGuideline('guideline-with-allowed-html.mdx')).findings).toEqual([]);
  });

  it('loads images from another host only when hub.yaml lists it under resource_hosts', async () => {
    const page = { 'guidelines/en/shop.md': fixture('guidelines/guideline-with-image-from-company-cdn.md') };
    const refused = byRule(await check(await makeContent(page)), 'mdx-safety');
    expect(refused.map((f) => [f.line, f.message])).toEqual([
      [6, expect.stringMatching(/^src="https:\/\/media\.tidewater-cycles\.example\/shop\.jpg" loads from media\.tidewater-cycles\.example.*resource_hosts in hub\.yaml/)],
      [8, expect.stringMatching(/^the image "https:\/\/media\.tidewater-cycles\.example\/shop-night\.jpg" loads from/)],
    ]);
    const dir = await makeContent(page);
    writeFileSync(join(dir, 'hub.yaml'), `${readFileSync(join(dir, 'hub.yaml'), 'utf8')}resource_hosts: [media.tidewater-cycles.example]\n`);
    expect((await check(dir)).findings).toEqual([]);
  });

  it('refuses a raw <img> from the hub, which the build does not publish, and says which Markdown image to write', async () => {
    const page = '---\ntitle: T\ndescription: D.\norder: 1\n---\nText.\n\n<p><img src="/media/missing.jpg" alt="A picture that is not there"></p>\n';
    const findings = (await check(await makeContent({ 'guidelines/en/g.md': page }))).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'image',
        line: 8,
        column: 9,
        message:
          'body: the picture "/media/missing.jpg" written as HTML would be broken on the page (the build publishes only pictures written in Markdown); write ![A picture that is not there](../../media/missing.jpg), and add content/media/missing.jpg, which does not exist',
      }),
    ]);
  });

  it('places a problem inside raw HTML on its own line and column, in a block quote too', async () => {
    const page = '---\ntitle: T\ndescription: D.\norder: 1\n---\n> <div>\n> <a\n>   href="javascript:alert(1)">open</a>\n> </div>\n';
    const findings = byRule(await check(await makeContent({ 'guidelines/en/g.md': page })), 'mdx-safety');
    expect(findings).toEqual([expect.objectContaining({ line: 8, column: 5, message: expect.stringMatching(/^href="javascript:alert\(1\)" is a javascript: address/) })]);
  });

  it('reports plain HTML that is not on the allowlist as HTML, not as a missing hub component', async () => {
    const page = '---\ntitle: T\ndescription: D.\norder: 1\n---\n<marquee>Hello</marquee>\n';
    const [finding] = byRule(await check(await makeContent({ 'guidelines/en/g.mdx': page })), 'mdx-safety');
    expect(finding?.message).toBe('<marquee> is not allowed in content; use Markdown, or simple HTML such as <kbd>, <sup>, <br> or <details>');
  });

  it('says how to write a bare www. address that Markdown would link to http://', async () => {
    const page = '---\ntitle: T\ndescription: D.\norder: 1\n---\nSee www.tidewater-cycles.example for more.\n';
    const findings = byRule(await check(await makeContent({ 'guidelines/en/g.md': page })), 'mdx-safety');
    expect(findings).toEqual([
      expect.objectContaining({
        line: 6,
        column: 5,
        message: '"www.tidewater-cycles.example" becomes a link to http://www.tidewater-cycles.example, which is not encrypted; write it as https://www.tidewater-cycles.example',
      }),
    ]);
  });

  it('cannot be switched off by the policy file', async () => {
    const dir = await makeContent({ 'policy.yaml': '# nothing enabled\n{}\n', 'guidelines/en/g.mdx': fixture('guidelines/guideline-with-script.mdx') });
    expect(byRule(await check(dir), 'mdx-safety')).toHaveLength(1);
  });

  it('refuses a javascript: link in front matter, however it is written (the schema, with the one URL rule)', async () => {
    const post = fixture('posts/post-valid.md').replace('link: https://www.tidewater-cycles.example/en/bikes/ebbtide', 'link: " JavaScript:alert(1)"');
    const dir = await makeContent({ 'posts/en/p.md': post });
    const findings = (await check(dir)).findings.filter((f) => f.line === 6);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'schema', severity: 'error' });
    expect(findings[0]?.message).toMatch(/javascript: address, which runs code/);
  });
});
