import { readFileSync } from 'node:fs';
import { isMap, isNode, parseDocument } from 'yaml';
import { discoverContent } from '../reading/discover.ts';
import { splitFrontMatter } from '../reading/parse.ts';

/**
 * The first comment of a curated draft's front matter names the feed item it came from, so the
 * item is recognised even when an editor changed its link; the link itself is the other key.
 */
export const ORIGIN_PREFIX = 'Curated from feed item:';

/** What the hub already holds: the links and feed item ids of every post, draft or live, whatever its file name. */
export interface KnownItems {
  links: Set<string>;
  ids: Set<string>;
}

/** A link as compared: parsed by the WHATWG URL parser, without its #fragment. */
export function linkKey(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The origin comment for an item id; JSON-quoted so that no id can end the comment or the line. */
export function originComment(id: string): string {
  return `# ${ORIGIN_PREFIX} ${JSON.stringify(id)}`;
}

/** Reads the front matter of every post with the YAML parser; files it cannot read are passed over. */
export function readKnownItems(dir: string): KnownItems {
  const known: KnownItems = { links: new Set(), ids: new Set() };
  for (const file of discoverContent(dir).files) {
    if (file.kind !== 'post') continue;
    const front = splitFrontMatter(readFileSync(file.path, 'utf8'));
    if (typeof front === 'string') continue;
    const doc = parseDocument(front.yaml);
    const link: unknown = doc.get('link');
    const key = typeof link === 'string' ? linkKey(link) : undefined;
    if (key) known.links.add(key);
    // The comment belongs to the document, or to its first field when no blank line follows it.
    const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
    const comments = [doc.commentBefore, isMap(doc.contents) ? doc.contents.commentBefore : undefined, isNode(first) ? first.commentBefore : undefined];
    for (const line of comments.join('\n').split('\n')) {
      const text = line.trim();
      if (!text.startsWith(ORIGIN_PREFIX)) continue;
      try {
        const id: unknown = JSON.parse(text.slice(ORIGIN_PREFIX.length).trim());
        if (typeof id === 'string') known.ids.add(id);
      } catch {
        // An origin comment edited by hand: the link still identifies the item.
      }
    }
  }
  return known;
}
