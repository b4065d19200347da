import { z } from 'astro/zod';
import { judgeUrl } from '../lib/url-rule.ts';
import { hashtagSchema, localizedSchema, slugSchema } from './common.ts';
import { CAPTION_KEYS } from './post.ts';
import { BUILT_IN_RULE_IDS } from './built-in-rules.ts';

/**
 * The content policy (`content/policy.yaml`): the rules `npm run check` enforces and the
 * guidelines pages show. Every rule is data, so comms can add a banned term or a brand spelling
 * without touching code. Leave a section out to switch that rule off (MDX safety and the
 * schema checks are always on).
 */

/** How serious a finding is. Only errors fail the check (`--strict` also fails on warnings). */
export const levelSchema = z.enum(['error', 'warning', 'suggestion'], {
  error: () => 'must be one of: error, warning, suggestion',
});

/** A rule's name in reports, such as `no-politics`. Unique in the file. */
const ruleIdSchema = slugSchema;

/**
 * Where the rule is explained: a path of the hub (`/guidelines/social-media-policy/#…`) or a
 * full https address.
 */
const linkSchema = z.string().superRefine((value, ctx) => {
  const verdict = judgeUrl(value, 'link');
  const message = 'must be a hub path starting with "/" (such as /guidelines/social-media-policy/) or an https:// address';
  if (!verdict.ok) ctx.addIssue({ code: 'custom', message: `${message}: it ${verdict.reason}`, input: value });
  else if (verdict.relative && !value.trim().startsWith('/')) ctx.addIssue({ code: 'custom', message, input: value });
});

/** What every rule has: its id, how serious it is, optionally its own message and a link to why. */
function rule(defaultId: string, defaultLevel: z.infer<typeof levelSchema> = 'error') {
  return {
    id: ruleIdSchema.default(defaultId).describe('The rule’s name in reports: lowercase, hyphens, unique; the built-in checks’ names are reserved.'),
    level: levelSchema
      .default(defaultLevel)
      .describe('error stops the build; warning is reported and fails only with --strict; suggestion is a hint.'),
    message: z
      .string()
      .min(1)
      .describe('Your own wording instead of the built-in message; {placeholders} are filled in ({field} works everywhere).')
      .optional(),
    link: linkSchema.describe('The page that explains the rule: a hub path such as /guidelines/social-media-policy/, or an https:// address.').optional(),
  };
}

/** Which kinds of content a text rule reads. Guidelines and FAQ explain the policy, so they quote banned words. */
const appliesToSchema = z
  .array(z.enum(['posts', 'guidelines', 'faq']))
  .min(1)
  .default(['posts'])
  .describe('Which files the rule reads; the guidelines and FAQ need to name these words to explain them.');

/**
 * A word or phrase. Matching is whole-word; spaces match any run of spaces or line breaks.
 * @example politics
 * @example { term: NDA, case_sensitive: true }
 */
export const termSchema = z.union([
  z.string().trim().min(1, 'must not be empty'),
  z
    .object({
      term: z.string().trim().min(1, 'must not be empty').describe('The word or phrase.'),
      case_sensitive: z.boolean().describe('true: only this exact capitalisation matches.'),
    })
    .strict(),
]);
export type Term = z.infer<typeof termSchema>;

/** A topic employees must not post about, with the words that give it away. */
const bannedTopicSchema = z
  .object({
    ...rule('banned-term'),
    /** @example { en: Politics and elections, it: Politica ed elezioni } */
    topic: localizedSchema.describe('The topic’s name, shown on the social media policy page.'),
    reason: localizedSchema.describe('Why, in one sentence; shown on the policy page and in the check’s message.'),
    terms: z
      .array(termSchema)
      .min(1, 'needs at least one term')
      .describe('The words or phrases that give the topic away: whole words; a space matches any run of spaces or line breaks.'),
    case_sensitive: z.boolean().default(false).describe('true: the terms match only as capitalised here.'),
    show_terms: z.boolean().default(true).describe('false keeps the words themselves off the policy page (profanity).'),
    applies_to: appliesToSchema,
  })
  .strict();

