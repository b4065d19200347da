import { z } from 'astro/zod';
import { NETWORK_IDS, hostNameSchema, localeCodeSchema, networkIdSchema, urlSchema } from '../schemas/common.ts';
import { starterTexts, type StarterTexts } from './starter-texts.ts';
import { hashtagFromTitle } from './templates.ts';
import { fillPlaceholders } from '../i18n/translate.ts';
import { HUB_FILE, KIND_FOLDERS, POLICY_FILE } from '../reading/paths.ts';

/** What `npm run init` needs to know about the company; everything else has a sensible default. */
export interface StarterSettings {
  name: string;
  site: string;
  languages: string[];
  networks: string[];
  ownedDomains: string[];
  programLeadName: string;
  programLeadEmail: string;
  /** The welcome posts' publish date, YYYY-MM-DD. */
  today: string;
  /** The repository's web address, for "Edit this page" links, when known. */
  repository?: string;
}

export const DEFAULT_NETWORKS = ['linkedin', 'x', 'facebook', 'bluesky', 'mastodon', 'whatsapp', 'email', 'copy-link', 'copy-caption', 'share-sheet'];

/** The answers of `npm run init`, checked field by field with the hub schema's own rules. */
export const starterAnswersSchema = z.object({
  name: z.string().trim().min(1, 'give the company name, such as --name "Acme"').refine((name) => !/[{}<>\\`]/.test(name), 'must not contain { } < > \\ or `'),
  site: urlSchema.refine((url) => url.startsWith('https://'), 'must start with https://'),
  languages: z.array(localeCodeSchema).min(1, 'list at least one language, such as --languages en,de'),
  networks: z.array(networkIdSchema).min(1),
  ownedDomains: z.array(hostNameSchema('acme.example')),
  programLeadName: z.string().trim().min(1),
  programLeadEmail: z.email({ error: 'must be an email address, such as advocacy@acme.example' }),
});
export type StarterAnswers = z.input<typeof starterAnswersSchema>;

/**
 * The default owned domain (and the program lead's mail domain): the hub's whole host name,
 * advocacy.acme.example → advocacy.acme.example. Dropping labels would need the public suffix
 * list (advocacy.acme.co.uk is acme.co.uk, not co.uk); the person names their other sites with
 * --owned-domains instead.
 */
export function domainOfSite(site: string): string {
  return new URL(site).hostname;
}

/** A language's name in itself, for the language switcher: de → Deutsch. */
export function languageLabel(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name[0]!.toLocaleUpperCase(code) + name.slice(1);
}

/** A YAML scalar: JSON's double-quoted strings are valid YAML. */
const q = (value: string) => JSON.stringify(value);

/** Text that goes into Markdown or MDX as written: punctuation that MDX or Markdown would read is escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!]/g, (c) => `\\${c}`);
}

const fill = fillPlaceholders;

/**
 * Every file of a new company's minimal hub, by path inside the content folder. Pure: the
 * command checks the result with the hub's own schemas and content check before writing it.
 */
export function planStarterHub(settings: StarterSettings): Map<string, string> {
  const files = new Map<string, string>();
  const [defaultLocale] = settings.languages as [string, ...string[]];
  // The same hashtag maker as campaigns': CamelCase, accents dropped (Pâtisserie Müller → PatisserieMuller).
  const tag = hashtagFromTitle(settings.name) || 'Our';
  const texts = new Map(settings.languages.map((code) => [code, starterTexts(code).texts] as const));
  const localized = (pick: (texts: StarterTexts) => string) =>
    `{ ${settings.languages.map((code) => `${code}: ${q(fill(pick(texts.get(code)!), { name: settings.name, tag }))}`).join(', ')} }`;

  files.set(HUB_FILE, hubYaml(settings, defaultLocale, localized));
  files.set(POLICY_FILE, policyYaml(settings, tag, localized));
  for (const code of settings.languages) {
    const own = texts.get(code)!;
    const values = { name: settings.name, tag, prefix: code === defaultLocale ? '' : `/${code}` };
    const text = (value: string) => fill(value, values);
    const body = (value: string) => fill(value, { ...values, name: markdownText(settings.name), tag: markdownText(tag) });
    files.set(`${KIND_FOLDERS.post}/${code}/welcome.md`, [
      '---',
      `title: ${q(text(own.welcome.title))}`,
      `summary: ${q(text(own.welcome.summary))}`,
      'category: internal-announcements',
      `publish_date: ${settings.today}`,
      'featured: true',
      'captions:',
      `  default:`,
      `    - ${q(text(own.welcome.caption))}`,
      `    - ${q(text(own.welcome.shortCaption))}`,
      `why_it_matters: ${q(text(own.welcome.why))}`,
      '---',
      body(own.welcome.body),
      '',
    ].join('\n'));
    own.guidelines.forEach((page, index) => {
      files.set(`${KIND_FOLDERS.guideline}/${code}/${page.slug}.mdx`, [
        '---',
        `title: ${q(text(page.title))}`,
        `description: ${q(text(page.description))}`,
        `order: ${index + 1}`,
        '---',
        body(page.body),
      ].join('\n'));
    });
    own.faq.forEach((entry, index) => {
      files.set(`${KIND_FOLDERS.faq}/${code}/${entry.slug}.md`, [
        '---',
        `question: ${q(text(entry.question))}`,
        `topic: ${q(text(entry.topic))}`,
        `order: ${index + 1}`,
        '---',
        body(entry.answer),
        '',
      ].join('\n'));
    });
  }
  return files;
}

function hubYaml(settings: StarterSettings, defaultLocale: string, localized: (pick: (texts: StarterTexts) => string) => string): string {
  const categories = Object.keys(starterTexts('en').texts.categories) as (keyof StarterTexts['categories'])[];
  return `# Hub settings: the one file that describes this advocacy hub.
# Written by npm run init; every field is explained in the README under "Hub settings".
organisation: ${q(settings.name)}
site: ${q(settings.site)}
base: /

default_locale: ${defaultLocale}
locales:
${settings.languages.map((code) => `  - code: ${code}\n    label: ${q(languageLabel(code))}`).join('\n')}

# Share buttons, in the order employees see them.
networks: [${settings.networks.join(', ')}]
${settings.networks.includes('mastodon') ? 'mastodon_default_instance: mastodon.social\n' : ''}
categories:
${categories.map((id) => `  - id: ${id}\n    label: ${localized((texts) => texts.categories[id])}`).join('\n')}

# Links to these sites get UTM parameters; other links are shared as they are.
owned_domains: [${settings.ownedDomains.join(', ')}]

program_lead:
  name: ${q(settings.programLeadName)}
  email: ${q(settings.programLeadEmail)}
  role: ${localized((texts) => texts.leadRole)}
${settings.repository ? `\nrepository:\n  url: ${q(settings.repository)}\n  branch: main\n` : ''}`;
}

function policyYaml(settings: StarterSettings, tag: string, localized: (pick: (texts: StarterTexts) => string) => string): string {
  const wrong = [settings.name.toLocaleUpperCase(), settings.name.toLocaleLowerCase()].filter((spelling, index, all) => spelling !== settings.name && all.indexOf(spelling) === index);
  const guide = '/guidelines/social-media-policy/';
  const brand = '/guidelines/brand-style-guide/';
  const topic = (id: string, title: string, reason: string, terms: string[], extra = '') =>
    `  - id: ${id}\n    level: error\n    link: ${guide}\n${extra}    topic: { en: ${q(title)} }\n    reason: { en: ${q(reason)} }\n    terms: [${terms.map(q).join(', ')}]\n`;
  return `# The content policy: \`npm run check\` (every build and pull request) checks every post against it,
# and the guidelines pages show it, so what employees read is what the checker enforces.
# Written by npm run init as a starting point: "Content policy" in the README explains every rule.
# level: error stops the build; warning and suggestion only tell the editor.

# Topics employees should not post about on behalf of the company (whole words, any capitals).
banned_topics:
${topic('no-politics', 'Politics, elections and political parties', `Share your views in your own name, never as ${settings.name}.`, ['politics', 'political', 'election', 'elections', 'political party', 'Politik', 'Wahlkampf', 'politische Partei'])}
${topic('no-share-prices', 'Share prices and investment tips', 'Comments on the share price can count as investment advice: leave them to Investor Relations.', ['share price', 'stock price', 'stock tip', 'Aktienkurs'])}
${topic('no-profanity', 'Swearing and insults', `Everything you share is read as coming from someone at ${settings.name}: keep it polite.`, ['damn', 'crap', 'shit', 'fuck', 'Scheiße'], '    show_terms: false\n')}
${wrong.length > 0 ? `# The right way to write our name; \`npm run check -- --fix\` corrects the wrong spellings.
brand_spellings:
  id: brand-spelling
  level: error
  link: ${brand}
  terms:
    - right: ${q(settings.name)}
      wrong: [${wrong.map(q).join(', ')}]
` : ''}
# Words that show a text was never meant for the public.
confidentiality:
  id: confidentiality
  level: error
  link: ${guide}
  markers: [internal only, confidential, do not share, { term: NDA, case_sensitive: true }]

# Every caption says that the person sharing works here (consumer-protection rules expect it).
disclosure:
  id: disclosure
  level: error
  link: ${guide}
  networks: [default, linkedin, x, facebook, threads, bluesky, mastodon, instagram]
  accepted:
    - ${q(`#${tag}Employee`)}
    - ${localized((texts) => texts.disclosure)}
  exempt_categories: [recruiting]

hashtags:
  max_per_network: { default: 5, x: 3 }
  count: { id: hashtag-count, level: error, link: ${brand} }
  camel_case: { id: hashtag-camel-case, level: error, link: ${brand} }
  duplicates: { id: hashtag-duplicate, level: error, link: ${brand} }
  campaign: { id: campaign-hashtag, level: error, link: ${brand} }
  recommended: [${tag}, ${tag}Employee]

# Each caption fits every network it is shared to, counted as the network counts.
length: { id: caption-length, level: error, link: ${guide} }

links:
  https: { id: link-https, level: error, link: ${guide} }
  shorteners: { id: link-shortener, level: error, link: ${guide}, hosts: [bit.ly, t.co, tinyurl.com, ow.ly, buff.ly, lnkd.in, is.gd] }
  utm: { id: link-utm, level: error, link: ${guide} }

# A post's picture is also its link preview on every network.
images:
  id: image
  level: error
  link: ${brand}
  min_width: 1200
  min_height: 627
  max_size_mb: 5
  alt: { id: image-alt, level: error, link: ${brand} }

dates:
  expiring_soon: { id: expiring-soon, level: warning, days: 7 }
  expired: { id: expired, level: suggestion }
`;
}

/** Networks a hub can offer, for the command's help. */
export const KNOWN_NETWORKS: readonly string[] = NETWORK_IDS;
