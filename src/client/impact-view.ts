import type { AdvocateImpact, ImpactPageData } from '../analytics/impact.ts';
import { isIsoDay } from '../lib/iso-day.ts';
import { isAdvocateCode } from '../share/advocate-code.ts';

/** The address of a code's figures; only a well-formed code ever becomes part of an address. */
export function impactFileUrl(dataBase: string, code: string): string | undefined {
  return isAdvocateCode(code) ? `${dataBase}${code}.json` : undefined;
}

/**
 * Whether a file read from the hub has the shape the page draws: every field `draw` reads, down
 * to each number of each line. Anything else (an older or hand-edited file, a proxy's error page)
 * counts as no data, so the page says "No figures yet" instead of stopping half-drawn.
 */
export function isAdvocateImpact(value: unknown, code: string): value is AdvocateImpact {
  if (!isRecord(value)) return false;
  const { version, span, thisMonth, allTime, rank, networks, posts } = value;
  return (
    version === 1 &&
    value.code === code &&
    isRecord(span) &&
    isDay(span.from) &&
    isDay(span.to) &&
    isTotals(thisMonth) &&
    isTotals(allTime) &&
    isRecord(rank) &&
    isCount(rank.active) &&
    isCount(rank.activeThisMonth) &&
    (rank.allTime === undefined || isCount(rank.allTime)) &&
    (rank.thisMonth === undefined || isCount(rank.thisMonth)) &&
    isLines(networks) &&
    isLines(posts)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && isIsoDay(value);
}

function isTotals(value: unknown): boolean {
  return isRecord(value) && isCount(value.sessions) && isCount(value.engaged) && isCount(value.keyEvents);
}

function isLines(value: unknown): boolean {
  return Array.isArray(value) && value.every((line) => isRecord(line) && typeof line.key === 'string' && isTotals(line.month) && isTotals(line.all));
}

/** The newest posts not opened on this device, at most `count`. */
export function nextToShare(next: ImpactPageData['next'], opened: readonly string[], count = 5): ImpactPageData['next'] {
  const seen = new Set(opened);
  return next.filter((post) => !seen.has(post.slug)).slice(0, count);
}
