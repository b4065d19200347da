import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_NOW, repoRoot } from '../../build/dist.ts';

export interface FixtureBuild {
  /** The fixture hub's content folder, copied first: an analytics import writes into it. */
  fixture: string;
  /** A short name for the copies under .cache/: `impact` → .cache/test-dist-impact. */
  name: string;
  /** A GA4 export to import with npm run analytics:import before the build. */
  analyticsExport?: string;
  /** A built file that shows the build is complete, for HUB_REUSE_TEST_BUILD=1. */
  builtFile: string;
}

/**
 * Builds a small fixture hub of a browser test's own, as on the fixed test date, with its own
 * Astro cache, and returns the folder it was built into (serve it with serveStatic). Kept between
 * runs with HUB_REUSE_TEST_BUILD=1, like the main test build.
 */
export function buildFixtureHub({ fixture, name, analyticsExport, builtFile }: FixtureBuild): string {
  const out = join(repoRoot, '.cache', `test-dist-${name}`);
  if (process.env.HUB_REUSE_TEST_BUILD === '1' && existsSync(join(out, builtFile))) return out;
  const content = join(repoRoot, '.cache', `${name}-content`);
  const cache = join(repoRoot, '.cache', `astro-${name}`);
  for (const dir of [content, cache, out]) rmSync(dir, { recursive: true, force: true });
  cpSync(fixture, content, { recursive: true });
  // NODE_ENV=test (set by vitest) would make Vite build in development mode.
  const env = { ...process.env, NODE_ENV: 'production', HUB_NOW: TEST_NOW, HUB_CONTENT_DIR: content, HUB_OUT_DIR: out, HUB_CACHE_DIR: cache };
  if (analyticsExport) {
    const node = join(repoRoot, 'node_modules', '.bin', 'node');
    const imported = spawnSync(node, ['scripts/analytics-import.ts', analyticsExport], { cwd: repoRoot, env, encoding: 'utf8' });
    if (imported.status !== 0) throw new Error(`The import into ${fixture} failed:\n${imported.stdout}\n${imported.stderr}`);
  }
  const built = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent'], { cwd: repoRoot, env, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`Building ${fixture} failed:\n${built.stdout}\n${built.stderr}`);
  return out;
}
