import type { z } from 'astro/zod';
import type { Finding } from './finding.ts';
import type { LocatedYaml } from './yaml-position.ts';

/** Turns zod issues into findings on the YAML line of each field, in words an editor understands. */
export function zodIssuesToFindings(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  yaml: LocatedYaml,
  ruleId = 'schema',
): Finding[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const field = path.length > 0 ? formatFieldPath(path) : undefined;
    // An unknown field is reported on its parent by zod: point at the field itself.
    const position = yaml.locate(issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path);
    return {
      file,
      ...position,
      severity: 'error',
      ruleId,
      message: field ? `${field}: ${describeIssue(issue, yaml, path)}` : describeIssue(issue, yaml, path),
    } satisfies Finding;
  });
}

/** `captions.x[1]` style, the way the field appears to the editor. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key + 1}]` : out ? `${out}.${key}` : key), '');
}

function describeIssue(issue: z.core.$ZodIssue, yaml: LocatedYaml, path: (string | number)[]): string {
  // Zod does not keep the input in its issues by default: read the value from the YAML itself.
  const present = path.length === 0 || yaml.document.hasIn(path);
  if (issue.code === 'invalid_type' && !present) {
    return 'is required but missing';
  }
  if (issue.code === 'invalid_type') {
    const node = path.length === 0 ? yaml.document.contents : yaml.document.getIn(path, true);
    const got = (node as { toJSON?: () => unknown } | null)?.toJSON?.() ?? node;
    const received = Array.isArray(got) ? 'a list' : got === null ? 'nothing' : typeof got === 'object' ? 'a group of fields' : typeof got === 'number' ? 'a number' : typeof got === 'boolean' ? 'true/false' : 'text';
    return issue.message.startsWith('Invalid input') ? `must be ${article(issue.expected)}, not ${received}` : issue.message;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling`;
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option')) {
    return `must be one of: ${issue.values.map(String).join(', ')}`;
  }
  return issue.message;
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
    date: 'a date written as YYYY-MM-DD',
  };
  return words[expected] ?? expected;
}
