import { labelOf } from '../scaffold/field-help.ts';
import type { FieldSpec } from '../scaffold/schema-fields.ts';

/**
 * Turns schema fields into fields of the browser editor (Sveltia CMS, which reads the Decap/Netlify
 * CMS configuration format). Every field says whether it is required, because the editor treats
 * a field without `required: false` as required.
 */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  pattern?: [string, string];
  value_type?: 'int' | 'float';
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  field?: CmsField;
  fields?: CmsField[];
  collapsed?: boolean;
  modes?: string[];
  min?: number;
}

/** What the schema cannot say about a field: values that come from the rest of the hub. */
export interface FieldReferences {
  /** Allowed values of fields checked against the hub (category, campaign), by dotted path. */
  choices?: Readonly<Record<string, readonly { label: string; value: string }[]>>;
  /** Keys of free-form maps (the caption networks), by dotted path. */
  mapKeys?: Readonly<Record<string, readonly string[]>>;
  /** How a map key is shown, such as "LinkedIn" for `linkedin`. */
  keyLabel?: (key: string) => string;
  /** Languages of localized fields; the first is required. */
  locales: readonly { code: string; label: string }[];
  /** Fields written in several lines, by dotted path. */
  longText?: readonly string[];
}

/** Editor widget per kind of schema value. */
export const WIDGET_FOR = {
  text: 'string',
  url: 'string',
  number: 'number',
  boolean: 'boolean',
  date: 'datetime',
  choice: 'select',
  list: 'list',
  group: 'object',
  map: 'object',
  localized: 'object',
} as const;

export function cmsFields(fields: readonly FieldSpec[], references: FieldReferences, prefix = ''): CmsField[] {
  return fields.map((field) => cmsField(field, references, `${prefix}${field.name}`));
}

function cmsField(spec: FieldSpec, references: FieldReferences, path: string): CmsField {
  const base: CmsField = {
    name: spec.name,
    label: labelOf(spec.name),
    widget: WIDGET_FOR[spec.kind],
    required: spec.required,
    ...(spec.description ? { hint: spec.description } : {}),
    ...(spec.default !== undefined ? { default: spec.default } : {}),
  };
  const choices = references.choices?.[path];
  if (choices) return { ...base, widget: 'select', options: [...choices] };
  const long = references.longText?.includes(path) ?? false;
  switch (spec.kind) {
    case 'text':
      return long ? { ...base, widget: 'text' } : base;
    case 'url':
      return { ...base, pattern: ['^https://', 'must be a full web address starting with https://'] };
    case 'number':
      return { ...base, value_type: spec.integer ? 'int' : 'float' };
    case 'date':
      // Stored as YYYY-MM-DD, the way the files are written by hand; UTC so no time zone shifts a day.
      return { ...base, date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
    case 'choice':
      return { ...base, options: (spec.options ?? []).map((value) => ({ label: value, value })) };
    case 'list':
      return { ...base, field: itemField(spec.item, long) };
    case 'group':
      return { ...base, collapsed: !spec.required, fields: cmsFields(spec.fields ?? [], references, `${path}.`) };
    case 'map': {
      const keys = references.mapKeys?.[path];
      if (!keys) throw new Error(`the editor needs the keys of the free-form field "${path}"`);
      const value = spec.item ?? { name: 'value', kind: 'text', required: true };
      return {
        ...base,
        fields: keys.map((key) => ({
          name: key,
          label: references.keyLabel?.(key) ?? labelOf(key),
          widget: WIDGET_FOR[value.kind],
          required: false,
          ...(value.kind === 'list' ? { field: itemField(value.item, true) } : {}),
        })),
      };
    }
    case 'localized':
      return {
        ...base,
        fields: references.locales.map(({ code, label }, index) => ({
          name: code,
          label,
          widget: long ? 'text' : 'string',
          required: spec.required && index === 0,
        })),
      };
    case 'boolean':
      return base;
  }
}

/** The single field of a list: its items are plain values, stored as a YAML list. */
function itemField(item: FieldSpec | undefined, long: boolean): CmsField {
  const widget = item?.kind === 'text' && long ? 'text' : WIDGET_FOR[item?.kind ?? 'text'];
  return { name: 'item', label: 'Item', widget, required: true };
}
