// npm run analytics:import -- FILE.csv [--from YYYY-MM-DD --to YYYY-MM-DD]
// Adds the visits of the hub's links in a GA4 export (or the plain CSV format) to content/analytics/.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readHubConfig } from '../src/content/hub-config.ts';
import { contentDir, displayPath, listCampaignIds, listPostSlugs } from '../src/content/paths.ts';
import { parseExportDay } from '../src/analytics/dates.ts';
import { planImport, summaryLine } from '../src/analytics/import.ts';
import { PLAIN_HEADER, problemPlace } from '../src/analytics/read-export.ts';
import { ANALYTICS_FILE, readAnalyticsData, writeAnalyticsData } from '../src/content/analytics-data.ts';
import { forTerminal } from '../src/lib/terminal-text.ts';
import type { Finding } from '../src/content/finding.ts';
import type { DayRange } from '../src/schemas/measurement.ts';

const USAGE = `Usage: npm run analytics:import -- FILE.csv [--from YYYY-MM-DD --to YYYY-MM-DD]

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

/**
 * Every line printed goes through forTerminal: messages quote cells and file names, and a cell
 * may hold escape sequences that would act on the terminal. USAGE is ours, so it prints as is.
 */
function say(stream: 'log' | 'error', ...lines: string[]): void {
  for (const line of lines) console[stream](forTerminal(line));
}

function stop(...lines: string[]): never {
  say('error', ...lines);
  process.exit(1);
}

function located(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
}

let args: ReturnType<typeof readArgs>;
try {
  args = readArgs();
} catch (error) {
  console.error(`${forTerminal((error as Error).message)}\n\n${USAGE}`);
  process.exit(1);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [file] = args.positionals;
if (!file || args.positionals.length > 1) {
  console.error(USAGE);
  process.exit(1);
}
if (!existsSync(file)) stop(`${file}: there is no such file`);

const period = readPeriod(args.values.from, args.values.to);
const dir = contentDir();
const { hub, findings } = readHubConfig(dir);
if (!hub) stop(...located(findings));
const existing = readAnalyticsData(dir);
if (existing.findings.length > 0) stop(...located(existing.findings));

const plan = planImport(
  // Bytes, not text: an export that is not UTF-8 is refused with its place, not read with "�" for letters.
  new Uint8Array(readFileSync(file)),
  existing.data,
  { hub, posts: listPostSlugs(dir), campaigns: new Set(listCampaignIds(dir)) },
  period ? { period } : {},
);
const shown = displayPath(file);
if (!plan.ok) {
  say('error', ...plan.malformed.slice(0, MAX_LISTED).map((problem) => `${shown}: ${problemPlace(problem)}: ${problem.message}`));
  if (plan.malformed.length > MAX_LISTED) say('error', `${shown}: … and ${plan.malformed.length - MAX_LISTED} more rows that could not be read`);
  stop(`${shown}: nothing imported: ${plan.reason}`);
}
if (plan.summary.covered.length === 0) {
  say('log', `${shown}: the export has no rows, so nothing changed.`);
  process.exit(0);
}
const written = writeAnalyticsData(plan.data, dir);
if (!written.ok) stop(...located(written.findings), `${shown}: nothing imported: the data file would not pass "npm run check"; please tell the hub's maintainers`);
say('log', summaryLine(plan.summary, displayPath(written.path)));

function readArgs() {
  return parseArgs({
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
