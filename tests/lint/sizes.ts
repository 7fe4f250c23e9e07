// The walker behind tests/lint/sizes.test.ts: function-like nodes of a parsed file, measured.
import { computeLineStarts, type Node, SyntaxKind, skipTrivia } from 'typescript/unstable/ast';

const FUNCTION_KINDS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.FunctionDeclaration,
  SyntaxKind.FunctionExpression,
  SyntaxKind.ArrowFunction,
  SyntaxKind.MethodDeclaration,
  SyntaxKind.Constructor,
  SyntaxKind.GetAccessor,
  SyntaxKind.SetAccessor,
]);

/** 1-based line of a position, by binary search over the line starts. */
function lineOf(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** What a reader would call the function: its own name, or the name it is given. */
function nameOf(node: Node, text: string): string {
  const slice = (n: Node) => text.slice(skipTrivia(text, n.pos), n.end);
  if (node.kind === SyntaxKind.Constructor) return 'constructor';
  const own = (node as Node & { name?: Node }).name;
  if (own) return slice(own);
  const parent = node.parent as Node & { name?: Node };
  if (parent?.name) return slice(parent.name);
  return '(anonymous)';
}

export interface LongFunction {
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}

/** The function-like nodes of a parsed file longer than `max` lines. */
export function longFunctions(file: Node, text: string, max: number): LongFunction[] {
  const starts = computeLineStarts(text);
  const out: LongFunction[] = [];
  const visit = (node: Node): undefined => {
    if (FUNCTION_KINDS.has(node.kind)) {
      const line = lineOf(starts, skipTrivia(text, node.pos));
      const lines = lineOf(starts, node.end) - line + 1;
      if (lines > max) out.push({ line, name: nameOf(node, text), lines });
    }
    node.forEachChild(visit);
    return undefined;
  };
  visit(file);
  return out;
}
