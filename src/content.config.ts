import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { campaignSchema } from './schemas/campaign.ts';
import { faqSchema } from './schemas/faq.ts';
import { guidelineSchema } from './schemas/guideline.ts';
import { createPostSchema } from './schemas/post.ts';
import { contentDir } from './content/paths.ts';
import { postSchemaContext } from './content/hub-config.ts';

// The same schemas serve `npm run check`; the content-check integration has already reported
// any problem in words by the time Astro validates here.
const dir = contentDir();

const posts = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: join(dir, 'posts') }),
  schema: createPostSchema(postSchemaContext(dir)),
});

const campaigns = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: join(dir, 'campaigns') }),
  schema: campaignSchema,
});

const guidelines = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: join(dir, 'guidelines') }),
  schema: guidelineSchema,
});

const faq = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: join(dir, 'faq') }),
  schema: faqSchema,
});

export const collections = { posts, campaigns, guidelines, faq };
