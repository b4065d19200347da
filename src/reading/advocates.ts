import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentProblems, type Finding } from './finding.ts';
import { contentDir, displayPath } from './paths.ts';
import { parseLocatedYaml } from './yaml-position.ts';
import { zodIssuesToFindings } from './zod-findings.ts';
import { advocatesFileSchema, type AdvocateEntry } from '../schemas/measurement.ts';

/** The advocates who chose to be named on the leaderboard. */
export const ADVOCATES_FILE = 'advocates.yaml';

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
