import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@astrojs/compiler-rs';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import config from '../../.dependency-cruiser.mjs';

/**
 * dependency-cruiser reads JavaScript and TypeScript, not .astro files. So the rules run over a
 * copy of src/ in which every `X.astro` becomes `X.astro.ts`, holding the imports of its front
 * matter (resolved as `./X.astro` + `.ts`, so the components' own imports of it still connect),
 * and `X.astro.script.ts`, holding the imports of its <script> elements: a script is bundled for
 * the browser on its own, so nothing imports it. Both are read from Astro's own parser.
 */

const repository = fileURLToPath(new URL('../..', import.meta.url));

export interface AstroImport {
  source: string;
  typeOnly: boolean;
}

export interface AstroImports {
  frontmatter: AstroImport[];
  scripts: AstroImport[];
}

interface Node {
  type?: string;
  [key: string]: unknown;
}

/** The modules a .astro file imports: in its front matter, and in its <script> elements. */
export function astroImports(text: string): AstroImports {
  const { ast } = parse(text);
  const frontmatter: AstroImport[] = [];
  const scripts: AstroImport[] = [];
  const frontmatterNode = (ast as { frontmatter?: Node | null }).frontmatter;
  if (frontmatterNode) collect(frontmatterNode, frontmatter);
  visit((ast as { body?: unknown }).body, (node) => {
    if (node.type !== 'AstroScript') return false;
    collect(node, scripts);
    return true;
  });
  return { frontmatter, scripts };
}

/** Every import declaration, `export … from` and `import()` with a written path under `node`. */
function collect(root: Node, into: AstroImport[]): void {
  visit(root, (node) => {
    const source = (node.source as Node | undefined)?.value;
    const isDeclaration = node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration';
    if ((isDeclaration || node.type === 'ImportExpression') && typeof source === 'string') {
      const typeOnly = node.importKind === 'type' || node.exportKind === 'type';
      into.push({ source, typeOnly });
    }
    return false;
  });
}

/** Walks an ESTree-shaped tree; `enter` returns true to skip a node's children. */
function visit(value: unknown, enter: (node: Node) => boolean): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, enter);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const node = value as Node;
  if (typeof node.type === 'string' && enter(node)) return;
  for (const [key, child] of Object.entries(node)) if (key !== 'frontmatter' || node.type !== 'AstroRoot') visit(child, enter);
}

/** TypeScript that imports what the list says, the way dependency-cruiser reads it. */
export function importsAsTypeScript(imports: readonly AstroImport[]): string {
  return imports
    .map(({ source, typeOnly }, index) => (typeOnly ? `import type * as t${index} from ${JSON.stringify(source)};` : `import ${JSON.stringify(source)};`))
    .join('\n');
}

export interface LayerCheckOptions {
  /** The folder holding src/ (the repository by default). */
  root?: string;
  /** Files to add to the copy before the check, by path from the root: for tests of the rules. */
  extraFiles?: Record<string, string>;
}

/** A copy of `root/src` with each .astro file turned into the TypeScript of its imports. */
function copyForCruise(root: string, extraFiles: Record<string, string>): string {
  const copy = mkdtempSync(join(tmpdir(), 'hub-layers-'));
  cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
  for (const [path, text] of Object.entries(extraFiles)) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), text);
  }
  for (const entry of readdirSync(join(copy, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const path = join(entry.parentPath, entry.name);
    const imports = astroImports(readFileSync(path, 'utf8'));
    writeFileSync(`${path}.ts`, importsAsTypeScript(imports.frontmatter));
    if (imports.scripts.length > 0) writeFileSync(`${path}.script.ts`, importsAsTypeScript(imports.scripts));
    rmSync(path);
  }
  return copy;
}

/** A broken rule, with the imports to change spelled out. */
export type LayerViolation = IViolation & { imports: string[] };

/**
 * Every import in src/ that breaks a rule of .dependency-cruiser.mjs. A circle of folders is
 * given once (not once per folder on it), with one import for each of its steps.
 */
export async function layerViolations({ root = repository, extraFiles = {} }: LayerCheckOptions = {}): Promise<LayerViolation[]> {
  const copy = copyForCruise(root, extraFiles);
  let result: ICruiseResult;
  try {
    const { output } = await cruise(['src'], {
      ...config.options,
      baseDir: copy,
      validate: true,
      ruleSet: { forbidden: config.forbidden ?? [] },
    });
    result = output as ICruiseResult;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  const seen = new Set<string>();
  const violations: LayerViolation[] = [];
  for (const violation of result.summary.violations) {
    if (!violation.cycle?.length) {
      violations.push({ ...violation, imports: [] });
      continue;
    }
    const folders = [violation.from, ...violation.cycle.map((step) => step.name)];
    const circle = folders.slice(1);
    const key = [...circle].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push({ ...violation, imports: folders.slice(0, -1).map((folder, index) => oneImport(result, folder, folders[index + 1] ?? folder)) });
  }
  return violations;
}

/** One import from a file of one folder to a file of another, as the files it stands for. */
function oneImport(result: ICruiseResult, from: string, to: string): string {
  for (const module of result.modules) {
    if (dirname(module.source) !== from) continue;
    const dependency = module.dependencies.find((candidate) => dirname(candidate.resolved) === to);
    if (dependency) return `${original(module.source)} imports ${original(dependency.resolved)}`;
  }
  return `${from} reaches ${to}`;
}

/** A path of the copy as the file it stands for. */
function original(path: string): string {
  return path.replace(/\.astro\.script\.ts$/, '.astro (<script>)').replace(/\.astro\.ts$/, '.astro');
}

/** One violation in a few lines: the rule, the import (or the circle of folders and its imports), and why. */
export function describeViolation(violation: LayerViolation): string {
  const where = violation.cycle?.length
    ? [violation.from, ...violation.cycle.map((step) => step.name)].join(' → ')
    : `${original(violation.from)} imports ${original(violation.to)}`;
  const rule = config.forbidden?.find((candidate) => candidate.name === violation.rule.name);
  return [`${violation.rule.name}: ${where}`, ...violation.imports.map((line) => `  ${line}`), ...(rule?.comment ? [`  ${rule.comment}`] : [])].join('\n');
}
