import { SUMMARY_MAX_LENGTH } from '../schemas/post.ts';

/**
 * One line about each field, for the comments of new files (`npm run new`) and the hints of the
 * browser editor. A test checks that every schema field has a line here and that no line names a
 * field the schemas do not have.
 */
export const CONTENT_TYPES = ['post', 'faq', 'guideline', 'campaign'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const FIELD_HELP: Record<ContentType, Record<string, string>> = {
  post: {
    title: 'The headline on the hub and in link previews; about 70 characters at most reads best.',
    summary: `One or two sentences shown under the title and in link previews; at most ${SUMMARY_MAX_LENGTH} characters.`,
    category: 'The category id, one of those listed in content/hub.yaml.',
    campaign: 'The campaign this post belongs to: a file name in content/campaigns/, without .yaml.',
    link: 'The page employees share (https://…); leave it out to share the post’s own hub page.',
    publish_date: 'The day the post appears on the hub (YYYY-MM-DD); until then it stays hidden.',
    expiry_date: 'The day the post leaves the lists (YYYY-MM-DD); links already shared keep working.',
    featured: 'When true (switched on), the post is shown first on the home page.',
    draft: 'When true (switched on), the post stays off the hub; set it to false when it is ready.',
    captions: 'Suggested captions, under "default" (every network) or a network id, one or more each.',
    hashtags: 'Hashtags without #, in CamelCase; the share panel adds them where a network uses hashtags.',
    image: 'The picture for the post page and link previews; without one the hub draws a preview.',
    'image.src': 'A file name in content/media/: JPEG, PNG or WebP, at least 1200×627, shaped 1.91:1.',
    'image.alt': 'What the picture shows, for people who cannot see it.',
    why_it_matters: 'Why this is worth sharing, in a few sentences for colleagues deciding whether to share.',
    stakeholders: 'The teams or people involved, shown on the post page.',
    source: 'The third-party publication the post cites, if any (it must be on the credible list).',
    'source.name': 'The publication’s name.',
    'source.url': 'The address of the article (https://…).',
  },
  faq: {
    question: 'The question, as a colleague would ask it.',
    topic: 'Questions are grouped under their topic on the FAQ page.',
    order: 'Position within the topic, smallest first.',
  },
  guideline: {
    title: 'The page title.',
    description: 'One sentence shown in the guidelines index and in search results.',
    order: 'Position in the guidelines index, smallest first.',
  },
  campaign: {
    name: 'The campaign’s name, per language; a language left out shows the default one.',
    hashtag: 'Added to every caption of the campaign’s posts; without #, in CamelCase.',
    start: 'First day of the campaign (YYYY-MM-DD).',
    end: 'Last day of the campaign (YYYY-MM-DD).',
    goal: 'What the campaign wants to achieve, per language, in one sentence.',
    description: 'A few sentences for the campaign page, per language.',
  },
};

/** The help line of a field, by dotted path. */
export function helpFor(type: ContentType, path: string): string | undefined {
  return FIELD_HELP[type][path];
}

/** `why_it_matters` → `Why it matters`. */
export function labelOf(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
