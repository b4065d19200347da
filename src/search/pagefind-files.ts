/**
 * Pagefind writes its WebAssembly and its index files gzipped, and its browser script inflates
 * each one in JavaScript (fflate) before using it: for the WebAssembly and the first chunks of the
 * index, over 100 ms on a phone-class processor while the script is still cold, and again for
 * every chunk a search loads. The browser's own `DecompressionStream` does the same work in native
 * code, several times faster. Pagefind uses a file as it is when it already starts with its
 * signature (`pagefind_dcd`), so a fetch that inflates these files first spares it its own step.
 */

/** The endings of Pagefind's gzipped files: its WebAssembly, page list, index chunks, filters and page details. */
const GZIPPED_ENDINGS = ['.pagefind', '.pf_meta', '.pf_index', '.pf_filter', '.pf_fragment'] as const;

/** Whether an address is one of Pagefind's gzipped files (judged by the ending of its path). */
export function isGzippedIndexFile(url: URL): boolean {
  return GZIPPED_ENDINGS.some((ending) => url.pathname.endsWith(ending));
}

/** Whether bytes are a gzip stream (its two magic bytes); a host may have sent the file inflated already. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * A `fetch` that hands Pagefind's gzipped files over inflated by the browser, and everything else
 * (and any failed response) as it came. Without `DecompressionStream`, Pagefind inflates them itself.
 */
export function inflatingFetch(fetchOriginal: typeof fetch): typeof fetch {
  if (typeof DecompressionStream === 'undefined') return fetchOriginal;
  return async (input, init) => {
    const response = await fetchOriginal(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href);
    if (!response.ok || !isGzippedIndexFile(url)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const body = isGzip(bytes) ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() : bytes;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
