import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { build, unit } from '../vitest.config.ts';

/** The unit and build tests (what `npm test` runs); the projects are defined in the root vitest.config.ts. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { projects: [unit, build] },
});
