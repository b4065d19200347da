/** Line and column (both from 1) of offsets in one text; the line starts are found once. */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
  /** The offset where a 1-based line starts. */
  lineStart(line: number): number;
}

export function lineIndex(text: string): LineIndex {
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  };
  return {
    position(offset) {
      const all = lineStarts();
      let low = 0;
      let high = all.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((all[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - (all[low] ?? 0) + 1 };
    },
    lineStart(line) {
      return lineStarts()[line - 1] ?? text.length;
    },
  };
}
