import { parseFeed } from 'feedsmith';
import { collapseSpaces, htmlToPlainText } from './plain-text.ts';

/** One item of a feed, whatever its format, as plain text: nothing of the feed's markup is kept. */
export interface FeedItem {
  /** The item's own id (RSS `guid`, Atom `id`, JSON Feed `id`), when it has one. */
  id?: string | undefined;
  /** The page the item is about, as the feed writes it (not yet judged). */
  link?: string | undefined;
  title: string;
  summary: string;
  date?: Date | undefined;
  /** The item's picture address, as the feed writes it (not yet judged). */
  image?: string | undefined;
  /** The feed's own categories or tags for the item. */
  categories: string[];
}

export type FeedFormat = 'RSS' | 'Atom' | 'RSS 1.0' | 'JSON Feed';

/** Thrown when the text is not a feed the hub can read; the message says so in plain words. */
export class NotAFeed extends Error {}

/**
 * Reads RSS 2.0, Atom, RSS 1.0 (RDF) or JSON Feed with feedsmith, which parses the XML with
 * fast-xml-parser (entities and CDATA decoded, no external entities fetched) and knows each
 * format's quirks. Titles and summaries that may hold HTML become plain text here.
 */
export function readFeedItems(text: string): { format: FeedFormat; items: FeedItem[] } {
  let input: unknown = text;
  if (/^\s*[[{]/.test(text)) {
    try {
      input = JSON.parse(text);
    } catch {
      throw new NotAFeed('it looks like JSON but cannot be read as JSON (is the file cut short?)');
    }
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(input);
  } catch (error) {
    const why = error instanceof Error && error.message ? ` (${error.message.toLowerCase()})` : '';
    throw new NotAFeed(`it is not an RSS, Atom or JSON feed${why}`);
  }
  switch (parsed.format) {
    case 'rss':
      return { format: 'RSS', items: (parsed.feed.items ?? []).map(rssItem) };
    case 'rdf':
      return { format: 'RSS 1.0', items: (parsed.feed.items ?? []).map(rdfItem) };
    case 'atom':
      return { format: 'Atom', items: (parsed.feed.entries ?? []).map(atomEntry) };
    case 'json':
      return { format: 'JSON Feed', items: (parsed.feed.items ?? []).map(jsonItem) };
  }
}

type RssItem = NonNullable<Extract<ReturnType<typeof parseFeed>, { format: 'rss' }>['feed']['items']>[number];
type RdfItem = NonNullable<Extract<ReturnType<typeof parseFeed>, { format: 'rdf' }>['feed']['items']>[number];
type AtomEntry = NonNullable<Extract<ReturnType<typeof parseFeed>, { format: 'atom' }>['feed']['entries']>[number];
type JsonItem = NonNullable<Extract<ReturnType<typeof parseFeed>, { format: 'json' }>['feed']['items']>[number];

function rssItem(item: RssItem): FeedItem {
  const enclosure = item.enclosures?.find((e) => typeof e.url === 'string' && e.type?.startsWith('image/'));
  return {
    id: textOf(item.guid?.value),
    link: textOf(item.link),
    title: htmlText(item.title),
    summary: htmlText(item.description ?? item.content?.encoded),
    date: dateOf(item.pubDate ?? item.dc?.dates?.[0]),
    image: enclosure?.url ?? mediaImage(item.media),
    categories: (item.categories ?? []).map((category) => collapseSpaces(category.name ?? '')).filter(Boolean),
  };
}

function rdfItem(item: RdfItem): FeedItem {
  return {
    id: textOf(item.rdf?.about),
    link: textOf(item.link),
    title: htmlText(item.title),
    summary: htmlText(item.description ?? item.content?.encoded),
    date: dateOf(item.dc?.dates?.[0]),
    image: mediaImage(item.media),
    categories: (item.dc?.subjects ?? []).map(collapseSpaces).filter(Boolean),
  };
}

function atomEntry(entry: AtomEntry): FeedItem {
  const links = entry.links ?? [];
  const page = links.find((link) => (link.rel ?? 'alternate') === 'alternate') ?? links[0];
  const picture = links.find((link) => link.rel === 'enclosure' && link.type?.startsWith('image/'));
  return {
    id: textOf(entry.id),
    link: textOf(page?.href),
    title: atomText(entry.title),
    summary: atomText(entry.summary ?? entry.content),
    date: dateOf(entry.published ?? entry.updated),
    image: picture?.href ?? mediaImage(entry.media),
    categories: (entry.categories ?? []).map((category) => collapseSpaces(category.label ?? category.term ?? '')).filter(Boolean),
  };
}

function jsonItem(item: JsonItem): FeedItem {
  return {
    id: textOf(item.id),
    link: textOf(item.url ?? item.external_url),
    title: collapseSpaces(item.title ?? ''),
    summary: item.summary ? collapseSpaces(item.summary) : item.content_text ? collapseSpaces(item.content_text) : htmlText(item.content_html),
    date: dateOf(item.date_published ?? item.date_modified),
    image: textOf(item.image ?? item.banner_image),
    categories: (item.tags ?? []).map(collapseSpaces).filter(Boolean),
  };
}

/** Atom says whether a text is `text`, `html` or `xhtml`; plain text stays as written. */
function atomText(value: { value?: string; type?: string } | undefined): string {
  if (!value?.value) return '';
  return value.type === 'html' || value.type === 'xhtml' ? htmlToPlainText(value.value) : collapseSpaces(value.value);
}

/** RSS gives no type: titles and descriptions are HTML in practice (escaped or in CDATA). */
function htmlText(value: string | undefined): string {
  return value ? htmlToPlainText(value) : '';
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

interface MediaLike {
  contents?: { url?: string; medium?: string; type?: string }[];
  thumbnails?: { url?: string }[];
  group?: MediaLike;
}

/** Media RSS (`media:content medium="image"`, `media:thumbnail`), used by many newsrooms. */
function mediaImage(media: unknown): string | undefined {
  const value = media as MediaLike | undefined;
  if (!value) return undefined;
  const content = value.contents?.find((c) => c.url && (c.medium === 'image' || c.type?.startsWith('image/')));
  return content?.url ?? value.thumbnails?.find((t) => t.url)?.url ?? (value.group ? mediaImage(value.group) : undefined);
}
