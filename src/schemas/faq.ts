import { z } from 'astro/zod';

/** A question and answer (`content/faq/<locale>/<slug>.md`); the body is the answer. */
export const faqSchema = z.strictObject({
  question: z.string().trim().min(1, 'must not be empty'),
  /** Questions are grouped by topic on the FAQ page. @example Sharing */
  topic: z.string().trim().min(1, 'must not be empty'),
  /** Position within its topic, smallest first. */
  order: z.number({ error: 'must be a number such as 1, 2 or 3' }).int().default(100),
});

export type FaqData = z.output<typeof faqSchema>;
