import type { z } from 'astro/zod';
import type { LocatedYaml } from './yaml-position.ts';
import type { CampaignData } from '../schemas/campaign.ts';
import type { PostData } from '../schemas/post.ts';
import type { MdNode } from './markdown-nodes.ts';
import type { LineIndex } from '../lib/line-index.ts';

/** What a content file is, from where it stands in the content folder. */
export type ContentKind = 'post' | 'guideline' | 'faq' | 'campaign' | 'hub';

export interface ContentFile {
  /** Absolute path. */
  path: string;
  kind: ContentKind;
  /** The language folder (posts, guidelines, faq). */
  locale?: string;
  /** The file name without extension: the post's slug, the campaign's id. */
  slug?: string;
}

/** YAML read with positions: the front matter of a Markdown file, or a whole YAML file. */
export interface LocatedBlock {
  yaml: LocatedYaml;
  /** Offset in the file of the YAML text's first character. */
  offset: number;
}

/** A content file read once and parsed once; every rule reads this. */
export interface ContentDocument extends ContentFile {
  /** As shown to people: relative to the working directory. */
  file: string;
  text: string;
  lines: LineIndex;
  isMdx: boolean;
  /** Front matter (Markdown) or the whole file (YAML). */
  block?: LocatedBlock;
  /** The YAML as plain data, before the schema. */
  raw?: unknown;
  /** Every node of the Markdown/MDX body in document order, as the compiler (Sätteri) reads it. */
  nodes?: MdNode[];
  /** .mdx only: the same body as remark-mdx reads it, a second opinion for the MDX safety rule. */
  mdxNodes?: MdNode[];
  /** The schema's complaints; empty when the fields are valid. */
  issues: readonly z.core.$ZodIssue[];
  /** The validated fields, when the schema accepted them. */
  post?: PostData;
  campaign?: CampaignData;
}
