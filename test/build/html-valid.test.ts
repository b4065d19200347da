import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { testDist } from './dist.ts';

/**
 * Every built page passes html-validate's recommended rules, with these exceptions:
 * - `no-inline-style`: Astro writes scoped styles and image dimensions inline;
 * - `attribute-boolean-style`, `attribute-empty-style`: Astro serialises `hidden` and `data-*` as `=""`;
 * - `long-title`: post titles are the editors' words, and search engines cut them anyway.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'long-title': 'off',
  },
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes(`${join(testDist, 'admin')}`))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('built HTML', () => {
  it('passes html-validate on every page', async () => {
    const files = htmlFiles(testDist);
    expect(files.length).toBeGreaterThan(50);
    const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
    const failing = reports.filter((report) => !report.valid);
    const text = formatterFactory('text')(failing.flatMap((report) => report.results));
    expect(failing.map((report) => relative(testDist, report.results[0]?.filePath ?? '')), text).toEqual([]);
  });
});
