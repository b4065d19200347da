import { defineCollection } from 'astro:content';
import { campaignSchema } from './schemas/campaign.ts';
import { faqSchema } from './schemas/faq.ts';
import { guidelineSchema } from './schemas/guideline.ts';
import { createPostSchema } from './schemas/post.ts';
import { contentFiles } from './reading/content-loader.ts';
import { contentDir } from './reading/paths.ts';
import { postSchemaContext } from './reading/hub-config.ts';

// The same schemas serve `npm run check`; the content-check integration has already reported
// any problem in words by the time Astro validates here. Which files each collection reads is
// the content layer's to say (src/reading/paths.ts), so the check and the build read the same;
// a rebuild does not parse again a file that has not changed (src/reading/content-loader.ts).
// Posts and guidelines are stored without their raw body (`retainBody: false`): their pages show
// the rendered body only, and the whole store is written and bundled on every build. The FAQ keeps
// it: its page gives each answer's text to search engines (faqJsonLd).
const dir = contentDir();

const posts = defineCollection({
  loader: contentFiles(dir, 'post', { retainBody: false }),
  schema: createPostSchema(postSchemaContext(dir)),
});

const campaigns = defineCollection({
  loader: contentFiles(dir, 'campaign'),
  schema: campaignSchema,
});

const guidelines = defineCollection({
  loader: contentFiles(dir, 'guideline', { retainBody: false }),
  schema: guidelineSchema,
});

const faq = defineCollection({
  loader: contentFiles(dir, 'faq'),
  schema: faqSchema,
});

export const collections = { posts, campaigns, guidelines, faq };
