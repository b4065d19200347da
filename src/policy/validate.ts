import type { z } from 'astro/zod';
import { campaignSchema } from '../schemas/campaign.ts';
import { faqSchema } from '../schemas/faq.ts';
import { guidelineSchema } from '../schemas/guideline.ts';
import type { createPostSchema } from '../schemas/post.ts';
import type { ContentDocument } from '../reading/document.ts';

export interface Schemas {
  post: ReturnType<typeof createPostSchema>;
}

/**
 * Runs the collection's zod schema (the same one `astro:content` uses) over a parsed file and
 * keeps the verdict on the document: the issues for the schema rule, the typed data for the
 * rules that need valid fields. The hub settings are checked by `readHubConfig` instead.
 */
export function validate(doc: ContentDocument, schemas: Schemas): void {
  const input = doc.raw ?? {};
  const keep = <T>(result: z.ZodSafeParseResult<T>): T | undefined => {
    if (result.success) return result.data;
    doc.issues = result.error.issues;
    return undefined;
  };
  switch (doc.kind) {
    case 'post': {
      const post = keep(schemas.post.safeParse(input));
      if (post) doc.post = post;
      break;
    }
    case 'campaign': {
      const campaign = keep(campaignSchema.safeParse(input));
      if (campaign) doc.campaign = campaign;
      break;
    }
    case 'guideline':
      keep(guidelineSchema.safeParse(input));
      break;
    case 'faq':
      keep(faqSchema.safeParse(input));
      break;
    case 'hub':
      break;
  }
}
