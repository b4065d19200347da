import type { DayRange } from '../schemas/measurement.ts';
import { parseCsv, type CsvRecord } from '../lib/csv.ts';
import { parseExportDay } from './dates.ts';

/** One well-formed data row of an export, before it is known whether it is the hub's traffic. */
export interface ExportRow {
  line: number;
  /** YYYY-MM-DD; absent when the export has no Date column. */
  date?: string;
  source: string;
  medium: string;
  campaign: string;
  content: string;
  term: string;
  sessions: number;
  engaged: number;
  keyEvents: number;
}

/** A row that could not be read, with the line and, when one cell is at fault, its column. */
export interface RowProblem {
  line: number;
  /** The column of the cell at fault, when one is: 1 for A, as spreadsheets count. */
  column?: number;
  message: string;
}

/** Where a problem is, as someone who opens the file in a spreadsheet finds it: "line 5, column G". */
export function problemPlace(problem: Pick<RowProblem, 'line' | 'column'>): string {
  return problem.column ? `line ${problem.line}, column ${columnLetters(problem.column)}` : `line ${problem.line}`;
}

/** 1 → A, 26 → Z, 27 → AA: how spreadsheets name columns. */
export function columnLetters(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export type ExportFormat = 'ga4' | 'plain';

export type ReadExport =
  | {
      ok: true;
      format: ExportFormat;
      /** Whether the rows carry a date (GA4's Date dimension, or the plain format). */
      dated: boolean;
      rows: ExportRow[];
      problems: RowProblem[];
      /** The report's date range, from GA4's "# Start date" / "# End date" comment lines. */
      period?: DayRange;
      /** Totals rows skipped (GA4 explorations start with one). */
      totalsRows: number;
    }
  | { ok: false; reason: string };

type Field = 'date' | 'source' | 'medium' | 'sourceMedium' | 'campaign' | 'content' | 'term' | 'sessions' | 'engaged' | 'keyEvents';

/** GA4's column names (English interface), lowercase; the first of each list is the one to ask for. */
const GA4_COLUMNS: Record<Field, readonly string[]> = {
  date: ['date'],
  source: ['session source', 'session manual source'],
  medium: ['session medium', 'session manual medium'],
  sourceMedium: ['session source / medium', 'session manual source / medium'],
  campaign: ['session campaign', 'session manual campaign name', 'session campaign name'],
  content: ['session manual ad content'],
  term: ['session manual term'],
  sessions: ['sessions'],
  engaged: ['engaged sessions'],
  keyEvents: ['key events', 'conversions'],
};

export const PLAIN_HEADER = ['date', 'source', 'medium', 'campaign', 'content', 'term', 'sessions', 'engaged_sessions', 'conversions'] as const;
const PLAIN_FIELDS: readonly Field[] = ['date', 'source', 'medium', 'campaign', 'content', 'term', 'sessions', 'engaged', 'keyEvents'];

const METRIC_NAMES: Record<ExportFormat, Record<'sessions' | 'engaged' | 'keyEvents', string>> = {
  ga4: { sessions: 'Sessions', engaged: 'Engaged sessions', keyEvents: 'Key events' },
  plain: { sessions: 'sessions', engaged: 'engaged_sessions', keyEvents: 'conversions' },
};

const EXPECTED =
  `either the plain header "${PLAIN_HEADER.join(',')}" or a GA4 exploration exported as CSV with the columns ` +
  '"Session source", "Session medium", "Session campaign", "Session manual ad content" and "Sessions"';

/**
 * Reads a GA4 exploration exported as CSV, or the plain format. Comment lines (`#`) may come
 * before the header; GA4's totals row is skipped; rows that cannot be read are reported by line
 * and left out, the rest are returned. A file that is neither format is refused with the reason.
 */
export function readExport(text: string): ReadExport {
  if (text.includes('\u0000') || text.startsWith('PK\u0003\u0004')) {
    return { ok: false, reason: 'this is not a text file (a spreadsheet workbook?): export or save it as CSV' };
  }
  const csv = parseCsv(text);
  // The shared parser reports an unclosed quote as the whole file's problem: so is it here.
  if ('error' in csv) return { ok: false, reason: `line ${csv.error.line}: ${csv.error.message}` };
  const comments = csv.records.filter(isComment);
  const records = csv.records.filter((record) => !isComment(record));
  if (records.length === 0) return { ok: false, reason: `the file has no header and no rows: expected ${EXPECTED}` };
  const table = findTable(records, comments.map((comment) => comment.line));
  if (!table) {
    const first = records[0] as CsvRecord;
    return {
      ok: false,
      reason: `line ${first.line} is not a header the import knows (found "${shorten(first.fields.join(','))}"): expected ${EXPECTED}`,
    };
  }
  const { format, columns } = table;
  if (format === 'ga4') {
    const missing = (['campaign', 'content'] as const).filter((field) => columns[field] === undefined);
    if (missing.length > 0) {
      const names = missing.map((field) => `"${titleCase(GA4_COLUMNS[field][0] as string)}"`).join(' and ');
      return {
        ok: false,
        reason: `the GA4 export has no ${names} column: add ${missing.length > 1 ? 'these dimensions' : 'this dimension'} to the exploration (the hub needs it to tell which campaign and post a visit came from) and export again`,
      };
    }
  }
  const problems: RowProblem[] = [];
  const rows: ExportRow[] = [];
  let totalsRows = 0;
  for (const record of table.records) {
    if (format === 'ga4' && isTotalsRow(record, columns)) {
      totalsRows += 1;
      continue;
    }
    const row = readRow(record, table.width, columns, format);
    if ('message' in row) problems.push(row);
    else rows.push(row);
  }
  const period = periodFromComments(comments.map((comment) => comment.fields.join(',').replace(/^#\s*/, '').trim()));
  return { ok: true, format, dated: columns.date !== undefined, rows, problems, totalsRows, ...(period ? { period } : {}) };
}

/** GA4 writes the report's name and date range on lines starting with `#` before the header. */
function isComment(record: CsvRecord): boolean {
  return (record.fields[0] ?? '').startsWith('#');
}

type Columns = Partial<Record<Field, number>>;

/** The first run of records, between comment blocks, whose first record is a header of either format. */
function findTable(records: CsvRecord[], commentLines: number[]) {
  let start = 0;
  while (start < records.length) {
    const header = records[start] as CsvRecord;
    const nextComment = commentLines.find((line) => line > header.line) ?? Number.POSITIVE_INFINITY;
    let end = start + 1;
    while (end < records.length && (records[end] as CsvRecord).line < nextComment) end += 1;
    const recognised = recogniseHeader(header.fields);
    if (recognised) return { ...recognised, width: header.fields.length, records: records.slice(start + 1, end) };
    start = end;
  }
  return undefined;
}

function recogniseHeader(cells: string[]): { format: ExportFormat; columns: Columns } | undefined {
  const names = cells.map((cell) => cell.trim().toLowerCase().replace(/\s+/g, ' '));
  if (PLAIN_HEADER.every((name) => names.includes(name))) {
    const columns: Columns = {};
    PLAIN_HEADER.forEach((name, index) => (columns[PLAIN_FIELDS[index] as Field] = names.indexOf(name)));
    return { format: 'plain', columns };
  }
  const columns: Columns = {};
  for (const [field, aliases] of Object.entries(GA4_COLUMNS) as [Field, readonly string[]][]) {
    const index = names.findIndex((name) => aliases.includes(name));
    if (index !== -1) columns[field] = index;
  }
  const hasSource = (columns.source !== undefined && columns.medium !== undefined) || columns.sourceMedium !== undefined;
  return hasSource && columns.sessions !== undefined ? { format: 'ga4', columns } : undefined;
}

const DIMENSIONS: readonly Field[] = ['date', 'source', 'medium', 'sourceMedium', 'campaign', 'content', 'term'];

/** GA4's totals row: every dimension empty, or a first cell such as "Grand total". */
function isTotalsRow(record: CsvRecord, columns: Columns): boolean {
  if (/^(grand )?totals?$/i.test((record.fields[0] ?? '').trim())) return true;
  return DIMENSIONS.every((field) => columns[field] === undefined || (record.fields[columns[field] as number] ?? '').trim() === '');
}

function readRow(record: CsvRecord, width: number, columns: Columns, format: ExportFormat): ExportRow | RowProblem {
  const { line, fields: cells } = record;
  const at = (field: Field): number => (columns[field] as number) + 1;
  const extra = cells.slice(width).some((cell) => cell.trim() !== '');
  if (cells.length < width || extra) {
    return { line, message: `has ${cells.length} values but the header has ${width} columns (is a value with a comma missing its quotes?)` };
  }
  const cell = (field: Field): string => (columns[field] === undefined ? '' : (cells[columns[field] as number] ?? '').trim());
  const names = METRIC_NAMES[format];
  const counts: Partial<Record<'sessions' | 'engaged' | 'keyEvents', number>> = {};
  for (const metric of ['sessions', 'engaged', 'keyEvents'] as const) {
    const raw = cell(metric);
    if (raw === '' && metric !== 'sessions') {
      counts[metric] = 0;
      continue;
    }
    const value = parseCount(raw);
    const problem = (message: string): RowProblem => ({ line, column: at(metric), message });
    if (value === undefined && /^[-−]\s*\d/.test(raw)) return problem(`${names[metric]} "${shorten(raw)}" is negative: a count cannot be below 0`);
    if (value === undefined) return problem(`${names[metric]} "${shorten(raw)}" is not a whole number`);
    // Past this, numbers lose their last digits (and 400 nines become "infinity"): no export counts that many.
    if (!Number.isSafeInteger(value)) return problem(`${names[metric]} "${shorten(raw)}" is far more than any count of visits (at most ${Number.MAX_SAFE_INTEGER.toLocaleString('en')}): is the column right?`);
    counts[metric] = value;
  }
  const sessions = counts.sessions as number;
  const engaged = counts.engaged as number;
  if (engaged > sessions) return { line, column: at('engaged'), message: `${names.engaged} (${engaged}) is more than ${names.sessions} (${sessions})` };
  let date: string | undefined;
  if (columns.date !== undefined) {
    date = parseExportDay(cell('date'));
    if (!date) return { line, column: at('date'), message: `the date "${shorten(cell('date'))}" is not a date: write it as YYYYMMDD or YYYY-MM-DD` };
  }
  let source = cell('source');
  let medium = cell('medium');
  if (columns.source === undefined) {
    const combined = cell('sourceMedium');
    const slash = combined.lastIndexOf(' / ');
    source = slash === -1 ? combined : combined.slice(0, slash);
    medium = slash === -1 ? '' : combined.slice(slash + 3);
  }
  return {
    line,
    ...(date ? { date } : {}),
    source: unlessNotSet(source),
    medium: unlessNotSet(medium),
    campaign: unlessNotSet(cell('campaign')),
    content: unlessNotSet(cell('content')),
    term: unlessNotSet(cell('term')),
    sessions,
    engaged,
    keyEvents: counts.keyEvents as number,
  };
}

/** GA4 writes "(not set)", "(none)", "(direct)" and the like where a value is missing. */
function unlessNotSet(value: string): string {
  return /^\(.*\)$/.test(value) ? '' : value;
}

/**
 * A count as exports write it: `1234`, `1,234`, `1.234`, `1 234` (thousands separators) or
 * `1234.00`. Anything else, such as a negative or a fraction, is not a count.
 */
export function parseCount(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (/^\d+\.0+$/.test(value)) return Number.parseInt(value, 10);
  const grouped = /^\d{1,3}([,.\u00a0\u202f' ’])\d{3}(?:\1\d{3})*$/.exec(value);
  if (grouped) return Number(value.replace(/\D/g, ''));
  return undefined;
}

function periodFromComments(comments: string[]): DayRange | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const comment of comments) {
    const start = /^start date:\s*(\d{8}|\d{4}-\d{2}-\d{2})$/i.exec(comment);
    const end = /^end date:\s*(\d{8}|\d{4}-\d{2}-\d{2})$/i.exec(comment);
    const range = /^(\d{8})\s*-\s*(\d{8})$/.exec(comment);
    if (start) from ??= parseExportDay(start[1] as string);
    if (end) to ??= parseExportDay(end[1] as string);
    if (range) {
      from ??= parseExportDay(range[1] as string);
      to ??= parseExportDay(range[2] as string);
    }
  }
  return from && to && from <= to ? { from, to } : undefined;
}

function titleCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length > 80 ? `${chars.slice(0, 40).join('')}… (${chars.length} characters)` : text;
}
