import { fillPlaceholders } from '../i18n/translate.ts';
import type { CampaignData } from '../schemas/campaign.ts';
import type { HubConfig } from '../schemas/hub.ts';
import type { Policy } from '../schemas/policy.ts';
import type { ContentDocument } from '../reading/document.ts';
import type { Finding, Fix, Severity } from '../reading/finding.ts';
import type { ImageFacts } from './images/image-facts.ts';
import type { MdNode } from '../reading/markdown-nodes.ts';

/** Everything a rule may read besides the file itself; built once per run. */
export interface RuleContext {
  contentDir: string;
  policy: Policy;
  hub: HubConfig;
  /** Campaigns by id (file name), as validated. */
  campaigns: ReadonlyMap<string, CampaignData>;
  /** "Today" for date rules: HUB_NOW when set, else now. */
  today: Date;
  /** Whether `content/media/<name>` exists (the folder is listed once per run). */
  mediaExists(name: string): boolean;
  /** Format, size and dimensions of an image file, read from its header once per file version. */
  imageFacts(path: string): Promise<ImageFacts>;
}

/** A finding before the engine adds the file name. */
export type Report = (finding: Omit<Finding, 'file'>) => void;

/** A rule: reads one parsed file and reports what breaks the policy. */
export type Rule = (doc: ContentDocument, context: RuleContext, report: Report) => void | Promise<void>;

/** Where a finding points. */
export interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** What a policy rule contributes to each of its findings. */
export interface RuleRef {
  id: string;
  level: Severity;
  message?: string | undefined;
  link?: string | undefined;
}

/**
 * A finding of a policy rule: the policy's own message when it has one (with `{placeholders}`
 * filled), otherwise the built-in message.
 */
export function findingOf(rule: RuleRef, place: Place, message: string, values: Record<string, string | number> = {}, fix?: Fix): Omit<Finding, 'file'> {
  const text = rule.message ? fillPlaceholders(rule.message, values) : message;
  return {
    ...place,
    severity: rule.level,
    ruleId: rule.id,
    message: text,
    ...(fix ? { fix } : {}),
    ...(rule.link ? { url: rule.link } : {}),
  };
}

/** The place of a range of the file's text. */
export function placeOfRange(doc: ContentDocument, start: number, end: number): Place {
  const from = doc.lines.position(start);
  const to = doc.lines.position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The place of a front-matter field (or of its parent when the field is missing). */
export function placeOfField(doc: ContentDocument, path: readonly (string | number)[]): Place {
  return doc.block ? doc.block.yaml.locate(path) : { line: 1, column: 1 };
}

/** The place of a Markdown/MDX node (or attribute) of the body, when the parser recorded it. */
export function placeOfNode(node: Pick<MdNode, 'position'>): Place | undefined {
  const position = node.position;
  if (!position) return undefined;
  return { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column };
}
