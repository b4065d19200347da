import { campaignSchema } from '../schemas/campaign.ts';
import { faqSchema } from '../schemas/faq.ts';
import { guidelineSchema } from '../schemas/guideline.ts';
import { createPostSchema } from '../schemas/post.ts';
import { objectFields, type FieldSpec } from './schema-fields.ts';

/**
 * The fields of each kind of content file and their help, read from the zod schemas the validator
 * uses: each field's one description is written there (`.describe()`), and serves the comments of
 * new files (`npm run new`), the hints of the browser editor and the reference in docs/.
 */
export const CONTENT_TYPES = ['post', 'faq', 'guideline', 'campaign'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The fields of each kind of file, read from the schemas the validator uses. */
export function fieldsOf(type: ContentType): FieldSpec[] {
  switch (type) {
    case 'post':
      return objectFields(createPostSchema({ categories: [], campaigns: [], mediaExists: () => false }));
    case 'faq':
      return objectFields(faqSchema);
    case 'guideline':
      return objectFields(guidelineSchema);
    case 'campaign':
      return objectFields(campaignSchema);
  }
}

/** `why_it_matters` → `Why it matters`. */
export function labelOf(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
