import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../src/cms/config.ts';
import { loadHubConfig } from '../src/reading/hub-config.ts';
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

  it.each(['hub', 'policy'] as const)('every field of %s.yaml has a description', (section) => {
    const fields = sectionFields(section);
    const undescribed = fieldPaths(fields).filter((path) => !fieldAt(fields, path)?.description?.trim());
    expect(undescribed).toEqual([]);
  });

  it('gives every field of hub.yaml a row, list items included, and no row to a removed setting', () => {
    const fields = sectionFields('hub');
    const table = referenceTable('hub');
    for (const path of fieldPaths(fields)) expect(table, path).toContain(`| \`${path}\` |`);
    expect(table).toContain('| `locales[].code` | yes |');
    expect(table).not.toContain('salt`');
  });

  it('writes what every policy rule shares once, and each rule’s own default id', () => {
    const table = referenceTable('policy');
    expect(table.match(/\| `[^`]*\.level` \|/g)?.length).toBe(2); // banned_topics[].level, and dates.expiring_soon.level (a warning)
    expect(table).toContain('| `hashtags.count` | no | the fields below, and `level`, `message`, `link` as under `banned_topics[]` |');
    expect(table).toContain('| `hashtags.count.id` | no | text | `hashtag-count` |');
    expect(table).toContain('| `images.max_size_mb` | no | number, more than 0 | `5` |');
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
