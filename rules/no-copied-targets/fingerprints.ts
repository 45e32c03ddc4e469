/**
 * Hashes and fingerprints for no-copied-targets: cells hashed to 53 bits, rows and runs of rows
 * to tagged 30-bit fingerprints, and a compact index of how many projects share each one.
 */

/** cyrb53: a fast 53-bit string hash; 0 is reserved for "empty". */
export function hashText(text: string): number {
  if (text === '') return 0;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish(h1, h2);
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1;
}

/** Fingerprint kinds; +16 for 部门整体 tables, which legitimately sum up their projects' rows. */
const enum Kind {
  Row = 1,
  Name,
  Description,
  Value,
  NameDescription,
  NameValue,
  DescriptionValue,
  Block,
  Triple,
}
/** slots per row in a project's fingerprint array */
export const SLOTS = 9;
export const S_ROW = 0;
export const S_NAME = 1;
export const S_DESC = 2;
export const S_VALUE = 3;
export const S_ND = 4;
export const S_NV = 5;
export const S_DV = 6;
/** the row and the next one, whole: copied blocks of common rows are still rare together */
export const S_BLOCK = 7;
/** the row and the next two, whole */
export const S_TRIPLE = 8;
/** slots that may propose candidate pairs: what a copy shares and a random pair rarely does */
export const CANDIDATE_SLOTS = [S_ND, S_NV, S_DV, S_BLOCK, S_TRIPLE] as const;

/**
 * 30-bit fingerprint of a tuple of hashes, tagged with its kind so a name never equals a
 * description. 30 bits keep the index compact; a rare collision only merges two counts or
 * proposes a pair that scoring (on the exact 53-bit cell hashes) then rejects.
 */
function fingerprint(kind: number, a: number, b: number, c = 0): number {
  let h = Math.imul(kind, 0x9e3779b1);
  h = mixWord(h, a >>> 0);
  h = mixWord(h, (a / 4294967296) >>> 0);
  h = mixWord(h, b >>> 0);
  h = mixWord(h, (b / 4294967296) >>> 0);
  h = mixWord(h, c >>> 0);
  h = mixWord(h, (c / 4294967296) >>> 0);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 0x3fffffff || 1;
}

