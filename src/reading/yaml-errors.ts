import type { LocatedBlock } from './document.ts';
import type { Finding } from './finding.ts';
import type { LineIndex } from '../lib/line-index.ts';

/** YAML syntax errors on their line (the parser's own line numbers would not count the opening ---). */
export function yamlErrors(file: string, block: LocatedBlock, lines: LineIndex): Finding[] {
  return block.yaml.document.errors.map((error) => ({
    file,
    ...lines.position(block.offset + error.pos[0]),
    severity: 'error' as const,
    ruleId: 'yaml',
    message: `this is not valid YAML: ${error.message.split('\n')[0]}${yamlHint(error.code)}`,
  }));
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY') return '; each field may appear only once';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return '; check the indentation and that text with ": " or " #" is in quotes';
  return '; text that contains ": " or starts with # or " must be in quotes';
}
