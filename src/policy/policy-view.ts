import type { HubConfig } from '../schemas/hub.ts';
import type { Policy } from '../schemas/policy.ts';
import { pickLocalized } from '../i18n/translate.ts';
import { networkLabel } from '../share/network-labels.ts';

/**
 * What the guidelines components show, taken from the same policy the checker enforces. Pure
 * functions, so the pages' content is testable without rendering Astro.
 */

export interface BannedTopicView {
  id: string;
  topic: string;
  reason: string;
  /** Empty when the policy keeps the words off the page (`show_terms: false`). */
  terms: string[];
}

export function bannedTopicsView(policy: Policy, locale: string, defaultLocale: string): BannedTopicView[] {
  return policy.banned_topics.map((topic) => ({
    id: topic.id,
    topic: pickLocalized(topic.topic, locale, defaultLocale),
    reason: pickLocalized(topic.reason, locale, defaultLocale),
    terms: topic.show_terms ? topic.terms.map((term) => (typeof term === 'string' ? term : term.term)) : [],
  }));
}

export function confidentialityMarkers(policy: Policy): string[] {
  return (policy.confidentiality?.markers ?? []).map((term) => (typeof term === 'string' ? term : term.term));
}

export function brandTermsView(policy: Policy): { right: string; wrong: string[] }[] {
  return (policy.brand_spellings?.terms ?? []).map(({ right, wrong }) => ({ right, wrong: [...wrong] }));
}

export interface DisclosureView {
  /** The networks' names. (`default`, the captions of networks without their own, is for editors, not readers.) */
  networks: string[];
  accepted: string[];
  exemptCategories: string[];
}

export function disclosuresView(policy: Policy, hub: HubConfig, locale: string): DisclosureView | undefined {
  const rule = policy.disclosure;
  if (!rule) return undefined;
  const accepted = rule.accepted.map((value) => pickLocalized(value, locale, hub.default_locale));
  return {
    networks: rule.networks.filter((network) => network !== 'default').map((network) => networkLabel(network, locale)),
    accepted: [...new Set(accepted)],
    exemptCategories: rule.exempt_categories.map((id) => {
      const category = hub.categories.find((c) => c.id === id);
      return category ? pickLocalized(category.label, locale, hub.default_locale) : id;
    }),
  };
}

export interface HashtagRulesView {
  /** Limits for named networks, grouped by number: `[{ count: 3, networks: ['X'] }]`. */
  limits: { count: number; networks: string[] }[];
  defaultLimit?: number;
  camelCase: boolean;
  duplicates: boolean;
  campaign: boolean;
  recommended: string[];
}

export function hashtagRulesView(policy: Policy, locale: string): HashtagRulesView | undefined {
  const rules = policy.hashtags;
  if (!rules) return undefined;
  const limits = new Map<number, string[]>();
  let defaultLimit: number | undefined;
  if (rules.count) {
    for (const [network, count] of Object.entries(rules.max_per_network)) {
      if (count === undefined) continue;
      if (network === 'default') defaultLimit = count;
      else limits.set(count, [...(limits.get(count) ?? []), networkLabel(network, locale)]);
    }
  }
  return {
    limits: [...limits].sort(([a], [b]) => a - b).map(([count, networks]) => ({ count, networks })),
    ...(defaultLimit !== undefined ? { defaultLimit } : {}),
    camelCase: !!rules.camel_case,
    duplicates: !!rules.duplicates,
    campaign: !!rules.campaign,
    recommended: rules.recommended.map((tag) => `#${tag}`),
  };
}
