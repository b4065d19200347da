/**
 * Geometry of the inline SVG charts, so pages draw charts without a charting library and the
 * numbers behind every line can be tested.
 */

/** The smallest "round" number (1, 2, 2.5 or 5 × 10ⁿ) at or above the value; at least 1. */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value) as number;
  return step * magnitude;
}

/**
 * An SVG path through the values, spread evenly across `width`, with 0 at the bottom of
 * `height` and `max` at the top. One value draws a flat line across the whole width.
 */
export function linePath(values: readonly number[], max: number, width: number, height: number): string {
  if (values.length === 0) return '';
  const y = (value: number) => round(height - (Math.min(value, max) / max) * height);
  if (values.length === 1) return `M0 ${y(values[0] as number)}H${width}`;
  const step = width / (values.length - 1);
  return values.map((value, index) => `${index === 0 ? 'M' : 'L'}${round(index * step)} ${y(value)}`).join('');
}

/** The value's share of the largest, in percent with one decimal, for a bar. */
export function barPercent(value: number, max: number): number {
  return max > 0 ? round((Math.max(0, value) / max) * 100) : 0;
}

/** Evenly spaced gridline values from 0 to `max`, `count` steps. */
export function gridValues(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, index) => (max * index) / count);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
