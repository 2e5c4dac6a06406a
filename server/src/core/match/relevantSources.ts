import { isKey } from './context';

/**
 * Which of an index's sources a passage of a draft restates, told by the rare words and telling
 * figures it shares with each: a draft about one article meets, among a newsroom's thousand, many
 * sentences alike in their common words ("households lost power", "turnout reached") and holding
 * other figures, and its claims are compared only with the facts of the articles its paragraphs are
 * about, and of the writer's fact files.
 */
export class RelevantSources {
  /** By word, the numbers of the sources holding it, in order. */
  private readonly holders = new Map<string, Uint32Array>();
  /** Scores by source, reused from passage to passage. */
  private readonly scores: Float64Array;
  /** How many sources there are. */
  readonly count: number;
  /** The sources of the writer's fact files, which every passage is compared with: the writer chose their facts. */
  readonly always: readonly number[];
  /**
   * Of a restored snapshot, the figures' keys, sorted, found by binary search rather than put in
   * `holders`: a thousand articles' ten thousand keys took ~15 ms of a warm start to map.
   */
  private readonly keys: RelevantSourcesSnapshot | undefined;

  /**
   * Takes each source's words (a source by number, its words each once) and the numbers of those
   * of the writer's fact files (see `SourceFacts.curated`), or the lists a `snapshot` gave.
   */
  constructor(sources: Iterable<Iterable<string>> | RelevantSourcesSnapshot, count?: number, curated: readonly number[] = []) {
    if (isSnapshot(sources)) {
      const { words, starts, holders, keysFrom } = sources;
      for (let w = 0; w < keysFrom; w++) this.holders.set(words[w], holders.subarray(starts[w], starts[w + 1]));
      this.keys = sources;
      this.count = sources.count;
      this.always = sources.curated;
    } else {
      const lists = new Map<string, number[]>();
      let k = 0;
      for (const words of sources) {
        for (const word of words) {
          const list = lists.get(word);
          if (!list) lists.set(word, [k]);
          else if (list[list.length - 1] !== k) list.push(k);
        }
        k++;
      }
      for (const [word, list] of lists) this.holders.set(word, Uint32Array.from(list));
      this.count = count ?? k;
      this.always = curated;
    }
    this.scores = new Float64Array(this.count);
  }

  /** The lists as data, for `new RelevantSources(snapshot)` in a later session: words first, then figures' keys, sorted. */
  snapshot(): RelevantSourcesSnapshot {
    const all = [...this.holders.keys()];
    const plain = all.filter((word) => !isKey(word));
    const keys = this.keys ? this.keys.words.slice(this.keys.keysFrom) : all.filter(isKey).sort();
    const words = [...plain, ...keys];
    const lists = words.map((word) => this.holdersOf(word)!);
    const starts = new Uint32Array(words.length + 1);
    lists.forEach((list, w) => (starts[w + 1] = starts[w] + list.length));
    const holders = new Uint32Array(starts[words.length]);
    lists.forEach((list, w) => holders.set(list, starts[w]));
    return { count: this.count, words, starts, holders, keysFrom: plain.length, curated: this.always };
  }

