import { readFileSync, statSync } from 'node:fs';
import { CORE_SCHEMA, load as loadYaml, type YAMLException } from 'js-yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { displayPath } from './paths.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-position.ts';
import type { ContentDocument, ContentFile, LocatedBlock } from './document.ts';
import type { Finding } from './finding.ts';
import { flatten, type MdNode, type Point } from './markdown-nodes.ts';
import { lineIndex, type LineIndex } from '../lib/line-index.ts';
import { yamlErrors } from './yaml-errors.ts';

/** Content files are short texts; anything bigger is almost always a mistake (a pasted export, an image). */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

/** The MDX parser of the unified collective: a second reading of .mdx files for the MDX safety rule. */
const remarkMdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).freeze();
// ignoreBOM keeps a byte-order mark in the text, so offsets match the file as --fix reads it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface ParseResult {
  doc?: ContentDocument;
  /** Why the file could not be read or parsed; the rules do not run on it. */
  problems: Finding[];
}

/** Reads a content file once and parses it once: YAML with positions, and the Markdown/MDX body. */
export function parseContentFile(source: ContentFile): ParseResult {
  const file = displayPath(source.path);
  const problem = (ruleId: string, message: string, line = 1, column = 1): ParseResult => ({
    problems: [{ file, line, column, severity: 'error', ruleId, message }],
  });
  let bytes: Buffer;
  try {
    const size = statSync(source.path).size;
    if (size > MAX_TEXT_FILE_BYTES) {
      return problem('file-size', `this file is ${megabytes(size)}; content files must be under ${megabytes(MAX_TEXT_FILE_BYTES)}. Is it an image or an export saved under the wrong name?`);
    }
    bytes = readFileSync(source.path);
  } catch (error) {
    // Deleted or locked while the check ran (an editor saving, the dev server watching).
    return problem('file-format', `this file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (bytes.includes(0)) return problem('file-format', 'this is not a text file (it contains binary data); save it as UTF-8 text or remove it');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return problem('file-format', 'this file is not UTF-8 text; save it again with the UTF-8 encoding');
  }
  const base = { ...source, file, text, lines: lineIndex(text), isMdx: source.path.endsWith('.mdx'), issues: [] };
  if (text.trim() === '') return problem('front-matter', `the file is empty; ${emptyHint(source)}`);

  if (source.kind === 'campaign' || source.kind === 'hub') {
    const yaml = readYaml(file, text, 0, 0, base.lines);
    if ('problems' in yaml) return yaml;
    return { doc: { ...base, ...yaml }, problems: [] };
  }

  const front = splitFrontMatter(text);
  if (front === 'missing') return problem('front-matter', `the file must start with front matter: a line with ---, the fields, and another line with ---; ${emptyHint(source)}`);
  if (front === 'unclosed') return problem('front-matter', 'the front matter that starts on line 1 is never closed: add a line with --- after the last field');
  const yaml = readYaml(file, front.yaml, front.offset, front.lineOffset, base.lines);
  if ('problems' in yaml) return yaml;

  const body = parseBody(text, base.isMdx);
  if ('line' in body) return problem('mdx-syntax', mdxSyntaxMessage(body.reason), body.line, body.column);
  return { doc: { ...base, ...yaml, ...body }, problems: [] };
}

/**
 * Front matter or a YAML file: its values read with js-yaml (the parser Astro reads front matter
 * with, and about nine times faster than a parse that keeps positions), with the core schema so
 * that a date stays the text it was written as and 2026-02-30 can be refused rather than turned
 * into 2 March. Source positions are parsed only when something asks where a field is: a finding.
 */
function readYaml(file: string, yamlText: string, offset: number, lineOffset: number, lines: LineIndex): Pick<ContentDocument, 'block' | 'raw'> | { problems: Finding[] } {
  // js-yaml expands aliases without limit: a few lines of `*name` can stand for gigabytes. Text
  // with an alias is read by the parser that keeps positions, which stops at 100 of them.
  if (ALIAS.test(yamlText)) return readYamlWithAliases(file, yamlText, offset, lineOffset, lines);
  let raw: unknown;
  try {
    raw = loadYaml(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    // Say it in the words (and on the line) of the parser that keeps positions, when it agrees.
    const located = locatedBlock(file, yamlText, offset, lineOffset, lines);
    if ('problems' in located) return located;
    const { reason, mark } = error as YAMLException;
    const at = lines.position(offset + (mark?.position ?? 0));
    return { problems: [{ file, ...at, severity: 'error', ruleId: 'yaml', message: `this is not valid YAML: ${reason}; text that contains ": " or starts with # or " must be in quotes` }] };
  }
  let located: LocatedYaml | undefined;
  const block: LocatedBlock = {
    offset,
    get yaml() {
      located ??= parseLocatedYaml(yamlText, lineOffset);
      return located;
    },
  };
  return { block, raw };
}

/** The YAML parsed with source positions, or its syntax errors on their lines. */
function locatedBlock(file: string, yamlText: string, offset: number, lineOffset: number, lines: LineIndex): LocatedBlock | { problems: Finding[] } {
  const block: LocatedBlock = { yaml: parseLocatedYaml(yamlText, lineOffset), offset };
  const errors = yamlErrors(file, block, lines);
  return errors.length > 0 ? { problems: errors } : block;
}

/** A YAML alias (`*name`) where a value starts. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,[\]{}]/m;

function readYamlWithAliases(file: string, yamlText: string, offset: number, lineOffset: number, lines: LineIndex): Pick<ContentDocument, 'block' | 'raw'> | { problems: Finding[] } {
  const block = locatedBlock(file, yamlText, offset, lineOffset, lines);
  if ('problems' in block) return block;
  try {
    return { block, raw: block.yaml.document.toJS({ maxAliasCount: 100 }) };
  } catch {
    return {
      problems: [{ file, ...lines.position(offset), severity: 'error', ruleId: 'yaml', message: 'this front matter repeats values through YAML aliases (*name) too many times; write the values out instead' }],
    };
  }
}

/**
 * The body's syntax trees. Astro 7 compiles .md and .mdx with Sätteri, so the rules read
 * Sätteri's tree: what the checker sees is what the compiler will build (and it parses about
 * twenty times faster than micromark). MDX is code, so an .mdx file is also read by remark-mdx,
 * and the MDX safety rule walks both trees: a construct only one parser notices is still refused.
 */
function parseBody(text: string, isMdx: boolean): Pick<ContentDocument, 'nodes' | 'mdxNodes'> | { line: number; column: number; reason: string } {
  // Sätteri skips a byte-order mark and counts from after it; the rules count from the file's start.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = bom ? text.slice(1) : text;
  try {
    const nodes = flatten((isMdx ? mdxToMdast(source) : markdownToMdast(source)) as MdNode);
    if (bom) for (const node of nodes) shiftPosition(node, bom);
    if (!isMdx) return { nodes };
    return { nodes, mdxNodes: flatten(remarkMdxParser.parse(text) as MdNode) };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    if (place.line !== undefined) return { line: place.line, column: place.column ?? 1, reason: place.reason ?? place.message ?? '' };
    // Sätteri's messages start with the place: "3:1: Unexpected closing tag … (mdx-jsx:…)".
    const message = place.message ?? String(error);
    const at = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(message);
    if (!at) return { line: 1, column: 1, reason: message };
    const line = Number(at[1]);
    return { line, column: Number(at[2]) + (line === 1 ? bom : 0), reason: at[3] ?? '' };
  }
}

function mdxSyntaxMessage(reason: string): string {
  return `this is not valid MDX: ${reason || 'the parser stopped here'}. In .mdx files, { and < start code: write \\{ or &lt; to show the characters themselves`;
}

function shiftPosition(node: { position?: { start: Point; end: Point } | undefined; attributes?: { position?: { start: Point; end: Point } | undefined }[] }, by: number): void {
  for (const point of node.position ? [node.position.start, node.position.end] : []) {
    if (point.offset !== undefined) point.offset += by;
    if (point.line === 1) point.column += by;
  }
  for (const attribute of node.attributes ?? []) shiftPosition(attribute, by);
}

/** The YAML between the first two `---` lines, or why there is none. */
export function splitFrontMatter(text: string): { yaml: string; offset: number; lineOffset: number } | 'missing' | 'unclosed' {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return 'missing';
  const offset = open[0].length;
  const rest = text.slice(offset);
  const end = rest.startsWith('---') && /^---[ \t]*(\r?\n|$)/.test(rest) ? { index: 0 } : /\r?\n---[ \t]*(\r?\n|$)/.exec(rest);
  if (!end) return 'unclosed';
  return { yaml: rest.slice(0, end.index), offset, lineOffset: 1 };
}

function emptyHint(source: ContentFile): string {
  if (source.kind === 'post') return 'a post needs at least title, summary, category, publish_date, captions and why_it_matters';
  if (source.kind === 'guideline') return 'a guideline needs title, description and order';
  if (source.kind === 'faq') return 'an FAQ entry needs question and topic, and the answer below the front matter';
  if (source.kind === 'campaign') return 'a campaign needs name, hashtag, start, end, goal and description';
  return 'see docs/reference/ for the fields';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
