import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * One configuration, three projects (README, Tests):
 * - unit: everything that needs no build; runs first, in parallel.
 * - build: the tests that read the one shared build of the fixture hub (made by the project's
 *   global setup) or make a build of their own; one file at a time, since builds share the project.
 * - e2e: the browser tests, one file at a time on the same build, last, so that nothing else
 *   loads the machine while the page-weight budgets are measured.
 * `npx vitest run` runs all three in that order; `--project NAME` picks one.
 */

/** Tests read the fixture hub, never content/ (the demo, which a company replaces), unless they say so. */
const fixtureHub = fileURLToPath(new URL('test/fixtures/hub', import.meta.url));

/** The tests that read a build: add a test here when it reads `html()`, `testDist` or the search index. */
export const BUILD_TESTS = [
  'test/build/**/*.test.ts',
  'test/analytics/pages.test.ts',
  'test/analytics/pages-without-data.test.ts',
  'test/content/content-folder.test.ts',
  'test/editing/built-pages.test.ts',
  'test/editing/init-command.test.ts',
  'test/notify/feed-output.test.ts',
  'test/search/index-output.test.ts',
  'test/share/post-page-links.test.ts',
  // These make builds of their own: not unit tests, whatever folder they sit in.
  'test/policy/build-fails.test.ts',
  'test/policy/content-files.test.ts',
  'test/share/code-attack.test.ts',
];

export const unit: TestProjectInlineConfiguration = {
  test: {
    name: 'unit',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', ...BUILD_TESTS],
    env: { HUB_CONTENT_DIR: fixtureHub, HUB_TEST_PROJECT: 'unit' },
    // Generous: the command tests start Node processes, slow on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    sequence: { groupOrder: 0 },
  },
};

export const build: TestProjectInlineConfiguration = {
  test: {
    name: 'build',
    include: BUILD_TESTS,
    env: { HUB_CONTENT_DIR: fixtureHub, HUB_TEST_PROJECT: 'build' },
    globalSetup: ['test/build/global-setup.ts'],
    // Generous: the command tests start Node processes, slow on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { groupOrder: 1 },
  },
};

export const e2e: TestProjectInlineConfiguration = {
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    env: { HUB_CONTENT_DIR: fixtureHub, HUB_TEST_PROJECT: 'e2e' },
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    sequence: { groupOrder: 2 },
  },
};

export default defineConfig({
  test: { projects: [unit, build, e2e] },
});
