import { findInSlots, hashOfString, hashSlots } from './hashSlots';

/**
 * Words numbered by their place in a list, found through a hash table of those numbers (see
 * `hashSlots`) that is kept with the list between sessions: an index restored at a warm start finds
 * its tens of thousands of words without first putting each in a `Map` (~25 ms for a thousand
 * articles' two word lists, a tenth of such a start).
 */
export class WordTable {
  readonly slots: Uint32Array;

  /** The table of `words`; `slots` are those a table of the same words gave (see `areHashSlots`), when kept. */
  constructor(
    readonly words: readonly string[],
    slots?: Uint32Array,
  ) {
    this.slots = slots ?? hashSlots(words.length, (n) => hashOfString(words[n]), (a, b) => words[a] === words[b]);
  }

  get size(): number {
    return this.words.length;
  }

  /** The number of `word`, or undefined when it is not one of the words. */
  get(word: string): number | undefined {
    return findInSlots(this.slots, hashOfString(word), (n) => this.words[n] === word);
  }
}
