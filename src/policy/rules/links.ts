import { hubUrlRule, judgeUrl } from '../../lib/url-rule.ts';
import { hasUtm, isOwnedLink } from '../../share/utm.ts';
import type { ContentDocument } from '../../reading/document.ts';
import { findingOf, placeOfField, placeOfNode, placeOfRange, type Place, type Rule } from '../rule.ts';
import { captionSegments, offsetIn } from '../text/segments.ts';
import { rawField } from '../raw-field.ts';

/** A web address written somewhere in a file. */
interface LinkAt {
  url: string;
  field: string;
  /** Where it is; looked up only for a finding (front-matter positions are parsed on demand). */
  place: () => Place;
  /** `link` and `source.url` are what the post shares or cites: third-party ones must be credible. */
  cited: boolean;
  /** Body links may also be mailto:, tel: or relative. */
  inBody: boolean;
  /**
   * Front-matter and body addresses are held to the one URL rule by the schema and the MDX
   * safety rule (always on); this rule adds the policy's checks to those that pass it.
   */
  judged: boolean;
}

const CAPTION_LINK = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;
// javascript: and vbscript: are the MDX safety rule's, which cannot be switched off.
const SCRIPT_SCHEMES = new Set(['javascript:', 'vbscript:']);

/** Links: https only, no shorteners, no utm_ parameters of their own, cited third parties on the credible list. */
export const links: Rule = (doc, context, report) => {
  const rules = context.policy.links;
  if (!rules) return;
  for (const link of linksIn(doc)) {
    if (link.judged && !judgeUrl(link.url, link.inBody ? 'body-link' : 'link', hubUrlRule(context.hub)).ok) continue;
    let url: URL;
    try {
      url = new URL(link.url);
    } catch {
      continue; // relative links in the body; the schema refuses relative front-matter links
    }
    const protocol = url.protocol.toLowerCase();
    if (SCRIPT_SCHEMES.has(protocol)) continue;
    if (protocol !== 'https:') {
      if (link.inBody && (protocol === 'mailto:' || protocol === 'tel:')) continue;
      if (rules.https) {
        const why = protocol === 'data:' ? 'a data: address carries its content inside the link; link to a page instead' : `use https:// (${protocol.replace(':', '')} is not allowed)`;
        // Only a suggestion: whether the site answers on https is for a person to try.
        const fix = protocol === 'http:' ? { fix: { description: `try ${link.url.replace(/^http:/i, 'https:')}` } } : {};
        report({ ...findingOf(rules.https, link.place(), `${link.field}: "${short(link.url)}": ${why}`, { field: link.field, url: link.url }), ...fix });
      }
      continue;
    }
    const host = url.hostname.toLowerCase();
    if (rules.shorteners && onList(host, rules.shorteners.hosts)) {
      report(
        findingOf(
          rules.shorteners,
          link.place(),
          `${link.field}: ${host} is a link shortener; use the full address (shorteners hide where a link goes and lose the hub's UTM attribution)`,
          { field: link.field, url: link.url, host },
        ),
      );
      continue;
    }
    if (rules.utm && hasUtm(link.url)) {
      const clean = new URL(link.url);
      for (const key of [...clean.searchParams.keys()]) if (key.toLowerCase().startsWith('utm_')) clean.searchParams.delete(key);
      report(
        findingOf(rules.utm, link.place(), `${link.field}: remove the utm_ parameters from this link; the hub adds its own for each share`, { field: link.field, url: link.url }, { description: `write ${clean.href}` }),
      );
    }
    if (rules.credible_sources && link.cited && !isOwnedLink(link.url, context.hub) && !onList(host, rules.credible_sources.hosts)) {
      report(
        findingOf(
          rules.credible_sources,
          link.place(),
          `${link.field}: ${host} is not on the list of credible publications in policy.yaml; cite one of them, or ask the program lead to add this publication`,
          { field: link.field, url: link.url, host },
        ),
      );
    }
  }
};

function linksIn(doc: ContentDocument): LinkAt[] {
  const found: LinkAt[] = [];
  if (doc.kind === 'post') {
    for (const path of [['link'], ['source', 'url']]) {
      const value = rawField(doc, path);
      if (typeof value === 'string') found.push({ url: value.trim(), field: path.join('.'), place: () => placeOfField(doc, path), cited: true, inBody: false, judged: true });
    }
    for (const segment of captionSegments(doc)) {
      for (const match of segment.text.matchAll(CAPTION_LINK)) {
        const url = match[0].replace(TRAILING_PUNCTUATION, '');
        const index = match.index;
        const place = () => placeOfRange(doc, offsetIn(segment, index), offsetIn(segment, index + url.length - 1) + 1);
        found.push({ url, field: segment.field, place, cited: false, inBody: false, judged: false });
      }
    }
  }
  for (const node of doc.nodes ?? []) {
    const place = placeOfNode(node);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && place) {
      found.push({ url: node.url, field: 'body', place: () => place, cited: false, inBody: true, judged: true });
    }
  }
  return found;
}

function onList(host: string, hosts: readonly string[]): boolean {
  return hosts.some((listed) => host === listed || host.endsWith(`.${listed}`));
}

function short(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}
