import { excerptSegments } from '../search/excerpt.ts';
import type { PagefindResultData } from '../search/pagefind-browser.ts';

export interface ResultLabels {
  /** The translated name of a result type (`post`, `guideline`, `faq`). */
  typeLabel(type: string): string;
  formatDate(isoDate: string): string;
}

const MAX_SECTIONS = 3;

/**
 * One search result as DOM, built from text only: the excerpt's highlights become <mark>
 * elements we create ourselves, so nothing from the index is ever parsed as HTML.
 */
export function resultItem(data: PagefindResultData, labels: ResultLabels): HTMLLIElement | undefined {
  const url = sameSiteUrl(data.url);
  if (!url) return undefined;
  const type = data.filters.type?.[0] ?? '';

  const item = element('li', 'result');
  const article = element('article');
  const body = element('div', 'result-body');

  const meta = element('p', 'result-meta');
  if (type) meta.append(element('span', 'tag', labels.typeLabel(type)));
  const date = data.meta.date;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const time = element('time', undefined, labels.formatDate(date));
    time.dateTime = date;
    meta.append(' ', time);
  }

  const title = element('h3', 'result-title');
  const link = element('a', undefined, data.meta.title || url);
  link.href = url;
  title.append(link);

  body.append(meta, title);
  // A long guideline shows where in it the words are; other results show the best passage.
  const sections = type === 'guideline' ? sectionList(data) : undefined;
  if (sections) {
    body.append(sections);
  } else {
    const excerpt = element('p', 'excerpt');
    appendExcerpt(excerpt, data.excerpt);
    body.append(excerpt);
  }

  const image = data.meta.image ? sameSiteUrl(data.meta.image) : undefined;
  if (image && type === 'post') {
    const picture = element('img', 'result-image');
    // The title beside it says what the post is; the picture adds nothing for a screen reader.
    picture.alt = '';
    picture.src = image;
    picture.width = 120;
    picture.height = 63;
    picture.loading = 'lazy';
    picture.decoding = 'async';
    article.append(picture);
  }
  article.prepend(body);
  item.append(article);
  return item;
}

/** Sections of a long guideline where the words were found, each linking to its heading. */
function sectionList(data: PagefindResultData): HTMLUListElement | undefined {
  const sections = (data.sub_results ?? [])
    .filter((section) => section.url.includes('#') && section.excerpt.includes('<mark>'))
    .slice(0, MAX_SECTIONS);
  if (sections.length === 0) return undefined;
  const list = element('ul', 'sections');
  for (const section of sections) {
    const url = sameSiteUrl(section.url);
    if (!url) continue;
    const link = element('a', undefined, section.title);
    link.href = url;
    const excerpt = element('span', 'excerpt');
    appendExcerpt(excerpt, section.excerpt);
    const item = element('li');
    item.append(link, ' ', excerpt);
    list.append(item);
  }
  return list;
}

function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  for (const segment of excerptSegments(excerpt)) {
    parent.append(segment.highlighted ? element('mark', undefined, segment.text) : segment.text);
  }
}

/** Result links come from our own index; anything pointing off this site is dropped all the same. */
function sameSiteUrl(value: string): string | undefined {
  try {
    const url = new URL(value, window.location.href);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : undefined;
  } catch {
    return undefined;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
