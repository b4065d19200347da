import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { inLanes } from '../../src/lib/lanes.ts';

describe('work in lanes', () => {
  it('does every item once, each lane taking the next when free, and closes a resource shared by lanes once', async () => {
    const shared = { closed: 0, done: [] as number[] };
    const lanes = await inLanes([1, 2, 3, 4, 5], 2, {
      open: async () => shared,
      work: async (resource, item) => {
        await sleep(item === 1 ? 30 : 1);
        resource.done.push(item);
      },
      close: async (resource) => (resource.closed += 1),
    });
    expect(lanes).toBe(2);
    // The slow first item did not hold the others back.
    expect(shared.done).toEqual([2, 3, 4, 5, 1]);
    expect(shared.closed).toBe(1);
  });

  it('does the work in one lane when asked for none, or for a count that is not a number', async () => {
    for (const count of [0, -2, 0.5, Number.NaN]) {
      const done: number[] = [];
      const lanes = await inLanes([1, 2, 3], count, { open: async () => done, work: async (list, item) => void list.push(item), close: async () => undefined });
      expect({ count, lanes, done }).toEqual({ count, lanes: 1, done: [1, 2, 3] });
    }
    expect(await inLanes([], 2, { open: async () => 0, work: async () => undefined, close: async () => undefined })).toBe(0);
  });

  it('closes a lane that opens after another failed, and starts nothing more', async () => {
    const closed: number[] = [];
    const started: number[] = [];
    const work = inLanes([1, 2, 3, 4], 2, {
      open: async (lane) => {
        if (lane === 1) await sleep(30);
        return lane;
      },
      work: async (_lane, item) => {
        started.push(item);
        throw new Error(`item ${item} failed`);
      },
      close: async (lane) => closed.push(lane),
    });
    await expect(work).rejects.toThrow('item 1 failed');
    expect(started).toEqual([1]);
    expect(closed.sort()).toEqual([0, 1]);
  });
});
