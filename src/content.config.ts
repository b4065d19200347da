import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { campaignSchema } from './schemas/campaign.ts';
import { faqSchema } from './schemas/faq.ts';
import { guidelineSchema } from './schemas/guideline.ts';
import { createPostSchema } from './schemas/post.ts';
import { collectionFiles, contentDir } from './reading/paths.ts';
import { postSchemaContext } from './reading/hub-config.ts';

// The same schemas serve `npm run check`; the content-check integration has already reported
// any problem in words by the time Astro validates here. Which files each collection reads is
// the content layer's to say (src/reading/paths.ts), so the check and the build read the same.
const dir = contentDir();

const posts = defineCollection({
  loader: glob(collectionFiles(dir, 'post')),
  schema: createPostSchema(postSchemaContext(dir)),
});

const campaigns = defineCollection({
  loader: glob(collectionFiles(dir, 'campaign')),
  schema: campaignSchema,
});

const guidelines = defineCollection({
  loader: glob(collectionFiles(dir, 'guideline')),
  schema: guidelineSchema,
});

const faq = defineCollection({
  loader: glob(collectionFiles(dir, 'faq')),
  schema: faqSchema,
});

export const collections = { posts, campaigns, guidelines, faq };
