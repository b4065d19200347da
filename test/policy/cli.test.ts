import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../src/policy/cli/args.ts';
import { cleanUp, fixture, makeContent, runCheck, spawnCheck } from './helpers.ts';

afterAll(cleanUp);

describe('exit codes', { timeout: 90_000 }, () => {
  it('0 when the content follows the policy', async () => {
    const dir = await makeContent({ 'posts/en/ok.md': fixture('posts/post-valid.md') });
    const { code, stdout } = await runCheck([], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ no problems in 3 files/);
  });

  it('0 with only warnings, 1 with --strict', async () => {
    const dir = await makeContent({ 'posts/en/soon.md': fixture('posts/post-expiring-soon.md') });
    expect((await runCheck([], dir)).code).toBe(0);
    expect((await runCheck(['--strict'], dir)).code).toBe(1);
  });

  it('1 when there are errors, with the report grouped by file', async () => {
    const dir = await makeContent({ 'posts/en/p.md': fixture('posts/post-with-unknown-category.md') });
    const { code, stdout } = await runCheck([], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/posts\/en\/p\.md\n\s+4:1\s+error\s+category: "press-releases" is not a category of this hub/);
    expect(stdout).toMatch(/✖ 1 error, 0 warnings, 0 suggestions in 1 of 3 files/);
  });

  it('is what scripts/check.ts runs: the content folder and today from the environment, the report on stdout, the exit code', async () => {
    // The other tests call the command in this process; this one starts Node, as `npm run check` does.
    const dir = await makeContent({ 'posts/en/p.md': fixture('posts/post-with-unknown-category.md') });
    const { code, stdout, stderr } = spawnCheck([], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/posts\/en\/p\.md\n\s+4:1\s+error\s+category: "press-releases" is not a category of this hub/);
    expect(stdout).toMatch(/✖ 1 error, 0 warnings, 0 suggestions in 1 of 3 files/);
    expect(spawnCheck([], dir, { HUB_NOW: 'soon' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/HUB_NOW="soon" is not a date/) });
  });

  it('2 for arguments it does not understand, with the usage', async () => {
    const dir = await makeContent();
    const { code, stderr } = await runCheck(['--format', 'xml'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format must be one of pretty, json, github, sarif/);
    expect(stderr).toMatch(/Usage: npm run check/);
    expect((await runCheck(['--nope'], dir)).code).toBe(2);
    expect((await runCheck(['no/such/file.md'], dir)).code).toBe(2);
  });

  it('2 when HUB_NOW is not a date', async () => {
    const dir = await makeContent();
    const { code, stderr } = await runCheck([], dir, { HUB_NOW: 'soon' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/HUB_NOW="soon" is not a date/);
  });
});

describe('choosing files', { timeout: 90_000 }, () => {
  it('checks only the files given', async () => {
    const dir = await makeContent({ 'posts/en/bad.md': fixture('posts/post-with-unknown-category.md'), 'posts/en/ok.md': fixture('posts/post-valid.md') });
    expect((await runCheck([join(dir, 'posts/en/ok.md')], dir)).code).toBe(0);
    expect((await runCheck([join(dir, 'posts/en/bad.md')], dir)).code).toBe(1);
  });

  it('refuses a file that is not content', async () => {
    const dir = await makeContent();
    const { code, stderr } = await runCheck([join(dir, 'media/good.jpg')], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a content file/);
  });

  it('--changed REF checks the content files changed since a git ref', async () => {
    const dir = await makeContent({ 'posts/en/old-problem.md': fixture('posts/post-with-unknown-category.md') });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=T', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=T', 'commit', '-qm', 'start');
    // Nothing changed: nothing to report, even though an old file has a problem.
    expect((await runCheck(['--changed', 'HEAD'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'posts/en/new.md'), fixture('posts/post-with-banned-term.md'));
    const { code, stdout } = await runCheck(['--changed', 'HEAD', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { file: string; ruleId: string }[]).map((f) => [f.file.split('/').pop(), f.ruleId])).toEqual([['new.md', 'no-politics']]);
    // A policy change can affect every post: everything is checked.
    writeFileSync(join(dir, 'policy.yaml'), `${readFileSync(join(dir, 'policy.yaml'), 'utf8')}\n`);
    expect(JSON.parse((await runCheck(['--changed', 'HEAD', '--format', 'json'], dir)).stdout)).toHaveLength(2);
    expect((await runCheck(['--changed', 'no-such-ref'], dir)).code).toBe(2);
  });
});

describe('--fix', { timeout: 90_000 }, () => {
  it('applies only the certain fixes, in place, and reports what remains', async () => {
    const post = fixture('posts/post-with-duplicate-hashtags.md')
      .replace('    - "I work at Tidewater and I ride the Ebbtide to the office."', '    - "I work at Tidewater and I love my TideWater Cycles bike."')
      .replace('why_it_matters: It is our biggest launch of the year.', 'why_it_matters: It matters more than the election.');
    const dir = await makeContent({ 'posts/en/p.md': post, 'posts/en/other.md': fixture('posts/post-valid.md') });
    const before = snapshot(dir);

    const { code, stdout, stderr } = await runCheck(['--fix'], dir);
    expect(stderr).toMatch(/Fixed 3 problems in 1 file/);
    expect(code).toBe(1);
    // The banned term needs a person: it is still reported, and nothing else is.
    expect(stdout).toMatch(/no-politics/);
    expect(stdout).not.toMatch(/brand-spelling|hashtag-duplicate/);

    const after = readFileSync(join(dir, 'posts/en/p.md'), 'utf8');
    expect(after).toBe(
      post
        .replace('TideWater Cycles', 'Tidewater Cycles')
        .replace('#TidewaterEmployee #TidewaterEmployee', '#TidewaterEmployee')
        .replace('hashtags: [RideToWork, EBikes, RideToWork]', 'hashtags: [RideToWork, EBikes]'),
    );
    // No other file was touched.
    const changed = Object.keys(before).filter((file) => before[file] !== snapshot(dir)[file]);
    expect(changed).toEqual(['posts/en/p.md']);
  });

  it('removes a repeated hashtag from a block list by its whole line', async () => {
    const post = fixture('posts/post-valid.md').replace('hashtags: [RideToWork]', 'hashtags:\n  - RideToWork\n  - EBikes\n  - RideToWork');
    const dir = await makeContent({ 'posts/en/p.md': post });
    expect((await runCheck(['--fix'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'posts/en/p.md'), 'utf8')).toContain('hashtags:\n  - RideToWork\n  - EBikes\nimage:');
  });
});

describe('arguments', () => {
  it('parses files, --changed, --fix, --format and --strict', () => {
    expect(parseCheckArgs(['--fix', '--format', 'sarif', '--strict', 'a.md'])).toEqual({ args: { files: ['a.md'], fix: true, format: 'sarif', strict: true, help: false } });
    expect(parseCheckArgs(['--changed', 'origin/main'])).toEqual({ args: { files: [], changed: 'origin/main', fix: false, format: 'pretty', strict: false, help: false } });
    expect(parseCheckArgs(['--changed', 'main', 'a.md'])).toEqual({ error: 'give either files or --changed REF, not both' });
  });
});

/** Every file of a folder with its modification time and content, to prove --fix touched only one. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes('.git')) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = `${statSync(path).mtimeMs}:${readFileSync(path).toString('base64')}`;
  }
  return out;
}
