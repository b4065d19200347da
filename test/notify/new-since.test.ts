import { describe, expect, it } from 'vitest';
import { VISIT_GAP_MS, countNew, nextVisit, parseVisit, type VisitState } from '../../src/notify/new-since.ts';

const MONDAY = Date.parse('2026-11-16T08:00:00Z');
const HOUR = 60 * 60 * 1000;
const LAST_WEEK = ['2026-11-14', '2026-11-10', '2026-11-03'];
const THIS_WEEK = ['2026-11-20', '2026-11-19', ...LAST_WEEK];

/** Replays page views: each is [time, the dates the page lists]; returns the new count of each view. */
function visits(views: [number, string[]][]): number[] {
  let stored: VisitState | undefined;
  return views.map(([time, dates]) => {
    const { state, baseline } = nextVisit(parseVisit(stored ? JSON.stringify(stored) : null), dates, time);
    stored = state;
    return countNew(dates, baseline);
  });
}

describe('new since your last visit', () => {
  it('marks nothing on the very first visit', () => {
    expect(visits([[MONDAY, THIS_WEEK]])).toEqual([0]);
  });

  it('counts the posts published after the newest one seen on the previous visit', () => {
    expect(visits([[MONDAY, LAST_WEEK], [MONDAY + 96 * HOUR, THIS_WEEK]])).toEqual([0, 2]);
  });

  it('keeps the marks while the visit lasts, and drops them on the next visit', () => {
    const friday = MONDAY + 96 * HOUR;
    expect(
      visits([
        [MONDAY, LAST_WEEK],
        [friday, THIS_WEEK],
        [friday + 10 * 60 * 1000, THIS_WEEK], // back to the home page ten minutes later
        [friday + VISIT_GAP_MS + 20 * 60 * 1000, THIS_WEEK], // the next visit
      ]),
    ).toEqual([0, 2, 2, 0]);
  });

  it('still counts a post that went live after an earlier visit on the same day', () => {
    const morning = MONDAY;
    const evening = MONDAY + 10 * HOUR;
    expect(visits([[morning, LAST_WEEK], [evening, ['2026-11-16', ...LAST_WEEK]]])).toEqual([0, 1]);
  });

  it('starts over when what is stored is not what the hub wrote', () => {
    expect(parseVisit('not json')).toBeUndefined();
    expect(parseVisit(JSON.stringify({ lastSeen: 'yesterday', newestSeen: '2026-11-01', baseline: '2026-11-01' }))).toBeUndefined();
    expect(parseVisit(JSON.stringify({ lastSeen: 1, newestSeen: '<img src=x>', baseline: '' }))).toBeUndefined();
    expect(parseVisit(JSON.stringify({ lastSeen: 1, newestSeen: '2026-11-01', baseline: '' }))).toEqual({ lastSeen: 1, newestSeen: '2026-11-01', baseline: '' });
  });
});
