import { z } from 'astro/zod';
import { isLoopbackHttp } from '../lib/url-rule.ts';
import { measurementSchema } from './measurement.ts';
import { hostNameSchema, localeCodeSchema, localizedSchema, networkIdSchema, slugSchema, urlSchema, urlSchemaFor } from './common.ts';

/** A feed's address: held to the one URL rule (https), except plain http on this machine. */
const feedUrlSchema = z.string().superRefine((value, ctx) => {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url && isLoopbackHttp(url)) return;
  const checked = urlSchema.safeParse(value);
  if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, input: value });
});

/** One language the hub is published in. */
const localeSchema = z.object({
  /** @example it */
  code: localeCodeSchema.describe('A lowercase language code such as en, it or pt-br; it names the content folders of that language.'),
  /** @example Italiano */
  label: z.string().min(1).describe('The language’s name in itself, shown in the language switcher.'),
});

/** A content category, such as product announcements. */
const categorySchema = z.object({
  /** @example product-announcements */
  id: slugSchema.describe('Lowercase words joined by hyphens, used in post front matter and in addresses.'),
  /** @example { en: Product announcements, it: Novità di prodotto } */
  label: localizedSchema.describe('The name shown on the hub, or one name per language.'),
});

/**
 * UTM parameters added to owned links (what each is: the `utm` description in `hubSchema`).
 * @see https://support.google.com/analytics/answer/10917952 (GA4 URL builders)
 */
export const utmSchema = z.object({
  source: z.string().default('{network}').describe('Template of utm_source.'),
  medium: z.string().default('{medium}').describe('Template of utm_medium.'),
  campaign: z.string().default('{campaign}').describe('Template of utm_campaign.'),
  content: z.string().default('{post}').describe('Template of utm_content.'),
  term: z.string().default('{advocate}').describe('Template of utm_term.'),
  id: z.string().default('').describe('Template of utm_id; empty, so not added.'),
  /** @example always-on */
  default_campaign: slugSchema.default('always-on').describe('The campaign name used for posts that belong to no campaign.'),
});
export type UtmSettings = z.infer<typeof utmSchema>;

/**
 * Advocate codes: the opaque codes that credit shares to people (`utm_term`, `?advocate=CODE`).
 * A code is random ("Set up my share links" in the browser) or keyed from a work email by a
 * secret only the program team holds (`HUB_CODE_SECRET`, for `npm run links`), so it identifies
 * a person only for whoever holds the roster and that secret. Nothing here derives a code.
 */
const advocateSchema = z.object({
  code_length: z.number().int().min(6).max(26).default(10).describe('Characters of a new advocate code (letters and 2–7): 10 gives 50 random bits.'),
  /**
   * Removed: a salt that every page carried let anyone with a staff list work out whose a code
   * was. Reported with how to update, so no hub keeps believing it protects anyone.
   */
  salt: z
    .never({
      error:
        'is no longer used: delete this line. A salt in the pages let anyone with a list of staff emails work out whose a code is, so codes are now random (made in the browser) or keyed by a secret only the program team holds (the HUB_CODE_SECRET variable of npm run links; see "Advocate codes" in the README). Codes people already have keep working.',
    })
    .optional(),
});

/** The person who runs the advocacy program. */
const programLeadSchema = z.object({
  name: z.string().min(1).describe('Their name.'),
  email: z.email({ error: 'must be an email address' }).describe('Where employees write with questions.'),
  chat: urlSchemaFor('contact')
    .describe('A chat link, such as a Slack or Teams channel (https://, or a mailto: address).')
    .optional(),
  role: localizedSchema.describe('Their role, or one per language.').optional(),
});

/** Where the content lives, for "Edit this page" links. */
const repositorySchema = z.object({
  url: urlSchema.describe('The repository’s web address, such as https://github.com/acme/advocacy-hub.'),
  branch: z.string().default('main').describe('The branch the hub is built from.'),
  provider: z.enum(['github', 'gitlab']).default('github').describe('Where the repository is hosted.'),
  /** @example https://cms-auth.example.workers.dev */
  cms_auth_url: urlSchema
    .describe(
      'Where the browser editor at /admin/ signs in with OAuth: the address of your OAuth client (for GitHub, for example a sveltia-cms-auth worker). Without it, editors sign in with a personal access token.',
    )
    .optional(),
});

/**
 * A feed that `npm run curate` turns into draft posts: a newsroom, a blog, a careers page.
 * Each new item becomes one draft (`draft: true`) for an editor to review.
 */
const feedSourceSchema = z.object({
  /** @example https://news.tidewater-cycles.example/feed.xml */
  feed: feedUrlSchema.describe('The feed’s address: RSS 2.0, Atom or JSON Feed, over https://.'),
  /** @example en */
  locale: localeCodeSchema.describe('The language the feed is written in: its drafts go to content/posts/<locale>/.'),
  /** @example product-announcements */
  category: slugSchema.describe('The category every draft from this feed starts with (one of categories).'),
  /** @example ride-to-work */
  campaign: slugSchema.describe('The campaign every draft from this feed starts with (a file in content/campaigns/).').optional(),
  /** @example [e-bike, cargo] */
  include: z
    .array(z.string().trim().min(1, 'must not be empty'))
    .default([])
    .describe('Only items whose title, summary or feed categories contain at least one of these words (whole words, any capitalisation). Empty: every item.'),
  /** @example [obituary] */
  exclude: z
    .array(z.string().trim().min(1, 'must not be empty'))
    .default([])
    .describe('Items whose title, summary or feed categories contain one of these words are left out.'),
  /** @example [Press releases] */
  feed_categories: z
    .array(z.string().trim().min(1, 'must not be empty'))
    .default([])
    .describe('Only items the feed files under one of these categories (RSS <category>, Atom <category term>, JSON Feed tags), any capitalisation. Empty: every item.'),
});
export type FeedSource = z.infer<typeof feedSourceSchema>;

