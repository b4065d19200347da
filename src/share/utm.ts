import type { NetworkId } from '../schemas/common.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import { NETWORKS } from './networks.ts';

/** The parts of the hub config that decide UTM parameters (small enough to ship to the browser). */
export type UtmHub = Pick<HubConfig, 'site' | 'owned_domains' | 'utm'>;

export interface UtmInput {
  hub: UtmHub;
  network: NetworkId;
  /** The post's campaign id; without one the hub's `utm.default_campaign` is used. */
  campaign?: string | undefined;
  /** The post's slug. */
  post: string;
  /** The opaque advocate code, when the person has one. */
  advocate?: string | undefined;
  locale: string;
}

/** What the placeholders of the UTM templates stood for, read back from a visit's parameters. */
export interface DecodedUtm {
  network?: string;
  campaign?: string;
  post?: string;
  advocate?: string;
  locale?: string;
}

const UTM_KEYS = ['source', 'medium', 'campaign', 'content', 'term', 'id'] as const;
const PLACEHOLDER = /\{(network|medium|campaign|post|advocate|locale)\}/g;
type Placeholder = 'network' | 'medium' | 'campaign' | 'post' | 'advocate' | 'locale';

/**
 * The UTM parameters for one share, in a stable order, values lowercase. A parameter is left
 * out when its template is empty or uses a placeholder that has no value (so without an
 * advocate code there is no `utm_term` with the default templates).
 */
export function utmFor(input: UtmInput): [name: string, value: string][] {
  const values: Record<Placeholder, string> = {
    network: input.network,
    medium: NETWORKS[input.network].medium,
    campaign: input.campaign || input.hub.utm.default_campaign,
    post: input.post,
    advocate: input.advocate ?? '',
    locale: input.locale,
  };
  const pairs: [string, string][] = [];
  for (const [key, parts] of templatesOf(input.hub.utm)) {
    let value = '';
    let missing = false;
    // Even positions are the template's own text, odd ones placeholder names.
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (i % 2 === 0) {
        value += part;
        continue;
      }
      const filled = values[part as Placeholder];
      if (!filled) missing = true;
      value += filled;
    }
    value = value.trim().toLowerCase();
    if (value && !missing) pairs.push([`utm_${key}`, value]);
  }
  return pairs;
}

const templates = new WeakMap<UtmHub['utm'], [key: (typeof UTM_KEYS)[number], parts: string[]][]>();

/** The hub's UTM templates split at their placeholders, once per hub. */
function templatesOf(utm: UtmHub['utm']): [key: (typeof UTM_KEYS)[number], parts: string[]][] {
  let split = templates.get(utm);
  if (!split) {
    split = UTM_KEYS.map((key) => [key, utm[key].split(PLACEHOLDER)]);
    templates.set(utm, split);
  }
  return split;
}

/** Whether a link points at one of the hub's own sites: an owned domain, a sub-domain of one, or the hub itself. */
export function isOwnedLink(link: string, hub: Pick<UtmHub, 'site' | 'owned_domains'>): boolean {
  const url = parseWebUrl(link);
  return !!url && isOwnedHost(url, hub);
}

const ownedDomains = new WeakMap<object, string[]>();

function isOwnedHost(url: URL, hub: Pick<UtmHub, 'site' | 'owned_domains'>): boolean {
  let owned = ownedDomains.get(hub);
  if (!owned) {
    owned = [...hub.owned_domains, parseWebUrl(hub.site)?.hostname ?? ''].filter(Boolean).map((d) => d.toLowerCase());
    ownedDomains.set(hub, owned);
  }
  const host = url.hostname.toLowerCase();
  return owned.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Whether the link already carries any `utm_` parameter (a content error the validator reports). */
export function hasUtm(link: string): boolean {
  const url = parseWebUrl(link);
  return !!url && hasUtmParameter(url);
}

function hasUtmParameter(url: URL): boolean {
  return [...url.searchParams.keys()].some((key) => key.toLowerCase().startsWith('utm_'));
}

/**
 * The link with the share's UTM parameters added, when it points at an owned site. Third-party
 * links and links that already have `utm_` parameters come back unchanged (never two sets).
 * The existing query and `#fragment` are kept exactly as written.
 */
export function withUtm(link: string, input: UtmInput): string {
  const url = parseWebUrl(link);
  if (!url || !isOwnedHost(url, input.hub) || hasUtmParameter(url)) return link;
  const query = utmFor(input)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  if (!query) return link;
  const hashAt = link.indexOf('#');
  const beforeHash = hashAt === -1 ? link : link.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : link.slice(hashAt);
  const joiner = !beforeHash.includes('?') ? '?' : /[?&]$/.test(beforeHash) ? '' : '&';
  return `${beforeHash}${joiner}${query}${hash}`;
}

/**
 * The inverse of `utmFor` for reading analytics exports: which network, campaign, post and
 * advocate a visit's UTM values stand for, according to the hub's templates. Fields whose
 * parameter is absent or does not fit its template are left out.
 */
export function decodeUtm(
  params: URLSearchParams | Readonly<Record<string, string | undefined>>,
  hub: Pick<UtmHub, 'utm'> & Partial<Pick<HubConfig, 'locales'>>,
): DecodedUtm {
  // What each placeholder can stand for, so that `{post}-{locale}` splits `launch-day-it` right.
  const shapes: Record<Placeholder, string> = {
    network: Object.keys(NETWORKS).map(escapeRegExp).join('|'),
    medium: '[^&]+',
    campaign: '.+',
    post: '.+',
    advocate: '[a-z0-9][a-z0-9-]{2,31}',
    locale: hub.locales?.map((locale) => escapeRegExp(locale.code)).join('|') || '[a-z]{2,3}(?:-[a-z0-9]{2,8})?',
  };
  const get = (name: string): string | undefined =>
    params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  const decoded: DecodedUtm = {};
  for (const key of UTM_KEYS) {
    const value = get(`utm_${key}`);
    const template = hub.utm[key];
    if (value === undefined || !template) continue;
    const names: Placeholder[] = [];
    const pattern = template
      .split(PLACEHOLDER)
      .map((part, index) => {
        if (index % 2 === 0) return escapeRegExp(part.toLowerCase());
        names.push(part as Placeholder);
        return `(${shapes[part as Placeholder]})`;
      })
      .join('');
    const match = new RegExp(`^${pattern}$`, 'i').exec(value.trim());
    if (!match) continue;
    names.forEach((name, index) => {
      const found = match[index + 1];
      if (name !== 'medium' && found && decoded[name] === undefined) decoded[name] = found.toLowerCase();
    });
  }
  return decoded;
}

function parseWebUrl(link: string): URL | undefined {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
