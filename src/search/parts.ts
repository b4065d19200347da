/**
 * A large hub's search index comes in parts (see `DEFAULT_PAGES_PER_PART` in `index-site.ts`).
 * The indexer lists them in this file next to Pagefind's own; the search page searches the first
 * part and the further parts of its language (shared among its search workers).
 */
export const PARTS_FILE = 'hub-parts.json';

/** The content of {@link PARTS_FILE}: for each language, the folders (relative to `pagefind/`) of its further parts. */
export interface PartsManifest {
  parts: Record<string, string[]>;
}

/** The addresses of the further parts a page in `language` searches (folders ending in `/`), given the address of the `pagefind/` folder. */
export function furtherParts(manifest: PartsManifest, language: string, bundleFolder: URL): string[] {
  return (manifest.parts[language.toLowerCase()] ?? []).map((folder) => new URL(folder, bundleFolder).href);
}
