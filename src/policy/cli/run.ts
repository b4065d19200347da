import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadHubConfig } from '../../reading/hub-config.ts';
import { POLICY_FILE, displayPath } from '../../reading/paths.ts';
import { buildNow } from '../../reading/lifecycle.ts';
import { defaultCacheDir } from '../check-cache.ts';
import { classify } from '../../reading/discover.ts';
import { checkContent, type CheckResult } from '../engine.ts';
import type { Finding } from '../../reading/finding.ts';
import { fixFiles } from '../fix.ts';
import { readPolicy } from '../../reading/load-policy.ts';
import { formatGithub } from '../report/github.ts';
import { formatJson } from '../report/json.ts';
import { formatPretty } from '../report/pretty.ts';
import { formatSarif } from '../report/sarif.ts';
import { plural } from '../report/summary.ts';
import { ruleCatalog } from '../rule-catalog.ts';
import { USAGE, parseCheckArgs, type Format } from './args.ts';
import { changedContentFiles } from './changed.ts';

export interface CheckIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; hasColors?: () => boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
  contentDir: string;
  /** The environment: HUB_NOW (today), HUB_CACHE_DIR. */
  env: Record<string, string | undefined>;
}

/** `npm run check`: parses the arguments, runs the engine, prints the report, returns the exit code. */
export async function runCheckCommand(argv: readonly string[], io: CheckIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`check: ${message}\n`);
    return 2;
  };
  const parsed = parseCheckArgs(argv);
  if ('error' in parsed) return fail(`${parsed.error}\n\n${USAGE}`);
  const { args } = parsed;
  if (args.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let now: Date;
  try {
    now = buildNow(io.env);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }

  let files: string[] | undefined;
  if (args.changed !== undefined) {
    try {
      const changed = changedContentFiles(args.changed, io.contentDir);
      files = changed === 'all' ? undefined : changed;
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  } else if (args.files.length > 0) {
    files = [];
    for (const name of args.files) {
      const path = resolve(io.cwd, name);
      if (!existsSync(path)) return fail(`there is no file ${name}`);
      if (relative(io.contentDir, path) === POLICY_FILE) continue; // the policy is always checked
      if ('ignored' in classify(io.contentDir, path)) {
        return fail(`${name} is not a content file: the check reads posts/, guidelines/, faq/, campaigns/ and hub.yaml in ${displayPath(io.contentDir, io.cwd)}/`);
      }
      files.push(path);
    }
  }

  const options = { contentDir: io.contentDir, now, cacheDir: defaultCacheDir(io.cwd, io.env), ...(files ? { files } : {}) };
  let result = await checkContent(options);
  if (result.fatal) {
    io.stdout.write(`${render(args.format, result.fatal, io, result)}\n`);
    io.stderr.write(`check: the content policy file has ${plural(result.fatal.length, 'problem')}; fix ${displayPath(resolve(io.contentDir, POLICY_FILE), io.cwd)} first (nothing else was checked)\n`);
    return 2;
  }
  if (args.fix) {
    const fixed = fixFiles(result.findings, io.cwd);
    if (fixed.applied > 0) {
      io.stderr.write(`Fixed ${plural(fixed.applied, 'problem')} in ${plural(fixed.files.length, 'file')}: ${fixed.files.join(', ')}\n`);
      result = await checkContent(options);
    } else {
      io.stderr.write('Nothing to fix automatically.\n');
    }
  }
  io.stdout.write(`${render(args.format, result.findings, io, result)}\n`);
  return exitCode(result, args.strict);
}

/** 1 when there are errors (or warnings with --strict), else 0. */
export function exitCode(result: CheckResult, strict: boolean): number {
  if (result.fatal) return 2;
  const failing = result.findings.some((finding) => finding.severity === 'error' || (strict && finding.severity === 'warning'));
  return failing ? 1 : 0;
}

function render(format: Format, findings: Finding[], io: CheckIo, result: CheckResult): string {
  switch (format) {
    case 'json':
      return formatJson(findings);
    case 'github':
      return formatGithub(findings);
    case 'sarif': {
      const { policy } = readPolicy(io.contentDir);
      let hub;
      try {
        hub = loadHubConfig(io.contentDir);
      } catch {
        hub = undefined;
      }
      return formatSarif(findings, policy && hub ? ruleCatalog(policy, hub) : [], hub?.repository?.url);
    }
    default:
      return formatPretty(findings, { color: !!io.stdout.isTTY && (io.stdout.hasColors?.() ?? false), checked: result.checked });
  }
}
