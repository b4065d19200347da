import type { Finding, Severity } from '../../reading/finding.ts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', suggestion: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the
 * pull request's lines: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * @see https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((finding) => {
      const properties: [string, string | number | undefined][] = [
        ['file', finding.file],
        ['line', finding.line],
        ['col', finding.column],
        ['endLine', finding.endLine],
        ['endColumn', finding.endColumn],
        ['title', `Content policy: ${finding.ruleId}`],
      ];
      const list = properties
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
        .join(',');
      const fix = finding.fix ? `\nFix: ${finding.fix.description}` : '';
      return `::${COMMAND[finding.severity]} ${list}::${escapeData(finding.message + fix)}`;
    })
    .join('\n');
}

/** The message part: %, CR and LF are encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also : and , (they separate properties). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
