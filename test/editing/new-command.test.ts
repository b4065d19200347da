import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { guidelineSchema } from '../../src/schemas/guideline.ts';
import { createPostSchema } from '../../src/schemas/post.ts';
import { postSchemaContext } from '../../src/content/hub-config.ts';
import { repoRoot } from '../build/dist.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'small-hub');
const node = process.execPath;
let content: string;

beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), 'hub-new-')), 'content');
  cpSync(FIXTURE, content, { recursive: true });
});
afterEach(() => rmSync(join(content, '..'), { recursive: true, force: true }));

function run(script: string, args: string[]) {
  return spawnSync(node, [join(repoRoot, 'scripts', script), ...args], {
    cwd: repoRoot,
    env: { ...process.env, HUB_CONTENT_DIR: content, HUB_NOW: '2026-11-23' },
    encoding: 'utf8',
    input: '',
  });
}

const newFile = (...args: string[]) => run('new.ts', args);

function frontMatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.yaml') ? parse(text) : parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
}

/** Runs the content check on one file, strictly (warnings fail too). */
function checkPasses(file: string): void {
  if (!existsSync(join(repoRoot, 'scripts', 'check.ts'))) return;
  const result = run('check.ts', ['--strict', file]);
  expect(result.stdout + result.stderr, 'npm run check output').not.toMatch(/error|warning/i);
  expect(result.status).toBe(0);
}

describe('npm run new', () => {
  it('writes a post with every field, as a draft, in its language folder, that passes the check', () => {
    const result = newFile('post', '--title', 'Our sourdough wins a prize!', '--category', 'news');
    expect(result.status).toBe(0);
    const file = join(content, 'posts', 'en', 'our-sourdough-wins-a-prize.md');
    expect(result.stdout).toContain('posts/en/our-sourdough-wins-a-prize.md');
    const text = readFileSync(file, 'utf8');
    for (const field of ['title', 'summary', 'category', 'campaign', 'link', 'publish_date', 'expiry_date', 'featured', 'draft', 'captions', 'hashtags', 'image', 'why_it_matters', 'stakeholders', 'source']) {
      expect(text, field).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    }
    const data = createPostSchema(postSchemaContext(content)).parse(frontMatter(file));
    expect(data).toMatchObject({ title: 'Our sourdough wins a prize!', category: 'news', draft: true });
    expect(data.publish_date.toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(data.captions.default?.[0]).toContain('I work at Harbour');
    checkPasses(file);
  });

  it('puts a post in its campaign, with the campaign hashtag, and writes in the chosen language', () => {
    const result = newFile('post', '--title', 'Pane di primavera', '--category', 'jobs', '--campaign', 'spring-loaves', '--locale', 'it');
    expect(result.status).toBe(0);
    const file = join(content, 'posts', 'it', 'pane-di-primavera.md');
    const data = createPostSchema(postSchemaContext(content)).parse(frontMatter(file));
    expect(data.campaign).toBe('spring-loaves');
    expect(data.hashtags).toEqual(['SpringLoaves']);
    expect(data.captions.default?.[0]).toContain('Lavoro da Harbour');
    expect(data.summary).toMatch(/condividerlo/);
    checkPasses(file);
  });

  it('writes an FAQ entry under a topic already in use', () => {
    expect(newFile('faq', '--title', 'Can I share from my phone?').status).toBe(0);
    const file = join(content, 'faq', 'en', 'can-i-share-from-my-phone.md');
    expect(faqSchema.parse(frontMatter(file))).toMatchObject({ question: 'Can I share from my phone?', topic: 'Privacy', order: 100 });
    expect(readFileSync(file, 'utf8')).toContain('# Questions are grouped under their topic');
    checkPasses(file);
  });

  it('writes a guideline page after the existing ones', () => {
    expect(newFile('guideline', '--title', 'Writing for LinkedIn').status).toBe(0);
    const file = join(content, 'guidelines', 'en', 'writing-for-linkedin.mdx');
    expect(guidelineSchema.parse(frontMatter(file))).toMatchObject({ title: 'Writing for LinkedIn', order: 4 });
    checkPasses(file);
  });

  it('writes a campaign with a CamelCase hashtag and the other languages ready to translate', () => {
    expect(newFile('campaign', '--title', 'Bake with us 2027').status).toBe(0);
    const file = join(content, 'campaigns', 'bake-with-us-2027.yaml');
    const data = campaignSchema.parse(frontMatter(file));
    expect(data).toMatchObject({ name: { en: 'Bake with us 2027' }, hashtag: 'BakeWithUs2027' });
    expect(readFileSync(file, 'utf8')).toMatch(/^ {2}# it: /m);
    checkPasses(file);
  });

  it('never overwrites a file: a second post with the same title is refused and the first is kept', () => {
    expect(newFile('post', '--title', 'Fresh bread', '--category', 'news').status).toBe(0);
    const file = join(content, 'posts', 'en', 'fresh-bread.md');
    const before = readFileSync(file, 'utf8');
    const again = newFile('post', '--title', 'Fresh bread', '--category', 'jobs');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/fresh-bread\.md already exists/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it.each([
    [['post', '--title', 'X', '--category', 'cakes'], /"cakes" is not a category of this hub; use one of: news, jobs/],
    [['post', '--titel', 'X'], /unknown option --titel/],
  ])('refuses %j with a clear message, exit code 1 and no stack trace', (args, message) => {
    const result = newFile(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: npm run new');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(join(content, 'posts', 'en'))).toEqual(['.gitkeep']);
  });
});
