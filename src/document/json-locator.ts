import { childPointer } from './pointer.js';
import type { LocateTarget, Locator, SourceRange } from './source-range.js';

/** Where a value (and its property name) sits: offsets for fixes, 1-based positions for messages. */
interface Place {
  valueStart: number;
  valueEnd: number;
  value: SourceRange;
  key?: SourceRange;
}

/**
 * Pointer → range for JSON text, without building a tree: one scan descends only along the
 * requested pointers and skips every other subtree by bracket matching. The requested pointers
 * are a small tree of their own, so the scan builds no path string for the elements it passes
 * (a file's findings usually touch most of its rows, each with a dozen siblings), it leaves each
 * place on its node of that tree rather than in a table keyed by pointer, and it counts lines as
 * it goes, so no table of line starts is built. Files without diagnostics never pay for it. A pointer that does not exist (a missing property) resolves to its closest existing
 * ancestor, as Spectral does. Columns count UTF-16 code units, like ESLint.
 */
export class JsonLocator implements Locator {
  /** every pointer asked for so far, with its node in the tree of the scan that looked for it */
  #requested = new Map<string, Wanted>();

  constructor(private readonly text: string) {}

  /** scan once for a batch of pointers (the engine calls this with all of a file's pointers) */
  prepare(pointers: Iterable<string>): void {
    const root: Wanted = {};
    let any = false;
    for (const pointer of pointers) {
      if (this.#requested.has(pointer)) continue;
      this.#requested.set(pointer, addWanted(root, pointer));
      any = true;
    }
    if (any) new Scanner(this.text).scanDocument(root);
  }

  locate(pointer: string, target: LocateTarget = 'value'): SourceRange {
    const place = this.#placeOf(pointer).place;
    if (!place) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const { line, column, endLine, endColumn } = target === 'key' && place.key ? place.key : place.value;
    return { line, column, endLine, endColumn };
  }

  offsets(pointer: string): [number, number] | undefined {
    const { place, exact } = this.#placeOf(pointer);
    return place && exact ? [place.valueStart, place.valueEnd] : undefined;
  }

  release(): void {
    this.#requested = new Map();
  }

  #placeOf(pointer: string): { place?: Place; exact: boolean } {
    if (!this.#requested.has(pointer)) this.prepare([pointer]);
    const node = this.#requested.get(pointer)!;
    if (node.place) return { place: node.place, exact: true };
    for (let up = node.parent; up; up = up.parent) if (up.place) return { place: up.place, exact: false };
    return { exact: false };
  }
}

/** A requested pointer or an ancestor of one: its requested children by key and by array index, and its place once found. */
interface Wanted {
  parent?: Wanted;
  /** absent on a leaf */
  byKey?: Map<string, Wanted>;
  byIndex?: Map<number, Wanted>;
  place?: Place;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The pointer's node, added to the tree with its ancestors. A segment no key or index can be
 * written as ("a~2b", a pointer without its leading slash) names no place: its node hangs off the
 * tree unreachable by the scan, so the pointer resolves to its closest real ancestor.
 */
function addWanted(root: Wanted, pointer: string): Wanted {
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return { parent: root };
  let node = root;
  for (const written of pointer.slice(1).split('/')) {
    const segment = written.replace(/~1/g, '/').replace(/~0/g, '~');
    if (childPointer('', segment) !== `/${written}`) return { parent: node };
    let child = node.byKey?.get(segment);
    if (!child) {
      child = { parent: node };
      (node.byKey ??= new Map()).set(segment, child);
      if (ARRAY_INDEX.test(segment)) (node.byIndex ??= new Map()).set(Number(segment), child);
    }
    node = child;
  }
  return node;
}

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * A recursive-descent walk over text already known to be valid JSON. A JSON string cannot hold a
 * raw line break, so every line break is whitespace between tokens: counting those the walk steps
 * over gives the line of any offset it reaches.
 */
class Scanner {
  #pos = 0;
  /** line breaks before #pos */
  #lines = 0;
  /** offset of the first character of #pos's line */
  #lineStart = 0;

  constructor(private readonly text: string) {}

  scanDocument(root: Wanted): void {
    this.#skipWhitespace();
    this.#value(root, undefined);
  }

  #value(wanted: Wanted | undefined, key: SourceRange | undefined): void {
    const start = this.#pos;
    if (!wanted) {
      this.#skipValue();
      return;
    }
    const line = this.#lines + 1;
    const column = start - this.#lineStart + 1;
    const c = this.text.charCodeAt(start);
    if (c === 123) this.#object(wanted);
    else if (c === 91) this.#array(wanted);
    else this.#skipValue();
    const value = { line, column, endLine: this.#lines + 1, endColumn: this.#pos - this.#lineStart + 1 };
    wanted.place = key ? { valueStart: start, valueEnd: this.#pos, value, key } : { valueStart: start, valueEnd: this.#pos, value };
  }

  #object(wanted: Wanted): void {
    this.#pos++; // {
    this.#skipWhitespace();
    if (this.text.charCodeAt(this.#pos) === 125) {
      this.#pos++;
      return;
    }
    for (;;) {
      const keyStart = this.#pos;
      this.#skipString();
      const keyEnd = this.#pos;
      const child = wanted.byKey?.get(this.#keyName(keyStart, keyEnd));
      // a key is one string token, so it ends on the line it starts on
      const line = this.#lines + 1;
      const key = child ? { line, column: keyStart - this.#lineStart + 1, endLine: line, endColumn: keyEnd - this.#lineStart + 1 } : undefined;
      this.#skipWhitespace();
      this.#pos++; // :
      this.#skipWhitespace();
      this.#value(child, key);
      this.#skipWhitespace();
      if (this.text.charCodeAt(this.#pos++) === 125) return; // } (else ,)
      this.#skipWhitespace();
    }
  }

  #keyName(keyStart: number, keyEnd: number): string {
    const raw = this.text.slice(keyStart + 1, keyEnd - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(keyStart, keyEnd)) as string) : raw;
  }

  #array(wanted: Wanted): void {
    this.#pos++; // [
    this.#skipWhitespace();
    if (this.text.charCodeAt(this.#pos) === 93) {
      this.#pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.#value(wanted.byIndex?.get(index), undefined);
      this.#skipWhitespace();
      if (this.text.charCodeAt(this.#pos++) === 93) return; // ] (else ,)
      this.#skipWhitespace();
    }
  }

  /** skip one value of any kind, with no allocation */
  #skipValue(): void {
    const text = this.text;
    const c = text.charCodeAt(this.#pos);
    if (c === QUOTE) {
      this.#skipString();
      return;
    }
    if (c !== 123 && c !== 91) {
      // number, true, false, null
      let i = this.#pos;
      for (; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      }
      this.#pos = i;
      return;
    }
    let depth = 0;
    let i = this.#pos;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === QUOTE) {
        for (i++; i < text.length; i++) {
          const e = text.charCodeAt(i);
          if (e === BACKSLASH) i++;
          else if (e === QUOTE) break;
        }
      } else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        if (--depth === 0) {
          i++;
          break;
        }
      } else if (d === 10) {
        this.#lines++;
        this.#lineStart = i + 1;
      }
    }
    this.#pos = i;
  }

  #skipString(): void {
    const text = this.text;
    let i = this.#pos + 1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) break;
    }
    this.#pos = i + 1;
  }

  #skipWhitespace(): void {
    const text = this.text;
    let i = this.#pos;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.#lines++;
        this.#lineStart = i + 1;
      } else if (c !== 32 && c !== 13 && c !== 9) break;
    }
    this.#pos = i;
  }
}
