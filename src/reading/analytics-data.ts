import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ContentProblems, type Finding } from './finding.ts';
import { analyticsDataSchema, type AnalyticsData, type AnalyticsRow } from '../schemas/measurement.ts';
import { contentDir, displayPath } from './paths.ts';
import { formatFieldPath } from './zod-findings.ts';

/** Where the import writes and the build reads the visits of the hub's links. */
export const ANALYTICS_FILE = join('analytics', 'aggregates.json');

export const EMPTY_ANALYTICS: AnalyticsData = { version: 1, covered: [], rows: [] };

const DO_NOT_EDIT = 'this file is written by "npm run analytics:import", do not edit it by hand';

/**
 * The data file's text checked against its schema, the same way for `npm run check`, the build
 * and the import before it writes: the data, or the problems with their lines.
 */
export function parseAnalyticsData(text: string, file: string): { data: AnalyticsData; findings: Finding[] } {
  const problem = (message: string, line = 1, column = 1): Finding => ({ file, line, column, severity: 'error', ruleId: 'analytics-data', message });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPlace(text, error as Error);
    return {
      data: EMPTY_ANALYTICS,
      findings: [problem(`this is not valid JSON (${(error as Error).message.split('\n')[0]}); run "npm run analytics:import" again or restore the file from git`, line, column)],
    };
  }
  const result = analyticsDataSchema.safeParse(json);
  if (result.success) return { data: result.data, findings: [] };
  return {
    data: EMPTY_ANALYTICS,
    findings: result.error.issues.slice(0, 20).map((issue) => {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      // The file holds one row per line, after the three lines that open it.
      const line = path[0] === 'rows' && typeof path[1] === 'number' ? path[1] + 4 : path[0] === 'covered' ? 2 : 1;
      return problem(`${formatFieldPath(path)}: ${issue.message}; ${DO_NOT_EDIT}`, line);
    }),
  };
}

/** The data file, or no data when it does not exist yet. Problems come back as findings. */
export function readAnalyticsData(dir: string = contentDir()): { data: AnalyticsData; findings: Finding[] } {
  const path = join(dir, ANALYTICS_FILE);
  if (!existsSync(path)) return { data: EMPTY_ANALYTICS, findings: [] };
  return parseAnalyticsData(readFileSync(path, 'utf8'), displayPath(path));
}

const cache = new Map<string, AnalyticsData>();

/** The data file for the build, read once; a broken file stops the build with what to do. */
export function loadAnalyticsData(dir: string = contentDir()): AnalyticsData {
  const cached = cache.get(dir);
  if (cached) return cached;
  const { data, findings } = readAnalyticsData(dir);
  if (findings.length > 0) throw new ContentProblems(findings);
  cache.set(dir, data);
  return data;
}

/** JSON with one row per line, so that a re-import shows in git as the days that changed. */
export function serialiseAnalyticsData(data: AnalyticsData): string {
  const rows = data.rows.map((row) => `    ${JSON.stringify(inFieldOrder(row))}`).join(',\n');
  return [
    '{',
    `  "version": ${data.version}, "covered": ${JSON.stringify(data.covered)},`,
    `  "rows": [${rows ? `\n${rows}\n  ` : ''}]`,
    '}',
    '',
  ].join('\n');
}

function inFieldOrder(row: AnalyticsRow): AnalyticsRow {
  const { date, until, post, network, campaign, advocate, sessions, engaged, key_events } = row;
  return {
    date,
    ...(until ? { until } : {}),
    post,
    network,
    campaign,
    ...(advocate ? { advocate } : {}),
    sessions,
    engaged,
    key_events,
  };
}

export type WriteResult = { ok: true; path: string } | { ok: false; findings: Finding[] };

/**
 * Writes the data file only if what it would hold passes the very check that `npm run check` and
 * the build run on it, so no import can leave a file that stops them. The text goes to a
 * temporary file beside it that is then renamed over it: an interrupted write (a full disk, a
 * Ctrl-C) leaves the old file whole, never half a file.
 */
export function writeAnalyticsData(data: AnalyticsData, dir: string = contentDir()): WriteResult {
  const path = join(dir, ANALYTICS_FILE);
  const text = serialiseAnalyticsData(data);
  const { findings } = parseAnalyticsData(text, displayPath(path));
  if (findings.length > 0) return { ok: false, findings };
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
  return { ok: true, path };
}

/** Where JSON.parse stopped, from the character position V8 gives in its message. */
function jsonErrorPlace(text: string, error: Error): { line: number; column: number } {
  const position = /\bposition (\d+)/.exec(error.message);
  if (!position) return { line: 1, column: 1 };
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] as string).length + 1 };
}
