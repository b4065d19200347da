import { hubSchema } from '../schemas/hub.ts';
import { policySchema } from '../schemas/policy.ts';
import { CONTENT_TYPES, fieldsOf, type ContentType } from './field-help.ts';
import { objectFields, type FieldSpec } from './schema-fields.ts';

/**
 * The field tables of the reference in `docs/reference/`, written from the zod schemas: each
 * field's name, whether it is required, what it takes, its default and its description. Only
 * the parts between the generated-section markers are written; the prose around them stays
 * as people wrote it. `npm run docs:reference` writes them; a test fails when they are stale.
 */
export type ReferenceSection = ContentType | 'hub' | 'policy';

/** Which tables each reference page holds, by path from the repository root. */
export const REFERENCE_PAGES: Readonly<Record<string, readonly ReferenceSection[]>> = {
  'docs/reference/front-matter.md': CONTENT_TYPES,
  'docs/reference/hub-yaml.md': ['hub'],
  'docs/reference/policy-yaml.md': ['policy'],
};

export const REFERENCE_COMMAND = 'npm run docs:reference';

/** The marker lines around a generated table. */
export function markersOf(section: ReferenceSection): { begin: string; end: string } {
  return {
    begin: `<!-- reference:${section} — written by ${REFERENCE_COMMAND} from src/schemas/; change the descriptions there -->`,
    end: `<!-- /reference:${section} -->`,
  };
}

export function sectionFields(section: ReferenceSection): FieldSpec[] {
  if (section === 'hub') return objectFields(hubSchema);
  if (section === 'policy') return objectFields(policySchema);
  return fieldsOf(section);
}

/** One section's table, one row per field; the fields of groups follow their group. */
export function referenceTable(section: ReferenceSection): string {
  const rows = tableRows(sectionFields(section), '', section, new Map());
  return [
    '| Field | Required | Value | Default | What it is |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

/**
 * A field met again with the same name, description and default (the `level`, `message` and
 * `link` of every policy rule) gets no row of its own: its group says it has it, as where it
 * first came.
 */
function tableRows(fields: readonly FieldSpec[], prefix: string, section: ReferenceSection, seen: Map<string, string>): string[][] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    if (!field.description?.trim()) {
      throw new Error(`the field "${path}" of ${section} has no description: add .describe('…') to it in src/schemas/`);
    }
    const inner = field.fields ?? (field.kind === 'list' ? field.item?.fields : undefined) ?? [];
    const innerPrefix = field.kind === 'list' ? `${path}[].` : `${path}.`;
    const repeated = inner.filter((sub) => seen.has(repeatKey(sub)));
    const fresh = inner.filter((sub) => !seen.has(repeatKey(sub)));
    for (const sub of fresh) seen.set(repeatKey(sub), `${innerPrefix}${sub.name}`);
    const firstPlaces = [...new Set(repeated.map((sub) => seen.get(repeatKey(sub))!.split('.').slice(0, -1).join('.')))];
    const asUnder = `${names(repeated)} as under ${firstPlaces.map((place) => `\`${place}\``).join(', ')}`;
    const group = fresh.length === 0 ? `a group of ${asUnder}` : repeated.length === 0 ? 'the fields below' : `the fields below, and ${asUnder}`;
    const see = field.see ? ` See [${field.see.split('#')[0]}](../${field.see}).` : '';
    const row = [`\`${path}\``, field.required ? 'yes' : 'no', valueText(field, group), defaultText(field), cell(field.description) + see];
    return [row, ...tableRows(fresh, innerPrefix, section, seen)];
  });
}

function repeatKey(field: FieldSpec): string {
  return `${field.name}\u0000${field.description ?? ''}\u0000${JSON.stringify(field.default)}`;
}

function names(fields: readonly FieldSpec[]): string {
  return fields.map((field) => `\`${field.name}\``).join(', ');
}

/** What a field takes, in words. */
function valueText(field: FieldSpec, group = 'the fields below'): string {
  const text = kindText(field, group);
  return field.orText ? `${text}; or just a text` : text;
}

function kindText(field: FieldSpec, group: string): string {
  switch (field.kind) {
    case 'text':
      return field.max !== undefined ? `text, at most ${field.max} characters` : 'text';
    case 'url':
      return 'web address (`https://…`)';
    case 'number':
      return `${field.integer ? 'whole number' : 'number'}${rangeText(field)}`;
    case 'boolean':
      return '`true` or `false`';
    case 'date':
      return 'date, `YYYY-MM-DD`';
    case 'choice':
      return `one of ${(field.options ?? []).map((option) => `\`${option}\``).join(', ')}`;
    case 'list':
      return field.item ? `list; each ${itemText(field.item, group)}` : 'list';
    case 'group':
      return group;
    case 'map':
      return field.item ? `keys, each with ${itemText(field.item, group)}` : 'keys and values';
    case 'localized':
      return 'text, or text per language (`{ en: …, it: … }`)';
  }
}

function itemText(item: FieldSpec, group: string): string {
  if (item.kind === 'group') return `${group === 'the fields below' ? 'with the fields below' : group}${item.orText ? ', or just a text' : ''}`;
  if (item.kind === 'list') return `a list of ${item.item ? valueText(item.item) : 'values'}${item.orText ? ', or just a text' : ''}`;
  return valueText(item);
}

function rangeText(field: FieldSpec): string {
  if (field.min !== undefined && field.minExclusive) return `, more than ${field.min}${field.max !== undefined ? ` and at most ${field.max}` : ''}`;
  if (field.min !== undefined && field.max !== undefined) return ` from ${field.min} to ${field.max}`;
  if (field.min !== undefined) return `, ${field.min} or more`;
  if (field.max !== undefined) return `, at most ${field.max}`;
  return '';
}

function defaultText(field: FieldSpec): string {
  const value = field.default;
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : `\`${JSON.stringify(value)}\``;
  // A group's default is its fields' defaults, shown on their rows.
  if (typeof value === 'object' && value !== null) return field.kind === 'map' && Object.keys(value).length === 0 ? 'none' : '';
  if (value === '') return 'empty';
  return `\`${String(value)}\``;
}

/** Table cells hold one line; `|` would end the cell and `<…>` would be read as HTML. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replace(/\s+/g, ' ').trim();
}

/** The page with each of its generated sections written anew; everything else is kept. */
export function fillReferencePage(page: string, text: string, sections: readonly ReferenceSection[]): string {
  let result = text;
  for (const section of sections) {
    const { begin, end } = markersOf(section);
    const start = result.indexOf(begin);
    const stop = result.indexOf(end);
    if (start === -1 || stop === -1 || stop < start) {
      throw new Error(`${page} has no place for the ${section} fields: add the two lines\n${begin}\n${end}\nwhere the table belongs`);
    }
    result = `${result.slice(0, start)}${begin}\n${referenceTable(section)}\n${result.slice(stop)}`;
  }
  return result;
}
