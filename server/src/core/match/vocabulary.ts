import { distance } from 'fastest-levenshtein';
import { runSteps } from '../steps';
import { PackedStrings } from '../text/packedStrings';
import { prefixKey, WordTable } from '../text/wordTable';
import { commonPrefix } from '../text/words';
import { isKey } from './context';

/** A source word a draft word stands for, and how sure that is (1 for the same stem). */
export interface Resolved {
  norm: string;
  weight: number;
  /** The IDF of `norm`: a claim asks for it with each word it resolves. */
  idf: number;
}

const FUZZY_WEIGHT = 0.8;

/**
 * A vocabulary's counts as plain data: `counts[i]` sentences hold word `i` of `words`, of
 * `documents` sentences; `slots` their table (see `WordTable`); `prefixes` its words grouped by
 * their start.
 */
export interface VocabularySnapshot {
  documents: number;
  words: PackedStrings;
  slots: Uint32Array;
  counts: Uint32Array;
  prefixes: PrefixGroups;
}

/**
 * The numbers of a vocabulary's words grouped by their first three letters (see `prefixKey`), which
 * a variant spelling shares with the word it stands for: the distinct keys in ascending order, and
 * the words of key `keys[i]` at `words[starts[i]]` up to `words[starts[i + 1]]`, in ascending order.
 */
export interface PrefixGroups {
  keys: Float64Array;
  starts: Uint32Array;
  words: Uint32Array;
}

/** How many documents a step of `Vocabulary.counting` counts: some milliseconds' worth. */
const DOCUMENTS_A_STEP = 2000;

/** How many words a vocabulary remembers resolving before it starts again. */
const MAX_RESOLVED = 100_000;

/**
 * The words of the loaded sources: how rare each is (IDF over source sentences, so that "Kanani"
 * outweighs "said") and which source word a draft's variant spelling stands for
 * ("defence"/"defense", "Azerbaijan"/"Azerbaijani", "unrecognised"/"unrecognized").
 */
export class Vocabulary {
  private readonly words: WordTable;
  /** By word number, how many documents hold it. */
  private readonly counts: Uint32Array;
  /**
   * Its words by their start, kept with it: grouping a thousand articles' 33,000 words was ~3.5 ms
   * of a warm start's first check. Made when first needed by a vocabulary just counted.
   */
  private prefixes: PrefixGroups | undefined;
  /** Every word asked about so far, known or not: each claim asks again for the words it shares. */
  private readonly resolved = new Map<string, Resolved | null>();
  private readonly idfs = new Map<string, number>();
  private readonly documents: number;
  /** The IDF of a word no source uses. */
  readonly maxIdf: number;

  /** Takes the counts a vocabulary's `snapshot` gave, or counted (without their table, made here). */
  constructor(counted: Omit<VocabularySnapshot, 'slots' | 'words' | 'prefixes'> & { words: readonly string[] | PackedStrings; slots?: Uint32Array; prefixes?: PrefixGroups }) {
    this.words = new WordTable(counted.words, counted.slots);
    this.counts = counted.counts;
    this.prefixes = counted.prefixes;
    this.documents = counted.documents;
    this.maxIdf = this.idf('');
  }

  /** The words of `documents`, counted. */
  static of(documents: Iterable<Iterable<string>>): Vocabulary {
    return runSteps(Vocabulary.counting(documents));
  }

  /** `of` a step at a time: a thousand articles' 44,000 sentences counted in one go held a server's requests ~120 ms. */
  static *counting(documents: Iterable<Iterable<string>>): Generator<void, Vocabulary> {
    const df = new Map<string, number>();
    let n = 0;
    for (const doc of documents) {
      n++;
      for (const norm of new Set(doc)) df.set(norm, (df.get(norm) ?? 0) + 1);
      if (n % DOCUMENTS_A_STEP === 0) yield;
    }
    return new Vocabulary({ documents: n, words: [...df.keys()], counts: Uint32Array.from(df.values()) });
  }