/** The one file that describes the hub: `content/hub.yaml`. */
export const hubSchema = z
  .object({
    /** @example Tidewater Cycles */
    organisation: z.string().min(1).describe('The company’s name.'),
    /** @example Tidewater */
    short_name: z.string().min(1).describe('A short form of the name, used in disclosures and preview images.').optional(),
    /** @example https://hub.example.com */
    site: urlSchema.describe('Where the hub is published, without the base path, such as https://hub.example.com.'),
    /** @example /advocacy/ */
    base: z
      .string()
      .regex(/^\/([\w.-]+\/)*$/, 'must start and end with "/", such as "/" or "/advocacy/"')
      .default('/')
      .describe('The path the hub lives under on that site, starting and ending with /.'),
    default_locale: localeCodeSchema.describe('The language of the pages at the root of the hub; one of the codes under locales.'),
    locales: z
      .array(localeSchema)
      .min(1, 'must list at least one language')
      .describe(
        'The languages the hub is published in. Languages written right to left (Arabic, Hebrew, Persian, Urdu…) get dir="rtl" on their pages, from the Unicode data the browser and Node carry, and the layout mirrors.',
      ),
    networks: z.array(networkIdSchema).min(1, 'must list at least one network').describe('The share buttons, in this order.'),
    /** @example mastodon.social */
    mastodon_default_instance: z.string().describe('The Mastodon server suggested to people who have not chosen theirs.').optional(),
    categories: z.array(categorySchema).min(1, 'must list at least one category').describe('The content categories posts are filed under.'),
    /** @example [tidewater-cycles.example] */
    owned_domains: z
      .array(hostNameSchema('example.com'))
      .default([])
      .describe('Host names whose links get UTM parameters; sub-domains count as owned.'),
    /**
     * None by default: every image lives in `content/media/`, so a reader's browser calls no other
     * host. @example [media.acme.example]
     */
    resource_hosts: z
      .array(hostNameSchema('media.example.com'))
      .default([])
      .describe('Hosts that may serve images and media shown on the hub’s pages besides the hub itself (exact host names, none by default); list a host only when the company runs it.'),
    utm: utmSchema.prefault({}).meta({
      description:
        'The UTM parameters added to owned links. Each is a template with the placeholders {network}, {medium} (email for email shares, social otherwise), {campaign}, {post}, {advocate} and {locale}; a parameter left empty is not added.',
      see: 'sharing-and-privacy.md#utm-parameters',
    }),
    advocate: advocateSchema.prefault({}).meta({
      description: 'Advocate codes, the opaque codes that credit shares to people. There is no salt any more: a hub that still has one is told, on its line, to delete it.',
      see: 'sharing-and-privacy.md#advocate-codes',
    }),
    program_lead: programLeadSchema.describe('The person who runs the advocacy program, shown on the guidelines pages.'),
    repository: repositorySchema.describe('Where the content lives, for the "Edit this page" links and the browser editor.').optional(),
    brand_colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as "#0b5f73"')
      .default('#0b5f73')
      .describe('The colour of the site’s accents and drawn preview images, written #rrggbb.'),
    measurement: measurementSchema.prefault({}).meta({
      description: 'How the leaderboard scores and how earned media is valued.',
      see: 'measurement.md#settings-measurement-in-contenthubyaml',
    }),
    sources: z.array(feedSourceSchema).default([]).meta({
      description: 'Feeds that npm run curate turns into draft posts, one draft per new item for an editor to review.',
      see: 'editing.md#new-posts-from-your-feeds-npm-run-curate',
    }),
  })
  .superRefine((hub, ctx) => {
    const codes = hub.locales.map((l) => l.code);
    if (!codes.includes(hub.default_locale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['default_locale'],
        message: `must be one of the languages listed under "locales" (${codes.join(', ')})`,
      });
    }
    const seen = new Set<string>();
    hub.categories.forEach((category, index) => {
      if (seen.has(category.id)) {
        ctx.addIssue({ code: 'custom', path: ['categories', index, 'id'], message: `"${category.id}" is listed twice` });
      }
      seen.add(category.id);
    });
    const categoryIds = hub.categories.map((category) => category.id);
    hub.sources.forEach((source, index) => {
      if (!codes.includes(source.locale)) {
        ctx.addIssue({ code: 'custom', path: ['sources', index, 'locale'], message: `"${source.locale}" is not a language of this hub; use one of: ${codes.join(', ')}` });
      }
      if (!categoryIds.includes(source.category)) {
        ctx.addIssue({ code: 'custom', path: ['sources', index, 'category'], message: `"${source.category}" is not a category of this hub; use one of: ${categoryIds.join(', ')}` });
      }
    });
  });

export type HubConfig = z.infer<typeof hubSchema>;
export type HubInput = z.input<typeof hubSchema>;