/** One right spelling and the wrong ones `--fix` replaces with it. */
const spellingSchema = z
  .object({
    /** @example Tidewater Cycles */
    right: z.string().trim().min(1).describe('The right spelling, which --fix writes.'),
    /** @example [TideWater, Tide Water] */
    wrong: z.array(z.string().trim().min(1)).min(1, 'needs at least one wrong spelling').describe('The wrong spellings to catch.'),
    case_sensitive: z.boolean().default(true).describe('Brand names are case-sensitive by default: "Tidewater cycles" is wrong.'),
  })
  .strict();

const brandSpellingsSchema = z
  .object({
    ...rule('brand-spelling'),
    terms: z.array(spellingSchema).min(1).describe('One entry per brand term.'),
    applies_to: appliesToSchema,
  })
  .strict();

/** Words that mark a text as not meant for the public. */
const confidentialitySchema = z
  .object({
    ...rule('confidentiality'),
    markers: z.array(termSchema).min(1).describe('Words that show a text was never meant for the public.'),
    case_sensitive: z.boolean().default(false).describe('true: the markers match only as capitalised here.'),
    applies_to: appliesToSchema,
  })
  .strict();

/** Caption keys (`default` or a network id) whose captions must say the person works here. */
const captionKeySchema = z.enum(CAPTION_KEYS, { error: () => `must be one of: ${CAPTION_KEYS.join(', ')}` });

const disclosureSchema = z
  .object({
    ...rule('disclosure'),
    networks: z
      .array(captionKeySchema)
      .min(1)
      .describe('The caption keys whose captions must say the person works here; default stands for the networks without captions of their own.'),
    /** @example "#TidewaterEmployee" */
    accepted: z
      .array(localizedSchema)
      .min(1)
      .describe('Each caption must contain one of these, in any capitals; an entry per language applies to posts in that language.'),
    exempt_categories: z.array(slugSchema).default([]).describe('Category ids (from hub.yaml) whose posts need no disclosure.'),
  })
  .strict();

/** A hashtag sub-rule: on when present. */
function subRule(defaultId: string, defaultLevel: z.infer<typeof levelSchema> = 'error') {
  return z.object(rule(defaultId, defaultLevel)).strict();
}

const hashtagsSchema = z
  .object({
    /** @example { default: 5, x: 3 } */
    max_per_network: z
      .partialRecord(captionKeySchema, z.number().int().min(0))
      .default({})
      .describe('The most hashtags a shared caption may carry, per caption key; default is every network not listed.'),
    count: subRule('hashtag-count').describe('On when present: a caption carries more hashtags than max_per_network allows.').optional(),
    camel_case: subRule('hashtag-camel-case').describe('On when present: hashtags in CamelCase (#RideToWork, not #ridetowork).').optional(),
    duplicates: subRule('hashtag-duplicate').describe('On when present: the same hashtag twice (--fix removes the repeat).').optional(),
    campaign: subRule('campaign-hashtag')
      .describe('On when present: a campaign’s post carries the campaign hashtag, in hashtags or in every caption.')
      .optional(),
    recommended: z.array(hashtagSchema).prefault([]).describe('Hashtags the brand style guide recommends; shown on the guidelines page only.'),
  })
  .strict();

const lengthSchema = z.object(rule('caption-length')).strict();

const linksSchema = z
  .object({
    https: subRule('link-https').describe('On when present: links written inside captions must be https://.').optional(),
    shorteners: z
      .object({
        ...rule('link-shortener'),
        hosts: z.array(z.string().trim().toLowerCase().min(1)).min(1).describe('The link shorteners to refuse, such as bit.ly.'),
      })
      .strict()
      .describe('On when present: no links through a shortener, which loses the UTM parameters.')
      .optional(),
    utm: subRule('link-utm').describe('On when present: no utm_ parameters in links, since the hub adds its own.').optional(),
    credible_sources: z
      .object({
        ...rule('source-credible'),
        hosts: z.array(z.string().trim().toLowerCase().min(1)).min(1).describe('The credible sites; their sub-domains count too.'),
      })
      .strict()
      .describe('On when present: a post’s link or source.url that is not on an owned domain must be on one of these sites.')
      .optional(),
  })
  .strict();

