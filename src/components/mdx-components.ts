import Callout from './policy/Callout.astro';
import PolicyBannedTopics from './policy/PolicyBannedTopics.astro';
import PolicyBrandTerms from './policy/PolicyBrandTerms.astro';
import PolicyDisclosures from './policy/PolicyDisclosures.astro';
import PolicyHashtagRules from './policy/PolicyHashtagRules.astro';
import ProgramLead from './site/ProgramLead.astro';
import type { MdxComponentName } from '../policy/mdx-allowlist.ts';

/**
 * The components MDX content may use, keyed by the names the validator allows (one list, in
 * src/policy/mdx-allowlist.ts): a component missing here or there fails the type check.
 * Each finds the page's locale from its URL, so content never passes one.
 */
export const mdxComponents: Record<MdxComponentName, unknown> = {
  Callout,
  PolicyBannedTopics,
  PolicyBrandTerms,
  PolicyDisclosures,
  PolicyHashtagRules,
  ProgramLead,
};
