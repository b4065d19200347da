import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicySchema, type Policy, type PolicySchemaContext } from '../schemas/policy.ts';
import { POLICY_FILE, contentDir, displayPath } from './paths.ts';
import { parseLocatedYaml } from './yaml-position.ts';
import { zodIssuesToFindings } from './zod-findings.ts';
import { ContentProblems, type Finding } from './finding.ts';
import { yamlErrors } from './yaml-errors.ts';
import { lineIndex } from '../lib/line-index.ts';

/**
 * Reads and checks `content/policy.yaml`. The one loader for the validator and the guidelines
 * components, so what the pages show is what the checker enforces. Problems come back as
 * findings on the policy file's lines, never thrown. With the hub's categories, references to
 * categories are checked too.
 */
export function readPolicy(dir: string = contentDir(), context: PolicySchemaContext = {}): { policy?: Policy; findings: Finding[] } {
  const path = join(dir, POLICY_FILE);
  const file = displayPath(path);
  const problem = (message: string): Finding => ({
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: 'policy',
    message,
  });
  if (!existsSync(path)) {
    return { findings: [problem(`the content policy file is missing: create ${file} (see docs/reference/policy-yaml.md)`)] };
  }
  const text = readFileSync(path, 'utf8');
  const yaml = parseLocatedYaml(text);
  if (yaml.document.errors.length > 0) return { findings: yamlErrors(file, { yaml, offset: 0 }, lineIndex(text)) };
  const result = createPolicySchema(context).safeParse(yaml.document.toJS() ?? {});
  if (!result.success) return { findings: zodIssuesToFindings(file, result.error.issues, yaml, 'policy') };
  return { policy: result.data, findings: [] };
}

const cache = new Map<string, { mtimeMs: number; policy: Policy }>();

/**
 * The policy, or a `ContentProblems` error listing what to fix. Cached per content folder until
 * the file changes (the dev server re-renders the guidelines pages after an edit).
 */
export function loadPolicy(dir: string = contentDir()): Policy {
  const path = join(dir, POLICY_FILE);
  const mtimeMs = existsSync(path) ? statSync(path).mtimeMs : -1;
  const cached = cache.get(dir);
  if (cached && cached.mtimeMs === mtimeMs) return cached.policy;
  const { policy, findings } = readPolicy(dir);
  if (!policy) throw new ContentProblems(findings);
  cache.set(dir, { mtimeMs, policy });
  return policy;
}
