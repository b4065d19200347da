/**
 * Some built pages hold several answers that each deserve their own search result (the FAQ:
 * one result per question, linking to its anchor). Such a page marks each part with
 * `data-search-record="<anchor id>"` and leaves its `<main>` without `data-pagefind-body`, so
 * Pagefind indexes the parts and never the page as a whole.
 */
export interface PageRecord {
  /** Site URL of the part, e.g. `/it/faq/#foto-ufficio` (without the base path, as Pagefind stores URLs). */
  url: string;
  /** A small HTML document holding only that part, in the page's language. */
  html: string;
}

const RECORD_START = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-search-record="([^"]*)"[^>]*>/gi;

/** The parts of a built page marked as records. Throws when a part has no end (a broken page). */
export function pageRecords(html: string, pageUrl: string): PageRecord[] {
  const lang = htmlLang(html);
  const records: PageRecord[] = [];
  for (const match of html.matchAll(RECORD_START)) {
    const [, tag = '', rawAnchor = ''] = match;
    const anchor = decodeAttribute(rawAnchor);
    if (anchor === '') throw new Error(`${pageUrl}: an element has an empty data-search-record; give it the id of its heading`);
    const end = closingTagEnd(html, tag, match.index + match[0].length);
    if (end === undefined) throw new Error(`${pageUrl}#${anchor}: the <${tag}> marked for search never ends, so it cannot be indexed`);
    records.push({ url: `${pageUrl}#${anchor}`, html: recordDocument(html.slice(match.index, end), lang) });
  }
  return records;
}

/** The `lang` of a built page's `<html>` element, as written; undefined without one. */
export function htmlLang(html: string): string | undefined {
  return /<html\b[^>]*?\slang="([^"]*)"/i.exec(html)?.[1];
}

/** `it/faq/index.html` → `/it/faq/`: the URL Pagefind gives a built file. */
export function pageUrlOf(relativePath: string): string {
  const path = relativePath.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1');
  return `/${path}`.replace(/\/+/g, '/');
}

/** Where the element opened just before `from` ends, counting elements of the same name nested inside it. */
function closingTagEnd(html: string, tag: string, from: number): number | undefined {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    depth += found[1] === '/' ? -1 : 1;
    if (depth === 0) return found.index + found[0].length;
  }
  return undefined;
}

function recordDocument(element: string, lang: string | undefined): string {
  const langAttribute = lang ? ` lang="${lang}"` : '';
  return `<!doctype html><html${langAttribute}><head><meta charset="utf-8"></head><body data-pagefind-body>${element}</body></html>`;
}

function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name] ?? '');
}
