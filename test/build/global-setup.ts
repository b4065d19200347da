import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_PART_PAGES, TEST_NOW, repoRoot, testDist } from './dist.ts';

/**
 * Builds the demo hub once for every build-output test. Set HUB_REUSE_TEST_BUILD=1 to skip the
 * build when .cache/test-dist exists (handy while writing tests; CI always builds).
 */
export default function setup(): void {
  if (process.env.HUB_REUSE_TEST_BUILD === '1' && existsSync(join(testDist, 'index.html'))) return;
  const started = Date.now();
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: repoRoot,
    // NODE_ENV=test (set by vitest) would make Vite build in development mode.
    // Small search parts, so that the demo's index comes in several, as a large hub's does, and the
    // search tests go through the merging of parts.
    env: { ...process.env, NODE_ENV: 'production', HUB_NOW: TEST_NOW, HUB_OUT_DIR: testDist, HUB_CONTENT_DIR: '', HUB_SEARCH_PART_PAGES: String(SEARCH_PART_PAGES) },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Building the demo hub for the tests failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`built the demo hub for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
