import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the benchmark puts Pagefind's default search page in the built site (removed afterwards). */
export const STOCK_PAGE = 'bench-pagefind-ui';

/**
 * A result of Pagefind's default UI on screen with its details: its title link. The UI first
 * draws each result as a grey placeholder (`.pagefind-ui__result` with `.pagefind-ui__loading`
 * lines) while it fetches its details, so waiting for `.pagefind-ui__result` alone would stop the
 * clock before the result can be read, earlier than the hub's own measure (a result with its
 * title, drawn once its details have arrived).
 */
export const STOCK_RESULT = '.pagefind-ui__result-link';

/**
 * Writes Pagefind's default UI on a bare page over the hub's index, the way Starlight ships it
 * (`pagefind-ui.js` and its CSS, one `PagefindUI` with sub-results), searching the further parts
 * of a large hub's index too (Pagefind's `mergeIndex` option), and running `?q=` on arrival.
 * Returns a function that removes it.
 */
export function writeStockSearchPage(site: string, language = 'en'): () => void {
  const partsFile = join(site, 'pagefind', 'hub-parts.json');
  const parts = existsSync(partsFile) ? ((JSON.parse(readFileSync(partsFile, 'utf8')) as { parts: Record<string, string[]> }).parts[language] ?? []) : [];
  const options = { element: '#search', showSubResults: true, showImages: false, mergeIndex: parts.map((part) => ({ bundlePath: `/pagefind/${part}` })) };
  const folder = join(site, STOCK_PAGE);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Pagefind UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-ui.js"></script>
<script>
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI(${JSON.stringify(options)});
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
});
</script></head><body><main><div id="search"></div></main></body></html>
`,
  );
  return () => rmSync(folder, { recursive: true, force: true });
}
