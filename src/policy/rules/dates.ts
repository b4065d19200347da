import { findingOf, placeOfField, type Rule } from '../rule.ts';
import { rawField } from '../raw-field.ts';

const DATE_FIELDS = { post: ['publish_date', 'expiry_date'], campaign: ['start', 'end'] } as const;
const DAY = 86_400_000;

/**
 * Dates are real calendar days written YYYY-MM-DD (JavaScript would quietly turn 2026-02-30
 * into 2 March); a post expiring within a few days, or already expired, gets a reminder.
 */
export const dates: Rule = (doc, context, report) => {
  const fields = doc.kind === 'post' || doc.kind === 'campaign' ? DATE_FIELDS[doc.kind] : [];
  for (const field of fields) {
    const value = rawField(doc, [field]);
    if (typeof value !== 'string' || Number.isNaN(new Date(value).getTime())) continue; // absent, or the schema's finding
    if (isCalendarDate(value.trim())) continue;
    report({
      ...placeOfField(doc, [field]),
      severity: 'error',
      ruleId: 'invalid-date',
      message: /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
        ? `${field}: ${value} is not a real date (check the day and the month); write it as YYYY-MM-DD`
        : `${field}: write the date as YYYY-MM-DD, for example 2026-11-23, not "${value}"`,
    });
  }

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

/** YYYY-MM-DD naming a day that exists. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
