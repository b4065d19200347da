import { parseEntities } from 'parse-entities';

/**
 * The one rule for every URL the hub writes into a page or loads: schemas, the Markdown and raw
 * HTML checks of the content check, and the audit of the built pages all ask `judgeUrl`.
 *
 * What a URL is for decides what it may be:
 * - `link`: a page a reader may open: `https:`, or a path on the hub itself.
 * - `contact`: a link, or a `mailto:` address (a program lead's chat or email).
 * - `body-link`: a link in the text of a post or page: also `mailto:` and `tel:`.
 * - `resource`: something the page loads by itself (an image, a video): a path on the hub, or
 *   `https:` from a host that `hub.yaml` lists under `resource_hosts` (none by default), so a
 *   reader's browser never calls another host unless the hub says it may.
 *
 * The value is read the way a browser reads it: character references decoded (a value from HTML
 * or Markdown arrives decoded already; decoding again only makes the rule stricter), then the
 * WHATWG URL parser, which strips surrounding spaces and control characters, drops tabs and line
 * breaks inside and lower-cases the scheme. An allowlist of schemes follows; nothing is matched
 * against a list of bad ones.
 */
export type UrlUse = 'link' | 'contact' | 'body-link' | 'resource';

export interface UrlRuleOptions {
  /** Hosts that may serve resources besides the hub itself (`hub.yaml` `resource_hosts`). */
  resourceHosts?: readonly string[];
  /** Whether a path on the hub (`/media/x.jpg`, `../guide/`, `#top`) is acceptable here. Default true. */
  relative?: boolean;
}

export type UrlVerdict =
  | { ok: true; relative: boolean; url: URL }
  | { ok: false; reason: string };

const SCHEMES: Record<UrlUse, readonly string[]> = {
  link: ['https:'],
  contact: ['https:', 'mailto:'],
  'body-link': ['https:', 'mailto:', 'tel:'],
  resource: ['https:'],
};

/** A base no real address can have: what resolves against it and keeps its origin is a path on the hub. */
const HUB = new URL('https://hub.invalid/');

/** The settings of hub.yaml that the rule reads. */
export interface HubHosts {
  site: string;
  resource_hosts: readonly string[];
}

/** The host of the hub's own site (`site` in hub.yaml), to which its pages and forms may go by full address. */
export function hubHostOf(hub: Pick<HubHosts, 'site'>): string {
  return new URL(hub.site).hostname;
}

/**
 * The rule's options for a hub: resources may come from the hub itself (a path, or its own
 * site's host) and the hosts hub.yaml lists. The content check and the audit of the built
 * pages both ask here, so they cannot allow different hosts.
 */
export function hubUrlRule(hub: HubHosts): UrlRuleOptions & { resourceHosts: readonly string[] } {
  return { resourceHosts: [hubHostOf(hub), ...hub.resource_hosts] };
}

export function judgeUrl(raw: string, use: UrlUse, options: UrlRuleOptions = {}): UrlVerdict {
  const value = parseEntities(raw, { attribute: true });
  let url: URL;
  try {
    url = new URL(value, HUB);
  } catch {
    return { ok: false, reason: 'is not a web address a browser can open' };
  }
  const relative = url.origin === HUB.origin && !hasScheme(value);
  if (relative) {
    return options.relative === false
      ? { ok: false, reason: 'must be a full address starting with https://' }
      : { ok: true, relative: true, url };
  }
  const schemes = SCHEMES[use];
  if (!schemes.includes(url.protocol)) {
    return { ok: false, reason: schemeReason(url.protocol, schemes) };
  }
  if (use === 'resource') {
    const host = url.hostname.toLowerCase();
    const allowed = options.resourceHosts ?? [];
    if (!allowed.some((listed) => host === listed.toLowerCase())) {
      return {
        ok: false,
        reason: `loads from ${host}, so every reader's browser would call that host; put the file in content/media/, or ask the program lead to list ${host} under resource_hosts in hub.yaml`,
      };
    }
  }
  return { ok: true, relative: false, url };
}

/** True when `judgeUrl` accepts the URL. */
export function isAcceptableUrl(raw: string, use: UrlUse, options?: UrlRuleOptions): boolean {
  return judgeUrl(raw, use, options).ok;
}

/** A scheme written out, as the parser reads it (after what it strips), such as "https:" or "javascript:". */
function hasScheme(value: string): boolean {
  // The parser has already accepted the value; asking it again without a base tells whether the
  // value stands on its own (has a scheme) or needed the base (is relative).
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function schemeReason(protocol: string, allowed: readonly string[]): string {
  const scheme = protocol.slice(0, -1);
  const list = allowed.map((s) => s.slice(0, -1)).join(' or ');
  if (scheme === 'javascript' || scheme === 'vbscript') return `is a ${scheme}: address, which runs code in the reader's browser; use an https:// address`;
  if (scheme === 'data') return 'is a data: address, which carries its content inside the link; use an https:// address or a file in content/media/';
  if (scheme === 'http') return 'must use https:// (http:// is not encrypted)';
  return `must start with ${list} (${scheme}: is not allowed here)`;
}

/** Hosts that mean this computer. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Plain `http:` on this computer (a feed served locally, a test server): the one exception to
 * https that the feed settings and `npm run curate` make.
 */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