  /** The counts as data, in the order they were made: the order in which variant spellings are tried. */
  snapshot(): VocabularySnapshot {
    return { documents: this.documents, words: this.words.toPacked(), slots: this.words.slots, counts: this.counts, prefixes: this.byPrefix };
  }

  /** How many documents hold `norm`. */
  private df(norm: string): number {
    const n = this.words.get(norm);
    return n === undefined ? 0 : this.counts[n];
  }

  private get byPrefix(): PrefixGroups {
    return (this.prefixes ??= groupByPrefix(this.words));
  }

  /** The numbers of the words starting as `norm` does (see `PrefixGroups`). */
  private startingLike(norm: string): Uint32Array {
    const { keys, starts, words } = this.byPrefix;
    const key = prefixKey(norm);
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keys[middle] < key) low = middle + 1;
      else high = middle;
    }
    return low < keys.length && keys[low] === key ? words.subarray(starts[low], starts[low + 1]) : EMPTY;
  }

  /** BM25's IDF: near 0 for words in every sentence, highest for words the sources never use. */
  idf(norm: string): number {
    let idf = this.idfs.get(norm);
    if (idf === undefined) {
      const df = this.df(norm);
      idf = this.idfOf(df);
      if (df) this.idfs.set(norm, idf);
    }
    return idf;
  }

  /** The IDF of what `df` of the sentences hold. */
  idfOf(df: number): number {
    return Math.log(1 + (this.documents - df + 0.5) / (df + 0.5));
  }

  resolve(norm: string): Resolved | undefined {
    let hit = this.resolved.get(norm);
    if (hit === undefined) {
      hit = this.words.get(norm) !== undefined ? { norm, weight: 1, idf: this.idf(norm) } : (this.closest(norm) ?? null);
      // Bounded as the other caches of words: a day of typing asks about ever new figures.
      if (this.resolved.size > MAX_RESOLVED) this.resolved.clear();
      this.resolved.set(norm, hit);
    }
    return hit ?? undefined;
  }

  private closest(norm: string): Resolved | undefined {
    if (norm.length < 4 || isKey(norm)) return undefined;
    let best: Resolved | undefined;
    for (const n of this.startingLike(norm)) {
      // A word number past the words (a damaged group) names no word.
      if (n >= this.words.size) continue;
      const candidate = this.words.wordAt(n);
      if (candidate.length < 4) continue;
      const [short, long] = norm.length <= candidate.length ? [norm, candidate] : [candidate, norm];
      // A stem and its longer form ("azerbaijan"/"azerbaijani", "high"/"highest"), stems that
      // share most of their letters ("dissolv"/"dissolut"), or one edit apart ("defenc"/"defens").
      const common = commonPrefix(short, long);
      const related =
        (common === short.length && short.length >= 4 && short.length >= long.length * 0.55) ||
        (common >= 5 && common >= short.length * 0.75) ||
        (short.length >= 5 && distance(norm, candidate) === 1);
      if (related && (!best || candidate.length < best.norm.length)) best = { norm: candidate, weight: FUZZY_WEIGHT, idf: this.idf(candidate) };
    }
    return best;
  }
}

const EMPTY = new Uint32Array(0);

/** The words of `table` grouped by their start (see `PrefixGroups`). */
function groupByPrefix(table: WordTable): PrefixGroups {
  const byKey = new Map<number, number[]>();
  for (let n = 0; n < table.size; n++) {
    const key = table.prefixKeyAt(n);
    const group = byKey.get(key);
    if (group) group.push(n);
    else byKey.set(key, [n]);
  }
  const keys = Float64Array.from(byKey.keys()).sort();
  const starts = new Uint32Array(keys.length + 1);
  const words = new Uint32Array(table.size);
  keys.forEach((key, i) => {
    const group = byKey.get(key)!;
    words.set(group, starts[i]);
    starts[i + 1] = starts[i] + group.length;
  });
  return { keys, starts, words };
}
