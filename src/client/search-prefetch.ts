/**
 * Fetches ahead what the first search needs, so that it finds them in the browser's cache:
 * Pagefind's script, and the WebAssembly and page list of the page's language (named in
 * Pagefind's entry file). Only a host that lets the browser keep files (as GitHub Pages does, for
 * 10 minutes) makes this count. A failure only means the search fetches them itself.
 */
let started = false;

/** On a page other than the search page, once its header box gets focus: into the cache for the search page. */
export function prefetchSearch(bundle: URL, language: string): void {
  if (started) return;
  started = true;
  prefetch(bundle);
  // Not the entry file Pagefind reads (it adds a new `?ts=` each time): only to learn the others' names.
  void fetchEntryAhead(new URL('pagefind-entry.json', bundle), language, prefetch);
}

/**
 * Fetches Pagefind's entry file at `entryUrl`, then has `fetchAhead` fetch the WebAssembly and
 * the page list it names for `language` (in the same folder).
 */
export async function fetchEntryAhead(entryUrl: URL, language: string, fetchAhead: (url: URL) => void): Promise<void> {
  try {
    const response = await fetch(entryUrl);
    if (!response.ok) return;
    const entry = (await response.json()) as PagefindEntry;
    const code = language.toLowerCase();
    const chosen = entry.languages?.[code] ?? entry.languages?.[code.split('-')[0] ?? ''];
    if (!chosen) return;
    // A language without a stemmer has none of its own (Pagefind's own fallback).
    fetchAhead(new URL(`wasm.${chosen.wasm ?? 'unknown'}.pagefind`, entryUrl));
    if (chosen.hash) fetchAhead(new URL(`pagefind.${chosen.hash}.pf_meta`, entryUrl));
  } catch {
    // The search fetches them itself.
  }
}

interface PagefindEntry {
  languages?: Record<string, { hash?: string; wasm?: string | null }>;
}

/** Into the cache at the lowest priority, for the next page. */
function prefetch(url: URL): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  // As the search worker asks for them (same-origin, CORS mode), so that the cached copy fits.
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  document.head.append(link);
}
