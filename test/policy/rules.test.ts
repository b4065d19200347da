import { afterAll, describe, expect, it } from 'vitest';
import { byRule, check, cleanUp, fixture, makeContent, oversizedImage } from './helpers.ts';

afterAll(cleanUp);

/** Checks one post fixture placed in posts/<locale>/ of a fresh content folder. */
async function checkPost(name: string, locale = 'en', extra: Record<string, string | Buffer> = {}) {
  const dir = await makeContent({ [`posts/${locale}/${name}`]: fixture(`posts/${name}`), ...extra });
  return check(dir);
}

describe('a post that follows the policy', () => {
  it('has no findings at all', async () => {
    const result = await checkPost('post-valid.md');
    expect(result.findings).toEqual([]);
  });
});

// Each row: the fixture that breaks one rule, the rule id, and where the editor is sent.
const failing: [fixture: string, ruleId: string, line: number, column: number, words: RegExp][] = [
  ['post-with-banned-term.md', 'no-politics', 18, 42, /why_it_matters: "election".*Politics/],
  ['post-with-banned-term-in-body.md', 'no-competitors', 25, 9, /body: "Gearhaven"/],
  ['post-with-misspelled-brand.md', 'brand-spelling', 11, 42, /captions\.default\[1\]: write "Tidewater Cycles", not "TideWater Cycles"/],
  ['post-with-confidential-marker.md', 'confidentiality', 3, 11, /summary: "Internal only" marks text that is not for the public/],
  ['post-without-disclosure.md', 'disclosure', 13, 7, /captions\.x\[1\]: say that you work here: add "#TidewaterEmployee" or "I work at Tidewater"/],
  ['post-with-lowercase-hashtag.md', 'hashtag-camel-case', 13, 62, /captions\.x\[1\]: write #ebikelife in CamelCase/],
  ['post-with-too-many-hashtags-on-x.md', 'hashtag-count', 13, 7, /X allows 3, this would carry 4 \(#TidewaterEmployee #EBikes #Milan #RideToWork\)/],
  ['post-missing-campaign-hashtag.md', 'campaign-hashtag', 14, 1, /campaign "ride-to-work": add RideToWork to hashtags/],
  ['post-with-caption-too-long-for-x.md', 'caption-length', 13, 7, /captions\.x\[1\]: too long .*X 3\d\d of 280/],
  // The post's own link is a URL field: the schema holds it to the one URL rule (https only).
  ['post-with-http-link.md', 'schema', 6, 1, /link: must use https:\/\//],
  // Caption text is not a URL field: the policy's https rule reads the links written in it.
  ['post-with-http-caption-link.md', 'link-https', 11, 66, /captions\.default\[1\]: "http:\/\/www\.tidewater-cycles\.example\/en\/bikes\/ebbtide": use https:\/\//],
  ['post-with-shortened-link.md', 'link-shortener', 13, 43, /captions\.x\[1\]: bit\.ly is a link shortener/],
  // Astro renders a bare address in the body as a link (GFM autolink); the checker reads the same tree.
  ['post-with-bare-shortened-link-in-body.md', 'link-shortener', 25, 23, /bit\.ly is a link shortener/],
  ['post-with-utm-link.md', 'link-utm', 6, 1, /link: remove the utm_ parameters/],
  ['post-citing-unlisted-source.md', 'source-credible', 21, 3, /source\.url: www\.bike-gossip\.example is not on the list of credible publications/],
  ['post-with-small-image.md', 'image', 16, 3, /image\.src: media\/small\.jpg is 800×419 pixels; link previews need at least 1200×627/],
  ['post-with-square-image.md', 'image', 16, 3, /media\/square\.png is 1200×1200 \(1\.00:1\); link previews need 1\.91:1/],
  ['post-with-image-that-is-not-an-image.md', 'image', 16, 3, /media\/fake\.jpg is not an image the hub can read/],
  ['post-with-gif-image.md', 'image', 16, 3, /media\/animated\.gif is a GIF image; use JPEG, PNG, WebP/],
  ['post-with-file-name-alt.md', 'image-alt', 17, 3, /image\.alt: "IMG_2041\.jpg" looks like a file name/],
  ['post-expiring-soon.md', 'expiring-soon', 8, 1, /expires on 2026-11-26, in 3 days/],
  ['post-expired.md', 'expired', 8, 1, /expired on 2026-11-20/],
  ['post-with-impossible-date.md', 'schema', 7, 1, /publish_date: 2026-02-30 is not a real date/],
  ['post-with-raw-script.md', 'mdx-safety', 25, 1, /<script> is not allowed/],
  ['post-with-javascript-link.md', 'mdx-safety', 23, 42, /javascript: address, which runs code/],
];

describe.each(failing)('%s', (name, ruleId, line, column, words) => {
  it(`is reported as ${ruleId} on line ${line}, column ${column}`, async () => {
    const result = await checkPost(name);
    const findings = byRule(result, ruleId);
    expect(findings.length, JSON.stringify(result.findings, null, 2)).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ file: expect.stringMatching(new RegExp(`posts/en/${name}$`)), line, column });
    expect(findings[0]?.message).toMatch(words);
    // One problem, one rule: no other rule fires on these fixtures.
    expect(result.findings.every((finding) => finding.ruleId === ruleId)).toBe(true);
  });
});

describe('rules that pass where the policy allows it', () => {
  it('exempts recruiting posts from the disclosure', async () => {
    const result = await checkPost('post-recruiting-without-disclosure.md');
    expect(byRule(result, 'disclosure')).toEqual([]);
  });

  it('accepts the disclosure in the language of the post', async () => {
    expect((await checkPost('post-in-italian-with-italian-disclosure.md', 'it')).findings).toEqual([]);
    // The Italian sentence is not an English disclosure.
    expect(byRule(await checkPost('post-in-italian-with-italian-disclosure.md', 'en'), 'disclosure')).toHaveLength(1);
  });

  it('lets guidelines name the banned topics they explain (banned terms apply to posts by default)', async () => {
    const dir = await makeContent({ 'guidelines/en/policy.mdx': fixture('guidelines/guideline-mentioning-banned-topics.mdx') });
    expect((await check(dir)).findings).toEqual([]);
  });

  it('checks guidelines too when the policy says so', async () => {
    const policy = fixture('base/policy.yaml').replace('    terms: [politics, election, political party]', '    terms: [politics, election, political party]\n    applies_to: [posts, guidelines]');
    const dir = await makeContent({ 'policy.yaml': policy, 'guidelines/en/policy.mdx': fixture('guidelines/guideline-mentioning-banned-topics.mdx') });
    const findings = byRule(await check(dir), 'no-politics');
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [6, 19],
      [6, 35],
    ]);
  });
});

describe('front matter with a YAML alias', () => {
  it('checks the value the alias stands for, and points at the alias', async () => {
    const text = fixture('posts/post-valid.md').replace(/^why_it_matters: .*$/m, 'why_it_matters: *topic').replace(/^summary: (.*)$/m, 'summary: &topic "Our view on the election"');
    const dir = await makeContent({ 'posts/en/aliased.md': text });
    const findings = byRule(await check(dir), 'no-politics');
    const lineOf = (start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
    expect(findings.map((f) => [f.line, f.message.split(':')[0]])).toEqual([
      [lineOf('summary:'), 'summary'],
      [lineOf('why_it_matters:'), 'why_it_matters'],
    ]);
  });
});

describe('a file saved with a byte-order mark', () => {
  it('gets the same lines and columns, in the front matter and in the body', async () => {
    const plain = await checkPost('post-with-banned-term-in-body.md');
    const dir = await makeContent({ 'posts/en/post-with-banned-term-in-body.md': `\uFEFF${fixture('posts/post-with-banned-term-in-body.md')}` });
    const marked = await check(dir);
    expect(byRule(marked, 'no-competitors')).toMatchObject([{ line: 25, column: 9 }]);
    expect(marked.findings.map(({ line, column, ruleId }) => ({ line, column, ruleId }))).toEqual(
      plain.findings.map(({ line, column, ruleId }) => ({ line, column, ruleId })),
    );
  });
});

describe('banned terms, whole word and any case', () => {
  it('finds "Election" but not "selection"', async () => {
    const post = fixture('posts/post-valid.md').replace('why_it_matters: It is our biggest launch of the year.', 'why_it_matters: "A wide selection of bikes. Election day."');
    const dir = await makeContent({ 'posts/en/p.md': post });
    const findings = byRule(await check(dir), 'no-politics');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 18, column: 45, endColumn: 53 });
  });

  it('matches a phrase across a line break of a folded YAML caption', async () => {
    const post = fixture('posts/post-valid.md').replace(
      '    - "I work at Tidewater and I ride the Ebbtide to the office."',
      '    - >-\n      I work at Tidewater and I will not talk about any political\n      party here.',
    );
    const dir = await makeContent({ 'posts/en/p.md': post });
    const findings = byRule(await check(dir), 'no-politics');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 12, column: 57, endLine: 13, endColumn: 12 });
  });
});

