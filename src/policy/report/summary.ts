import type { Finding, Severity } from '../../reading/finding.ts';

export interface Tally {
  error: number;
  warning: number;
  suggestion: number;
  files: number;
  fixable: number;
}

export function tally(findings: readonly Finding[]): Tally {
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return {
    ...counts,
    files: new Set(findings.map((finding) => finding.file)).size,
    fixable: findings.filter((finding) => finding.fix?.range).length,
  };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
