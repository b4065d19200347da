import type { BannedTopic, Policy } from '../../schemas/policy.ts';
import { inDefaultLocale } from '../localized.ts';
import { findingOf, placeOfRange, type Rule } from '../rule.ts';
import { appliesTo, scanProse } from '../text/scan.ts';
import { compileTerms, type TermMatcher } from '../text/terms.ts';
import { termSpecs } from '../text/term-specs.ts';

const matchers = new WeakMap<Policy, TermMatcher<BannedTopic>>();

function matcherFor(policy: Policy): TermMatcher<BannedTopic> {
  let matcher = matchers.get(policy);
  if (!matcher) {
    matcher = compileTerms(policy.banned_topics.flatMap((topic) => termSpecs(topic.terms, topic.case_sensitive, topic)));
    matchers.set(policy, matcher);
  }
  return matcher;
}

/** Banned topics and terms (politics, competitors, code names…), whole-word, in every piece of prose. */
export const bannedTerms: Rule = (doc, context, report) => {
  if (context.policy.banned_topics.length === 0) return;
  for (const match of scanProse(doc, matcherFor(context.policy))) {
    const topic = match.entry;
    if (!appliesTo(topic.applies_to, doc)) continue;
    const label = inDefaultLocale(topic.topic, context.hub.default_locale);
    const reason = inDefaultLocale(topic.reason, context.hub.default_locale);
    report(
      findingOf(topic, placeOfRange(doc, match.from, match.to), `${match.segment.field}: "${match.text}" touches a topic we do not post about (${label}). ${reason}`, {
        term: match.text,
        topic: label,
        reason,
        field: match.segment.field,
      }),
    );
  }
};
