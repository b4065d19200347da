// npm run analytics:import -- FILE.csv [--from YYYY-MM-DD --to YYYY-MM-DD]
// Adds the visits of the hub's links in a GA4 export (or the plain CSV format) to content/analytics/.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readHubConfig } from '../src/content/hub-config.ts';
import { contentDir, displayPath, listCampaignIds } from '../src/content/paths.ts';
import { ANALYTICS_FILE, listPostSlugs, readAnalyticsData, writeAnalyticsData } from '../src/analytics/data-files.ts';
import { parseExportDay } from '../src/analytics/dates.ts';
import { planImport, summaryLine } from '../src/analytics/import.ts';
import { PLAIN_HEADER } from '../src/analytics/read-export.ts';
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
so importing the same export twice changes nothing.`;

const MAX_LISTED = 50;

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: ReturnType<typeof readArgs>;
try {
  args = readArgs();
} catch (error) {
  stop(`${(error as Error).message}\n\n${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [file] = args.positionals;
if (!file || args.positionals.length > 1) stop(USAGE);
if (!existsSync(file)) stop(`${file}: there is no such file`);

const period = readPeriod(args.values.from, args.values.to);
const dir = contentDir();
const { hub, findings } = readHubConfig(dir);
if (!hub) stop(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`).join('\n'));
const existing = readAnalyticsData(dir);
if (existing.findings.length > 0) stop(existing.findings.map((f) => `${f.file}:${f.line} ${f.message}`).join('\n'));

const plan = planImport(
  readFileSync(file, 'utf8'),
  existing.data,
  { hub, posts: listPostSlugs(dir), campaigns: new Set(listCampaignIds(dir)) },
  period ? { period } : {},
);
const shown = displayPath(file);
for (const problem of plan.malformed.slice(0, MAX_LISTED)) console.error(`${shown}:${problem.line}: ${problem.message}; the row is skipped`);
if (plan.malformed.length > MAX_LISTED) console.error(`${shown}: … and ${plan.malformed.length - MAX_LISTED} more rows that could not be read`);
if (!plan.ok) stop(`${shown}: nothing imported: ${plan.reason}`);
if (plan.summary.covered.length === 0) {
  console.log(`${shown}: the export has no rows, so nothing changed.`);
  process.exit(0);
}
const written = writeAnalyticsData(plan.data, dir);
console.log(summaryLine(plan.summary, displayPath(written)));

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
