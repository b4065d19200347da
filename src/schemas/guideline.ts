import { z } from 'astro/zod';

/** A guidelines page (`content/guidelines/<locale>/<slug>.mdx`). */
export const guidelineSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty'),
  /** One sentence shown in the guidelines index and in search results. */
  description: z.string().trim().min(1, 'must not be empty'),
  /** Position in the guidelines index, smallest first. */
  order: z.number({ error: 'must be a number such as 1, 2 or 3' }).int(),
});

export type GuidelineData = z.output<typeof guidelineSchema>;
