/**
 * Whether a content entry's body has any text, for a collection stored without its raw body
 * (`retainBody: false`, src/content.config.ts): its loader (src/reading/content-loader.ts) notes
 * it in the entry's data under `HAS_BODY_TEXT` instead. A key no front matter can give: the
 * schemas refuse fields they do not name, and the loader adds it after they ran.
 */
export const HAS_BODY_TEXT = '$hasBodyText';

/** An entry as `astro:content` gives it, of any collection. */
interface StoredEntry {
  data: object;
  body?: string | undefined;
}

/** Whether the entry's body (after its front matter) has anything but white space. */
export function hasBodyText(entry: StoredEntry): boolean {
  if (entry.body !== undefined) return entry.body.trim() !== '';
  return (entry.data as Record<string, unknown>)[HAS_BODY_TEXT] === true;
}
