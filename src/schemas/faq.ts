import { z } from 'astro/zod';

/** A question and answer (`content/faq/<locale>/<slug>.md`); the body is the answer. */
export const faqSchema = z.strictObject({
  question: z.string().trim().min(1, 'must not be empty').describe('The question, as a colleague would ask it.'),
  /** @example Sharing */
  topic: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .describe('Questions are grouped under their topic on the FAQ page, topics in the order they first appear.'),
  order: z
    .number({ error: 'must be a number such as 1, 2 or 3' })
    .int()
    .default(100)
    .describe('Position within the topic, smallest first.'),
});

export type FaqData = z.output<typeof faqSchema>;
