import { z } from 'astro/zod';

/**
 * The shape of a content schema as plain data: which fields exist, what kind of value each
 * takes and whether it is required. Read from the zod schemas themselves, so that the file
 * templates of `npm run new` and the browser editor's configuration cannot drift from what the
 * validator accepts.
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

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  options?: AnySchema[];
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  format?: string;
  checks?: { _zod: { def: { check?: string; format?: string; value?: unknown; inclusive?: boolean; maximum?: unknown } } }[];
}

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The fields of a `z.object` schema (refinements and transforms around it are looked through). */
export function objectFields(schema: AnySchema): FieldSpec[] {
  const def = defOf(unwrap(schema).schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`expected an object schema, got "${def.type}"`);
  return (
    Object.entries(def.shape)
      // A field that may never be written (a removed setting, kept to explain its removal) is no field.
      .filter(([, field]) => defOf(unwrap(field).schema).type !== 'never')
      .map(([name, field]) => describeField(name, field))
  );
}

/** One field: its kind from the innermost value schema, required unless optional or defaulted. */
export function describeField(name: string, schema: AnySchema): FieldSpec {
  const { schema: inner, optional, hasDefault, defaultValue, meta } = unwrap(schema);
  const spec: FieldSpec = { name, required: !optional && !hasDefault, ...kindOf(inner), ...boundsOf(inner) };
  if (hasDefault) spec.default = defaultValue;
  if (typeof meta.description === 'string') spec.description = meta.description;
  if (typeof meta.see === 'string') spec.see = meta.see;
  return spec;
}

interface Unwrapped {
  schema: AnySchema;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  /** The description and links met on the way in; the outermost wins. */
  meta: Record<string, unknown>;
}

/** Looks through optional/default wrappers and transform pipes to the schema that shapes the value. */
function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  const meta: Record<string, unknown> = {};
  for (;;) {
    for (const [key, value] of Object.entries(z.globalRegistry.get(current) ?? {})) if (!(key in meta)) meta[key] = value;
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      hasDefault = true;
      defaultValue = def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // `z.preprocess(fn, schema)` is pipe(transform, schema); `.transform(fn)` is pipe(schema, transform).
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else {
      return { schema: current, optional, hasDefault, defaultValue, meta };
    }
  }
}

function kindOf(schema: AnySchema): Omit<FieldSpec, 'name' | 'required'> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return { kind: def.format === 'url' ? 'url' : 'text' };
    case 'number':
      return { kind: 'number', integer: (def.checks ?? []).some((check) => check._zod.def.format === 'safeint') || isInteger(schema) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date' };
    case 'enum':
      return { kind: 'choice', options: Object.values(def.entries ?? {}) };
    case 'array':
      return { kind: 'list', item: describeField('item', def.element!) };
    case 'object':
      return { kind: 'group', fields: objectFields(schema) };
    case 'record':
      return { kind: 'map', item: describeField('value', def.valueType!) };
    case 'union':
      return unionKind(def.options ?? []);
    default:
      throw new Error(`the schema has a field of a kind the editor does not know yet: "${def.type}"`);
  }
}

/**
 * Unions in the content schemas are conveniences for people writing YAML by hand: "text, or
 * text per language" (localized) and "one caption, or a list" (a list). Tools write the
 * fuller form.
 */
function unionKind(options: AnySchema[]): Omit<FieldSpec, 'name' | 'required'> {
  const kinds = options.map((option) => kindOf(unwrap(option).schema));
  const record = kinds.find((kind) => kind.kind === 'map');
  if (record && kinds.some((kind) => kind.kind === 'text')) return { kind: 'localized' };
  const fullest = kinds.find((kind) => kind.kind === 'list') ?? kinds.find((kind) => kind.kind === 'group') ?? kinds[0];
  if (!fullest) throw new Error('a union with no options');
  return fullest.kind !== 'text' && kinds.some((kind) => kind.kind === 'text') ? { ...fullest, orText: true } : fullest;
}

/**
 * Ranges the checks set: a number's `.min()` and `.max()`, a text's longest length (its shortest
 * is only ever "not empty").
 */
function boundsOf(schema: AnySchema): Pick<FieldSpec, 'min' | 'max' | 'minExclusive'> {
  const bounds: Pick<FieldSpec, 'min' | 'max' | 'minExclusive'> = {};
  for (const check of defOf(schema).checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'greater_than' && typeof def.value === 'number') {
      bounds.min = def.value;
      if (!def.inclusive) bounds.minExclusive = true;
    }
    else if (def.check === 'less_than' && def.inclusive && typeof def.value === 'number') bounds.max = def.value;
    else if (def.check === 'max_length' && typeof def.maximum === 'number') bounds.max = def.maximum;
  }
  return bounds;
}

function isInteger(schema: AnySchema): boolean {
  const bag = (schema as unknown as { _zod: { bag?: { format?: string } } })._zod.bag;
  return bag?.format === 'safeint';
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
