import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/**
 * The hub the tests build and read: a frozen copy of the demo as it was when the tests were written
 * (same slugs, posts and policy), so that a company that replaces content/ keeps a green test suite.
 * The test configuration points HUB_CONTENT_DIR here, so that nothing falls back to content/.
 */
export const fixtureHub = join(repoRoot, 'test', 'fixtures', 'hub');
/** Where the build tests' one build of the fixture hub goes (not dist/, which is the user's). */
export const testDist = join(repoRoot, '.cache', 'test-dist');
/** The date the fixture hub is built "on": fixed, so that expired and future posts stay so. */
export const TEST_NOW = '2026-11-23';
/** The base path of the second test build (`base-path.test.ts`), and where it goes. */
export const BASE_PATH = '/hub/';
/** What the fixture build printed (stdout and stderr), for the tests of the build's own output. */
export const testBuildLog = join(repoRoot, '.cache', 'test-dist-build.log');
export const basePathDist = join(repoRoot, '.cache', 'test-dist-base-path');
/** Searchable pages per language in one part of the test build's index: the fixture's index comes in several. */
export const SEARCH_PART_PAGES = 8;

/** The built HTML of a site path, e.g. `html('/it/posts/x/')`. */
export function html(path: string): string {
  requireTestBuild();
  const file = path.endsWith('/') ? join(testDist, path, 'index.html') : join(testDist, path);
  return readFileSync(file, 'utf8');
}

/**
 * Stops a test that reads the test build from running in the unit project, which makes no build
 * (it would read a stale build, or none): such a test belongs in BUILD_TESTS in vitest.config.ts.
 */
export function requireTestBuild(): void {
  if (process.env.HUB_TEST_PROJECT === 'unit') {
    throw new Error('This test reads the test build, which the unit project does not make: add its file to BUILD_TESTS in vitest.config.ts.');
  }
}
