import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, fixtureHub, repoRoot } from '../build/dist.ts';

/**
 * A hub before anyone has imported analytics: its own build of the fixture hub without
 * its analytics/ folder (kept between runs with HUB_REUSE_TEST_BUILD=1, like the main test build).
 */
const out = join(repoRoot, '.cache', 'test-dist-no-analytics');

beforeAll(() => {
  if (process.env.HUB_REUSE_TEST_BUILD === '1' && existsSync(join(out, 'dashboard', 'index.html'))) return;
  // Fixed paths, emptied first: Astro's content cache remembers file paths between builds.
  const content = join(repoRoot, '.cache', 'no-analytics-content');
  const cache = join(repoRoot, '.cache', 'astro-no-analytics');
  for (const dir of [content, cache, out]) rmSync(dir, { recursive: true, force: true });
  cpSync(fixtureHub, content, { recursive: true });
  rmSync(join(content, 'analytics'), { recursive: true, force: true });
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: repoRoot,
    env: { ...process.env, HUB_NOW: TEST_NOW, HUB_CONTENT_DIR: content, HUB_OUT_DIR: out, HUB_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Building the fixture hub without analytics failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

describe('before any analytics import', () => {
  it.each(['leaderboard', 'dashboard'])('the %s explains how to export from GA4 and import', (name) => {
    const html = page(name);
    expect(html).toContain('No figures yet');
    expect(html).toContain('In Google Analytics, open Explore and start a blank exploration (Free form).');
    expect(html).toMatch(/<code[^>]*>npm run analytics:import -- FILE\.csv<\/code>/);
    expect(html).not.toMatch(/<table/);
  });

  it('explains it in Italian and Malay too', () => {
    expect(page('it/dashboard')).toContain('Come esportare da Google Analytics e importare');
    expect(page('ms/leaderboard')).toContain('Cara mengeksport dari Google Analytics dan mengimport');
  });
});
