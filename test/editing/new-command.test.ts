import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { guidelineSchema } from '../../src/schemas/guideline.ts';
import { createPostSchema } from '../../src/schemas/post.ts';
import { postSchemaContext } from '../../src/reading/hub-config.ts';
import { runNew } from '../../src/scaffold/new-command.ts';
import { repoRoot } from '../build/dist.ts';
import { runCheck } from '../policy/helpers.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'small-hub');
const node = process.execPath;
let content: string;

beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), 'hub-new-')), 'content');
  cpSync(FIXTURE, content, { recursive: true });
});
afterEach(() => rmSync(join(content, '..'), { recursive: true, force: true }));

const environment = () => ({ ...process.env, HUB_CONTENT_DIR: content, HUB_NOW: '2026-11-23' });

/**
 * `npm run new -- …` in this process: the function scripts/new.ts calls, given the arguments, the
 * environment and the output streams (a line each call, as console.log prints it), and no terminal
 * to ask in. Starting Node for each run cost about a second; the last test starts scripts/new.ts.
 */
async function newFile(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runNew(args, { stdout: (text) => (stdout += `${text}\n`), stderr: (text) => (stderr += `${text}\n`), cwd: repoRoot, env: environment() });
  return { status, stdout, stderr };
}

function frontMatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.yaml') ? parse(text) : parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
}

/** Runs the content check on one file, strictly (warnings fail too). */
async function checkPasses(file: string): Promise<void> {
  const result = await runCheck(['--strict', file], content);
  expect(result.stdout + result.stderr, 'npm run check output').not.toMatch(/error|warning/i);
  expect(result.code).toBe(0);
}

describe('npm run new', () => {
  it('writes a post with every field, as a draft, in its language folder, that passes the check', async () => {
    const result = await newFile('post', '--title', 'Our sourdough wins a prize!', '--category', 'news');
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
    await checkPasses(file);
  });

  it('puts a post in its campaign, with the campaign hashtag, and writes in the chosen language', async () => {
    const result = await newFile('post', '--title', 'Pane di primavera', '--category', 'jobs', '--campaign', 'spring-loaves', '--locale', 'it');
    expect(result.status).toBe(0);
    const file = join(content, 'posts', 'it', 'pane-di-primavera.md');
    const data = createPostSchema(postSchemaContext(content)).parse(frontMatter(file));
    expect(data.campaign).toBe('spring-loaves');
    expect(data.hashtags).toEqual(['SpringLoaves']);
    expect(data.captions.default?.[0]).toContain('Lavoro da Harbour');
    expect(data.summary).toMatch(/condividerlo/);
    await checkPasses(file);
  });

  it('writes an FAQ entry under a topic already in use', async () => {
    expect((await newFile('faq', '--title', 'Can I share from my phone?')).status).toBe(0);
    const file = join(content, 'faq', 'en', 'can-i-share-from-my-phone.md');
    expect(faqSchema.parse(frontMatter(file))).toMatchObject({ question: 'Can I share from my phone?', topic: 'Privacy', order: 100 });
    expect(readFileSync(file, 'utf8')).toContain('# Questions are grouped under their topic');
    await checkPasses(file);
  });

  it('writes a guideline page after the existing ones', async () => {
    expect((await newFile('guideline', '--title', 'Writing for LinkedIn')).status).toBe(0);
    const file = join(content, 'guidelines', 'en', 'writing-for-linkedin.mdx');
    expect(guidelineSchema.parse(frontMatter(file))).toMatchObject({ title: 'Writing for LinkedIn', order: 4 });
    await checkPasses(file);
  });

  it('writes a campaign with a CamelCase hashtag and the other languages ready to translate', async () => {
    expect((await newFile('campaign', '--title', 'Bake with us 2027')).status).toBe(0);
    const file = join(content, 'campaigns', 'bake-with-us-2027.yaml');
    const data = campaignSchema.parse(frontMatter(file));
    expect(data).toMatchObject({ name: { en: 'Bake with us 2027' }, hashtag: 'BakeWithUs2027' });
    expect(readFileSync(file, 'utf8')).toMatch(/^ {2}# it: /m);
    await checkPasses(file);
  });

  it('never overwrites a file: a second post with the same title is refused and the first is kept', async () => {
    expect((await newFile('post', '--title', 'Fresh bread', '--category', 'news')).status).toBe(0);
    const file = join(content, 'posts', 'en', 'fresh-bread.md');
    const before = readFileSync(file, 'utf8');
    const again = await newFile('post', '--title', 'Fresh bread', '--category', 'jobs');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/fresh-bread\.md already exists/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it.each([
    [['post', '--title', 'X', '--category', 'cakes'], /"cakes" is not a category of this hub; use one of: news, jobs/],
    [['post', '--titel', 'X'], /unknown option --titel/],
  ])('refuses %j with a clear message, exit code 1 and no stack trace', async (args, message) => {
    const result = await newFile(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: npm run new');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(join(content, 'posts', 'en'))).toEqual(['.gitkeep']);
  });

  it('is what scripts/new.ts runs: the content folder and today from the environment, the new file named on stdout, exit code 0', () => {
    // The other tests call the command in this process; this one starts Node, as `npm run new` does.
    const result = spawnSync(node, [join(repoRoot, 'scripts', 'new.ts'), 'post', '--title', 'Fresh bread', '--category', 'news'], {
      cwd: repoRoot,
      env: environment(),
      encoding: 'utf8',
      input: '',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Created .*posts\/en\/fresh-bread\.md as a draft/);
    expect(createPostSchema(postSchemaContext(content)).parse(frontMatter(join(content, 'posts', 'en', 'fresh-bread.md'))).publish_date.toISOString().slice(0, 10)).toBe('2026-11-23');
  });
});
