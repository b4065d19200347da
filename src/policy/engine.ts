import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { ANALYTICS_FILE, readAnalyticsData } from '../reading/analytics-data.ts';
import { postSchemaContext, readHubConfig } from '../reading/hub-config.ts';
import { buildNow } from '../reading/lifecycle.ts';
import type { CampaignData } from '../schemas/campaign.ts';
import { createPostSchema } from '../schemas/post.ts';
import { classify, discoverContent, misplacedFinding } from '../reading/discover.ts';
import type { ContentDocument, ContentFile } from '../reading/document.ts';
import type { Finding } from '../reading/finding.ts';
import { imageFactsForRun } from './images/image-facts.ts';
import { readPolicy } from '../reading/load-policy.ts';
import { CheckCache } from './check-cache.ts';
import { checkInParallel } from './parallel.ts';
import { parseContentFile } from '../reading/parse.ts';
import type { RuleContext } from './rule.ts';
import { RULES } from './rules/index.ts';
import { validate, type Schemas } from './validate.ts';

export interface CheckOptions {
  /** The content folder (`contentDir()`: `content/`, or HUB_CONTENT_DIR). */
  contentDir: string;
  /** Check only these files (paths inside the content folder); everything when absent. */
  files?: readonly string[];
  /** "Today" for the date rules; HUB_NOW or now when absent. */
  now?: Date;
  /** Threads for the run, this one included; default: one per CPU core from 1,500 files up, else 1 (this thread). */
  threads?: number;
  /**
   * A cache folder (Astro's cacheDir: `defaultCacheDir()`) where findings are kept between runs:
   * a file whose findings still hold is not checked again (src/policy/check-cache.ts). None when absent.
   */
  cacheDir?: string;
}

export interface CheckResult {
  /** What the rules found, sorted by file, line and column. */
  findings: Finding[];
  /** How many files were checked. */
  checked: number;
  /** Threads that checked them, this one included (1: this one alone). */
  threads: number;
  /** Of the files counted in `checked`, those whose findings came from the cache, unchanged. */
  reused: number;
  /** Set when the check could not run at all: the policy file's own problems. */
  fatal?: Finding[];
}

/** Everything loaded once per run before any content file is read. */
export interface Prepared {
  context: RuleContext;
  schemas: Schemas;
  /** Campaign files, already parsed for the context. */
  parsed: Map<string, ContentDocument>;
}

/**
 * From this many files a worker thread joins in. It needs about a second to load the checker,
 * which this thread spends checking some 1,200 files; below that the worker would arrive late.
 */
const PARALLEL_FROM = 1500;

/**
 * The validator: loads the policy and the hub settings, reads and parses each content file
 * once, and runs every rule over the parsed file. Large runs are spread over worker threads.
 */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const dir = resolve(options.contentDir);
  const now = options.now ?? buildNow();
  const prepared = prepare(dir, now);
  if ('fatal' in prepared) return { findings: [], checked: 0, threads: 1, reused: 0, fatal: prepared.fatal };
  if ('hubFindings' in prepared) return { findings: sortFindings(prepared.hubFindings), checked: 1, threads: 1, reused: 0 };

  const { files, misplaced, unsafe } = selectFiles(dir, options.files);
  const cache = options.cacheDir === undefined ? undefined : CheckCache.open(options.cacheDir, dir);
  const findings: Finding[] = [];
  const toCheck: ContentFile[] = [];
  const shas = new Map<string, string>();
  for (const file of files) {
    const known = cache?.lookup(file, now);
    if (known?.findings) findings.push(...known.findings);
    else toCheck.push(file);
    if (known) shas.set(file.path, known.sha);
  }
  // This thread checks too, so `threads` counts it: 2 means this thread and one worker.
  const threads = Math.max(1, options.threads ?? (toCheck.length >= PARALLEL_FROM ? availableParallelism() : 1));
  const checked =
    threads > 1 ? await checkInParallel(dir, now, toCheck, threads - 1, (batch) => checkFiles(prepared, batch)) : await checkFiles(prepared, toCheck);
  for (const result of checked) {
    findings.push(...result.findings);
    const sha = shas.get(result.path);
    if (cache && sha !== undefined) cache.store(result.path, sha, result.findings, result.readToday ? now : undefined);
  }
  // A full run forgets deleted files; a run over some files keeps what it knew of the others.
  cache?.save(options.files ? undefined : new Set(files.map((file) => file.path)));
  // The imported analytics: a file that the build could not read would stop it on the dashboard.
  const analytics = !options.files && existsSync(join(dir, ANALYTICS_FILE)) ? readAnalyticsData(dir).findings : undefined;
  return {
    findings: sortFindings([...unsafe, ...misplaced, ...findings, ...(analytics ?? [])]),
    checked: files.length + (analytics ? 1 : 0),
    threads,
    reused: files.length - toCheck.length,
  };
}

