import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAside } from '../../src/integrations/previous-output.ts';

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
    const deleting = setAside(outDir, trash);
    expect(deleting).toBeInstanceOf(Promise);
    expect(existsSync(outDir)).toBe(false);
    await deleting;
    expect(readdirSync(trash)).toEqual([]);
  });

  it('takes along what an interrupted build left aside', async () => {
    mkdirSync(join(trash, 'left-by-a-stopped-build'), { recursive: true });
    lastBuildsOutput(1);
    await setAside(outDir, trash);
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
