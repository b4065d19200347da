import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.test.ts'],
    env: { HUB_CONTENT_DIR: fileURLToPath(new URL('../fixtures/hub', import.meta.url)) },
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One browser at a time: the machine has two cores and the page-weight budgets must not be measured under load.
    fileParallelism: false,
  },
});
