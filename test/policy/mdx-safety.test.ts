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
      [27, 48, 'onerror='],
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
