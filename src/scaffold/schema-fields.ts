import { z } from 'astro/zod';

/**
 * The shape of a content schema as plain data: which fields exist, what kind of value each
 * takes and whether it is required. Read from the zod schemas themselves, through zod's own
 * JSON Schema (`z.toJSONSchema`), so that the file templates of `npm run new`, the browser
 * editor's configuration and the field reference cannot drift from what the validator accepts.
 */
export type FieldKind =
  | 'text'
  | 'url'
  | 'number'
  | 'boolean'
  | 'date'
  | 'choice'
  | 'list'
  | 'group'
  | 'map'
  | 'localized';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Must be present in the file (no default, not optional). */
  required: boolean;
  /** The value used when the field is left out. */
  default?: unknown;
  /** What the field is for, in an editor's words: the schema's `.describe()`/`.meta()` description. */
  description?: string;
  /** Where the manual says more, relative to `docs/` (`.meta({ see })`). */
  see?: string;
  /** `number`: the smallest and largest value; `text`: the shortest and longest length. */
  min?: number;
  max?: number;
  /** `number`: the value must be more than `min`, not equal to it (`.positive()`). */
  minExclusive?: boolean;
  /** `choice`: the allowed values. */
  options?: readonly string[];
  /** `number`: whole numbers only. */
  integer?: boolean;
  /** `list`: what each item is; `map`: what each value is. */
  item?: FieldSpec;
  /** `group`: its fields, in schema order. */
  fields?: FieldSpec[];
  /** `group`, `list`: a single text is accepted too (`terms: [NDA, { term: NDA, … }]`). */
  orText?: boolean;
}

type AnySchema = z.core.$ZodType;
type JsonSchema = z.core.JSONSchema.JSONSchema;

/** The fields of a `z.object` schema (refinements and transforms around it are looked through). */
export function objectFields(schema: AnySchema): FieldSpec[] {
  const json = z.toJSONSchema(schema, {
    // What an editor writes, before defaults and transforms: `z.preprocess(fn, schema)` is read as `schema`.
    io: 'input',
    // A schema used in two places is written out in both, so every field stands on its own.
    reused: 'inline',
    unrepresentable: calendarDate,
  });
  return fieldsOfObject(json);
}

/**
 * JSON Schema has no dates, only text that is one: a YAML date is written YYYY-MM-DD. Any other
 * kind that JSON Schema cannot say is a field the editor does not know yet, and zod says which.
 */
function calendarDate({ zodSchema }: { zodSchema: AnySchema }): JsonSchema | 'throw' {
  return zodSchema instanceof z.ZodDate ? { type: 'string', format: 'date' } : 'throw';
}

function fieldsOfObject(json: JsonSchema): FieldSpec[] {
  if (json.type !== 'object' || !json.properties) throw new Error(`expected an object schema, got ${JSON.stringify(json.type ?? json)}`);
  const required = new Set(json.required ?? []);
  return (
    Object.entries(json.properties)
      // A field that may never be written (a removed setting, kept to explain its removal) is no field.
      .filter(([, field]) => !isNever(field))
      .map(([name, field]) => describeField(name, schemaOf(field), required.has(name)))
  );
}

/** One field: its kind, bounds, default and the description and links its schema's `.meta()` gives. */
function describeField(name: string, json: JsonSchema, required: boolean): FieldSpec {
  const spec: FieldSpec = { name, required, ...kindOf(json), ...boundsOf(json) };
  if ('default' in json) spec.default = json.default;
  if (typeof json.description === 'string') spec.description = json.description;
  if (typeof json.see === 'string') spec.see = json.see;
  return spec;
}

/** `z.never()`: JSON Schema's "not anything". */
function isNever(json: boolean | JsonSchema): boolean {
  return json === false || (typeof json === 'object' && typeof json.not === 'object' && Object.keys(json.not).length === 0);
}

function schemaOf(json: z.core.JSONSchema._JSONSchema | z.core.JSONSchema._JSONSchema[] | undefined): JsonSchema {
  if (typeof json !== 'object' || Array.isArray(json)) throw new Error(`expected a schema, got ${JSON.stringify(json)}`);
  return json;
}

function kindOf(json: JsonSchema): Omit<FieldSpec, 'name' | 'required'> {
  if (json.anyOf) return unionKind(json.anyOf);
  // `anyOf: [{ type: a }, { type: b }]` is written `type: [a, b]`.
  if (Array.isArray(json.type)) return unionKind(json.type.map((type) => ({ type })));
  if (json.enum) return { kind: 'choice', options: json.enum.map(String) };
  switch (json.type) {
    case 'string':
      return { kind: json.format === 'uri' ? 'url' : json.format === 'date' ? 'date' : 'text' };
    case 'number':
    case 'integer':
      return { kind: 'number', integer: json.type === 'integer' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return { kind: 'list', item: describeField('item', schemaOf(json.items), true) };
    case 'object':
      if (json.properties) return { kind: 'group', fields: fieldsOfObject(json) };
      return { kind: 'map', item: describeField('value', schemaOf(json.additionalProperties), true) };
    default:
      throw new Error(`the schema has a field of a kind the editor does not know yet: ${JSON.stringify(json)}`);
  }
}

/**
 * Unions in the content schemas are conveniences for people writing YAML by hand: "text, or
 * text per language" (localized) and "one caption, or a list" (a list). Tools write the
 * fuller form.
 */
function unionKind(options: readonly JsonSchema[]): Omit<FieldSpec, 'name' | 'required'> {
  const kinds = options.map(kindOf);
  const record = kinds.find((kind) => kind.kind === 'map');
  if (record && kinds.some((kind) => kind.kind === 'text')) return { kind: 'localized' };
  const fullest = kinds.find((kind) => kind.kind === 'list') ?? kinds.find((kind) => kind.kind === 'group') ?? kinds[0];
  if (!fullest) throw new Error('a union with no options');
  return fullest.kind !== 'text' && kinds.some((kind) => kind.kind === 'text') ? { ...fullest, orText: true } : fullest;
}

/**
 * Ranges the schema sets: a number's smallest and largest value, a text's longest length (its
 * shortest is only ever "not empty"). The safe-integer range zod writes for every `.int()` is
 * no limit an editor meets, so it is left out.
 */
function boundsOf(json: JsonSchema): Pick<FieldSpec, 'min' | 'max' | 'minExclusive'> {
  const bounds: Pick<FieldSpec, 'min' | 'max' | 'minExclusive'> = {};
  if (typeof json.exclusiveMinimum === 'number') {
    bounds.min = json.exclusiveMinimum;
    bounds.minExclusive = true;
  } else if (typeof json.minimum === 'number' && json.minimum !== Number.MIN_SAFE_INTEGER) bounds.min = json.minimum;
  if (typeof json.maximum === 'number' && json.maximum !== Number.MAX_SAFE_INTEGER) bounds.max = json.maximum;
  else if (typeof json.maxLength === 'number') bounds.max = json.maxLength;
  return bounds;
}

/** A field by dotted path (`image.src`), for tests and lookups. */
export function fieldAt(fields: readonly FieldSpec[], path: string): FieldSpec | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((candidate) => candidate.name === head);
  if (!field || rest.length === 0) return field;
  return field.fields ? fieldAt(field.fields, rest.join('.')) : undefined;
}

/** Every dotted path of a field tree (`image`, `image.src`, …), groups before their fields. */
export function fieldPaths(fields: readonly FieldSpec[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    return [path, ...(field.fields ? fieldPaths(field.fields, `${path}.`) : [])];
  });
}
