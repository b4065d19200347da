import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Tests read the fixture hub, never content/ (the demo, which a company replaces), unless they say so.
const fixtureHub = fileURLToPath(new URL('fixtures/hub', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // The build tests share one build of the fixture hub, made once before any test runs.
    globalSetup: ['test/build/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    pool: 'forks',
    env: { HUB_CONTENT_DIR: fixtureHub },
  },
});
