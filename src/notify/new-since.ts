/**
 * "New since your last visit", decided in the browser from what it remembers (localStorage,
 * one entry per locale); nothing is sent anywhere. A visit ends after half an hour without a
 * page view, so the marks stay while someone moves between pages, and are gone next time.
 */
export const VISIT_KEY_PREFIX = 'advocacy-hub.visit.';
export const VISIT_GAP_MS = 30 * 60 * 1000;

export interface VisitState {
  /** When the last page was viewed (ms since the epoch). */
  lastSeen: number;
  /** The newest publish date (YYYY-MM-DD) this browser has been shown. */
  newestSeen: string;
  /** Posts published after this date are new during the current visit. */
  baseline: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What was stored, if it still makes sense (storage is editable by anyone with dev tools). */
export function parseVisit(raw: string | null): VisitState | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<VisitState> | null;
    if (
      value &&
      typeof value.lastSeen === 'number' &&
      Number.isFinite(value.lastSeen) &&
      typeof value.newestSeen === 'string' &&
      (value.newestSeen === '' || ISO_DATE.test(value.newestSeen)) &&
      typeof value.baseline === 'string' &&
      (value.baseline === '' || ISO_DATE.test(value.baseline))
    ) {
      return { lastSeen: value.lastSeen, newestSeen: value.newestSeen, baseline: value.baseline };
    }
  } catch {
    /* unreadable: start over */
  }
  return undefined;
}

/**
 * The state to store after this page view, and the date after which posts are new. The first
 * visit marks nothing (there is no "before"); it only records what exists.
 */
export function nextVisit(
  stored: VisitState | undefined,
  publishDates: readonly string[],
  now: number,
): { state: VisitState; baseline: string | undefined } {
  const newest = publishDates.reduce((max, date) => (date > max ? date : max), '');
  if (!stored) return { state: { lastSeen: now, newestSeen: newest, baseline: newest }, baseline: undefined };
  const newVisit = now - stored.lastSeen > VISIT_GAP_MS;
  const baseline = newVisit ? stored.newestSeen : stored.baseline;
  const newestSeen = newest > stored.newestSeen ? newest : stored.newestSeen;
  return { state: { lastSeen: now, newestSeen, baseline }, baseline };
}

/** How many of the dates are after the baseline (ISO dates compare as text). */
export function countNew(publishDates: readonly string[], baseline: string | undefined): number {
  return baseline === undefined ? 0 : publishDates.filter((date) => date > baseline).length;
}
