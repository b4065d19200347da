import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles } from '../../scripts/lib/folders.ts';
import { TEST_NOW, repoRoot } from './dist.ts';
import { CONTENT_STORE_BUNDLED } from '../../src/integrations/content-store.ts';

/**
 * A rebuild reuses what the last build made (pages from Astro's incremental build, findings from
 * the content check's cache); whatever changed, its output must be byte for byte what a cold build
 * of the same content makes. One small hub (test/fixtures/incremental-hub), changed step by step;
 * after each step, an incremental build and a cold build in a fresh folder, compared.
 */
const fixture = join(repoRoot, 'test', 'fixtures', 'incremental-hub');
const work = mkdtempSync(join(tmpdir(), 'hub-incremental-'));
const content = join(work, 'content');
const incremental = { out: join(work, 'dist'), cache: join(work, 'cache') };
let now = TEST_NOW;
let coldBuilds = 0;

function build(folders: { out: string; cache: string }, project = repoRoot): string {
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: project,
    // NODE_ENV=test (set by vitest) would make Vite build in development mode.
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', HUB_NOW: now, HUB_CONTENT_DIR: content, HUB_OUT_DIR: folders.out, HUB_CACHE_DIR: folders.cache },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Rebuilds incrementally, builds the same state cold, and lists the files that differ. */
function rebuildAndCompare(): { differing: string[]; log: string } {
  const log = build(incremental);
  const cold = { out: join(work, `cold-${++coldBuilds}`, 'dist'), cache: join(work, `cold-${coldBuilds}`, 'cache') };
  build(cold);
  const differing = differingFiles(incremental.out, cold.out);
  rmSync(join(work, `cold-${coldBuilds}`), { recursive: true, force: true });
  return { differing, log };
}

/** Astro's line for a page copied from the last build instead of rendered. */
const restoredPage = (path: string) => new RegExp(`${path.replaceAll('.', '\\.')}\\s*\\((restored|cached)\\)`);
/** The same for a post page. */
const restored = (slug: string) => restoredPage(`/posts/${slug}/index.html`);

function edit(file: string, change: (text: string) => string): void {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test's edit of ${file} changed nothing: the fixture changed, update the test`);
  writeFileSync(path, after);
}

beforeAll(() => {
  cpSync(fixture, content, { recursive: true });
  build(incremental);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental rebuild makes what a cold build makes', () => {
  it('after nothing changed, reusing the pages and the check', () => {
    const { differing, log } = rebuildAndCompare();
    expect(differing).toEqual([]);
    expect(log).toMatch(/content policy: \d+ of \d+ files unchanged since the last check/);
    // The pages took the content store the build read from its file, not a copy bundled with them.
    expect(log).not.toContain(CONTENT_STORE_BUNDLED);
    expect(log).toMatch(restored('kl-solar-roof'));
    expect(log).toMatch(restored('ride-to-work-halfway'));
    // Pages that list posts (of a campaign too) are keyed as well.
    expect(log).toMatch(restoredPage(' /posts/index.html'));
    expect(log).toMatch(restoredPage(' /categories/product-announcements/index.html'));
    expect(log).toMatch(restoredPage(' /campaigns/ride-to-work-2026/index.html'));
    // So are the home page, the guidelines, the FAQ and the other pages that show content or settings.
    for (const page of ['/index.html', '/guidelines/index.html', '/guidelines/social-media-policy/index.html', '/guidelines/how-the-program-works/index.html', '/faq/index.html', '/program/index.html', '/calculator/index.html', '/search/index.html', '/suggest/index.html', '/dashboard/index.html', '/leaderboard/index.html', '/impact/index.html']) {
      expect(log).toMatch(restoredPage(` ${page}`));
    }
    // The last build's pages are back in the output folder before Astro draws any: it keeps them there.
    expect(log).toMatch(/\/posts\/kl-solar-roof\/index\.html\s*\(cached\)/);
    // The audit reads no page, and the search index is copied whole.
    expect(log).toMatch(/audited (\d+) pages in [\d.]+ s \(\1 unchanged since they last passed/);
    expect(log).toMatch(/pagefind: indexed .* unchanged: copied from the last build/);
  }, 300_000);

  it("after a post's body is edited", () => {
    edit('posts/en/kl-solar-roof.md', (text) => `${text}\nOne more paragraph, written after the first build.\n`);
    const { differing, log } = rebuildAndCompare();
    expect(differing).toEqual([]);
    // Only the edited post is drawn again.
    expect(log).not.toMatch(restored('kl-solar-roof'));
    expect(log).toMatch(restored('ride-to-work-halfway'));
    // The audit read the pages drawn again as they were rendered, and no other.
    expect(log).toMatch(/audited \d+ pages in [\d.]+ s \(\d+ read as they were rendered; \d+ unchanged since they last passed/);
  }, 300_000);

  it("after a post's text is removed, its page without the empty context section", () => {
    // Posts are stored without their raw body (src/content.config.ts): the page learns from the
    // stored entry whether the body had text, and shows the context section only if it had.
    const page = () => readFileSync(join(incremental.out, 'posts', 'kl-solar-roof', 'index.html'), 'utf8');
    expect(page()).toContain('id="context-title"');
    edit('posts/en/kl-solar-roof.md', (text) => `${text.slice(0, text.indexOf('\n---\n') + 5)}\n  \n`);
    const { differing, log } = rebuildAndCompare();
    expect(differing).toEqual([]);
    expect(log).not.toMatch(restored('kl-solar-roof'));
    expect(page()).not.toContain('id="context-title"');
    expect(readFileSync(join(incremental.out, 'posts', 'ride-to-work-halfway', 'index.html'), 'utf8')).toContain('id="context-title"');
  }, 300_000);

  it("after a post's title and a campaign are edited", () => {
    edit('posts/en/ride-to-work-halfway.md', (text) => text.replace(/^title: .*$/m, 'title: "Ride to Work: halfway there, and still pedalling"'));
    edit('campaigns/ride-to-work-2026.yaml', (text) => text.replace('  en: Ride to Work 2026', '  en: Ride to Work, the 2026 edition'));
    const { differing, log } = rebuildAndCompare();
    expect(differing).toEqual([]);
    // The list that shows the new title is drawn again.
    expect(log).not.toMatch(restoredPage(' /posts/index.html'));
  }, 300_000);

  it('after a post is added and another deleted', () => {
    const added = readFileSync(join(content, 'posts/en/kl-solar-roof.md'), 'utf8').replace(/^title: .*$/m, 'title: "A second roof of solar panels, in Milan"');
    writeFileSync(join(content, 'posts/en/milan-solar-roof.md'), added);
    rmSync(join(content, 'posts/en/ride-to-work-halfway.md'));
    expect(rebuildAndCompare().differing).toEqual([]);
    // The deleted post's page, put back from the last build, is gone, and its folder with it.
    expect(existsSync(join(incremental.out, 'posts', 'ride-to-work-halfway'))).toBe(false);
    expect(existsSync(join(incremental.out, 'posts', 'milan-solar-roof', 'index.html'))).toBe(true);
  }, 300_000);

  it('after the policy and the hub settings change', () => {
    edit('policy.yaml', (text) => `${text}\n# A comment is a change too: the guidelines show this file.\n`);
    edit('hub.yaml', (text) => text.replace(/^organisation: .*$/m, 'organisation: Tidewater Cycles Group'));
    expect(rebuildAndCompare().differing).toEqual([]);
  }, 300_000);

  it('after the analytics figures and the advocates file change', () => {
    // The dashboard and the leaderboard show these files; their keys hold the files' bytes.
    edit('analytics/aggregates.json', (text) => text.replace('"sessions":7,"engaged":4,"key_events":1}', '"sessions":70,"engaged":40,"key_events":10}'));
    edit('advocates.yaml', (text) => text.replace(/show_on_leaderboard: true/, 'show_on_leaderboard: false'));
    const { differing } = rebuildAndCompare();
    expect(differing).toEqual([]);
  }, 300_000);

  it('after the build date moves past an embargo', () => {
    // winter-range-preview.md is published on 2027-01-15: built on the 16th, it has a page.
    now = '2027-01-16';
    const { differing } = rebuildAndCompare();
    expect(differing).toEqual([]);
    expect(readFileSync(join(incremental.out, 'posts', 'winter-range-preview', 'index.html'), 'utf8')).toContain('Ready for wet winters');
  }, 300_000);

  it("after a component's source and a browser script of the hub change", () => {
    // The change is to the hub's own code, so it is made in a copy of the project, never in src/;
    // the copy gets a cache of its own, since its files sit in another folder.
    const project = join(work, 'project');
    for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      cpSync(join(repoRoot, name), join(project, name), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
    // Built inside the copy, where Node finds the packages the prerendered pages import.
    const folders = { out: join(project, 'dist'), cache: join(project, 'cache') };
    build(folders, project);
    // The header's search script (search-shortcut.ts, which imports this one) is on every page;
    // Astro names its bundle after its code.
    appendFileSync(join(project, 'src', 'client', 'search-prefetch.ts'), "\ndocument.documentElement.dataset.rebuilt = 'yes';\n");
    // A component every list of posts draws, changed in what it writes.
    const card = join(project, 'src', 'components', 'posts', 'PostCard.astro');
    writeFileSync(card, readFileSync(card, 'utf8').replace('<article', '<article data-rebuilt="yes"'));
    build(folders, project);
    const cold = { out: join(project, 'cold', 'dist'), cache: join(project, 'cold', 'cache') };
    build(cold, project);
    expect(differingFiles(folders.out, cold.out)).toEqual([]);
  }, 600_000);
});
