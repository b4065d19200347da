import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { e2e } from '../../vitest.config.ts';

/** The browser tests alone; the project is defined in the root vitest.config.ts. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { projects: [e2e] },
});
