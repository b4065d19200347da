import type { AdvocateImpact } from '../analytics/impact.ts';
import { isAdvocateCode } from '../share/advocate-code.ts';

/** What the /impact/ page hands its script: labels in the page's language, and the newest posts. */
export interface ImpactPageData {
  locale: string;
  /** Where the per-code files are: `/impact/` below the base path. */
  dataBase: string;
  networks: Record<string, string>;
  posts: Record<string, { title: string; url: string }>;
  /** The locale's newest live posts, newest first. */
  next: { slug: string; title: string; url: string; date: string; shown: string }[];
  text: { rank: string; rankMonth: string; noRankMonth: string; gone: string; period: string; loading: string };
}

/** The address of a code's figures; only a well-formed code ever becomes part of an address. */
export function impactFileUrl(dataBase: string, code: string): string | undefined {
  return isAdvocateCode(code) ? `${dataBase}${code}.json` : undefined;
}

/** Whether a file read from the hub has the shape the page draws; anything else counts as no data. */
export function isAdvocateImpact(value: unknown, code: string): value is AdvocateImpact {
  if (typeof value !== 'object' || value === null) return false;
  const impact = value as Partial<AdvocateImpact>;
  return impact.version === 1 && impact.code === code && Array.isArray(impact.networks) && Array.isArray(impact.posts) && typeof impact.allTime?.sessions === 'number';
}

/** The newest posts not opened on this device, at most `count`. */
export function nextToShare(next: ImpactPageData['next'], opened: readonly string[], count = 5): ImpactPageData['next'] {
  const seen = new Set(opened);
  return next.filter((post) => !seen.has(post.slug)).slice(0, count);
}

/** `{name}` placeholders filled with plain text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
