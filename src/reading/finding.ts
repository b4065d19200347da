/** How serious a finding is; only errors fail the check (warnings too with `--strict`). */
export type Severity = 'error' | 'warning' | 'suggestion';

/** A fix that is certain: replace the text between two offsets of the file. */
export interface Fix {
  /** What the fix does, for people. @example Write "Tidewater Cycles" */
  description: string;
  /** Offsets into the file's text, end exclusive. Absent when the fix is only a suggestion. */
  range?: [number, number];
  replacement?: string;
}

/** One thing the checker has to say about one place in one file. */
export interface Finding {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  ruleId: string;
  message: string;
  fix?: Fix;
  /** A page that explains the rule. */
  url?: string;
}

/** Raised for problems in content that stop a command; carries findings, never a stack trace for people. */
export class ContentProblems extends Error {
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    super(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`).join('\n'));
    this.name = 'ContentProblems';
    this.findings = findings;
  }
}
