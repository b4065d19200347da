/**
 * Whether the text is a real day written YYYY-MM-DD: 2026-02-30 is not, although JavaScript's
 * `Date` would quietly make it 2 March. The one test of a date's reality that the schemas, the
 * analytics files, the browser scripts and the commands' `--since` share.
 */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/** Whether the text has the shape of a day, YYYY-MM-DD, real or not: to say why a date is refused. */
export function writtenAsIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}
