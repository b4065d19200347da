import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(astro|ts)$/.test(name))
    .map((name) => join(folder, name));
}

/** What a file imports, read by TypeScript's own scanner (an .astro file's imports are in its front matter). */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true).importedFiles.map((entry) => entry.fileName);
}

const drawn = ['src/pages', 'src/layouts', 'src/components'].flatMap(filesUnder);

describe('settings and words are set up once per page (src/middleware.ts)', () => {
  it('reads the files of the site itself', () => {
    expect(drawn.length).toBeGreaterThan(50);
    expect(importsOf('src/middleware.ts')).toContain('virtual:hub/settings');
  });

  it('has no page, layout or component load hub.yaml itself: they read Astro.locals or virtual:hub/settings', () => {
    const loading = drawn.filter((file) => importsOf(file).some((path) => path.endsWith('/hub-config.ts')));
    expect(loading).toEqual([]);
  });
});
