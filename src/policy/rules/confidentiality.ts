import type { Policy } from '../../schemas/policy.ts';
import { findingOf, placeOfRange, type Rule } from '../rule.ts';
import { appliesTo, scanProse } from '../text/scan.ts';
import { compileTerms, type TermMatcher } from '../text/terms.ts';
import { termSpecs } from '../text/term-specs.ts';

const matchers = new WeakMap<Policy, TermMatcher<null>>();

/** Words such as "confidential" or "internal only" mean a text was never meant to be shared. */
export const confidentiality: Rule = (doc, context, report) => {
  const rule = context.policy.confidentiality;
  if (!rule || !appliesTo(rule.applies_to, doc)) return;
  let matcher = matchers.get(context.policy);
  if (!matcher) {
    matcher = compileTerms(termSpecs(rule.markers, rule.case_sensitive, null));
    matchers.set(context.policy, matcher);
  }
  for (const match of scanProse(doc, matcher)) {
    report(
      findingOf(
        rule,
        placeOfRange(doc, match.from, match.to),
        `${match.segment.field}: "${match.text}" marks text that is not for the public. Remove the marker if the text may be shared; if it may not, do not publish it`,
        { term: match.text, field: match.segment.field },
      ),
    );
  }
};
