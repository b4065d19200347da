import { z } from 'astro/zod';
import { measurementSchema } from './measurement.ts';
import { localeCodeSchema, localizedSchema, networkIdSchema, slugSchema, urlSchema, urlSchemaFor } from './common.ts';

/** One language the hub is published in. */
const localeSchema = z.object({
  /** @example it */
  code: localeCodeSchema,
  /** The language's name in itself, shown in the language switcher. @example Italiano */
  label: z.string().min(1),
});

/** A content category, such as product announcements. */
const categorySchema = z.object({
  /** Used in post front matter and in URLs. @example product-announcements */
  id: slugSchema,
  /** @example { en: Product announcements, it: Novità di prodotto } */
  label: localizedSchema,
});

/**
 * UTM parameters added to owned links. Each value is a template; placeholders: `{network}`,
 * `{medium}` (`email` for email shares, `social` otherwise), `{campaign}`, `{post}`,
 * `{advocate}`, `{locale}`. A parameter left empty is not added.
 * @see https://support.google.com/analytics/answer/10917952 (GA4 URL builders)
 */
export const utmSchema = z.object({
  source: z.string().default('{network}'),
  medium: z.string().default('{medium}'),
  campaign: z.string().default('{campaign}'),
  content: z.string().default('{post}'),
  term: z.string().default('{advocate}'),
  id: z.string().default(''),
  /** Campaign name used for posts that belong to no campaign. @example always-on */
  default_campaign: slugSchema.default('always-on'),
});
export type UtmSettings = z.infer<typeof utmSchema>;

/** How the opaque advocate code is derived from a work email in the browser and in `npm run links`. */
const advocateSchema = z.object({
  /** Mixed into the SHA-256 hash so that codes cannot be looked up from a list of emails. */
  salt: z.string().min(8, 'must be at least 8 characters long'),
  /** Length of the derived code, in base32 characters. */
  code_length: z.number().int().min(6).max(26).default(10),
});

/** The person who runs the advocacy program. */
const programLeadSchema = z.object({
  name: z.string().min(1),
  email: z.email({ error: 'must be an email address' }),
  /** A chat link, such as a Slack or Teams channel (https://, or a mailto: address). */
  chat: urlSchemaFor('contact').optional(),
  role: localizedSchema.optional(),
});

/** Where the content lives, for "Edit this page" links. */
const repositorySchema = z.object({
  url: urlSchema,
  branch: z.string().default('main'),
  provider: z.enum(['github', 'gitlab']).default('github'),
  /**
   * Where the browser editor at /admin/ signs in with OAuth: the address of your OAuth client
   * (for GitHub, for example a sveltia-cms-auth worker). Without it, editors sign in with a
   * personal access token. @example https://cms-auth.example.workers.dev
   */
  cms_auth_url: urlSchema.optional(),
});

/** The one file that describes the hub: `content/hub.yaml`. */
export const hubSchema = z
  .object({
    /** @example Tidewater Cycles */
    organisation: z.string().min(1),
    /** Short name used in disclosures and preview images. @example Tidewater */
    short_name: z.string().min(1).optional(),
    /** Where the hub is published, without the base path. @example https://hub.example.com */
    site: urlSchema,
    /** The path the hub lives under on that site. @example /advocacy/ */
    base: z
      .string()
      .regex(/^\/([\w.-]+\/)*$/, 'must start and end with "/", such as "/" or "/advocacy/"')
      .default('/'),
    /** The language of the pages at the root of the hub. */
    default_locale: localeCodeSchema,
    locales: z.array(localeSchema).min(1, 'must list at least one language'),
    /** Networks shown in the share panel, in this order. */
    networks: z.array(networkIdSchema).min(1, 'must list at least one network'),
    /** Mastodon server suggested to people who have not chosen theirs. @example mastodon.social */
    mastodon_default_instance: z.string().optional(),
    categories: z.array(categorySchema).min(1, 'must list at least one category'),
    /** Host names whose links get UTM parameters. Sub-domains count as owned. @example [tidewater-cycles.example] */
    owned_domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a host name such as example.com')).default([]),
    /**
     * Hosts that may serve images and media shown on the hub's pages, besides the hub itself.
     * None by default: every image lives in `content/media/`, so a reader's browser calls no other
     * host. List a host only when the company runs it (a company CDN). @example [media.acme.example]
     */
    resource_hosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a host name such as media.example.com')).default([]),
    utm: utmSchema.prefault({}),
    advocate: advocateSchema,
    program_lead: programLeadSchema,
    repository: repositorySchema.optional(),
    /** Colours used by the site accents and drawn preview images. */
    brand_colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as "#0b5f73"').default('#0b5f73'),
    /** How the leaderboard scores and how earned media is valued; see src/schemas/measurement.ts. */
    measurement: measurementSchema.prefault({}),
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
  });

export type HubConfig = z.infer<typeof hubSchema>;
export type HubInput = z.input<typeof hubSchema>;
