import type { Rule } from '../rule.ts';
import { bannedTerms } from './banned-terms.ts';
import { brandSpellings } from './brand-spellings.ts';
import { confidentiality } from './confidentiality.ts';
import { dates } from './dates.ts';
import { disclosure } from './disclosure.ts';
import { hashtags } from './hashtags.ts';
import { images } from './images.ts';
import { length } from './length.ts';
import { links } from './links.ts';
import { mdxSafety } from './mdx-safety.ts';
import { schema } from './schema.ts';

/** Every rule, in the order their findings are most useful to read. Each reads the same parsed file. */
export const RULES: readonly Rule[] = [
  schema,
  mdxSafety,
  dates,
  bannedTerms,
  confidentiality,
  brandSpellings,
  disclosure,
  hashtags,
  length,
  links,
  images,
];
