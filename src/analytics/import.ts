import { formatFieldPath } from '../reading/zod-findings.ts';
import { analyticsDataSchema, type AnalyticsData, type AnalyticsRow, type DayRange } from '../schemas/measurement.ts';
import { attributeRow, type KnownContent, type OtherTraffic } from './attribute.ts';
import { decodeExport } from './decode-export.ts';
import { mergeImport, normaliseRanges, rangesOfDays, sumRows } from './merge.ts';
import { readExport, type ExportFormat, type RowProblem } from './read-export.ts';

export interface ImportOptions {
  /** Only import these days, and replace exactly these days (both ends included). */
  period?: DayRange;
}

export interface ImportSummary {
  format: ExportFormat;
  /** Days the import replaced in the data file. */
  covered: DayRange[];
  /** Rows attributed to the hub's links. */
  hubRows: number;
  sessions: number;
  engaged: number;
  keyEvents: number;
  /** Rows of other traffic, by reason. */
  other: Record<OtherTraffic, number>;
  /** Dated rows left out because they fall outside `--from`/`--to`. */
  outsidePeriod: number;
  totalsRows: number;
}

export type ImportPlan =
  | { ok: true; data: AnalyticsData; summary: ImportSummary }
  | { ok: false; reason: string; malformed: RowProblem[] };

/**
 * Everything `npm run analytics:import` does except reading and writing files: read the export,
 * keep the rows of the hub's links, add them up per day × post × network × campaign × advocate,
 * and merge them into the existing data by date.
 *
 * All or nothing: one row that cannot be read (a word or a negative where a count should be, a
 * count no export could hold, a date that is not one, bytes that are not UTF-8) refuses the whole
 * file. Skipping it instead would leave its day short, or empty it: the export says it speaks
 * for that day, and the day's other rows would replace what was stored. Rows of other traffic
 * are not problems: they are counted and left out.
 */
export function planImport(input: string | Uint8Array, existing: AnalyticsData, known: KnownContent, options: ImportOptions = {}): ImportPlan {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeExport(input);
    if (!decoded.ok) return { ok: false, reason: `line ${decoded.line}${decoded.column ? `, column ${decoded.column}` : ''}: ${decoded.reason}`, malformed: [] };
    text = decoded.text;
  }
  const read = readExport(text);
  if (!read.ok) return { ok: false, reason: read.reason, malformed: [] };
  const malformed = read.problems;
  if (malformed.length > 0) {
    const rows = malformed.length === 1 ? '1 row' : `${malformed.length.toLocaleString('en')} rows`;
    return {
      ok: false,
      reason:
        `${rows} could not be read (listed above), and an import takes a file whole or not at all: correct ${malformed.length === 1 ? 'it' : 'them'} ` +
        'in the file, or export it again, and import it again',
      malformed,
    };
  }
  const period = options.period ?? read.period;
  if (!read.dated && !period) {
    return {
      ok: false,
      reason:
        'the export has no Date column and says nothing about its dates: add the "Date" dimension in GA4 (best: the pages can then ' +
        'show the last 30 days), or give the period the export covers with --from YYYY-MM-DD --to YYYY-MM-DD',
      malformed,
    };
  }
  const other: Record<OtherTraffic, number> = { 'not-from-hub': 0, 'unknown-post': 0, 'unknown-campaign': 0, 'invalid-advocate': 0 };
  const rows: AnalyticsRow[] = [];
  const daysSeen = new Set<string>();
  let outsidePeriod = 0;
  for (const row of read.rows) {
    if (row.date && period && (row.date < period.from || row.date > period.to)) {
      outsidePeriod += 1;
      continue;
    }
    if (row.date) daysSeen.add(row.date);
    const result = attributeRow(row, known);
    if ('other' in result) {
      other[result.other] += 1;
      continue;
    }
    const when = row.date
      ? { date: row.date }
      : { date: (period as DayRange).from, ...((period as DayRange).to !== (period as DayRange).from ? { until: (period as DayRange).to } : {}) };
    rows.push({
      ...when,
      post: result.attribution.post,
      network: result.attribution.network,
      campaign: result.attribution.campaign,
      ...(result.attribution.advocate ? { advocate: result.attribution.advocate } : {}),
      sessions: row.sessions,
      engaged: row.engaged,
      key_events: row.keyEvents,
    });
  }
  const covered = period ? normaliseRanges([period]) : rangesOfDays(daysSeen);
  const merged = mergeImport(existing, { covered, rows: sumRows(rows) });
  if (!merged.ok) return { ok: false, reason: merged.reason, malformed };
  const invalid = storedDataProblem(merged.data);
  if (invalid) return { ok: false, reason: invalid, malformed };
  return {
    ok: true,
    data: merged.data,
    summary: {
      format: read.format,
      covered,
      hubRows: rows.length,
      sessions: sum(rows, 'sessions'),
      engaged: sum(rows, 'engaged'),
      keyEvents: sum(rows, 'key_events'),
      other,
      outsidePeriod,
      totalsRows: read.totalsRows,
    },
  };
}

/**
 * Why the data would not pass the schema the check and the build read it with, or nothing. Every
 * cell has been read as a safe count by then, but rows that add up into one aggregate can still
 * pass what a number can hold exactly.
 */
function storedDataProblem(data: AnalyticsData): string | undefined {
  const result = analyticsDataSchema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
  const row = path[0] === 'rows' && typeof path[1] === 'number' ? data.rows[path[1]] : undefined;
  const which = row ? `the visits of ${row.post} on ${row.network} on ${row.date} add up to more than the data file can hold (` : '(';
  return `${which}${formatFieldPath(path)}: ${issue?.message}), so nothing was imported: check the export's numbers`;
}

function sum(rows: readonly AnalyticsRow[], field: 'sessions' | 'engaged' | 'key_events'): number {
  return rows.reduce((total, row) => total + row[field], 0);
}

/** The one line `npm run analytics:import` prints when it is done. */
export function summaryLine(summary: ImportSummary, file: string): string {
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const otherTotal = Object.values(summary.other).reduce((a, b) => a + b, 0);
  const reasons = [
    summary.other['not-from-hub'] && `${summary.other['not-from-hub']} not from the hub's links`,
    summary.other['unknown-post'] && count(summary.other['unknown-post'], 'unknown post', 'unknown posts'),
    summary.other['unknown-campaign'] && count(summary.other['unknown-campaign'], 'unknown campaign', 'unknown campaigns'),
    summary.other['invalid-advocate'] && count(summary.other['invalid-advocate'], 'invalid advocate code', 'invalid advocate codes'),
  ].filter(Boolean);
  const days = summary.covered.map((range) => (range.from === range.to ? range.from : `${range.from} to ${range.to}`)).join(', ');
  const parts = [
    `Imported ${count(summary.sessions, 'visit', 'visits')} (${count(summary.engaged, 'engaged', 'engaged')}, ${count(summary.keyEvents, 'key event', 'key events')}) ` +
      `from ${count(summary.hubRows, 'row', 'rows')} of the hub's links${days ? ` for ${days}` : ''} into ${file}`,
    `skipped ${count(otherTotal, 'row', 'rows')} of other traffic${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}`,
  ];
  if (summary.outsidePeriod > 0) parts.push(`left out ${count(summary.outsidePeriod, 'row', 'rows')} outside --from/--to`);
  return `${parts.join('; ')}.`;
}
