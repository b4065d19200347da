import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../src/cms/config.ts';
import { loadHubConfig } from '../src/content/hub-config.ts';
import { fieldsOf } from '../src/scaffold/field-help.ts';
import { REFERENCE_COMMAND, REFERENCE_PAGES, fillReferencePage, markersOf, referenceTable, sectionFields } from '../src/scaffold/field-reference.ts';
import { fieldAt, fieldPaths } from '../src/scaffold/schema-fields.ts';
import { repoRoot } from './build/dist.ts';

describe('the field reference in docs/reference/ is written from the schemas', () => {
  it.each(Object.entries(REFERENCE_PAGES))('%s is what npm run docs:reference writes', (page, sections) => {
    const committed = readFileSync(join(repoRoot, page), 'utf8');
    expect(committed, `${page} differs from the schemas in src/schemas/: run ${REFERENCE_COMMAND} and commit the result`).toBe(
      fillReferencePage(page, committed, sections),
    );
  });

  it('every field of hub.yaml has a description, and every field has a row', () => {
    const fields = sectionFields('hub');
    const table = referenceTable('hub');
    for (const path of fieldPaths(fields)) {
      expect(fieldAt(fields, path)?.description?.trim(), path).toBeTruthy();
      expect(table, path).toContain(`| \`${path}\` |`);
    }
    // Fields of list items are rows too, and a removed setting (advocate.salt) is not offered.
    expect(table).toContain('| `locales[].code` | yes |');
    expect(table).not.toContain('salt`');
  });

  it('shows what the schema allows: required or not, the choices, the range and the default', () => {
    const table = referenceTable('hub');
    expect(table).toContain('| `repository.provider` | no | one of `github`, `gitlab` | `github` |');
    expect(table).toContain('| `advocate.code_length` | no | whole number from 6 to 26 | `10` |');
    expect(referenceTable('post')).toContain('| `summary` | yes | text, at most 300 characters |');
  });

  it('keeps the prose around a table and refuses a page without its markers', () => {
    const { begin, end } = markersOf('faq');
    const page = `# FAQ\n\nWritten by hand.\n\n${begin}\nold table\n${end}\n\nAlso by hand.\n`;
    const filled = fillReferencePage('faq.md', page, ['faq']);
    expect(filled).toContain('# FAQ\n\nWritten by hand.\n\n');
    expect(filled).toContain(`${end}\n\nAlso by hand.\n`);
    expect(filled).not.toContain('old table');
    expect(filled).toContain('| `question` | yes | text |');
    expect(() => fillReferencePage('faq.md', '# FAQ\n', ['faq'])).toThrow(/faq\.md has no place for the faq fields: add the two lines/);
  });
});

describe('one description per field, written once', () => {
  it('the browser editor’s hint, the new file’s comment and the reference say the same words', () => {
    const hub = loadHubConfig(join(import.meta.dirname, 'editing', 'fixtures', 'small-hub'));
    const config = cmsConfig(hub, { contentFolder: 'content', campaigns: [] });
    const posts = config.collections.find((collection) => 'fields' in collection && collection.name.startsWith('post-'));
    const description = fieldAt(fieldsOf('post'), 'why_it_matters')?.description ?? '';
    expect(description).not.toBe('');
    const hint = posts && 'fields' in posts ? posts.fields.find((field) => field.name === 'why_it_matters')?.hint : undefined;
    expect(hint).toBe(description);
    expect(referenceTable('post')).toContain(`| ${description} |`);
  });
});
