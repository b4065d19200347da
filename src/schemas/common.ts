import { z } from 'astro/zod';
import { isIsoDay, writtenAsIsoDay } from '../lib/iso-day.ts';
import { judgeUrl, type UrlUse } from '../lib/url-rule.ts';

/**
 * Every network the hub knows how to share to. The hub config picks which are shown and in
 * which order; post captions are keyed by these ids.
 */
export const NETWORK_IDS = [
  'linkedin',
  'x',
  'facebook',
  'threads',
  'bluesky',
  'mastodon',
  'whatsapp',
  'telegram',
  'reddit',
  'xing',
  'email',
  'instagram',
  'copy-link',
  'copy-caption',
  'share-sheet',
] as const;
export type NetworkId = (typeof NETWORK_IDS)[number];
export const networkIdSchema = z.enum(NETWORK_IDS, {
  error: () => `must be one of: ${NETWORK_IDS.join(', ')}`,
});

/** A locale code such as `en`, `ms`, `it` or `pt-br`. */
export const localeCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, 'must be a lowercase language code such as "en" or "pt-br"');

/**
 * Text that is either the same in every language, or given per locale.
 * @example name: Ride to Work Month
 * @example name: { en: Ride to Work Month, it: Mese in bici al lavoro }
 */
export const localizedSchema = z.union([
  z.string().min(1, 'must not be empty'),
  z.record(localeCodeSchema, z.string().min(1, 'must not be empty')),
]);
export type Localized = z.infer<typeof localizedSchema>;

/**
 * A calendar date. YAML gives either a Date (unquoted `2026-11-01`) or a string; both are
 * accepted and anything that is not a real date is refused with a plain message.
 */
export const dateSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? parseCalendarDate(value.trim()) : value),
  z.date({
    error: (issue) =>
      typeof issue.input === 'string' && writtenAsIsoDay(issue.input.trim())
        ? `${issue.input.trim()} is not a real date (check the day and the month); write it as YYYY-MM-DD`
        : 'must be a date written as YYYY-MM-DD, for example 2026-11-23',
  }),
);

/** `2026-02-30` is not a date, although JavaScript would quietly make it 2 March. */
function parseCalendarDate(text: string): Date | string {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  if (writtenAsIsoDay(text) && !isIsoDay(text)) return text;
  return date;
}

/** A hashtag as written in YAML, with or without its `#` (unquoted `#` starts a YAML comment). */
export const hashtagSchema = z
  .string()
  .transform((tag) => tag.trim().replace(/^#/, ''))
  .pipe(z.string().regex(/^[\p{L}\p{N}_]+$/u, 'must be a hashtag made of letters, digits or _, without spaces'));

/**
 * A full web address, held to the hub's one URL rule (src/lib/url-rule.ts): read the way a
 * browser reads it, then only `https:` (and `mailto:` for a contact).
 */
export function urlSchemaFor(use: Exclude<UrlUse, 'resource'>) {
  // z.url() first, so that the CMS and the `new` command see a URL field; `abort` keeps its
  // complaint the only one when the value is not an address at all.
  const reason = (value: unknown) => {
    const verdict = judgeUrl(String(value), use, { relative: false });
    return verdict.ok ? undefined : verdict.reason;
  };
  return z
    .url({ error: (issue) => reason(issue.input) ?? 'must be a full web address starting with https://', abort: true })
    .superRefine((value, ctx) => {
      const message = reason(value);
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    });
}

/** An absolute https:// web address. */
export const urlSchema = urlSchemaFor('link');

/**
 * Whether `value` is a host name as hub.yaml lists them (`media.example.com`): the WHATWG URL
 * parser reads it as exactly that host (so no scheme, port, path, capitals or %-escapes, and a
 * name in another script written in its xn-- form, as the parser gives it), with two labels or
 * more and not an IP address. Each label holds only letters, digits and hyphens (the DNS rule):
 * the parser allows more, such as `*` or `;`, which would mean something else in the
 * Content-Security-Policy these names are written into.
 */
export function isHostName(value: string): boolean {
  let host: string;
  try {
    host = new URL(`https://${value}/`).hostname;
  } catch {
    return false;
  }
  const labels = host.split('.');
  const topLevel = labels.at(-1) ?? '';
  return (
    host === value &&
    labels.length >= 2 &&
    labels.every((label) => /^[a-z0-9-]+$/.test(label)) &&
    // A last label of digits only is how the parser reads an IPv4 address.
    !/^[0-9]+$/.test(topLevel)
  );
}

/** A host name field (`isHostName`), with an example in its message. */
export function hostNameSchema(example: string) {
  return z.string().refine(isHostName, `must be a host name such as ${example}`);
}

/** Lowercase ids used in file names and URLs. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must use lowercase letters, digits and hyphens only, such as "e-bike-launch"');
