import { describe, expect, it } from 'vitest';
import { isAdvocateImpact } from '../../src/client/impact-view.ts';

const totals = { sessions: 5, engaged: 3, keyEvents: 1 };
const line = { key: 'linkedin', month: totals, all: totals };
/** A figures file as the build writes it for the code harbour-ann1. */
const good = {
  version: 1,
  code: 'harbour-ann1',
  month: { from: '2026-11-01', to: '2026-11-30' },
  span: { from: '2026-10-01', to: '2026-11-20' },
  thisMonth: totals,
  allTime: totals,
  rank: { allTime: 2, active: 2, activeThisMonth: 1 },
  networks: [line],
  posts: [{ ...line, key: 'rye-is-back' }],
};

/** The file with one field changed (or taken out, with undefined). */
function broken(path: string, value: unknown): unknown {
  const copy = structuredClone(good) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  if (value === undefined) delete at[keys.at(-1)!];
  else at[keys.at(-1)!] = value;
  return copy;
}

describe('which figures files /impact/ draws (anything else shows "No figures yet")', () => {
  it('draws the file the build writes, with or without a place this month', () => {
    expect(isAdvocateImpact(good, 'harbour-ann1')).toBe(true);
    expect(isAdvocateImpact(broken('rank.thisMonth', 1), 'harbour-ann1')).toBe(true);
  });

  it.each([
    ['span', undefined],
    ['span.from', undefined],
    ['span.to', '2026-13-45'],
    ['thisMonth', undefined],
    ['thisMonth.engaged', '3'],
    ['allTime.keyEvents', undefined],
    ['rank', undefined],
    ['rank.active', undefined],
    ['rank.activeThisMonth', null],
    ['rank.allTime', 'second'],
    ['networks', [{ key: 'linkedin', month: totals }]],
    ['networks', [{ key: 7, month: totals, all: totals }]],
    ['posts', [{ key: 'rye', month: { sessions: 1 }, all: totals }]],
    ['posts', [null]],
    ['code', 'harbour-bob2'],
  ])('refuses a file whose %s is %j', (path, value) => {
    expect(isAdvocateImpact(broken(path, value), 'harbour-ann1')).toBe(false);
  });
});
