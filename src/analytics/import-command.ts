/**
 * `npm run analytics:import -- FILE.csv [--from YYYY-MM-DD --to YYYY-MM-DD]`: adds the visits of
 * the hub's links in a GA4 export (or the plain CSV format) to content/analytics/.
 * scripts/analytics-import.ts connects it to the terminal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readHubConfig } from '../reading/hub-config.ts';
import { contentDir, displayPath, listCampaignIds, listPostSlugs } from '../reading/paths.ts';
import { parseExportDay } from './dates.ts';
import { planImport, summaryLine } from './import.ts';
import { PLAIN_HEADER, problemPlace } from './read-export.ts';
import { ANALYTICS_FILE, readAnalyticsData, writeAnalyticsData } from '../reading/analytics-data.ts';
import { forTerminal } from '../lib/terminal-text.ts';
import type { Finding } from '../reading/finding.ts';
import type { DayRange } from '../schemas/measurement.ts';

export const IMPORT_USAGE = `Usage: npm run analytics:import -- FILE.csv [--from YYYY-MM-DD --to YYYY-MM-DD]

  FILE.csv   a GA4 exploration exported as CSV (dimensions "Date", "Session source", "Session medium",
             "Session campaign", "Session manual ad content", "Session manual term"; metrics "Sessions",
             "Engaged sessions", "Key events"), or a CSV with the header
             ${PLAIN_HEADER.join(',')}
  --from, --to   only import these days, and replace exactly these days in the data file
                 (needed when the export has no Date column and does not say its dates)

Writes the visits of the hub's links, added up per day, post, network, campaign and advocate code,
to ${ANALYTICS_FILE} in the content folder. Days in the export replace the same days imported before,
so importing the same export twice changes nothing. A file with a row that cannot be read is
refused whole (exit code 1) and nothing is written.`;

const MAX_LISTED = 50;

export interface ImportIO {
  /** One line of output, without the final line break. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** HUB_CONTENT_DIR: the content folder. */
  env: Record<string, string | undefined>;
}

/** Why the import stopped, a line each; said on stderr with exit code 1. */
class Stop extends Error {
  readonly lines: string[];

  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

function stop(...lines: string[]): never {
  throw new Stop(lines);
}

function located(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
}

/**
 * `npm run analytics:import`: returns the exit code (0 imported or nothing to import, 1 refused).
 * Every line printed goes through forTerminal: messages quote cells and file names, and a cell
 * may hold escape sequences that would act on the terminal. The usage is ours, so it prints as is.
 */
export function runAnalyticsImport(args: string[], io: ImportIO): number {
  try {
    return importExport(args, io);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    for (const line of error.lines) io.stderr(forTerminal(line));
    return 1;
  }
}

function importExport(args: string[], io: ImportIO): number {
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs(args);
  } catch (error) {
    io.stderr(`${forTerminal((error as Error).message)}\n\n${IMPORT_USAGE}`);
    return 1;
  }
  if (parsed.values.help) {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  const [file] = parsed.positionals;
  if (!file || parsed.positionals.length > 1) {
    io.stderr(IMPORT_USAGE);
    return 1;
  }
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) stop(`${file}: there is no such file`);

  const period = readPeriod(parsed.values.from, parsed.values.to);
  const dir = contentDir(io.cwd, io.env);
  const { hub, findings } = readHubConfig(dir);
  if (!hub) stop(...located(findings));
  const existing = readAnalyticsData(dir);
  if (existing.findings.length > 0) stop(...located(existing.findings));

  const plan = planImport(
    // Bytes, not text: an export that is not UTF-8 is refused with its place, not read with "�" for letters.
    new Uint8Array(readFileSync(path)),
    existing.data,
    { hub, posts: listPostSlugs(dir), campaigns: new Set(listCampaignIds(dir)) },
    period ? { period } : {},
  );
  const shown = displayPath(path, io.cwd);
  if (!plan.ok) {
    const lines = plan.malformed.slice(0, MAX_LISTED).map((problem) => `${shown}: ${problemPlace(problem)}: ${problem.message}`);
    if (plan.malformed.length > MAX_LISTED) lines.push(`${shown}: … and ${plan.malformed.length - MAX_LISTED} more rows that could not be read`);
    stop(...lines, `${shown}: nothing imported: ${plan.reason}`);
  }
  if (plan.summary.covered.length === 0) {
    io.stdout(forTerminal(`${shown}: the export has no rows, so nothing changed.`));
    return 0;
  }
  const written = writeAnalyticsData(plan.data, dir);
  if (!written.ok) stop(...located(written.findings), `${shown}: nothing imported: the data file would not pass "npm run check"; please tell the hub's maintainers`);
  io.stdout(forTerminal(summaryLine(plan.summary, displayPath(written.path, io.cwd))));
  return 0;
}

function readArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

function readPeriod(from: string | undefined, to: string | undefined): DayRange | undefined {
  if (from === undefined && to === undefined) return undefined;
  if (from === undefined || to === undefined) stop('give both --from and --to, for example --from 2026-10-01 --to 2026-10-31');
  const first = parseExportDay(from);
  const last = parseExportDay(to);
  if (!first) stop(`--from "${from}" is not a date: write it as YYYY-MM-DD`);
  if (!last) stop(`--to "${to}" is not a date: write it as YYYY-MM-DD`);
  if (first > last) stop(`--from (${first}) is after --to (${last})`);
  return { from: first, to: last };
}
