/**
 * The parts of the Markdown/MDX syntax tree (mdast + the MDX extensions) the rules read. Kept
 * structural so the rules do not depend on the type packages of the parser's internals.
 */
export interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

export interface MdAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
  position?: { start: Point; end: Point } | undefined;
}

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  /** Links a reference (`![x][logo]`) to its definition (`[logo]: …`). */
  identifier?: string;
  name?: string | null;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: Point; end: Point } | undefined;
  data?: { estree?: { body?: unknown[] } } | undefined;
}

/** Every node of the tree in document order; computed once per file and shared by the rules. */
export function flatten(root: MdNode): MdNode[] {
  const out: MdNode[] = [];
  const stack: MdNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    out.push(node);
    const children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as MdNode);
  }
  return out;
}
