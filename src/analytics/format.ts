/** Numbers as people of a locale write them. Browser-safe (Intl only): the calculator script uses these too. */

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Amounts of 100 or more without cents, smaller ones with them (a CPC of 2.50 matters, cents of 7,200 do not). */
export function formatMoney(value: number, locale: string, currency: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** `12.5` → "12.5%" (or "12,5 %" where that is how it is written). */
export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}
