import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';
import { readPostsAndCampaigns } from '../../src/reading/read-posts.ts';
import { ROOT, byRule, check, cleanUp, fixture, makeContent } from './helpers.ts';

const outside = mkdtempSync(join(tmpdir(), 'outside-content-'));
afterAll(() => {
  cleanUp();
  rmSync(outside, { recursive: true, force: true });
});

/** A post that writes the file HUB_TEST_MARKER names when Astro builds it: the proof that no code ran. */
const postThatRunsCode = () => fixture('outside/post-that-runs-code.mdx');

/** The content-file findings as [file inside the folder, start of the message]. */
async function refused(dir: string, files?: string[]): Promise<[string, string][]> {
  return byRule(await check(dir, files), 'content-file').map((f) => [f.file.slice(dir.length + 1), f.message]);
}

describe('files that are not what they seem are refused, naming the file', () => {
  it('refuses a symbolic link to a post outside the content folder, and does not check or read what it points to', async () => {
    const dir = await makeContent({ 'posts/en/real.md': fixture('posts/post-valid.md') });
    writeFileSync(join(outside, 'elsewhere.mdx'), postThatRunsCode());
    symlinkSync(join(outside, 'elsewhere.mdx'), join(dir, 'posts/en/linked.mdx'));
    const result = await check(dir);
    expect(await refused(dir)).toEqual([
      ['posts/en/linked.mdx', expect.stringMatching(/^this is a symbolic link, not a file \(it points outside the content folder, to .*elsewhere\.mdx\); the hub reads only real files/)],
    ]);
    expect(result.findings.find((f) => f.file.endsWith('linked.mdx'))?.severity).toBe('error');
    expect(result.checked).toBe(3); // hub.yaml, the campaign and real.md: never the link
    expect(readPostsAndCampaigns(dir).posts.map((p) => p.slug)).toEqual(['real']);
  });

  it('refuses a linked folder, a link to a file inside the folder, a linked image and a broken link', async () => {
    const dir = await makeContent({ 'posts/en/real.md': fixture('posts/post-valid.md') });
    mkdirSync(join(outside, 'more-posts'), { recursive: true });
    symlinkSync(join(outside, 'more-posts'), join(dir, 'posts/de'));
    symlinkSync(join(dir, 'posts/en/real.md'), join(dir, 'posts/en/copy.md'));
    symlinkSync('/etc/hostname', join(dir, 'media/hostname.jpg'));
    symlinkSync(join(outside, 'gone.md'), join(dir, 'posts/en/gone.md'));
    const found = await refused(dir);
    expect(found.map(([file]) => file)).toEqual(['media/hostname.jpg', 'posts/de', 'posts/en/copy.md', 'posts/en/gone.md']);
    expect(found[2]?.[1]).toMatch(/\(it points to .*posts\/en\/real\.md\)/);
    expect(found[3]?.[1]).toMatch(/\(it points to nothing\)/);
  });

  it.each([
    ['capitals and spaces', 'My Post.md', 'my-post.md'],
    ['an accent written two ways', 'cafe\u0301.md', 'caf\u00e9.md'],
    ['.md beside .mdx', 'launch.mdx', 'launch.md'],
  ])('refuses two posts that become one page: %s', async (_what, one, two) => {
    const dir = await makeContent({ [`posts/en/${one}`]: fixture('posts/post-valid.md'), [`posts/en/${two}`]: fixture('posts/post-valid.md') });
    const found = await refused(dir);
    expect(found).toHaveLength(1);
    expect(found[0]?.[1]).toMatch(/^this file and .*posts\/en\/.* would become the same page .* rename one of them$/);
  });

  it('refuses two campaign files with one id, and accepts the same name in two languages', async () => {
    const dir = await makeContent({
      'campaigns/Ride-To-Work.yml': fixture('base/campaigns/ride-to-work.yaml'),
      'posts/en/launch.md': fixture('posts/post-valid.md'),
      'posts/it/launch.md': fixture('posts/post-valid.md'),
    });
    const found = await refused(dir);
    expect(found.map(([file]) => file)).toEqual(['campaigns/ride-to-work.yaml']);
    expect(found[0]?.[1]).toMatch(/would become the same campaign id/);
  });

  it('reports a link even when only other files are checked (npm run check -- --files)', async () => {
    const dir = await makeContent({ 'posts/en/real.md': fixture('posts/post-valid.md') });
    symlinkSync(join(dir, 'posts/en/real.md'), join(dir, 'posts/en/copy.md'));
    expect((await refused(dir, ['posts/en/real.md', 'posts/en/copy.md'])).map(([file]) => file)).toEqual(['posts/en/copy.md']);
    expect((await check(dir, ['posts/en/copy.md'])).checked).toBe(0);
  });
});

describe('the build and the dev server refuse them before Astro loads any content', () => {
  it(
    'npm run build stops on a symlinked .mdx file and its code never runs',
    async () => {
      const dir = await makeContent({ 'posts/en/real.md': fixture('posts/post-valid.md') });
      const marker = join(outside, 'ran-during-build');
      rmSync(join(dir, 'media', 'fake.jpg')); // a build would stop on it before rendering any post
      writeFileSync(join(outside, 'build.mdx'), postThatRunsCode());
      symlinkSync(join(outside, 'build.mdx'), join(dir, 'posts/en/linked.mdx'));
      const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, HUB_CONTENT_DIR: dir, HUB_OUT_DIR: join(dir, 'dist'), HUB_NOW: '2026-11-23', NO_COLOR: '1', HUB_TEST_MARKER: marker },
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toMatch(/posts\/en\/linked\.mdx\n\s+1:1\s+error\s+this is a symbolic link, not a file/);
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    },
    120_000,
  );

  it('the dev server refuses to start on them (other findings are only shown in dev)', async () => {
    const dir = await makeContent({ 'posts/en/My Post.md': fixture('posts/post-valid.md'), 'posts/en/my-post.md': fixture('posts/post-valid.md') });
    const hook = contentCheck({ contentDir: dir }).hooks['astro:config:setup'];
    const logger = { info() {}, warn() {}, error() {} } as unknown as AstroIntegrationLogger;
    const config = { cacheDir: pathToFileURL(join(dir, '.astro-cache/')) };
    const setup = hook?.({ command: 'dev', config, logger } as unknown as Parameters<NonNullable<typeof hook>>[0]);
    await expect(setup).rejects.toMatchObject({ message: expect.stringMatching(/not what they seem/), hint: expect.stringMatching(/posts\/en\/my-post\.md[\s\S]*would become the same page/) });
  });
});
