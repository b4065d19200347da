import { z } from 'astro/zod';
import { judgeUrl } from '../lib/url-rule.ts';
import { hashtagSchema, localizedSchema, slugSchema } from './common.ts';
import { CAPTION_KEYS } from './post.ts';
import { BUILT_IN_RULE_IDS } from '../policy/built-in-rules.ts';

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
    id: ruleIdSchema.default(defaultId),
    level: levelSchema.default(defaultLevel),
    /** Replaces the built-in message. Placeholders depend on the rule (see docs/reference/policy-yaml.md). */
    message: z.string().min(1).optional(),
    link: linkSchema.optional(),
  };
}

/** Which kinds of content a text rule reads. Guidelines and FAQ explain the policy, so they quote banned words. */
const appliesToSchema = z.array(z.enum(['posts', 'guidelines', 'faq'])).min(1).default(['posts']);

/**
 * A word or phrase. Matching is whole-word; spaces match any run of spaces or line breaks.
 * @example politics
 * @example { term: NDA, case_sensitive: true }
 */
export const termSchema = z.union([
  z.string().trim().min(1, 'must not be empty'),
  z.object({ term: z.string().trim().min(1, 'must not be empty'), case_sensitive: z.boolean() }).strict(),
]);
export type Term = z.infer<typeof termSchema>;

/** A topic employees must not post about, with the words that give it away. */
const bannedTopicSchema = z
  .object({
    ...rule('banned-term'),
    /** Shown on the social media policy page. @example { en: Politics and elections, it: Politica ed elezioni } */
    topic: localizedSchema,
    /** Why, in one sentence; shown on the policy page and in the checker's message. */
    reason: localizedSchema,
    terms: z.array(termSchema).min(1, 'needs at least one term'),
    case_sensitive: z.boolean().default(false),
    /** Set to false to keep the words themselves off the policy page (profanity). */
    show_terms: z.boolean().default(true),
    applies_to: appliesToSchema,
  })
  .strict();

/** One right spelling and the wrong ones `--fix` replaces with it. */
const spellingSchema = z
  .object({
    /** @example Tidewater Cycles */
    right: z.string().trim().min(1),
    /** @example [TideWater, Tide Water] */
    wrong: z.array(z.string().trim().min(1)).min(1, 'needs at least one wrong spelling'),
    /** Brand names are case-sensitive by default: "Tidewater cycles" is wrong. */
    case_sensitive: z.boolean().default(true),
  })
  .strict();

const brandSpellingsSchema = z
  .object({
    ...rule('brand-spelling'),
    terms: z.array(spellingSchema).min(1),
    applies_to: appliesToSchema,
  })
  .strict();

/** Words that mark a text as not meant for the public. */
const confidentialitySchema = z
  .object({
    ...rule('confidentiality'),
    markers: z.array(termSchema).min(1),
    case_sensitive: z.boolean().default(false),
    applies_to: appliesToSchema,
  })
  .strict();

/** Caption keys (`default` or a network id) whose captions must say the person works here. */
const captionKeySchema = z.enum(CAPTION_KEYS, { error: () => `must be one of: ${CAPTION_KEYS.join(', ')}` });

const disclosureSchema = z
  .object({
    ...rule('disclosure'),
    networks: z.array(captionKeySchema).min(1),
    /**
     * Each caption must contain one of these (case-insensitive). A per-locale entry applies to
     * posts of that language. @example "#TidewaterEmployee"
     */
    accepted: z.array(localizedSchema).min(1),
    /** Category ids (from hub.yaml) whose posts need no disclosure. */
    exempt_categories: z.array(slugSchema).default([]),
  })
  .strict();

/** A hashtag sub-rule: on when present. */
function subRule(defaultId: string, defaultLevel: z.infer<typeof levelSchema> = 'error') {
  return z.object(rule(defaultId, defaultLevel)).strict();
}

const hashtagsSchema = z
  .object({
    /** Most hashtags a shared caption may carry; `default` is every network not listed. @example { default: 5, x: 3 } */
    max_per_network: z.partialRecord(captionKeySchema, z.number().int().min(0)).default({}),
    count: subRule('hashtag-count').optional(),
    camel_case: subRule('hashtag-camel-case').optional(),
    duplicates: subRule('hashtag-duplicate').optional(),
    campaign: subRule('campaign-hashtag').optional(),
    /** Hashtags the brand style guide recommends; shown on the guidelines page only. */
    recommended: z.array(hashtagSchema).default([]),
  })
  .strict();

const lengthSchema = z.object(rule('caption-length')).strict();

const linksSchema = z
  .object({
    https: subRule('link-https').optional(),
    shorteners: z
      .object({ ...rule('link-shortener'), hosts: z.array(z.string().trim().toLowerCase().min(1)).min(1) })
      .strict()
      .optional(),
    utm: subRule('link-utm').optional(),
    /** Third-party `link` and `source.url` must be on one of these sites (or a sub-domain). */
    credible_sources: z
      .object({ ...rule('source-credible'), hosts: z.array(z.string().trim().toLowerCase().min(1)).min(1) })
      .strict()
      .optional(),
  })
  .strict();

const imagesSchema = z
  .object({
    ...rule('image'),
    formats: z.array(z.enum(['jpeg', 'png', 'webp'])).min(1).default(['jpeg', 'png', 'webp']),
    min_width: z.number().int().positive().default(1200),
    min_height: z.number().int().positive().default(627),
    /** Width divided by height. @example 1.91 */
    aspect_ratio: z.number().positive().optional(),
    aspect_tolerance: z.number().min(0).default(0.03),
    max_size_mb: z.number().positive().default(5),
    alt: subRule('image-alt').optional(),
  })
  .strict();

const datesSchema = z
  .object({
    expiring_soon: z
      .object({ ...rule('expiring-soon', 'warning'), days: z.number().int().min(1).default(7) })
      .strict()
      .optional(),
    expired: subRule('expired', 'warning').optional(),
  })
  .strict();

const policyObjectSchema = z
  .object({
    banned_topics: z.array(bannedTopicSchema).default([]),
    brand_spellings: brandSpellingsSchema.optional(),
    confidentiality: confidentialitySchema.optional(),
    disclosure: disclosureSchema.optional(),
    hashtags: hashtagsSchema.optional(),
    length: lengthSchema.optional(),
    links: linksSchema.optional(),
    images: imagesSchema.optional(),
    dates: datesSchema.optional(),
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
