import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const posts = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: `${process.env.BENCH_CONTENT_DIR}/posts` }),
});

export const collections = { posts };