describe('hashtags', () => {
  it('reports a repeated hashtag in a caption and in the hashtags list, each with a certain fix', async () => {
    const result = await checkPost('post-with-duplicate-hashtags.md');
    const findings = byRule(result, 'hashtag-duplicate');
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [13, 62, 'captions.x[1]: #TidewaterEmployee appears more than once; keep one'],
      [14, 32, 'hashtags[3]: RideToWork is listed twice; keep one'],
    ]);
    expect(findings.every((f) => f.fix?.range)).toBe(true);
  });

  it('counts the campaign hashtag the share panel adds on X', async () => {
    // Without the campaign, three hashtags fit X.
    const post = fixture('posts/post-with-too-many-hashtags-on-x.md').replace('campaign: ride-to-work\n', '').replace('hashtags: [RideToWork]', 'hashtags: []');
    const dir = await makeContent({ 'posts/en/p.md': post });
    expect(byRule(await check(dir), 'hashtag-count')).toEqual([]);
  });

  it('checks the campaign hashtag itself', async () => {
    const dir = await makeContent({ 'campaigns/ride-to-work.yaml': fixture('base/campaigns/ride-to-work.yaml').replace('hashtag: RideToWork', 'hashtag: ridetowork') });
    const findings = byRule(await check(dir), 'hashtag-camel-case');
    expect(findings[0]).toMatchObject({ file: expect.stringMatching(/campaigns\/ride-to-work\.yaml$/), line: 2, column: 1 });
  });
});

describe('images', () => {
  it('refuses a picture over 5 MB', async () => {
    const result = await checkPost('post-with-oversized-image.md', 'en', { 'media/big.png': await oversizedImage() });
    const findings = byRule(result, 'image');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 16, column: 3 });
    expect(findings[0]?.message).toMatch(/media\/big\.png is \d+\.\d MB; make it at most 5 MB/);
  }, 20_000);

  it('refuses a body image outside the content folder', async () => {
    const post = fixture('posts/post-valid.md').replace('The Ebbtide goes on sale today.', '![The new frame](../../../../secret.jpg)');
    const dir = await makeContent({ 'posts/en/p.md': post });
    const findings = byRule(await check(dir), 'image');
    expect(findings[0]).toMatchObject({ line: 23, column: 1 });
    expect(findings[0]?.message).toMatch(/points outside the content folder/);
  });

  it('reads each image header once however many posts use it', async () => {
    const posts = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`posts/en/p${i}.md`, fixture('posts/post-valid.md')]));
    const dir = await makeContent(posts);
    expect((await check(dir)).findings).toEqual([]);
  });
});
