/**
 * Fetches ahead what the first search needs, so that it finds them in the browser's cache:
 * Pagefind's script, and the WebAssembly and page list of the page's language (named in
 * Pagefind's entry file). Only a host that lets the browser keep files (as GitHub Pages does, for
 * 10 minutes) makes this count. Once per page; a failure only means the search fetches them itself.
 */
let started = false;

export function prefetchSearch(bundle: URL, language: string): void {
  if (started) return;
  started = true;
  const entryUrl = new URL('pagefind-entry.json', bundle);
  prefetch(bundle);
  // Not the entry file itself: Pagefind asks for it with a new `?ts=` every time.
  void fetch(entryUrl)
    .then((response) => (response.ok ? (response.json() as Promise<PagefindEntry>) : undefined))
    .then((entry) => {
      const chosen = entry?.languages?.[language.toLowerCase()] ?? entry?.languages?.[language.toLowerCase().split('-')[0] ?? ''];
      if (!chosen) return;
      // A language without a stemmer has none of its own (Pagefind's own fallback).
      prefetch(new URL(`wasm.${chosen.wasm ?? 'unknown'}.pagefind`, bundle));
      if (chosen.hash) prefetch(new URL(`pagefind.${chosen.hash}.pf_meta`, bundle));
    })
    .catch(() => {});
}

interface PagefindEntry {
  languages?: Record<string, { hash?: string; wasm?: string | null }>;
}

function prefetch(url: URL): void {
  const asked = document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]');
  if ([...asked].some((link) => link.href === url.href)) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  // As the search worker asks for them (same-origin, CORS mode), so that the cached copy fits.
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  document.head.append(link);
}
