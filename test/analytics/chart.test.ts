import { describe, expect, it } from 'vitest';
import { barPercent, gridValues, linePath, niceMax } from '../../src/analytics/chart.ts';

describe('chart geometry', () => {
  it.each([
    [0, 1],
    [1, 1],
    [7, 10],
    [12, 20],
    [23, 25],
    [125, 200],
    [201, 250],
    [4_100, 5_000],
  ])('rounds the top of the scale from %d up to %d', (value, top) => {
    expect(niceMax(value)).toBe(top);
  });

  it('draws a line from left to right with 0 at the bottom', () => {
    expect(linePath([0, 5, 10], 10, 100, 50)).toBe('M0 50L50 25L100 0');
  });

  it('draws one day as a flat line and nothing for no days', () => {
    expect(linePath([4], 8, 600, 200)).toBe('M0 100H600');
    expect(linePath([], 8, 600, 200)).toBe('');
  });

  it('sizes bars against the largest value', () => {
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(1, 3)).toBe(33.3);
    expect(barPercent(5, 0)).toBe(0);
  });

  it('spaces gridlines evenly', () => {
    expect(gridValues(200)).toEqual([0, 50, 100, 150, 200]);
  });
});
