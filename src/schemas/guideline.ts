import { z } from 'astro/zod';

/** A guidelines page (`content/guidelines/<locale>/<slug>.mdx`). */
export const guidelineSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').describe('The page title.'),
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .describe('One sentence shown in the guidelines index and in search results.'),
  order: z
    .number({ error: 'must be a number such as 1, 2 or 3' })
    .int()
    .describe('Position in the guidelines index, smallest first.'),
});

export type GuidelineData = z.output<typeof guidelineSchema>;
