import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ContentProblems, type Finding } from '../policy/finding.ts';
import { contentDir, displayPath } from '../content/paths.ts';
import { parseLocatedYaml } from '../content/yaml-position.ts';
import { formatFieldPath, zodIssuesToFindings } from '../content/zod-findings.ts';
import {
  advocatesFileSchema,
  analyticsDataSchema,
  type AdvocateEntry,
  type AnalyticsData,
  type AnalyticsRow,
} from '../schemas/measurement.ts';

/** Where the import writes and the build reads the visits of the hub's links. */
export const ANALYTICS_FILE = join('analytics', 'aggregates.json');
/** The advocates who chose to be named on the leaderboard. */
export const ADVOCATES_FILE = 'advocates.yaml';

export const EMPTY_ANALYTICS: AnalyticsData = { version: 1, covered: [], rows: [] };

/** The data file, or no data when it does not exist yet. Problems come back as findings. */
export function readAnalyticsData(dir: string = contentDir()): { data: AnalyticsData; findings: Finding[] } {
  const path = join(dir, ANALYTICS_FILE);
  const file = displayPath(path);
  if (!existsSync(path)) return { data: EMPTY_ANALYTICS, findings: [] };
  const problem = (message: string, line = 1): Finding => ({ file, line, column: 1, severity: 'error', ruleId: 'analytics-data', message });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return {
      data: EMPTY_ANALYTICS,
      findings: [problem(`this is not valid JSON (${(error as Error).message}); run "npm run analytics:import" again or restore the file from git`)],
    };
  }
  const result = analyticsDataSchema.safeParse(json);
  if (!result.success) {
    return {
      data: EMPTY_ANALYTICS,
      findings: result.error.issues.slice(0, 20).map((issue) => {
        const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
        // The file holds one row per line, after the two lines that open it.
        const line = path[0] === 'rows' && typeof path[1] === 'number' ? path[1] + 4 : 1;
        return problem(`${formatFieldPath(path)}: ${issue.message}; this file is written by "npm run analytics:import", do not edit it by hand`, line);
      }),
    };
  }
  return { data: result.data, findings: [] };
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

export function writeAnalyticsData(data: AnalyticsData, dir: string = contentDir()): string {
  const path = join(dir, ANALYTICS_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serialiseAnalyticsData(data));
  return path;
}

/** `content/advocates.yaml`; a missing file means nobody is named. */
export function readAdvocatesFile(dir: string = contentDir()): { advocates: AdvocateEntry[]; findings: Finding[] } {
  const path = join(dir, ADVOCATES_FILE);
  if (!existsSync(path)) return { advocates: [], findings: [] };
  const file = displayPath(path);
  const yaml = parseLocatedYaml(readFileSync(path, 'utf8'));
  if (yaml.document.errors.length > 0) {
    return {
      advocates: [],
      findings: yaml.document.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? 1,
        column: error.linePos?.[0]?.col ?? 1,
        severity: 'error' as const,
        ruleId: 'yaml',
        message: `this is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const result = advocatesFileSchema.safeParse(yaml.document.toJS() ?? {});
  if (!result.success) return { advocates: [], findings: zodIssuesToFindings(file, result.error.issues, yaml, 'advocates') };
  return { advocates: result.data.advocates, findings: [] };
}

/** The advocates file for the build; a broken file stops the build with what to fix. */
export function loadAdvocates(dir: string = contentDir()): AdvocateEntry[] {
  const { advocates, findings } = readAdvocatesFile(dir);
  if (findings.length > 0) throw new ContentProblems(findings);
  return advocates;
}

/** Slugs of every post file, in any language folder (`content/posts/<locale>/<slug>.md`). */
export function listPostSlugs(dir: string = contentDir()): Set<string> {
  const folder = join(dir, 'posts');
  const slugs = new Set<string>();
  if (!existsSync(folder)) return slugs;
  for (const locale of readdirSync(folder, { withFileTypes: true })) {
    if (!locale.isDirectory()) continue;
    for (const name of readdirSync(join(folder, locale.name))) {
      if (/\.mdx?$/.test(name)) slugs.add(name.replace(/\.mdx?$/, ''));
    }
  }
  return slugs;
}
