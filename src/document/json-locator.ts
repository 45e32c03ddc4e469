import { parse as parseWithPositions } from '@humanwhocodes/momoa';
import { segmentsOf } from './pointer.js';
import type { LocateTarget, Locator, SourceRange } from './source-range.js';

interface Loc {
  start: { line: number; column: number; offset: number };
  end: { line: number; column: number; offset: number };
}
interface Node {
  type: string;
  loc: Loc;
  members?: Array<{ name: Node & { value: string }; value: Node; loc: Loc }>;
  elements?: Array<{ value: Node }>;
}

/**
 * Pointer → range for JSON text. The AST is built on first use only, so files without
 * diagnostics never pay for positions. A pointer that does not exist (a missing property)
 * resolves to its closest existing ancestor, as Spectral does.
 */
export class JsonLocator implements Locator {
  #root: Node | undefined;

  constructor(private readonly text: string) {}

  locate(pointer: string, target: LocateTarget = 'value'): SourceRange {
    const { node, keyNode } = this.#resolve(pointer);
    const loc = target === 'key' && keyNode ? keyNode.loc : node.loc;
    return { line: loc.start.line, column: loc.start.column, endLine: loc.end.line, endColumn: loc.end.column };
  }

  offsets(pointer: string): [number, number] | undefined {
    const { node, exact } = this.#resolve(pointer);
    return exact ? [node.loc.start.offset, node.loc.end.offset] : undefined;
  }

  release(): void {
    this.#root = undefined;
  }

  #resolve(pointer: string): { node: Node; keyNode?: Node; exact: boolean } {
    this.#root ??= parseWithPositions(this.text, { mode: 'json' }).body as unknown as Node;
    let node = this.#root;
    let keyNode: Node | undefined;
    for (const segment of segmentsOf(pointer)) {
      let next: Node | undefined;
      let nextKey: Node | undefined;
      if (node.type === 'Object') {
        // last wins, as in JSON.parse
        const member = node.members!.findLast((m) => m.name.value === segment);
        next = member?.value;
        nextKey = member?.name;
      } else if (node.type === 'Array' && /^\d+$/.test(segment)) {
        next = node.elements![Number(segment)]?.value;
      }
      if (!next) return { node, keyNode, exact: false };
      node = next;
      keyNode = nextKey;
    }
    return { node, keyNode, exact: true };
  }
}