/** one murmur3 round */
function mixWord(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** the fingerprints of a project's rows (hash triples); `overall`: a 部门整体 table */
export function fingerprintsOf(hashes: Float64Array, overall: boolean): Int32Array {
  const salt = overall ? 16 : 0;
  const rows = hashes.length / 3;
  const fp = new Int32Array(rows * SLOTS);
  for (let i = 0; i < rows; i++) {
    const n = hashes[3 * i]!;
    const d = hashes[3 * i + 1]!;
    const v = hashes[3 * i + 2]!;
    const o = i * SLOTS;
    fp[o + S_ROW] = fingerprint(Kind.Row + salt, n, d, v);
    if (n) fp[o + S_NAME] = fingerprint(Kind.Name + salt, n, 0);
    if (d) fp[o + S_DESC] = fingerprint(Kind.Description + salt, d, 0);
    if (v) fp[o + S_VALUE] = fingerprint(Kind.Value + salt, v, 0);
    if (n && d) fp[o + S_ND] = fingerprint(Kind.NameDescription + salt, n, d);
    if (n && v) fp[o + S_NV] = fingerprint(Kind.NameValue + salt, n, v);
    if (d && v) fp[o + S_DV] = fingerprint(Kind.DescriptionValue + salt, d, v);
  }
  const row = (i: number) => fp[i * SLOTS + S_ROW]!;
  for (let i = 0; i + 1 < rows; i++) fp[i * SLOTS + S_BLOCK] = fingerprint(Kind.Block + salt, row(i), row(i + 1));
  for (let i = 0; i + 2 < rows; i++) fp[i * SLOTS + S_TRIPLE] = fingerprint(Kind.Triple + salt, row(i), row(i + 1), row(i + 2));
  return fp;
}

/** fields of a slot of FingerprintIndex's table, side by side so that one probe touches one cache line */
const KEY = 0;
const DF = 1;
/** last visitor, so a project counts once however often a fingerprint recurs in it */
const STAMP = 2;
/** where its posting list starts in `postings`, -1 for none */
const START = 3;
const FIELDS = 4;

/**
 * Document frequency of every fingerprint, and posting lists of the rare ones, in flat typed
 * arrays with open addressing: a JS Map of millions of entries costs seconds and hundreds of MB.
 * A slot's fields sit together: at 20,000 departments the table outgrows the CPU caches, and with
 * one array per field each of the 30M lookups missed the cache three times (counting took 7 s).
 * Filled in run order, so every posting list is sorted by run order.
 */
export class FingerprintIndex {
  /** capacity × FIELDS; sized by the distinct fingerprints (it doubles as they come), not by the rows */
  #table = new Int32Array(1024 * FIELDS);
  /** slots − 1 (a power of two) */
  #mask = 1023;
  #visitor = 0;
  #size = 0;
  /** rare fingerprint with its list at `start`: postings[start] is how many of the reserved df entries after it are filled */
  #postings = new Int32Array(0);

  /** the offset in #table of the slot holding the key, or of the empty slot where it would go */
  #slot(key: number): number {
    const mask = this.#mask;
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.#table[s * FIELDS + KEY] !== 0 && this.#table[s * FIELDS + KEY] !== key) s = (s + 1) & mask;
    return s * FIELDS;
  }

  #grow(): void {
    const old = this.#table;
    this.#table = new Int32Array(old.length * 2);
    this.#mask = this.#mask * 2 + 1;
    for (let o = 0; o < old.length; o += FIELDS) {
      if (old[o + KEY] === 0) continue;
      this.#table.set(old.subarray(o, o + FIELDS), this.#slot(old[o + KEY]!));
    }
  }

  /** the next project: from now on its fingerprints count once each */
  nextVisitor(): void {
    this.#visitor++;
  }

  count(key: number): void {
    if (this.#size * 2 > this.#mask) this.#grow();
    const o = this.#slot(key);
    const t = this.#table;
    if (t[o + KEY] === 0) {
      t[o + KEY] = key;
      this.#size++;
    }
    if (t[o + STAMP] === this.#visitor) return;
    t[o + STAMP] = this.#visitor;
    t[o + DF]!++;
  }

  /** in how many projects the fingerprint occurs (0 for none) */
  df(key: number): number {
    if (key === 0) return 0;
    const o = this.#slot(key);
    return this.#table[o + KEY] === 0 ? 0 : this.#table[o + DF]!;
  }

  /** reserves posting lists for the fingerprints with 2 ≤ df ≤ maxDf; the others get none */
  reservePostings(maxDf: number): void {
    const t = this.#table;
    let total = 0;
    for (let o = 0; o < t.length; o += FIELDS) {
      const n = t[o + DF]!;
      if (t[o + KEY] !== 0 && n >= 2 && n <= maxDf) {
        t[o + START] = total;
        total += n + 1;
      } else t[o + START] = -1;
    }
    this.#postings = new Int32Array(total);
  }

  /** adds the project to the key's posting list (once), if the key has one */
  post(key: number, order: number): void {
    const o = this.#slot(key);
    const start = this.#table[o + KEY] === 0 ? -1 : this.#table[o + START]!;
    if (start < 0) return;
    const filled = this.#postings[start]!;
    if (filled === 0 || this.#postings[start + filled] !== order) {
      this.#postings[start + filled + 1] = order;
      this.#postings[start] = filled + 1;
    }
  }

  /**
   * The posting list of a key, projects in run order, the first time the current visitor asks
   * for it; empty when the key has none or was already asked for.
   */
  postingsOnce(key: number): Int32Array {
    const o = this.#slot(key);
    const t = this.#table;
    const start = t[o + KEY] === 0 || t[o + STAMP] === this.#visitor ? -1 : t[o + START]!;
    if (start < 0) return this.#postings.subarray(0, 0);
    t[o + STAMP] = this.#visitor;
    return this.#postings.subarray(start + 1, start + 1 + this.#postings[start]!);
  }
}
