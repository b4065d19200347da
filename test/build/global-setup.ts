import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_PATH, SEARCH_PART_PAGES, TEST_NOW, basePathDist, fixtureHub, repoRoot, testBuildLog, testDist } from './dist.ts';

/**
 * Builds the fixture hub (test/fixtures/hub) once for every build-output test. Set HUB_REUSE_TEST_BUILD=1 to skip the
 * build when .cache/test-dist exists (handy while writing tests; CI always builds).
 */
export default function setup(): void {
  buildDemo();
  buildDemoUnderBasePath();
}

let builtInThisRun = false;

/** The fixture hub as the build tests and the browser tests see it. */
export function buildDemo(): void {
  // The build and e2e projects both need this build; in one `npx vitest run` it is made once.
  if (builtInThisRun) return;
  builtInThisRun = true;
  if (process.env.HUB_REUSE_TEST_BUILD === '1' && existsSync(join(testDist, 'index.html')) && existsSync(testBuildLog)) return;
  const started = Date.now();
  // Small search parts, so that the fixture's index comes in several, as a large hub's does, and the
  // search tests go through the merging of parts.
  // Not silent: build-output.test.ts reads what this build prints, as a person would see it.
  // Its own Astro cache: entries cached from a build of content/ (identical files, the fixture being
  // a copy of the demo) would otherwise keep their content/ paths, and with them the edit links.
  const output = build(
    { HUB_OUT_DIR: testDist, HUB_CONTENT_DIR: fixtureHub, HUB_CACHE_DIR: join(repoRoot, '.cache', 'astro-fixture'), HUB_SEARCH_PART_PAGES: String(SEARCH_PART_PAGES) },
    'the fixture hub',
    [],
  );
  writeFileSync(testBuildLog, output);
  console.log(`built the fixture hub for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The fixture hub with `base:` set to {@link BASE_PATH} in a copy of its content, as on a GitHub Pages
 * project site. Built here, one build after the other: Astro keeps some state in the project's
 * `.astro/` folder, so two builds at once could mix their content.
 */
function buildDemoUnderBasePath(): void {
  if (process.env.HUB_REUSE_TEST_BUILD === '1' && existsSync(join(basePathDist, 'index.html'))) return;
  const work = mkdtempSync(join(tmpdir(), 'hub-base-path-'));
  try {
    const content = join(work, 'content');
    cpSync(fixtureHub, content, { recursive: true });
    const settings = readFileSync(join(content, 'hub.yaml'), 'utf8');
    const moved = settings.replace(/^base: \/$/m, `base: ${BASE_PATH}`);
    if (moved === settings) throw new Error('test/fixtures/hub/hub.yaml has no "base: /" line for the base-path build to change');
    writeFileSync(join(content, 'hub.yaml'), moved);
    build({ HUB_OUT_DIR: basePathDist, HUB_CONTENT_DIR: content, HUB_CACHE_DIR: join(work, 'cache') }, `the fixture hub under ${BASE_PATH}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function build(env: Record<string, string>, what: string, flags = ['--silent']): string {
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build', ...flags], {
    cwd: repoRoot,
    // NODE_ENV=test (set by vitest) would make Vite build in development mode.
    env: { ...process.env, NODE_ENV: 'production', HUB_NOW: TEST_NOW, NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Building ${what} for the tests failed:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}
