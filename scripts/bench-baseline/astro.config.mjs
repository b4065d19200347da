// @ts-check
// The benchmark's floor: the same posts built by a bare Astro site with no hub features.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  trailingSlash: 'always',
});
