import { isIsoDay } from '../lib/iso-day.ts';

/**
 * Calendar days as `YYYY-MM-DD` text, computed in UTC: analytics exports are per day, and the
 * build machine's time zone must never move a visit to another day.
 */
const DAY_MS = 86_400_000;

/** `20261001` (GA4's Date dimension) or `2026-10-01` → `2026-10-01`; anything else → undefined. */
export function parseExportDay(text: string): string | undefined {
  const trimmed = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  const day = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : trimmed;
  return isIsoDay(day) ? day : undefined;
}

/** The day of a moment, in UTC. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The Monday of the day's week (ISO weeks start on Monday). */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** A day as a Date at midnight UTC, for formatting. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