const imagesSchema = z
  .object({
    ...rule('image'),
    formats: z
      .array(z.enum(['jpeg', 'png', 'webp']))
      .min(1)
      .default(['jpeg', 'png', 'webp'])
      .describe('The picture formats a post may use.'),
    min_width: z.number().int().positive().default(1200).describe('The narrowest picture, in pixels.'),
    min_height: z.number().int().positive().default(627).describe('The lowest picture, in pixels.'),
    /** @example 1.91 */
    aspect_ratio: z.number().positive().describe('The shape pictures must have: width divided by height.').optional(),
    aspect_tolerance: z.number().min(0).default(0.03).describe('How far from aspect_ratio a picture may be.'),
    max_size_mb: z.number().positive().default(5).describe('The largest picture file, in megabytes.'),
    alt: subRule('image-alt').describe('On when present: alt text present and not a file name.').optional(),
  })
  .strict();

const datesSchema = z
  .object({
    expiring_soon: z
      .object({
        ...rule('expiring-soon', 'warning'),
        days: z.number().int().min(1).default(7).describe('How many days before its expiry a post is reported.'),
      })
      .strict()
      .describe('On when present: a post expires within days.')
      .optional(),
    expired: subRule('expired', 'warning').describe('On when present: a post’s expiry date has passed.').optional(),
  })
  .strict();

const policyObjectSchema = z
  .object({
    banned_topics: z.array(bannedTopicSchema).default([]).describe('Topics employees must not post about, with the words that give each away.'),
    brand_spellings: brandSpellingsSchema.describe('The right spellings of brand terms and the wrong ones to catch.').optional(),
    confidentiality: confidentialitySchema.describe('Words that mark a text as not meant for the public.').optional(),
    disclosure: disclosureSchema.describe('Captions must say that the person sharing works here.').optional(),
    hashtags: hashtagsSchema.describe('How many hashtags, and how they are written.').optional(),
    length: lengthSchema.describe('Each caption must fit every network it is shared to.').optional(),
    links: linksSchema.describe('What links in posts may be.').optional(),
    images: imagesSchema.describe('What a post’s picture must be.').optional(),
    dates: datesSchema.describe('Reports about posts that expire soon or have expired.').optional(),
  })
  .strict()
  .superRefine((policy, ctx) => {
    // Rule ids name findings; two rules with one id would make reports ambiguous.
    const seen = new Map<string, string>();
    const check = (id: string | undefined, path: (string | number)[]) => {
      if (id === undefined) return;
      const where = path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key + 1}]` : out ? `${out}.${key}` : key), '');
      const first = seen.get(id);
      if ((BUILT_IN_RULE_IDS as readonly string[]).includes(id)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `"${id}" is the name of a built-in check; choose another id` });
      } else if (first) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `the id "${id}" is already used by ${first}` });
      else seen.set(id, where);
    };
    policy.banned_topics.forEach((topic, index) => check(topic.id, ['banned_topics', index]));
    check(policy.brand_spellings?.id, ['brand_spellings']);
    check(policy.confidentiality?.id, ['confidentiality']);
    check(policy.disclosure?.id, ['disclosure']);
    for (const key of ['count', 'camel_case', 'duplicates', 'campaign'] as const) check(policy.hashtags?.[key]?.id, ['hashtags', key]);
    check(policy.length?.id, ['length']);
    for (const key of ['https', 'shorteners', 'utm', 'credible_sources'] as const) check(policy.links?.[key]?.id, ['links', key]);
    check(policy.images?.id, ['images']);
    check(policy.images?.alt?.id, ['images', 'alt']);
    check(policy.dates?.expiring_soon?.id, ['dates', 'expiring_soon']);
    check(policy.dates?.expired?.id, ['dates', 'expired']);
  });

/** What the policy refers to elsewhere in the hub (categories come from hub.yaml). */
export interface PolicySchemaContext {
  categories?: readonly string[];
}

/** The policy file's schema; with the hub's categories it also checks `disclosure.exempt_categories`. */
export function createPolicySchema(context: PolicySchemaContext = {}) {
  return policyObjectSchema.superRefine((policy, ctx) => {
    const categories = context.categories;
    if (!categories) return;
    policy.disclosure?.exempt_categories.forEach((id, index) => {
      if (!categories.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['disclosure', 'exempt_categories', index],
          message: `"${id}" is not a category of this hub; use one of: ${categories.join(', ')}`,
        });
      }
    });
  });
}

export const policySchema = createPolicySchema();

export type Policy = z.output<typeof policyObjectSchema>;
export type PolicyLevel = z.infer<typeof levelSchema>;
export type BannedTopic = Policy['banned_topics'][number];
export type BrandSpellings = NonNullable<Policy['brand_spellings']>;
