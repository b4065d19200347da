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
   * A file name in `content/media/`. A leading `/media/` or `content/media/` (what the browser
   * editor's picture picker writes) is accepted and dropped. @example e-bike-launch.jpg
   */
  src: z
    .string()
    .min(1, 'must name an image file in content/media/')
    .transform((src) => src.replace(/^\/?(?:content\/)?media\//, '')),
  /** What the picture shows, for people who cannot see it. */
  alt: z.string().trim().min(1, 'must describe the picture for people who cannot see it'),
});

/** A third-party publication the post cites. */
export const sourceSchema = z.object({
  /** @example Financial Times */
  name: z.string().min(1),
  url: urlSchema,
});

/**
 * Front matter of a post (`content/posts/<locale>/<slug>.md|mdx`). The locale comes from the
 * folder and the slug from the file name; the body, if any, is longer context.
 */
export function createPostSchema(context: PostSchemaContext) {
  return z
    .strictObject({
      title: z.string().trim().min(1, 'must not be empty'),
      summary: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(SUMMARY_MAX_LENGTH, { error: (issue) => `is ${String(issue.input).length} characters long; shorten it to at most ${SUMMARY_MAX_LENGTH}` }),
      category: z.string().refine((id) => context.categories.includes(id), {
        error: (issue) =>
          `"${String(issue.input)}" is not a category of this hub; use one of: ${context.categories.join(', ')}`,
      }),
      campaign: z
        .string()
        .refine((id) => context.campaigns.includes(id), {
          error: (issue) =>
            context.campaigns.length === 0
              ? `"${String(issue.input)}" is not a campaign: there is no file in content/campaigns/ yet`
              : `"${String(issue.input)}" is not a campaign; use one of: ${context.campaigns.join(', ')}`,
        })
        .optional(),
      /** The page to share; without it the post shares its own hub page. */
      link: urlSchema.optional(),
      publish_date: dateSchema,
      expiry_date: dateSchema.optional(),
      featured: z.boolean().default(false),
      draft: z.boolean().default(false),
      captions: captionsSchema,
      hashtags: z.array(hashtagSchema).default([]),
      image: imageFieldSchema
        .refine((image) => context.mediaExists(image.src), {
          error: (issue) => {
            const src = (issue.input as { src?: unknown }).src;
            return `the image "${String(src)}" is not in content/media/; add the file there or correct the name`;
          },
          path: ['src'],
        })
        .optional(),
      why_it_matters: z.string().trim().min(1, 'must not be empty'),
      stakeholders: z.array(z.string().min(1)).default([]),
      source: sourceSchema.optional(),
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
