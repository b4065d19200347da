import type { BrandSpellings, Policy } from '../../schemas/policy.ts';
import { findingOf, placeOfRange, type Rule } from '../rule.ts';
import { appliesTo, scanProse } from '../text/scan.ts';
import { compileTerms, type TermMatcher } from '../text/terms.ts';

type Spelling = BrandSpellings['terms'][number];

const matchers = new WeakMap<Policy, TermMatcher<Spelling>>();

function matcherFor(policy: Policy, spellings: BrandSpellings): TermMatcher<Spelling> {
  let matcher = matchers.get(policy);
  if (!matcher) {
    matcher = compileTerms(spellings.terms.flatMap((entry) => entry.wrong.map((term) => ({ term, caseSensitive: entry.case_sensitive, entry }))));
    matchers.set(policy, matcher);
  }
  return matcher;
}

/** Brand and product names spelled the way the brand style guide says; the fix is certain, so `--fix` applies it. */
export const brandSpellings: Rule = (doc, context, report) => {
  const rule = context.policy.brand_spellings;
  if (!rule || !appliesTo(rule.applies_to, doc)) return;
  for (const match of scanProse(doc, matcherFor(context.policy, rule))) {
    const right = match.entry.right;
    if (match.text === right) continue;
    const fix = { description: `write "${right}"`, ...(match.exact ? { range: [match.from, match.to] as [number, number], replacement: right } : {}) };
    report(
      findingOf(rule, placeOfRange(doc, match.from, match.to), `${match.segment.field}: write "${right}", not "${match.text}"`, { wrong: match.text, right, field: match.segment.field }, fix),
    );
  }
};