  /** The sources holding `word`, in order. */
  private holdersOf(word: string): Uint32Array | undefined {
    const found = this.holders.get(word);
    if (found || !this.keys || !isKey(word)) return found;
    const { words, starts, holders } = this.keys;
    let low = this.keys.keysFrom;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle] < word) low = middle + 1;
      else high = middle;
    }
    return words[low] === word ? holders.subarray(starts[low], starts[low + 1]) : undefined;
  }

  /**
   * The sources that the words of a passage (each once) point to: those sharing, weighed by `rarity`,
   * at least `CLOSE` of what the best-sharing source shares. Undefined, meaning every source, when
   * there is one, or when the passage shares too little with any to say which it restates. Rarity
   * is told by the sources' sentences (see `Vocabulary`), not by how many sources hold a word: among
   * two sources, every word is held by one or both. `rarity` is also told how many sources hold the
   * word: what a figure's key ("#c767", see `tellingKey`) is weighed by, since the sentences do not
   * count figures.
   */
  of(words: Iterable<string>, rarity: (word: string, holders: number) => number): ReadonlySet<number> | undefined {
    return this.told(words, rarity)?.sources;
  }

  /** `of`, and whether the passage says so surely (see `ToldSources`). */
  told(words: Iterable<string>, rarity: (word: string, holders: number) => number): ToldSources | undefined {
    if (this.count < 2) return undefined;
    const { scores } = this;
    const touched: number[] = [];
    for (const word of words) {
      const holders = this.holdersOf(word);
      // A word most sources hold tells none apart.
      if (!holders || holders.length * 2 > this.count) continue;
      const idf = rarity(word, holders.length);
      for (let i = 0; i < holders.length; i++) {
        const k = holders[i];
        if (scores[k] === 0) touched.push(k);
        scores[k] += idf;
      }
    }
    let best = 0;
    for (const k of touched) best = Math.max(best, scores[k]);
    // Too few telling words to choose by: "Turnout was 64.7%, up from 61.9% last time" shares
    // "turnout" with its source and "last" and "time" with another.
    const chosen = best >= LEAST_EVIDENCE ? new Set<number>() : undefined;
    const sure = best >= SURE_EVIDENCE;
    const touching: number[] = [];
    for (const k of touched) {
      if (chosen && scores[k] >= best * CLOSE) chosen.add(k);
      if (!sure && scores[k] >= TOUCHING) touching.push(k);
      scores[k] = 0;
    }
    if (!chosen) return undefined;
    for (const k of this.always) chosen.add(k);
    return sure ? { sources: chosen, sure } : { sources: chosen, sure, touching: Uint32Array.from(touching) };
  }
}

/** The sources a passage restates (see `RelevantSources.of`). */
export interface ToldSources {
  sources: ReadonlySet<number>;
  /** Of a passage that does not say surely, every source sharing a fairly rare word with it (`TOUCHING`), close to the best or not. */
  touching?: Uint32Array;
  /**
   * Whether the passage shares as much as `SURE_EVIDENCE` with its best-sharing source. A passage
   * that says less (a list item, a sentence or two) and points away from every source the draft's
   * sure passages restate, while sharing a word with one of them, is held to those instead (see
   * `sourcesInDraft`): among a newsroom's articles, "a 6.5% raise backdated to January 1, 2025" in
   * a pay deal's explainer shares "backdated" and a date with a grain terminal's report, whose "1
   * September" it was then held to.
   */
  sure: boolean;
}

/**
 * How close to the best-sharing source another must come to be restated too. Each of the 284
 * held-out drafts, among their 96 sources and the bench's 1,000 articles, kept its own source (6
 * sources a draft, 127 of its 2,846 paragraphs saying too little), and 92 of 94 drafts with a
 * paragraph of another topic added kept that paragraph's source too.
 */
const CLOSE = 0.8;

/** The least a passage must share with its best-sharing source to choose by: three or four fairly rare words. */
const LEAST_EVIDENCE = 12;
/**
 * What a passage shares with its best-sharing source to say surely that it restates it: a
 * paragraph's worth, some twenty fairly rare words. Among their sources and the bench's thousand
 * articles, the held-out drafts' flags on right and unrelated claims fell from 204 to 168-172 for
 * any value from 60 to 100 (with the first version of `sourcesInDraft`, and 4-7 more found); with
 * 150 too few paragraphs were sure (191).
 */
const SURE_EVIDENCE = 6 * LEAST_EVIDENCE;
/** What a passage shares with a source to touch it (see `ToldSources.touching`): one fairly rare word; a common one, held by hundreds of a newsroom's articles, tells nothing. */
const TOUCHING = LEAST_EVIDENCE / 4;

/** `RelevantSources` as plain data: the sources holding `words[w]` are `holders[j]` for `j` from `starts[w]` up to `starts[w + 1]`. */
export interface RelevantSourcesSnapshot {
  count: number;
  words: string[];
  starts: Uint32Array;
  holders: Uint32Array;
  /** Where the figures' keys start among `words`, in sorted order: the words come first. */
  keysFrom: number;
  /** The sources of the writer's fact files (see `RelevantSources`). */
  curated: readonly number[];
}

function isSnapshot(v: Iterable<Iterable<string>> | RelevantSourcesSnapshot): v is RelevantSourcesSnapshot {
  return !(Symbol.iterator in v);
}
