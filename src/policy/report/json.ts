import type { Finding } from '../../reading/finding.ts';

/** An array of `{file, line, column, endLine, endColumn, severity, ruleId, message, fix}` (plus `url`), for tools. */
export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify(
    findings.map((finding) => ({
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine ?? finding.line,
      endColumn: finding.endColumn ?? finding.column,
      severity: finding.severity,
      ruleId: finding.ruleId,
      message: finding.message,
      fix: finding.fix ?? null,
      ...(finding.url ? { url: finding.url } : {}),
    })),
    null,
    2,
  );
}
