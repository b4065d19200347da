import type { HubConfig } from '../schemas/hub.ts';
import type { Policy, PolicyLevel } from '../schemas/policy.ts';
import { BUILT_IN_RULES } from '../schemas/built-in-rules.ts';
import { inDefaultLocale } from './localized.ts';

/** A rule as tools list it (SARIF's `tool.driver.rules`). */
export interface RuleInfo {
  id: string;
  description: string;
  level: PolicyLevel;
  /** Absolute address of the page that explains it. */
  url?: string;
}

/** Every rule the checker can report: the built-in checks and the rules of the policy file. */
export function ruleCatalog(policy: Policy, hub: HubConfig): RuleInfo[] {
  const rules: RuleInfo[] = Object.entries(BUILT_IN_RULES).map(([id, description]) => ({ id, description, level: 'error' }));
  const add = (rule: { id: string; level: PolicyLevel; link?: string | undefined } | undefined, description: string) => {
    if (!rule) return;
    rules.push({ id: rule.id, description, level: rule.level, ...(rule.link ? { url: new URL(rule.link, hub.site).href } : {}) });
  };
  for (const topic of policy.banned_topics) add(topic, `Banned topic: ${inDefaultLocale(topic.topic, hub.default_locale)}.`);
  add(policy.brand_spellings, 'Brand and product names are spelled as the brand style guide says.');
  add(policy.confidentiality, 'No confidentiality markers such as "internal only" or "confidential".');
  add(policy.disclosure, 'Captions say that the person sharing works here.');
  add(policy.hashtags?.count, 'No more hashtags per caption than the network allows.');
  add(policy.hashtags?.camel_case, 'Hashtags are written in CamelCase.');
  add(policy.hashtags?.duplicates, 'No hashtag appears twice.');
  add(policy.hashtags?.campaign, "A campaign's posts carry the campaign hashtag.");
  add(policy.length, "Captions fit each network's length limit.");
  add(policy.links?.https, 'Links use https.');
  add(policy.links?.shorteners, 'No link shorteners.');
  add(policy.links?.utm, 'Links carry no utm_ parameters of their own.');
  add(policy.links?.credible_sources, 'Third-party links and sources are credible publications.');
  add(policy.images, 'Images are JPEG/PNG/WebP in the content folder, large enough, 1.91:1 and small enough.');
  add(policy.images?.alt, 'Images have alt text that describes them.');
  add(policy.dates?.expiring_soon, 'Posts about to expire.');
  add(policy.dates?.expired, 'Posts that have expired.');
  return rules;
}
