import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteUnmade, madeByLastBuild, markComplete, putPagesBack, setAside } from '../../src/integrations/previous-output.ts';

/* The last build's output, moved aside before Astro would empty it page by page (src/integrations/previous-output.ts). */
let work: string;
let outDir: string;
let trash: string;

function lastBuildsOutput(pages: number): void {
  for (let i = 0; i < pages; i++) {
    mkdirSync(join(outDir, 'posts', `post-${i}`), { recursive: true });
    writeFileSync(join(outDir, 'posts', `post-${i}`, 'index.html'), '<!doctype html>');
  }
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'hub-previous-output-'));
  outDir = join(work, 'dist');
  trash = join(work, 'cache', 'previous-output');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the last build output', () => {
  it('leaves the output folder at once, and is deleted in the background', async () => {
    lastBuildsOutput(50);
    const aside = setAside(outDir, trash);
    expect(aside?.pages).toBe(false);
    expect(existsSync(outDir)).toBe(false);
    await aside?.deleting;
    expect(readdirSync(trash)).toEqual([]);
  });

  it('takes along what an interrupted build left aside', async () => {
    mkdirSync(join(trash, 'left-by-a-stopped-build'), { recursive: true });
    lastBuildsOutput(1);
    await setAside(outDir, trash)?.deleting;
    expect(readdirSync(trash)).toEqual([]);
  });

  it('stays for Astro to empty when it holds a .git folder (which Astro keeps)', () => {
    lastBuildsOutput(1);
    mkdirSync(join(outDir, '.git'));
    expect(setAside(outDir, trash)).toBeUndefined();
    expect(readdirSync(outDir).sort()).toEqual(['.git', 'posts']);
  });

  it('stays where it is when the output folder is a link to a folder elsewhere', () => {
    const elsewhere = join(work, 'published');
    mkdirSync(join(elsewhere, 'posts'), { recursive: true });
    symlinkSync(elsewhere, outDir);
    expect(setAside(outDir, trash)).toBeUndefined();
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(readdirSync(elsewhere)).toEqual(['posts']);
  });

  it('is nothing to do on a first build', () => {
    expect(setAside(outDir, trash)).toBeUndefined();
  });
});

describe('the last build pages, put back when that build finished', () => {
  const page = (path: string) => join(outDir, ...path.split('/'));
  function write(path: string, text = '<!doctype html>'): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }

  it('waits to be deleted until it is released', async () => {
    lastBuildsOutput(1);
    const aside = setAside(outDir, trash, true);
    expect(aside?.pages).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(trash)).toHaveLength(1);
    aside?.release();
    await aside?.deleting;
    expect(readdirSync(trash)).toEqual([]);
  });

  it('moves back the .html pages only, not the bundles, the search index or what the public folder has', async () => {
    lastBuildsOutput(3);
    write(page('index.html'));
    write(page('404.html'));
    write(page('_astro/page.abc123.js'), 'script');
    write(page('_astro/frame.html'));
    write(page('pagefind/fragment/en_1.pf_fragment'), 'index');
    write(page('pagefind/search.html'));
    write(page('.pagefind-pending/part.html'));
    write(page('favicon.svg'), '<svg/>');
    write(page('embed/widget.html'));
    const publicDir = join(work, 'public');
    write(join(publicDir, 'embed', 'widget.html'));
    const aside = setAside(outDir, trash, true);
    const moved = await putPagesBack(aside!.folder, outDir, publicDir);
    const pages = ['404.html', 'index.html', 'posts/post-0/index.html', 'posts/post-1/index.html', 'posts/post-2/index.html'];
    expect(moved.map((path) => relative(outDir, path)).sort()).toEqual(pages);
    expect(readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(outDir, join(entry.parentPath, entry.name))).sort()).toEqual(pages);
    aside!.release();
    await aside!.deleting;
  });

  it('deletes the pages put back that the build did not make, and the folders this empties', async () => {
    lastBuildsOutput(3);
    write(page('categories/news/page/2/index.html'));
    write(page('categories/news/index.html'));
    const aside = setAside(outDir, trash, true);
    const moved = await putPagesBack(aside!.folder, outDir, join(work, 'public'));
    const made = new Set([page('posts/post-0/index.html'), page('posts/post-2/index.html'), page('categories/news/index.html')]);
    // As Astro names the output folder: with a slash at the end.
    await deleteUnmade(`${outDir}${sep}`, moved, made);
    expect(existsSync(page('posts/post-1'))).toBe(false);
    expect(existsSync(page('categories/news/page'))).toBe(false);
    expect(readdirSync(outDir, { recursive: true }).map(String).sort()).toEqual(['categories', 'categories/news', 'categories/news/index.html', 'posts', 'posts/post-0', 'posts/post-0/index.html', 'posts/post-2', 'posts/post-2/index.html'].map((path) => path.split('/').join(sep)));
    aside!.release();
    await aside!.deleting;
  });
});

describe('whether the output folder is the one the last build finished', () => {
  it('is when that build marked it, and not once another folder of that name replaced it', () => {
    const marker = join(work, 'cache', 'previous-output.json');
    mkdirSync(join(work, 'cache'), { recursive: true });
    lastBuildsOutput(1);
    expect(madeByLastBuild(outDir, marker)).toBe(false);
    markComplete(outDir, marker);
    expect(madeByLastBuild(outDir, marker)).toBe(true);
    // Another build (with another cache folder, say) set this one aside and made a new folder.
    setAside(outDir, trash);
    lastBuildsOutput(1);
    expect(madeByLastBuild(outDir, marker)).toBe(false);
  });
});
