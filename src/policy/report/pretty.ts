import { styleText } from 'node:util';
import type { Finding, Severity } from '../../reading/finding.ts';
import { plural, tally } from './summary.ts';

export interface PrettyOptions {
  /** Colours only on a terminal (the script decides; CI logs and files get plain text). */
  color: boolean;
  /** How many files were checked, for the summary line. */
  checked?: number;
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'suggestion' };
const COLOUR: Record<Severity, 'red' | 'yellow' | 'cyan'> = { error: 'red', warning: 'yellow', suggestion: 'cyan' };

/**
 * Findings grouped by file, one line each (`line:column  severity  message  rule`), a fix line
 * where there is one, and a summary line: the format people read in a terminal and in the build.
 */
export function formatPretty(findings: readonly Finding[], options: PrettyOptions): string {
  const paint = (format: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(format, text, { validateStream: false }) : text);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  for (const [file, own] of byFile) {
    lines.push(paint('underline', file));
    const width = Math.max(...own.map((f) => `${f.line}:${f.column}`.length));
    for (const finding of own) {
      const where = `${finding.line}:${finding.column}`.padEnd(width);
      const severity = paint(COLOUR[finding.severity], LABEL[finding.severity].padEnd(10));
      lines.push(`  ${paint('dim', where)}  ${severity}  ${finding.message}  ${paint('dim', finding.ruleId)}`);
      if (finding.fix) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(10)}  ${paint('green', `fix: ${finding.fix.description}`)}${finding.fix.range ? paint('dim', ' (--fix)') : ''}`);
      if (finding.url) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(10)}  ${paint('dim', `why: ${finding.url}`)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(findings, options.checked, paint));
  return lines.join('\n');
}

function summaryLine(findings: readonly Finding[], checked: number | undefined, paint: (format: Parameters<typeof styleText>[0], text: string) => string): string {
  const counts = tally(findings);
  if (findings.length === 0) return paint('green', `✔ no problems${checked === undefined ? '' : ` in ${plural(checked, 'file')}`}`);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.suggestion, 'suggestion')];
  const mark = counts.error > 0 ? paint('red', '✖') : paint('yellow', '⚠');
  const fixable = counts.fixable > 0 ? `\n  ${plural(counts.fixable, 'problem')} can be fixed automatically: npm run check -- --fix` : '';
  const where = checked === undefined ? plural(counts.files, 'file') : `${counts.files} of ${plural(checked, 'file')}`;
  return `${mark} ${parts.join(', ')} in ${where}${fixable}`;
}
