import { parseArgs } from 'node:util';

export const FORMATS = ['pretty', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckArgs {
  files: string[];
  changed?: string;
  fix: boolean;
  format: Format;
  strict: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run check -- [options] [FILE…]

Checks posts, guidelines, FAQ entries, campaigns and hub.yaml against content/policy.yaml.

  FILE…              check only these files (default: all content)
  --changed REF      check the content files changed since a git ref (e.g. origin/main)
  --fix              apply the fixes that are certain (brand spellings, repeated hashtags), then report the rest
  --format FORMAT    pretty (default), json, github (pull-request annotations) or sarif
  --strict           fail on warnings too
  -h, --help         show this help

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 the check could not run.`;

/** The command line as a plain object, or the reason it is wrong (exit code 2). */
export function parseCheckArgs(argv: readonly string[]): { args: CheckArgs } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        changed: { type: 'string' },
        fix: { type: 'boolean', default: false },
        format: { type: 'string', default: 'pretty' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'pretty';
  if (!(FORMATS as readonly string[]).includes(format)) return { error: `--format must be one of ${FORMATS.join(', ')}, not "${format}"` };
  if (values.changed !== undefined && positionals.length > 0) return { error: 'give either files or --changed REF, not both' };
  if (values.changed !== undefined && values.changed.trim() === '') return { error: '--changed needs a git ref, such as origin/main' };
  return {
    args: {
      files: positionals,
      ...(values.changed !== undefined ? { changed: values.changed } : {}),
      fix: values.fix ?? false,
      format: format as Format,
      strict: values.strict ?? false,
      help: values.help ?? false,
    },
  };
}
