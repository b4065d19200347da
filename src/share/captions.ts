import type { CaptionKey } from '../schemas/post.ts';
import { escapeRegExp } from '../lib/regexp.ts';

/** A post's captions as the schema gives them: lists of variants per network or `default`. */
export type CaptionLists = Partial<Record<CaptionKey, readonly string[]>>;

/**
 * Which variant a person starts with: a stable hash of their advocate code, so colleagues do
 * not all post the same words, and one person sees the same suggestion on every visit.
 * Without a code, the first variant.
 */
export function variantIndex(variantCount: number, advocateCode?: string | null): number {
  if (variantCount <= 1 || !advocateCode) return 0;
  return fnv1a(advocateCode) % variantCount;
}

export function chooseVariant(variants: readonly string[], advocateCode?: string | null): string {
  return variants[variantIndex(variants.length, advocateCode)] ?? '';
}

/** The variants for a network: its own list, else `default`, else the first list the post has. */
export function captionFor(captions: CaptionLists, network: string): readonly string[] {
  const own = (captions as Record<string, readonly string[] | undefined>)[network];
  if (own?.length) return own;
  if (captions.default?.length) return captions.default;
  return Object.values(captions).find((list) => list && list.length > 0) ?? [];
}

/**
 * Adds each hashtag (written without `#`) that the caption does not already have, compared
 * case-insensitively, once. They follow the caption's last hashtag on the same line when it
 * ends with one, else they go on a new paragraph.
 */
export function mergeHashtags(caption: string, hashtags: readonly string[]): string {
  const missing: string[] = [];
  for (const raw of hashtags) {
    const tag = raw.trim().replace(/^#/, '');
    if (!tag || hasHashtag(caption, tag) || missing.some((m) => m.toLowerCase() === tag.toLowerCase())) continue;
    missing.push(tag);
  }
  if (missing.length === 0) return caption;
  const added = missing.map((tag) => `#${tag}`).join(' ');
  const text = caption.trimEnd();
  if (!text) return added;
  return /(^|\s)#[\p{L}\p{N}_]+$/u.test(text) ? `${text} ${added}` : `${text}\n\n${added}`;
}

/** Whether the text contains `#tag` as a whole hashtag (not as the start of a longer one). */
export function hasHashtag(text: string, tag: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}_&])#${escapeRegExp(tag)}(?![\\p{L}\\p{N}_])`, 'iu').test(text);
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable across Node and browsers. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