/** What checking one file found, and whether any rule read "today" (then the findings hold only on that day). */
export interface CheckedFile {
  path: string;
  findings: Finding[];
  readToday: boolean;
}

/** Loads the policy, the hub settings and the campaigns; or says why the check cannot go on. */
export function prepare(dir: string, now: Date): Prepared | { fatal: Finding[] } | { hubFindings: Finding[] } {
  const { hub, findings: hubFindings } = readHubConfig(dir);
  const { policy, findings: policyFindings } = readPolicy(dir, hub ? { categories: hub.categories.map((c) => c.id) } : {});
  if (!policy) return { fatal: policyFindings };
  if (!hub) return { hubFindings };
  const schemaContext = postSchemaContext(dir, hub);
  const schemas: Schemas = { post: createPostSchema(schemaContext) };
  const parsed = new Map<string, ContentDocument>();
  const campaigns = new Map<string, CampaignData>();
  // Campaign posts need their campaign's hashtag even when only the post is checked.
  for (const file of discoverContent(dir).files.filter((f) => f.kind === 'campaign')) {
    const { doc } = parseContentFile(file);
    if (!doc) continue;
    validate(doc, schemas);
    if (doc.campaign && file.slug) campaigns.set(file.slug, doc.campaign);
    parsed.set(file.path, doc);
  }
  const context: RuleContext = {
    contentDir: dir,
    policy,
    hub,
    campaigns,
    today: now,
    mediaExists: schemaContext.mediaExists,
    imageFacts: imageFactsForRun(),
  };
  return { context, schemas, parsed };
}

/** Reads, parses and checks files one after the other. */
export async function checkFiles(prepared: Prepared, files: readonly ContentFile[]): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const file of files) {
    if (file.kind === 'hub') continue; // checked by readHubConfig in prepare()
    const result: CheckedFile = { path: file.path, findings: [], readToday: false };
    checked.push(result);
    let doc = prepared.parsed.get(file.path);
    if (!doc) {
      const parsed = parseContentFile(file);
      result.findings.push(...parsed.problems);
      if (!parsed.doc) continue;
      doc = parsed.doc;
      validate(doc, prepared.schemas);
    }
    // The date rules read "today": their findings are then cached for this day only.
    const context: RuleContext = {
      ...prepared.context,
      get today() {
        result.readToday = true;
        return prepared.context.today;
      },
    };
    result.findings.push(...(await runRules(doc, context)));
  }
  return checked;
}

/** Every rule over one parsed file. A rule that fails is reported as a finding, never a crash. */
export async function runRules(doc: ContentDocument, context: RuleContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  const report = (finding: Omit<Finding, 'file'>) => findings.push({ file: doc.file, ...finding });
  for (const rule of RULES) {
    try {
      await rule(doc, context, report);
    } catch (error) {
      findings.push({
        file: doc.file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'checker',
        message: `the checker failed on this file (${rule.name || 'a rule'}: ${error instanceof Error ? error.message : String(error)}); please tell the hub's maintainers`,
      });
    }
  }
  return findings;
}

function selectFiles(dir: string, only: readonly string[] | undefined): { files: ContentFile[]; misplaced: Finding[]; unsafe: Finding[] } {
  const all = discoverContent(dir);
  if (!only) return all;
  // A link or a second name for a page is refused whichever files were asked for: the build would read them.
  const real = new Set(all.files.map((file) => file.path));
  const files: ContentFile[] = [];
  const misplaced: Finding[] = [];
  for (const path of new Set(only.map((p) => resolve(p)))) {
    if (!existsSync(path)) continue;
    const result = classify(dir, path);
    if ('file' in result && !real.has(result.file.path)) continue; // a symbolic link, reported in `unsafe`
    if ('file' in result) files.push(result.file);
    else if ('misplaced' in result) misplaced.push(misplacedFinding(path, result.misplaced));
  }
  return { files, misplaced, unsafe: all.unsafe };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
