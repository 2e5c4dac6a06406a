/**
 * Words numbered by their place in a list, found through a hash table of those numbers that is
 * kept with the list between sessions: an index restored at a warm start finds its tens of
 * thousands of words without first putting each in a `Map` (~25 ms for a thousand articles' two
 * word lists, a tenth of such a start).
 */
export class WordTable {
  /** By slot, the number of the word hashed there plus one; 0 for none. Open addressing, probed one slot at a time. */
  readonly slots: Uint32Array;
  private readonly mask: number;

  /** The table of `words`; `slots` are those a table of the same words gave (see `isWordSlots`), when kept. */
  constructor(
    readonly words: readonly string[],
    slots?: Uint32Array,
  ) {
    this.slots = slots ?? slotsOf(words);
    this.mask = this.slots.length - 1;
  }

  get size(): number {
    return this.words.length;
  }

  /** The number of `word`, or undefined when it is not one of the words. */
  get(word: string): number | undefined {
    const { slots, mask, words } = this;
    for (let s = hashOf(word) & mask; ; s = (s + 1) & mask) {
      const n = slots[s];
      if (n === 0) return undefined;
      if (words[n - 1] === word) return n - 1;
    }
  }
}

/**
 * Whether `slots` can be a table of `count` words: a power of two larger than `count`, each slot
 * naming one of them or none, and no more slots filled than there are words (a search that misses
 * ends at an empty one).
 */
export function isWordSlots(slots: unknown, count: number): slots is Uint32Array {
  if (!(slots instanceof Uint32Array) || slots.length <= count || slots.length & (slots.length - 1)) return false;
  let filled = 0;
  for (let s = 0; s < slots.length; s++) {
    if (slots[s] > count) return false;
    if (slots[s]) filled++;
  }
  return filled <= count;
}

function slotsOf(words: readonly string[]): Uint32Array {
  // At most half full: a miss, most words a draft asks about, ends at an empty slot soon.
  const slots = new Uint32Array(2 ** Math.ceil(Math.log2(2 * words.length + 1)));
  const mask = slots.length - 1;
  for (let n = 0; n < words.length; n++) {
    let s = hashOf(words[n]) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = n + 1;
  }
  return slots;
}

/** FNV-1a over the UTF-16 code units: the same in every session, as a kept table needs. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
