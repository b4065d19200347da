import { resolve } from 'node:path';
import type { FeedSource } from '../schemas/hub.ts';
import { FetchProblem, fetchLimited, fetchableUrl, formatBytes, readFileLimited, type FetchLimits } from './fetch-limited.ts';
import { NotAFeed, readFeedItems, type FeedFormat, type FeedItem } from './feed-items.ts';

/** A source read and parsed: its items, before anything is decided about them. */
export interface ReadSource {
  source: FeedSource;
  format: FeedFormat;
  items: FeedItem[];
  bytes: number;
}

/** Why a source could not be read; the command stops (exit 2) and writes nothing. */
export class SourceProblem extends Error {}

/**
 * Reads one feed: an address (`https:`, or `http:` on this computer) or a file. A feed that
 * cannot be reached, is larger than the limit, takes longer than the time allowed or is not a
 * feed is a `SourceProblem` naming the feed and the reason.
 */
export async function readSource(source: FeedSource, limits: FetchLimits, cwd: string): Promise<ReadSource> {
  let bytes: Uint8Array;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source.feed)) {
      const url = fetchableUrl(source.feed, limits.loopback);
      if (!url) throw new FetchProblem('the address must start with https://');
      bytes = (await fetchLimited(url, limits, 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1')).bytes;
    } else {
      bytes = await readFileLimited(resolve(cwd, source.feed), limits.maxBytes);
    }
  } catch (error) {
    if (error instanceof FetchProblem) throw new SourceProblem(`${source.feed} cannot be read: ${error.message}`);
    throw error;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceProblem(`${source.feed} is not a feed: it is not UTF-8 text (${formatBytes(bytes.byteLength)})`);
  }
  try {
    const { format, items } = readFeedItems(text);
    return { source, format, items, bytes: bytes.byteLength };
  } catch (error) {
    if (error instanceof NotAFeed) throw new SourceProblem(`${source.feed} is not a feed: ${error.message}`);
    throw error;
  }
}
