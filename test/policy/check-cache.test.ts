import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/policy/engine.ts';
import { TODAY, cleanUp, fixture, makeContent } from './helpers.ts';

/** The check a rebuild runs: findings kept in a cache folder between runs. */
const cacheDirs: string[] = [];
function cacheFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-cache-test-'));
  cacheDirs.push(dir);
  return dir;
}
afterAll(() => {
  cleanUp();
  for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
});

/** Only the last post has an expiry date, the one thing the date rules read. */
const withoutExpiry = (name: string) => fixture(name).replace(/^expiry_date: .*\n/m, '');
const POSTS = {
  'posts/en/valid.md': withoutExpiry('posts/post-valid.md'),
  'posts/en/banned.md': withoutExpiry('posts/post-with-banned-term.md'),
  'posts/en/misspelled.md': withoutExpiry('posts/post-with-misspelled-brand.md'),
  'posts/en/expiring.md': fixture('posts/post-expiring-soon.md'),
};

/** Files checked again, not taken from the cache; hub.yaml is read with the settings on every run, so is not counted. */
const checkedAgain = (result: CheckResult) => result.checked - result.reused - 1;

const run = (contentDir: string, cacheDir: string | undefined, now = TODAY): Promise<CheckResult> =>
  checkContent({ contentDir, now, threads: 1, ...(cacheDir ? { cacheDir } : {}) });

describe('the content check with a cache', () => {
  it('checks nothing again when nothing changed, and finds exactly what a fresh check finds', async () => {
    const dir = await makeContent(POSTS);
    const cache = cacheFolder();
    const first = await run(dir, cache);
    expect(first.reused).toBe(0);
    const second = await run(dir, cache);
    // Every post and the campaign: all from the cache.
    expect(checkedAgain(second)).toBe(0);
    expect(second.reused).toBe(5);
    expect(second.findings).toEqual(first.findings);
    expect(second.findings).toEqual((await run(dir, undefined)).findings);
    expect(second.findings.some((finding) => finding.ruleId === 'no-politics')).toBe(true);
  });

  it('checks a changed file again, and only that one', async () => {
    const dir = await makeContent(POSTS);
    const cache = cacheFolder();
    await run(dir, cache);
    appendFileSync(join(dir, 'posts/en/valid.md'), '\nNothing about the election here.\n');
    const rebuilt = await run(dir, cache);
    expect(checkedAgain(rebuilt)).toBe(1);
    expect(rebuilt.findings.filter((finding) => finding.ruleId === 'no-politics').map((finding) => finding.file)).toEqual(
      expect.arrayContaining([expect.stringContaining('valid.md'), expect.stringContaining('banned.md')]),
    );
    expect(rebuilt.findings).toEqual((await run(dir, undefined)).findings);
  });

  it('checks everything again when the policy changes', async () => {
    const dir = await makeContent(POSTS);
    const cache = cacheFolder();
    await run(dir, cache);
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('terms: [politics, election, political party]', 'terms: [politics, election, political party, e-bike]'));
    const rebuilt = await run(dir, cache);
    expect(rebuilt.reused).toBe(0);
    expect(rebuilt.findings).toEqual((await run(dir, undefined)).findings);
  });

  it('checks everything again when the hub settings or a campaign change', async () => {
    const dir = await makeContent(POSTS);
    const cache = cacheFolder();
    await run(dir, cache);
    appendFileSync(join(dir, 'hub.yaml'), '\n# a comment is a change too\n');
    expect((await run(dir, cache)).reused).toBe(0);
    appendFileSync(join(dir, 'campaigns/ride-to-work.yaml'), '\n# so is this\n');
    expect((await run(dir, cache)).reused).toBe(0);
    expect((await run(dir, cache)).reused).toBeGreaterThan(0);
  });

  it('checks a post again on another day when a date rule read the date, and no other', async () => {
    const dir = await makeContent(POSTS);
    const cache = cacheFolder();
    await run(dir, cache);
    // Three days before expiry, then on the day after it: the reminder becomes "expired".
    const later = new Date('2026-11-27');
    const rebuilt = await run(dir, cache, later);
    expect(checkedAgain(rebuilt)).toBe(1);
    const expiring = rebuilt.findings.filter((finding) => finding.file.endsWith('expiring.md') && finding.message.includes('expired'));
    expect(expiring).toHaveLength(1);
    expect(rebuilt.findings).toEqual((await run(dir, undefined, later)).findings);
  });

  it('forgets a deleted file', async () => {
    const dir = await makeContent(POSTS);
    const cache = cacheFolder();
    await run(dir, cache);
    rmSync(join(dir, 'posts/en/banned.md'));
    const rebuilt = await run(dir, cache);
    expect(rebuilt.findings.some((finding) => finding.ruleId === 'no-politics')).toBe(false);
    expect(checkedAgain(rebuilt)).toBe(0);
  });
});
