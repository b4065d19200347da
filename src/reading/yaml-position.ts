import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';

export interface SourcePosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A YAML text parsed once, able to say on which line any field stands. */
export interface LocatedYaml {
  document: Document.Parsed;
  /** Where the YAML block starts in its file (front matter starts on line 2). */
  lineOffset: number;
  locate(path: readonly PropertyKey[]): SourcePosition;
  /** Line and column of an offset into the YAML text. */
  positionAt(offset: number): { line: number; column: number };
}

export function parseLocatedYaml(source: string, lineOffset = 0): LocatedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (start: number, end: number): SourcePosition => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(end);
    return { line: a.line + lineOffset, column: a.col, endLine: b.line + lineOffset, endColumn: b.col };
  };
  return {
    document,
    lineOffset,
    positionAt(offset) {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line + lineOffset, column: col };
    },
    locate(path) {
      // Walk as deep as the path exists; a missing field points at its parent (or line 1 of the block).
      let node: unknown = document.contents;
      let best: [number, number] | undefined = rangeOf(node);
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => String((item.key as Node | null)?.toJSON?.() ?? item.key) === String(key));
          if (!pair) break;
          const keyRange = rangeOf(pair.key);
          const valueRange = rangeOf(pair.value);
          best = keyRange && valueRange ? [keyRange[0], valueRange[1]] : (keyRange ?? valueRange ?? best);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key];
          if (item === undefined) break;
          best = rangeOf(item) ?? best;
          node = item;
        } else {
          break;
        }
      }
      return best ? toPosition(best[0], best[1]) : { line: 1 + lineOffset, column: 1, endLine: 1 + lineOffset, endColumn: 1 };
    },
  };
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
