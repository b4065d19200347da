import { Scalar, stringify } from 'yaml';
import type { FieldSpec } from './schema-fields.ts';

/**
 * Writes YAML for a list of schema fields: each field preceded by its one-line help, fields with
 * a value written out, optional fields without one written as a commented-out example. Every
 * field of the schema appears, so an editor sees everything a file can hold.
 */
export interface TemplateInput {
  fields: readonly FieldSpec[];
  /** Values written as they are. Required fields must have one. */
  values: Readonly<Record<string, unknown>>;
  /** Examples for the optional fields left out, written commented out. */
  examples: Readonly<Record<string, unknown>>;
  /** Help line by dotted path. */
  help: (path: string) => string | undefined;
  /** Extra words after a field's help line, such as the allowed values. */
  notes?: Readonly<Record<string, string>>;
  /** Languages to show for localized fields; the first is written, the others commented out. */
  locales?: readonly string[];
}

/** Written without quotes (ids, dates), so that files look like the ones people write by hand. */
export function plain(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.PLAIN;
  return scalar;
}

/** A calendar date as `YYYY-MM-DD`, unquoted. */
export function dateValue(date: Date): Scalar {
  return plain(date.toISOString().slice(0, 10));
}

export function renderYamlFields(input: TemplateInput): string {
  return input.fields.flatMap((field) => fieldLines(field, field.name, input)).join('\n') + '\n';
}

function fieldLines(field: FieldSpec, path: string, input: TemplateInput): string[] {
  const help = input.help(path);
  const note = input.notes?.[path];
  const comment = [help, note].filter(Boolean).join(' ');
  const lines = comment ? [`# ${comment}`] : [];
  const value = input.values[path];
  if (value !== undefined) {
    if (field.kind === 'localized' && isRecord(value)) return [...lines, ...localizedLines(field.name, value, input.locales ?? [])];
    return [...lines, ...yamlLines({ [field.name]: value })];
  }
  if (field.required) throw new Error(`the template has no value for the required field "${path}"`);
  const example = input.examples[path] ?? (field.default !== undefined ? field.default : undefined);
  if (example === undefined) throw new Error(`the template has no example for the optional field "${path}"`);
  if (field.kind === 'group' && field.fields && isRecord(example)) {
    const inner = field.fields.flatMap((sub) => {
      const subHelp = input.help(`${path}.${sub.name}`);
      return [...(subHelp ? [`  # ${subHelp}`] : []), ...yamlLines({ [sub.name]: example[sub.name] }).map((line) => `  ${line}`)];
    });
    return [...lines, `# ${field.name}:`, ...inner.map((line) => `# ${line}`)];
  }
  return [...lines, ...yamlLines({ [field.name]: example }).map((line) => `# ${line}`)];
}

/** `name:` with the first language written and the others commented out, ready to translate. */
function localizedLines(name: string, value: Record<string, unknown>, locales: readonly string[]): string[] {
  const [first, ...others] = locales.length > 0 ? locales : Object.keys(value);
  const text = value[first ?? ''] ?? Object.values(value)[0];
  return [
    `${name}:`,
    ...yamlLines({ [first ?? 'en']: text }).map((line) => `  ${line}`),
    ...others.flatMap((code) => yamlLines({ [code]: value[code] ?? text }).map((line) => `  # ${line}`)),
  ];
}

function yamlLines(value: Record<string, unknown>): string[] {
  return stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, indentSeq: true })
    .trimEnd()
    .split('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Scalar);
}
