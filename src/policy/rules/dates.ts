import { findingOf, placeOfField, type Rule } from '../rule.ts';

const DAY = 86_400_000;

/**
 * A post expiring within a few days, or already expired, gets a reminder. (Whether a date is a
 * real calendar day is the schema's job: src/schemas/common.ts.)
 */
export const dates: Rule = (doc, context, report) => {
  const expiry = doc.post?.expiry_date;
  const rules = context.policy.dates;
  if (!expiry || !rules) return;
  const day = expiry.toISOString().slice(0, 10);
  const left = expiry.getTime() - context.today.getTime();
  if (left <= 0) {
    if (rules.expired) {
      report(
        findingOf(rules.expired, placeOfField(doc, ['expiry_date']), `expiry_date: this post expired on ${day}; it is no longer listed (its page stays, so links already shared keep working)`, { date: day, field: 'expiry_date' }),
      );
    }
  } else if (rules.expiring_soon && left <= rules.expiring_soon.days * DAY) {
    const days = Math.ceil(left / DAY);
    report(
      findingOf(
        rules.expiring_soon,
        placeOfField(doc, ['expiry_date']),
        `expiry_date: this post expires on ${day}, in ${days} day${days === 1 ? '' : 's'}; move expiry_date later if it should stay listed`,
        { date: day, days, field: 'expiry_date' },
      ),
    );
  }
};
