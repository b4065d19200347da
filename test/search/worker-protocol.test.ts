import { describe, expect, it } from 'vitest';
import { mergeByScore, shareParts } from '../../src/search/worker-protocol.ts';

describe('sharing index parts among search workers', () => {
  it('gives each worker a run of parts in order, as evenly as they go', () => {
    expect(shareParts(['p1', 'p2', 'p3', 'p4', 'p5'], 2)).toEqual([
      ['p1', 'p2', 'p3'],
      ['p4', 'p5'],
    ]);
    expect(shareParts(['p1', 'p2', 'p3', 'p4', 'p5'], 4)).toEqual([['p1', 'p2'], ['p3'], ['p4'], ['p5']]);
  });

  it('starts no more workers than there are parts, and at least one', () => {
    expect(shareParts(['only'], 4)).toEqual([['only']]);
    expect(shareParts(['p1', 'p2'], 0)).toEqual([['p1', 'p2']]);
  });
});

describe('merging the workers\' results', () => {
  it('puts the best score first across workers', () => {
    const merged = mergeByScore([Float64Array.of(9, 4, 1), Float64Array.of(7, 5)]);
    expect(merged).toEqual([
      { worker: 0, position: 0 },
      { worker: 1, position: 0 },
      { worker: 1, position: 1 },
      { worker: 0, position: 1 },
      { worker: 0, position: 2 },
    ]);
  });

  it('keeps the earlier worker first on a tie, as Pagefind keeps earlier parts first', () => {
    expect(mergeByScore([[3, 3], [3], [5]])).toEqual([
      { worker: 2, position: 0 },
      { worker: 0, position: 0 },
      { worker: 0, position: 1 },
      { worker: 1, position: 0 },
    ]);
  });

  it('copes with workers that found nothing', () => {
    expect(mergeByScore([[], [2], []])).toEqual([{ worker: 1, position: 0 }]);
    expect(mergeByScore([])).toEqual([]);
  });
});
