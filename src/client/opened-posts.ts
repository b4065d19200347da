import { readStored, writeStored } from './share-storage.ts';

/** localStorage key: the slugs of the posts opened on this device, most recent first. */
export const OPENED_KEY = 'advocacy-hub.opened';
/** Enough to cover every recent post of a busy hub; older ones fall off. */
const KEEP = 300;

/** The posts opened on this device (slugs), most recent first; empty when nothing is remembered. */
export function openedPosts(): string[] {
  try {
    const value: unknown = JSON.parse(readStored(OPENED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((slug): slug is string => typeof slug === 'string') : [];
  } catch {
    return [];
  }
}

/** Remembers that a post was opened, so /impact/ does not suggest it again. */
export function rememberOpened(slug: string): void {
  writeStored(OPENED_KEY, JSON.stringify([slug, ...openedPosts().filter((known) => known !== slug)].slice(0, KEEP)));
}
