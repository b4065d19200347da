import type { AnalyticsData, AnalyticsRow, DayRange } from '../schemas/measurement.ts';
import { addDays } from './dates.ts';

/** The days one import speaks for, and what it found on them. */
export interface ImportedPeriod {
  covered: DayRange[];
  rows: AnalyticsRow[];
}

export type MergeResult = { ok: true; data: AnalyticsData } | { ok: false; reason: string };

/**
 * Merges an import into the data file by date: the days the import covers are replaced, every
 * other day is kept, so importing the same export twice changes nothing. An older period without
 * daily dates that the import would cut in two is refused rather than half-deleted.
 */
export function mergeImport(existing: AnalyticsData, incoming: ImportedPeriod): MergeResult {
  const covered = normaliseRanges(incoming.covered);
  const kept: AnalyticsRow[] = [];
  for (const row of existing.rows) {
    const span = { from: row.date, to: row.until ?? row.date };
    const overlapping = covered.filter((range) => overlaps(span, range));
    if (overlapping.length === 0) {
      kept.push(row);
      continue;
    }
    // A row inside a covered range is replaced by the import; one that straddles its edge cannot be.
    if (!overlapping.some((range) => range.from <= span.from && span.to <= range.to)) {
      return {
        ok: false,
        reason:
          `the data file has a period without daily dates, ${span.from} to ${span.to}, that this import covers only in part; ` +
          'export that whole period again (or add the Date dimension) so it can be replaced as a whole',
      };
    }
  }
  return {
    ok: true,
    data: {
      version: 1,
      covered: normaliseRanges([...existing.covered, ...covered]),
      rows: sortRows(sumRows([...kept, ...incoming.rows])),
    },
  };
}

/** Ranges sorted and joined where they touch or overlap. */
export function normaliseRanges(ranges: readonly DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const out: DayRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.from <= addDays(last.to, 1)) {
      if (range.to > last.to) last.to = range.to;
    } else {
      out.push({ ...range });
    }
  }
  return out;
}

/** Days given one by one, as ranges. */
export function rangesOfDays(days: Iterable<string>): DayRange[] {
  return normaliseRanges([...days].map((day) => ({ from: day, to: day })));
}

function overlaps(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The identity of an aggregate: everything but the counts. */
export function rowKey(row: AnalyticsRow): string {
  return [row.date, row.until ?? '', row.post, row.network, row.campaign, row.advocate ?? ''].join('|');
}

/** Rows with the same identity added up (GA4 may list "LinkedIn" and "linkedin" apart). */
export function sumRows(rows: readonly AnalyticsRow[]): AnalyticsRow[] {
  const byKey = new Map<string, AnalyticsRow>();
  for (const row of rows) {
    const key = rowKey(row);
    const seen = byKey.get(key);
    if (seen) {
      seen.sessions += row.sessions;
      seen.engaged += row.engaged;
      seen.key_events += row.key_events;
    } else {
      byKey.set(key, { ...row });
    }
  }
  return [...byKey.values()];
}

/** A stable order, so that the same data always writes the same file. */
export function sortRows(rows: AnalyticsRow[]): AnalyticsRow[] {
  return rows.sort((a, b) => (rowKey(a) < rowKey(b) ? -1 : rowKey(a) > rowKey(b) ? 1 : 0));
}
