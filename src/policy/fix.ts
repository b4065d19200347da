import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding, Fix } from '../reading/finding.ts';

type CertainFix = Fix & { range: [number, number]; replacement: string };

function isCertain(fix: Fix | undefined): fix is CertainFix {
  return fix?.range !== undefined && fix.replacement !== undefined;
}

/** Applies replacements to a text, last first so earlier offsets stay valid; overlapping ones are skipped. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const certain = fixes.filter(isCertain).sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let out = text;
  let applied = 0;
  let limit = Number.POSITIVE_INFINITY;
  for (const fix of certain) {
    const [start, end] = fix.range;
    if (end > limit || start < 0 || end > text.length) continue;
    out = out.slice(0, start) + fix.replacement + out.slice(end);
    limit = start;
    applied++;
  }
  return { text: out, applied };
}

/**
 * Writes the certain fixes of the findings (brand spellings, repeated hashtags) into their
 * files, and touches no other file. Returns what changed.
 */
export function fixFiles(findings: readonly Finding[], cwd: string = process.cwd()): { files: string[]; applied: number } {
  const byFile = new Map<string, Fix[]>();
  for (const finding of findings) {
    if (isCertain(finding.fix)) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding.fix]);
  }
  const files: string[] = [];
  let applied = 0;
  for (const [file, fixes] of byFile) {
    const path = resolve(cwd, file);
    const before = readFileSync(path, 'utf8');
    const result = applyFixes(before, fixes);
    if (result.applied === 0 || result.text === before) continue;
    writeFileSync(path, result.text);
    files.push(file);
    applied += result.applied;
  }
  return { files, applied };
}
