/**
 * `npm run docs:reference`: writes the field tables of docs/reference/ from the zod schemas in
 * src/schemas/ (their descriptions, defaults and allowed values). Run it after changing a schema;
 * a test fails while the committed pages differ from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_PAGES, fillReferencePage } from '../src/scaffold/field-reference.ts';

const root = join(import.meta.dirname, '..');
for (const [page, sections] of Object.entries(REFERENCE_PAGES)) {
  const file = join(root, page);
  const before = readFileSync(file, 'utf8');
  const after = fillReferencePage(page, before, sections);
  if (after === before) {
    console.log(`${page}: up to date`);
  } else {
    writeFileSync(file, after);
    console.log(`${page}: written`);
  }
}
