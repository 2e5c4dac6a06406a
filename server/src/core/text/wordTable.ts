import { findInSlots, hashOfString, hashSlots } from './hashSlots';
import { PackedStrings, packedCount, packedString, packStrings } from './packedStrings';

/**
 * Words numbered by their place in a list, found through a hash table of those numbers (see
 * `hashSlots`) that is kept with the list between sessions: an index restored at a warm start finds
 * its tens of thousands of words without first putting each in a `Map` (~25 ms for a thousand
 * articles' two word lists, a tenth of such a start). The list is kept packed (see
 * `PackedStrings`), and a table restored from it looks words up in its bytes: parsing a thousand
 * articles' 33,000 words back into strings took ~9 ms of a warm start, where a check looks up a few
 * hundred.
 */
export class WordTable {
  readonly slots: Uint32Array;
  private readonly list: readonly string[] | undefined;
  private readonly packed: PackedStrings | undefined;
  readonly size: number;

  /** The table of `words`; `slots` are those a table of the same words gave (see `areHashSlots`), when kept. */
  constructor(words: readonly string[] | PackedStrings, slots?: Uint32Array) {
    if (isWordList(words)) {
      this.list = words;
      this.size = words.length;
    } else {
      this.packed = words;
      this.size = packedCount(words);
    }
    this.slots = slots ?? hashSlots(this.size, (n) => hashOfString(this.wordAt(n)), (a, b) => this.wordAt(a) === this.wordAt(b));
  }

  /** The number of `word`, or undefined when it is not one of the words. */
  get(word: string): number | undefined {
    const { list, packed } = this;
    return findInSlots(this.slots, hashOfString(word), list ? (n) => list[n] === word : (n) => n < this.size && packedIs(packed!, n, word));
  }

  /** Word `n` (made into a string, when packed). */
  wordAt(n: number): string {
    return this.list ? this.list[n] : packedString(this.packed!, n);
  }

  /**
   * The first three UTF-16 code units of word `n` as one number (see `prefixKey`), read from its
   * bytes when they are ASCII: grouping a thousand articles' words by their start made as many
   * strings.
   */
  prefixKeyAt(n: number): number {
    if (this.list) return prefixKey(this.list[n]);
    const { text, starts } = this.packed!;
    const from = starts[n];
    const to = Math.min(starts[n + 1], from + PREFIX_UNITS);
    let key = 0;
    for (let i = from; i < to; i++) {
      if (text[i] >= 0x80) return prefixKey(this.wordAt(n));
      key = key * UNIT_RANGE + text[i] + 1;
    }
    return key * UNIT_RANGE ** (PREFIX_UNITS - (to - from));
  }

  /** The words packed, as kept. */
  toPacked(): PackedStrings {
    return this.packed ?? packStrings(this.list!);
  }
}

const PREFIX_UNITS = 3;
/** A code unit and one more (0 stands for none, after a shorter word's end). */
const UNIT_RANGE = 0x10001;

/** The first three UTF-16 code units of `word` as one number: the same for words that share them, as `word.slice(0, 3)` would be. */
export function prefixKey(word: string): number {
  let key = 0;
  for (let i = 0; i < PREFIX_UNITS; i++) key = key * UNIT_RANGE + (i < word.length ? word.charCodeAt(i) + 1 : 0);
  return key;
}

function isWordList(words: readonly string[] | PackedStrings): words is readonly string[] {
  return Array.isArray(words);
}

/**
 * Whether packed string `n` is `word`, compared code by byte while `word` is ASCII (UTF-8 writes an
 * ASCII string byte for code unit); otherwise by the string it makes.
 */
function packedIs(packed: PackedStrings, n: number, word: string): boolean {
  const { text, starts } = packed;
  const from = starts[n];
  const to = starts[n + 1];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return packedString(packed, n) === word;
    if (from + i >= to || text[from + i] !== c) return false;
  }
  return to - from === word.length;
}
