import { z } from 'astro/zod';
import { NETWORK_IDS, dateSchema, hashtagSchema, urlSchema } from './common.ts';

/**
 * The longest summary, in characters: it is shown under the title and as the link preview's
 * description, which the networks cut at about this length.
 */
export const SUMMARY_MAX_LENGTH = 300;

/** What a post schema needs to know about the rest of the hub to check references. */
export interface PostSchemaContext {
  /** Category ids from the hub config. */
  categories: readonly string[];
  /** Campaign ids (file names in `content/campaigns/`). */
  campaigns: readonly string[];
  /** Whether a file of that name exists in `content/media/`. */
  mediaExists: (fileName: string) => boolean;
}

/** Keys allowed under `captions`: a network id, or `default` for every network without its own. */
export const CAPTION_KEYS = ['default', ...NETWORK_IDS.filter((id) => !id.startsWith('copy-') && id !== 'share-sheet')] as const;
export type CaptionKey = (typeof CAPTION_KEYS)[number];

const captionVariantsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.string().trim().min(1, 'a caption must not be empty')).min(1, 'needs at least one caption'));

export const captionsSchema = z
  .record(z.string(), captionVariantsSchema)
  .superRefine((captions, ctx) => {
    for (const key of Object.keys(captions)) {
      if (!(CAPTION_KEYS as readonly string[]).includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is not a network the hub knows; use one of: ${CAPTION_KEYS.join(', ')}`,
        });
      }
    }
    if (Object.keys(captions).length === 0) {
      ctx.addIssue({ code: 'custom', message: 'needs at least one caption, for example under "default" or "linkedin"' });
    }
  })
  .transform((captions) => captions as Partial<Record<CaptionKey, string[]>>);

/** The picture shown on the post page and in link previews. */
export const imageFieldSchema = z.object({
  /**
   * A leading `/media/` or `content/media/` (what the browser editor's picture picker writes) is
   * accepted and dropped. @example e-bike-launch.jpg
   */
  src: z
    .string()
    .min(1, 'must name an image file in content/media/')
    .transform((src) => src.replace(/^\/?(?:content\/)?media\//, ''))
    .describe('A file name in content/media/: JPEG, PNG or WebP, at least 1200×627, shaped 1.91:1.'),
  alt: z
    .string()
    .trim()
    .min(1, 'must describe the picture for people who cannot see it')
    .describe('What the picture shows, for people who cannot see it.'),
});

/** A third-party publication the post cites. */
export const sourceSchema = z.object({
  /** @example Financial Times */
  name: z.string().min(1).describe('The publication’s name.'),
  url: urlSchema.describe('The address of the article (https://…).'),
});

/**
 * Front matter of a post (`content/posts/<locale>/<slug>.md|mdx`). The locale comes from the
 * folder and the slug from the file name; the body, if any, is longer context.
 */
export function createPostSchema(context: PostSchemaContext) {
  return z
    .strictObject({
      title: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .describe('The headline on the hub and in link previews; about 70 characters at most reads best.'),
      summary: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(SUMMARY_MAX_LENGTH, { error: (issue) => `is ${String(issue.input).length} characters long; shorten it to at most ${SUMMARY_MAX_LENGTH}` })
        .describe(`One or two sentences shown under the title and in link previews; at most ${SUMMARY_MAX_LENGTH} characters.`),
      category: z
        .string()
        .refine((id) => context.categories.includes(id), {
          error: (issue) =>
            `"${String(issue.input)}" is not a category of this hub; use one of: ${context.categories.join(', ')}`,
        })
        .describe('The category id, one of those listed in content/hub.yaml.'),
      campaign: z
        .string()
        .refine((id) => context.campaigns.includes(id), {
          error: (issue) =>
            context.campaigns.length === 0
              ? `"${String(issue.input)}" is not a campaign: there is no file in content/campaigns/ yet`
              : `"${String(issue.input)}" is not a campaign; use one of: ${context.campaigns.join(', ')}`,
        })
        .describe('The campaign this post belongs to: a file name in content/campaigns/, without .yaml.')
        .optional(),
      link: urlSchema
        .describe('The page employees share (https://…): one of your pages or a third-party article; leave it out to share the post’s own hub page.')
        .optional(),
      publish_date: dateSchema.describe('The day the post appears on the hub (YYYY-MM-DD); until then it stays hidden.'),
      expiry_date: dateSchema
        .describe('The day the post leaves every list, feed and search (YYYY-MM-DD), after publish_date; its page and the links already shared keep working.')
        .optional(),
      featured: z.boolean().default(false).describe('When true (switched on), the post is shown first on the home page.'),
      draft: z.boolean().default(false).describe('When true (switched on), the post stays off the hub; set it to false when it is ready.'),
      captions: captionsSchema.describe(
        `Suggested captions, one or a list of variants under "default" (any network without its own) or a network id: ${CAPTION_KEYS.filter((key) => key !== 'default').join(', ')}.`,
      ),
      hashtags: z
        .array(hashtagSchema)
        // prefault, not default: [] is also what an editor may write, so the field reference shows it.
        .prefault([])
        .describe('Hashtags without #, in CamelCase (RideToWork); the share panel adds them where a network uses hashtags.'),
      image: imageFieldSchema
        .refine((image) => context.mediaExists(image.src), {
          error: (issue) => {
            const src = (issue.input as { src?: unknown }).src;
            return `the image "${String(src)}" is not in content/media/; add the file there or correct the name`;
          },
          path: ['src'],
        })
        .describe('The picture for the post page and link previews; without one the hub draws a preview.')
        .optional(),
      why_it_matters: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .describe('Why this is worth sharing, in a few sentences for colleagues deciding whether to share.'),
      stakeholders: z.array(z.string().min(1)).default([]).describe('The teams or people involved, shown on the post page.'),
      source: sourceSchema.describe('The third-party publication the post cites, if any (it must be on the credible list).').optional(),
    })
    .superRefine((post, ctx) => {
      if (post.expiry_date && post.expiry_date.getTime() <= post.publish_date.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['expiry_date'],
          message: 'must be after publish_date: a post cannot expire before it is published',
        });
      }
    });
}

export type PostData = z.output<ReturnType<typeof createPostSchema>>;
