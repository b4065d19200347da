import type { ContentDocument } from '../reading/document.ts';

/** A front-matter value as written, before the schema (rules that can check a field even when another one is wrong). */
export function rawField(doc: ContentDocument, path: readonly (string | number)[]): unknown {
  let value: unknown = doc.raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
