import { afterAll, describe, expect, it } from 'vitest';
import { check, cleanUp, fixture, makeContent } from './helpers.ts';

afterAll(cleanUp);

/** The junk a real repository collects: each must become a finding with a place, never a crash. */
function binaryJunk(): Buffer {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  return bytes;
}

async function onlyFinding(file: string, content: string | Buffer) {
  const dir = await makeContent({ [file]: content });
  const result = await check(dir);
  expect(result.fatal).toBeUndefined();
  expect(result.findings, JSON.stringify(result.findings, null, 2)).toHaveLength(1);
  const finding = result.findings[0]!;
  expect(finding.file).toMatch(new RegExp(`${file.replace(/\./g, '\\.')}$`));
  expect(finding.message).not.toMatch(/\n\s+at /);
  return finding;
}

describe('files the checker cannot read become findings', () => {
  it('malformed YAML: the line of the YAML error', async () => {
    const finding = await onlyFinding('posts/en/p.md', fixture('posts/post-with-malformed-yaml.md'));
    expect(finding).toMatchObject({ ruleId: 'yaml', line: 3, severity: 'error' });
    expect(finding.message).toMatch(/not valid YAML: Missing closing "quote/);
  });

  it('broken MDX: the line and column of the brace that never closes', async () => {
    const finding = await onlyFinding('guidelines/en/g.mdx', fixture('guidelines/guideline-with-broken-mdx.mdx'));
    expect(finding).toMatchObject({ ruleId: 'mdx-syntax', line: 8, column: 5 });
    expect(finding.message).toMatch(/not valid MDX: .*closing brace/);
  });

  it('YAML aliases that expand without end (a "billion laughs"): a finding, at once', async () => {
    // Each line repeats the one before ten times: 10^9 copies of "lol" if expanded.
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const started = performance.now();
    const finding = await onlyFinding('posts/en/laughs.md', `---\n${levels.join('\n')}\n---\nBody.\n`);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(finding).toMatchObject({ ruleId: 'yaml', line: 2, severity: 'error' });
    expect(finding.message).toMatch(/aliases \(\*name\) too many times/);
  });

  it('binary junk saved as a post', async () => {
    const finding = await onlyFinding('posts/en/junk.md', binaryJunk());
    expect(finding).toMatchObject({ ruleId: 'file-format', line: 1, column: 1 });
    expect(finding.message).toMatch(/not a text file/);
  });

  it('text that is not UTF-8', async () => {
    const finding = await onlyFinding('posts/en/latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]));
    expect(finding).toMatchObject({ ruleId: 'file-format' });
    expect(finding.message).toMatch(/UTF-8/);
  });

  it('an empty file', async () => {
    const finding = await onlyFinding('posts/en/empty.md', '');
    expect(finding).toMatchObject({ ruleId: 'front-matter', line: 1, column: 1 });
    expect(finding.message).toMatch(/the file is empty; a post needs at least title, summary/);
  });

  it('a 5 MB file', async () => {
    const finding = await onlyFinding('posts/en/huge.md', `---\ntitle: Huge\n---\n${'All work and no play. '.repeat(240_000)}`);
    expect(finding).toMatchObject({ ruleId: 'file-size', line: 1, column: 1 });
    expect(finding.message).toMatch(/this file is 5\.0 MB; content files must be under 1\.0 MB/);
  });

  it('a file without front matter, and front matter that is never closed', async () => {
    expect((await onlyFinding('posts/en/a.md', 'Just some text.\n')).message).toMatch(/must start with front matter/);
    expect((await onlyFinding('posts/en/b.md', '---\ntitle: x\n')).message).toMatch(/never closed/);
  });
});

describe('fields that are wrong name the file and the field (as the build does)', () => {
  const cases: [fixture: string, line: number, words: RegExp][] = [
    ['post-missing-required-field.md', 2, /^summary: is required but missing$/],
    ['post-with-wrong-type.md', 14, /^hashtags: must be a list, not text$/],
    ['post-with-unknown-category.md', 4, /^category: "press-releases" is not a category of this hub; use one of: product-announcements, recruiting$/],
    ['post-with-unknown-campaign.md', 5, /^campaign: "winter-warmers" is not a campaign; use one of: ride-to-work$/],
    ['post-with-invalid-date.md', 7, /^publish_date: must be a date written as YYYY-MM-DD/],
    ['post-with-missing-image.md', 16, /^image\.src: the image "not-there\.jpg" is not in content\/media\//],
    ['post-with-image-outside-the-repo.md', 16, /^image\.src: the image "\.\.\/\.\.\/\.\.\/etc\/passwd\.jpg" is not in content\/media\//],
    ['post-expiring-before-publish.md', 8, /^expiry_date: must be after publish_date/],
  ];
  it.each(cases)('%s', async (name, line, words) => {
    const finding = await onlyFinding(`posts/en/${name}`, fixture(`posts/${name}`));
    expect(finding).toMatchObject({ ruleId: 'schema', line, severity: 'error' });
    expect(finding.message).toMatch(words);
  });
});

describe('files in the wrong place', () => {
  it('warns about a post outside a language folder, and refuses a language the hub does not have', async () => {
    const dir = await makeContent({ 'posts/stray.md': fixture('posts/post-valid.md'), 'posts/fr/p.md': fixture('posts/post-valid.md') });
    const findings = (await check(dir)).findings.map((f) => [f.file.split('/').slice(-2).join('/'), f.severity, f.ruleId]);
    expect(findings).toEqual([
      ['fr/p.md', 'error', 'content-location'],
      ['posts/stray.md', 'warning', 'content-location'],
    ]);
  });
});
