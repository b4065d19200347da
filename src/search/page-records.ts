import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { StringDecoder } from 'node:string_decoder';
import { Tokenizer, type TokenHandler } from 'parse5';

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

/** Pages are read with an HTML5 parser (parse5, through hast), never matched with patterns. */
export function pageRecords(html: string, pageUrl: string): PageRecord[] {
  const tree = fromHtml(html, { verbose: true });
  const lang = langOf(tree);
  const records: PageRecord[] = [];
  visit(tree, (element) => {
    const marked = element.properties.dataSearchRecord;
    if (marked === undefined || marked === null || marked === false) return false;
    const anchor = String(marked);
    if (anchor === '' || marked === true) throw new Error(`${pageUrl}: an element has an empty data-search-record; give it the id of its heading`);
    // The parser closes what is left open when the file ends; a record without its end tag is a cut-off page.
    if (!element.data?.position?.closing) throw new Error(`${pageUrl}#${anchor}: the <${element.tagName}> marked for search never ends, so it cannot be indexed`);
    records.push({ url: `${pageUrl}#${anchor}`, html: recordDocument(element, lang) });
    return true;
  });
  return records;
}

/**
 * The `lang` of a built page's `<html>` element; undefined without one. Read by the HTML5
 * tokenizer browsers follow (parse5), which stops at the page's first start tag: no tree is built
 * and the rest of the page is not read. The hub writes `<html lang>` as every page's first tag; a
 * page whose first tag is another one (the parser then makes an `<html>` without attributes) has
 * none. Comments, the doctype and text before it are skipped as the parser skips them, and
 * character references in the value are decoded (`lang="&#105;t"` is `it`).
 */
export function htmlLang(html: string | Uint8Array): string | undefined {
  let lang: string | undefined;
  let found = false;
  const ignore = () => undefined;
  const handler: TokenHandler = {
    onStartTag(token) {
      // The first value wins when an attribute is repeated, as in the tree the parser builds.
      if (token.tagName === 'html') lang = token.attrs.find((attr) => attr.name === 'lang')?.value;
      found = true;
      tokenizer.pause();
    },
    onEndTag: ignore,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  const tokenizer = new Tokenizer({}, handler);
  if (typeof html === 'string') {
    tokenizer.write(html, true);
    return lang;
  }
  // Bytes are decoded a piece at a time, only as far as the first tag (a page's first few hundred bytes).
  const decoder = new StringDecoder('utf8');
  for (let start = 0; !found && start < html.length; start += CHUNK) {
    const last = start + CHUNK >= html.length;
    const text = decoder.write(html.subarray(start, start + CHUNK)) + (last ? decoder.end() : '');
    tokenizer.write(text, last);
  }
  if (!found && html.length === 0) tokenizer.write('', true);
  return lang;
}

/** How many bytes of a page are decoded at a time while looking for its first tag. */
const CHUNK = 1024;

/** The language Pagefind files a page under: its `<html lang>` in lower case, `unknown` without one. */
export function pageLanguage(html: string | Uint8Array): string {
  return (htmlLang(html) || 'unknown').toLowerCase();
}

/** `it/faq/index.html` → `/it/faq/`: the URL Pagefind gives a built file. */
export function pageUrlOf(relativePath: string): string {
  const path = relativePath.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1');
  return `/${path}`.replace(/\/+/g, '/');
}

function langOf(tree: Root): string | undefined {
  const root = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  const lang = root?.properties.lang;
  return typeof lang === 'string' ? lang : undefined;
}

/** Calls `found` on each element in document order; does not look inside an element it returns true for. */
function visit(node: Root | Element, found: (element: Element) => boolean): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (!found(child)) visit(child, found);
  }
}

/** A small page holding only the record, built as a tree so nothing from the page is pasted in as text. */
function recordDocument(element: Element, lang: string | undefined): string {
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      {
        type: 'element',
        tagName: 'html',
        properties: lang ? { lang } : {},
        children: [
          { type: 'element', tagName: 'head', properties: {}, children: [{ type: 'element', tagName: 'meta', properties: { charSet: 'utf-8' }, children: [] }] },
          { type: 'element', tagName: 'body', properties: { dataPagefindBody: true }, children: [element] },
        ],
      },
    ],
  };
  return toHtml(page);
}
