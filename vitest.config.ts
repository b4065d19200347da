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
    // Generous: a few command tests start Node processes, slow on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Files share their worker and its loaded modules: loading zod, yaml, remark, sharp… again for
    // each of 80 files was two thirds of the project's CPU time. Safe because no unit test changes
    // process.env, mocks a module or leaves a global changed (fetch spies are restored), and the
    // modules' caches are keyed by folder while every test writes to a folder of its own.
    isolate: false,
    // Fails a file that leaves process.env changed, and restores it.
    setupFiles: ['test/unit-setup.ts'],
    // Vitest leaves one core to itself by default: on two cores, that ran one file at a time.
    maxWorkers: 2,
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
