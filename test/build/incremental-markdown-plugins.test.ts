import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { differingFiles } from '../../scripts/lib/folders.ts';
import { TEST_NOW, repoRoot } from './dist.ts';

/*
 * Astro's content layer stores a Markdown entry rendered, and keeps it while the file's bytes
 * stay, whatever the Markdown plugins that rendered it became (withastro/astro#13028). The hub's
 * loader makes every entry again when the hub's code changed (src/reading/content-loader.ts).
 * The change is to the hub's own code, so it is made in a copy of the project, never in src/.
 */
const work = mkdtempSync(join(tmpdir(), 'hub-markdown-plugins-'));
const content = join(work, 'content');
const project = join(work, 'project');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(folders: { out: string; cache: string }): void {
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: project,
    // NODE_ENV=test (set by vitest) would make Vite build in development mode.
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', HUB_NOW: TEST_NOW, HUB_CONTENT_DIR: content, HUB_OUT_DIR: folders.out, HUB_CACHE_DIR: folders.cache },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
}

describe('an incremental rebuild after the hub changes a Markdown plugin', () => {
  it('renders the unchanged posts with the changed plugin, as a cold build does', () => {
    // A post with a picture in its body, which the media-images plugin rewrites.
    cpSync(join(repoRoot, 'test', 'fixtures', 'hub-with-editor-images'), content, { recursive: true });
    for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      cpSync(join(repoRoot, name), join(project, name), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
    const incremental = { out: join(work, 'dist'), cache: join(work, 'cache') };
    build(incremental);

    const plugin = join(project, 'src', 'reading', 'media-images.ts');
    const rewrite = "if (fromFile !== undefined) ctx.setProperty(node, 'url', fromFile);";
    const source = readFileSync(plugin, 'utf8');
    if (!source.includes(rewrite)) throw new Error('media-images.ts changed: update the edit this test makes');
    writeFileSync(plugin, source.replace(rewrite, `${rewrite}\n      ctx.setProperty(node, 'title', 'Titled by the changed plugin');`));
    build(incremental);

    const post = readFileSync(join(incremental.out, 'posts', 'kl-solar-roof', 'index.html'), 'utf8');
    expect(post).toContain('title="Titled by the changed plugin"');
    const cold = { out: join(work, 'cold', 'dist'), cache: join(work, 'cold', 'cache') };
    build(cold);
    expect(differingFiles(incremental.out, cold.out)).toEqual([]);
  }, 600_000);
});
