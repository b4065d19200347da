/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with the key it had last build, and the same page code, is copied from the
 * previous build instead of rendered again. So a key must change whenever anything the page shows
 * can change. Astro itself watches each route's code and browser scripts, the config and the
 * rendered body of a content entry; every key also carries the version of the hub's code
 * (`virtual:hub/code-version`, for what Astro cannot see) besides the data the page shows.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import codeVersion from 'virtual:hub/code-version';
import type { HubConfig } from '../schemas/hub.ts';
import { postState } from './lifecycle.ts';
import type { PageOf } from './pagination.ts';
import { MEDIA_DIR, POLICY_FILE, contentDir } from './paths.ts';
import { now, type PostEntry } from './queries.ts';

/** What every page shows besides its own content: the hub settings and the policy (guidelines, MDX components). */
function settingsPart(hub: HubConfig): string {
  let part = settingsParts.get(hub);
  if (part === undefined) {
    const policy = join(contentDir(), POLICY_FILE);
    part = digest(`code ${codeVersion}\n${JSON.stringify(hub)}\npolicy ${existsSync(policy) ? digest(readFileSync(policy)) : 'none'}`);
    settingsParts.set(hub, part);
  }
  return part;
}

/** Worked out once per build (a build never sees two policies) and hub settings: every page's key has it. */
const settingsParts = new WeakMap<HubConfig, string>();

const pictures = new Map<string, string>();

/** A picture in media/ by its bytes, read once per build: a replaced picture changes every page that shows it. */
export function pictureKey(fileName: string): string {
  let key = pictures.get(fileName);
  if (key === undefined) {
    const path = join(contentDir(), MEDIA_DIR, fileName);
    key = existsSync(path) ? digest(readFileSync(path)) : 'missing';
    pictures.set(fileName, key);
  }
  return key;
}

const dataFiles = new Map<string, string>();

/**
 * A data file of the content folder by its bytes (`analytics/aggregates.json`, `advocates.yaml`),
 * read once per build: the pages that read it change whenever it does.
 */
export function dataFileKey(relativePath: string): string {
  let key = dataFiles.get(relativePath);
  if (key === undefined) {
    const path = join(contentDir(), relativePath);
    key = existsSync(path) ? digest(readFileSync(path)) : 'missing';
    dataFiles.set(relativePath, key);
  }
  return key;
}

/**
 * The key of a page from what it shows, given as plain values (entries' digests, dates, lists):
 * the hub settings and the policy are always part of it.
 */
export function pageKey(hub: HubConfig, shows: Record<string, unknown>): string {
  return digest(`${settingsPart(hub)}\n${JSON.stringify(shows)}`);
}

/**
 * What the cards of a list of posts show (src/components/posts/PostCard.astro): each post (its
 * file's digest covers its title, date, summary, category, featured mark), its picture, and
 * whether it can still be shared today.
 */
export function cardsShow(posts: readonly PostEntry[]): unknown[] {
  return posts.map((post) => ({
    id: post.id,
    digest: post.digest,
    picture: post.data.image ? pictureKey(post.data.image.src) : undefined,
    state: postState(post.data, now),
  }));
}

/** What a page of a list of posts shows besides the hub settings (PostListing.astro): its place among the pages, and its cards. */
export function listingShows(listing: PageOf<PostEntry>): Record<string, unknown> {
  return { page: listing.page, pages: listing.pages, posts: cardsShow(listing.items) };
}

/**
 * What a page that draws whole content entries shows of them (guidelines, FAQ answers): each
 * entry's digest (its front matter and body) and its file, which the "Edit" links point to.
 */
export function entriesShow(entries: readonly { id: string; digest?: string | number | undefined; filePath?: string | undefined }[]): unknown[] {
  return entries.map((entry) => ({ id: entry.id, digest: entry.digest, file: entry.filePath }));
}

function digest(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
