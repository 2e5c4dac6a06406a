import type { CalendarDate } from '../calendar';
import type { MentionKind } from '../extract/mention';
import type { TimeAnchor } from '../extract/timeAnchor';
import type { SourceFacts } from '../facts/buildFacts';
import type { Fact } from '../facts/fact';
import { runSteps } from '../steps';
import type { PackedStrings } from '../text/packedStrings';
import { WordTable } from '../text/wordTable';
import { type Context, isKey, tellingKey } from './context';
import { doubled } from './doubled';
import { JudgedFact, JudgementKeys, KeptJudgementKeys } from './judgementKeys';
import { findKeptId, KeptIds, keptIdAt } from './keptIds';
import { Numbering } from './numbering';
import { levelOf, mostFrom, sentenceShareBound, Similarity, similarityInto, weigh } from './similarity';
import { readSpelledNames, type SpelledNames } from '../facts/spelledNames';
import { readStatedPlaces, type StatedPlaces } from '../facts/statedPlaces';
import { readStatedRoles, type StatedRoles } from '../facts/statedRoles';
import { wordsOfSentences } from '../text/words';
import { contextOfFact, visitingTerms, pairCount, readSource, sentenceTerms, SourceReading } from './sourceReading';
import { RelevantSources, RelevantSourcesSnapshot } from './relevantSources';
import { Vocabulary, VocabularySnapshot } from './vocabulary';

export interface IndexedFact {
  readonly fact: Fact;
  readonly context: Context;
  /**
   * Facts of one index alike in kind, value and (a date's) time anchor share this number, counted
   * from 0: what judging a claim against a fact reads of it (`judged`).
   */
  readonly judgementId: number;
  readonly judged: JudgedFact;
  /** Every fact of the fact's source, itself among them. */
  readonly sourceFacts: readonly Fact[];
  /** The number of the fact's source, in the order the index was given its sources. */
  readonly sourceNumber: number;
}

/** How a caller ranks the facts similar to a claim, which lets the index skip facts that cannot matter. */
export interface Ranking<T extends { score: number; support: number }> {
  /**
   * A fact's score and support, or undefined for a fact that cannot be the claim's. It may be
   * undefined too for a fact scoring under `floor`, which cannot matter to the search, or for one
   * scoring under `best` (the best score so far) that does not matter to the caller otherwise.
   */
  rate(indexed: IndexedFact, similarity: Similarity, floor: number, best: number): T | undefined;
  /** No score (support) is more than this many times the fact's overall (sentence) similarity. */
  ceiling: number;
  /**
   * The score under which a fact does not matter to the caller, given the best score so far (and
   * what else the caller has rated): it must never fall as the search goes on.
   */
  floor(best: number): number;
  /** When the best-scoring fact has less support than this, which fact it is does not matter to the caller. */
  leastSupport: number;
}

/** Rounding may put a sum of the bounds a hair under the similarity they bound. */
const ROUNDING = 1 + 1e-9;
/** …and a bound summed in another order than the search's a hair under the search's own. */
const ORDER_ROUNDING = 1 + 1e-9;
/** How many sources a step of `FactIndex.building` indexes: some milliseconds' worth. */
const SOURCES_A_STEP = 50;
/** How many of a kind's words a step of `FactIndex.building` lists in each of its passes over them: some milliseconds' worth. */
const PAIRS_A_STEP = 250_000;

/** Where `similarTo` has a fact's similarity written: sentence, overall. */
const SIMILARITY = new Float64Array(2);
/** How many of a claim's terms `sortByWeight` sorts by insertion before it merges: insertion's steps grow with the square of a run's length. */
const SORTED_RUN = 32;
/** The arrays of kinds searched whose facts `similarTo` keeps listed. */
const MAX_KIND_LISTS = 64;

/** What a source says of people and firms: the names it spells, and the roles and places it gives them. */
interface SourcePeople {
  names: SpelledNames;
  roles: StatedRoles;
  places: StatedPlaces;
}

/** A source as the index reads it: its facts and their reading, which a restored index asks for only when it needs them. */
export interface IndexedSource {
  readonly facts: readonly Fact[];
  readonly reading: SourceReading;
  /** The date the article was written (see `articleDate`). */
  readonly date?: CalendarDate;
  /** The line each paragraph starts on (see `SourceFacts.paragraphLines`). */
  readonly paragraphLines?: readonly number[];
}

/**
 * What an index is made of, as strings and typed arrays: an index restored from it is the index it
 * was taken of, made without reading a fact. Facts are numbered in source order.
 */
export interface IndexSnapshot {
  /** How many facts each source has. */
  factCounts: Uint32Array;
  /** The kinds in the order the index met them, and by fact, the number of its kind. */
  kinds: MentionKind[];
  kindOf: Uint8Array;
  /** The context words by term number, packed, and their table (see `WordTable`). */
  terms: PackedStrings;
  termSlots: Uint32Array;
  levels: Float64Array;
  /** By kind (in the order of `kinds`), the words of its facts and the facts holding each word. */
  words: KindWords[];
  vocabulary: VocabularySnapshot;
  relevance: RelevantSourcesSnapshot;
}

/** An index's words by term number, with their table. */
function termsOf(numbers: Map<string, number> | WordTable): Pick<IndexSnapshot, 'terms' | 'termSlots'> {
  const table = numbers instanceof WordTable ? numbers : new WordTable([...numbers.keys()]);
  return { terms: table.toPacked(), termSlots: table.slots };
}

/**
 * Makes elements `from` up to `to` of one of a snapshot's lists ready to be read: a snapshot read
 * from disk a page at a time (see `arraysFile`) reads them then.
 */
export type LoadRange = (list: ArrayBufferView, from: number, to: number) => void;

/**
 * The lists of a snapshot that an index restored from it asks `LoadRange` for before reading them
 * (those of `words`, megabytes of which a check reads a few pieces); it reads the others whole.
 */
export function listsLoadedByRange(snapshot: IndexSnapshot): Set<ArrayBufferView> {
  return new Set(snapshot.words.flatMap(listsOf));
}

function listsOf(words: KindWords): Array<SmallNumbers | Uint32Array | Float64Array> {
  return [words.factStart, words.terms, words.levelIds, words.holdersStart, words.holders, words.highest];
}

/** A source as the index is built of it: `SourceFacts`, or facts kept with or without their reading. */
type SourceToIndex = { readonly facts: readonly Fact[]; readonly paragraphs?: readonly string[]; readonly paragraphLines?: readonly number[]; readonly reading?: SourceReading; readonly curated?: true; readonly date?: CalendarDate };

/** Facts ready for matching: grouped by kind, each with its context, over one shared vocabulary. */
export class FactIndex {
  // Set by `build` unless restored from a snapshot: not readonly, as `build` is no constructor.
  vocabulary!: Vocabulary;
  /** Which sources a paragraph of a draft restates (see `RelevantSources`). */
  relevance!: RelevantSources;
  private sources!: readonly IndexedSource[];
  private allFacts: readonly Fact[] | undefined;
  private readonly byKind = new Map<MentionKind, KindFacts>();
  /** Made when an id is first looked up, unless the ids are kept (see `ids` in the constructor). */
  private byIdMap: Map<string, IndexedFact> | undefined;
  private unreadIds: { ids?: () => KeptIds | undefined; kindOf: Uint8Array; kinds: readonly KindFacts[] } | undefined;
  /** The ids kept with a restored index, once looked for (null: none, or not of this index). */
  private keptIds: KeptIds | null | undefined;
  /** By fact (in source order), its number within its kind: made when a kept id is first looked up. */
  private withinKind: Uint32Array | undefined;
  private keptIdList: string[] | undefined;
  /**
   * Every word of the facts' contexts, numbered: the index keeps numbers, not a map per fact. A
   * `Map` while the index is built, which numbers words as it meets them; restored, the snapshot's table.
   */
  private termNumbers!: Map<string, number> | WordTable;
  private levels!: Float64Array;
  /** By kind, the words of each fact and the facts holding each word: a claim visits only the facts it shares a word with. */
  private readonly words = new Map<MentionKind, KindWords>();
  private readonly searchedKinds = new Map<readonly MentionKind[], SearchedKind[]>();
  /** What `similarTo` works in (see `ClaimSearch`). */
  private search!: ClaimSearch;
  /** For an index restored from a snapshot read a page at a time, what reads the pages (see `LoadRange`). */
  private load: LoadRange | undefined;
  /** By source, its names and the roles and places it gives them, read when a draft is first checked against it: a draft restates a few of a thousand. */
  private readonly people: Array<SourcePeople | undefined> = [];

  /**
   * A source's `reading`, when it has one, is taken as read (see `SourceReading`); the others are
   * read here. With a `snapshot` of an index of these sources, the index is restored from it, and
   * a source's facts and reading are asked for only when one of its facts is; `ids` gives the
   * facts' ids (in source order) without reading them, when an id is first looked up, or
   * undefined, when the facts are read for them; `judgementKeys` likewise gives what judging a
   * claim reads of each fact (see `judgedFacts`). `load` is asked for the pieces of the lists of
   * `listsLoadedByRange` before they are read.
   */
  constructor(sources: readonly Pick<SourceFacts, 'facts' | 'paragraphs' | 'paragraphLines' | 'reading' | 'date'>[]);
  constructor(
    sources: readonly IndexedSource[],
    snapshot: IndexSnapshot,
    ids: () => KeptIds | undefined,
    judgementKeys?: () => KeptJudgementKeys | undefined,
    load?: LoadRange,
  );
  constructor(
    sources: readonly SourceToIndex[],
    snapshot?: IndexSnapshot,
    ids?: () => KeptIds | undefined,
    judgementKeys?: () => KeptJudgementKeys | undefined,
    load?: LoadRange,
  ) {
    if (snapshot) {
      this.load = load;
      this.sources = sources as readonly IndexedSource[];
      this.termNumbers = new WordTable(snapshot.terms, snapshot.termSlots);
      this.levels = snapshot.levels;
      const kinds = factsByKind(
        this.sources,
        snapshot.kindOf,
        snapshot.factCounts,
        snapshot.words.map((w) => w.factStart.length - 1),
        new JudgementKeys(judgementKeys),
      );
      snapshot.kinds.forEach((kind, k) => {
        this.byKind.set(kind, kinds[k]);
        this.words.set(kind, snapshot.words[k]);
      });
      this.unreadIds = { ids: ids!, kindOf: snapshot.kindOf, kinds };
      this.search = new ClaimSearch(this.termNumbers.size, this.levels);
      this.vocabulary = new Vocabulary(snapshot.vocabulary);
      this.relevance = new RelevantSources(snapshot.relevance);
      return;
    }
    runSteps(this.build(sources));
  }

  /**
   * The index of `sources` built a step at a time, for a server, which hands the event loop back
   * between steps: a thousand articles' index took 300 ms to build in one go. A step reads a source
   * that has no reading, indexes some sources, or makes one of the index's lists.
   */
  static *building(sources: readonly Pick<SourceFacts, 'facts' | 'paragraphs' | 'paragraphLines' | 'reading' | 'curated' | 'date'>[]): Generator<void, FactIndex> {
    const index = new FactIndex([]);
    yield* index.build(sources);
    return index;
  }

  private *build(sources: readonly SourceToIndex[]): Generator<void> {
    const indexed: IndexedSource[] = [];
    for (const source of sources) {
      indexed.push({ facts: source.facts, reading: source.reading ?? readSource(source), date: source.date, paragraphLines: source.paragraphLines });
      if (!source.reading) yield;
    }
    this.sources = indexed;
    this.termNumbers = new Map();
    const readings = this.sources.map((source) => source.reading);
    // Each kind's arrays are made once, at the most they can need: on this scale, fresh memory is
    // what building an index costs most.
    const room = new Map<MentionKind, { number: number; facts: number; pairs: number }>();
    const factCounts = Uint32Array.from(sources, (source) => source.facts.length);
    const kindOf = new Uint8Array(factCounts.reduce((a, b) => a + b, 0));
    let n = 0;
    sources.forEach((source, k) =>
      source.facts.forEach((fact, i) => {
        let r = room.get(fact.kind);
        if (!r) room.set(fact.kind, (r = { number: room.size, facts: 0, pairs: 0 }));
        kindOf[n++] = r.number;
        r.facts++;
        r.pairs += pairCount(readings[k].contexts, i);
      }),
    );
    yield;
    const levels = new Numbering<number>();
    const builders = new Map([...room].map(([kind, r]) => [kind, new KindWordsBuilder(r.facts, r.pairs)]));
    const listed = new Uint32Array(room.size);
    for (let k = 0; k < this.sources.length; k++) {
      const source = this.sources[k];
      const reading = readings[k];
      // Where each fact of the source stands in the list of its kind.
      const numbers = source.facts.map((fact) => listed[room.get(fact.kind)!.number]++);
      const kinds = source.facts.map((fact) => builders.get(fact.kind)!);
      // The source's words and levels as the index numbers them: each is looked up once per source.
      const terms = new Int32Array(reading.terms.length).fill(-1);
      const levelIds = new Int32Array(2 * reading.weights.length).fill(-1);
      yield* visitingTerms(reading, (i, t, w, inSentence) => {
        if (terms[t] < 0) terms[t] = this.numberOf(reading.terms[t]);
        const l = inSentence ? w + reading.weights.length : w;
        if (levelIds[l] < 0) levelIds[l] = levels.of(levelOf(reading.weights[w], inSentence));
        kinds[i].add(numbers[i], terms[t], levelIds[l]);
      });
      if (k % SOURCES_A_STEP === SOURCES_A_STEP - 1) yield;
    }
    const listedKinds = factsByKind(this.sources, kindOf, factCounts, [...room.values()].map((r) => r.facts), new JudgementKeys());
    [...room.keys()].forEach((kind, k) => this.byKind.set(kind, listedKinds[k]));
    // Ids are listed when one is first looked up (an annotation), from the facts. No function made
    // here: it would keep this method's scope alive, with the builders' megabytes.
    this.unreadIds = { kindOf, kinds: listedKinds };
    this.levels = Float64Array.from(levels.values);
    yield;
    for (const [kind, builder] of builders) {
      this.words.set(kind, yield* builder.building(this.termNumbers.size, this.levels));
      yield;
    }
    this.search = new ClaimSearch(this.termNumbers.size, this.levels);
    this.vocabulary = yield* Vocabulary.counting(sentenceWords(readings));
    yield;
    const curated = sources.flatMap((source, k) => (source.curated ? [k] : []));
    this.relevance = new RelevantSources(readings.map((reading, k) => relevanceTermsOf(reading, this.sources[k].facts)), readings.length, curated);
  }

  /** The names each of `sources` spells (see `readSpelledNames`); with none given, those of every source. */
  spelledNames(sources?: ReadonlySet<number>): SpelledNames[] {
    return this.peopleOf(sources).map((people) => people.names);
  }

  /** The roles each of `sources` gives people (see `readStatedRoles`); with none given, those of every source. */
  statedRoles(sources?: ReadonlySet<number>): StatedRoles[] {
    return this.peopleOf(sources).map((people) => people.roles);
  }

  /** The places each of `sources` gives names (see `readStatedPlaces`); with none given, those of every source. */
  statedPlaces(sources?: ReadonlySet<number>): StatedPlaces[] {
    return this.peopleOf(sources).map((people) => people.places);
  }

  /** The names, roles and places of each of `sources`, read together: one tokenizing of a source's sentences serves all three. */
  private peopleOf(sources: ReadonlySet<number> | undefined): SourcePeople[] {
    return this.bySource(sources, this.people, ({ reading, facts, paragraphLines }) => {
      const { texts, paragraphs } = reading.documents;
      const words = wordsOfSentences(texts);
      const places = { paragraphs, paragraphLines };
      return { names: readSpelledNames(texts, facts, words, places), roles: readStatedRoles(texts, facts, words, places), places: readStatedPlaces(texts, facts, words, places) };
    });
  }

  private bySource<T>(sources: ReadonlySet<number> | undefined, read: Array<T | undefined>, reading: (source: IndexedSource) => T): T[] {
    const found: T[] = [];
    for (const k of sources ?? this.sources.keys()) found.push((read[k] ??= reading(this.sources[k])));
    return found;
  }

  /** The date source number `source` was written, when it says (see `articleDate`). */
  articleDate(source: number): CalendarDate | undefined {
    return this.sources[source]?.date;
  }

  /** The facts of source number `source`. */
  factsOf(source: number): readonly Fact[] {
    return this.sources[source].facts;
  }

  /** What a fact of source number `source` is timed to: a statement ("said on Monday", a dateline) or an event. */
  anchorOf(source: number, fact: Fact): TimeAnchor | undefined {
    const { facts, reading } = this.sources[source];
    const i = facts.indexOf(fact);
    return i < 0 ? undefined : contextOfFact(reading, i).anchor;
  }

  /** Every fact, in source order. */
  get facts(): readonly Fact[] {
    return (this.allFacts ??= this.sources.flatMap((source) => source.facts));
  }

  /**
   * What judging a claim reads of each fact, in source order, to be kept (see `JudgementKeysToKeep`)
   * and restored with the index (`new FactIndex(sources, snapshot, ids, judgementKeys)`), which then
   * judges a claim without reading the facts' sources.
   */
  *judgedFacts(): Generator<JudgedFact> {
    for (const { facts, reading } of this.sources) for (let i = 0; i < facts.length; i++) yield { kind: facts[i].kind, value: facts[i].value, anchor: contextOfFact(reading, i).anchor };
  }

  /** The index as data, for `new FactIndex(sources, snapshot)` in a later session. */
  snapshot(): IndexSnapshot {
    const kinds = [...this.byKind.keys()];
    const kindNumbers = new Map(kinds.map((kind, k) => [kind, k]));
    const { load } = this;
    if (load) for (const words of this.words.values()) for (const list of listsOf(words)) load(list, 0, list.length);
    return {
      factCounts: Uint32Array.from(this.sources, (source) => source.facts.length),
      kinds,
      kindOf: Uint8Array.from(this.facts, (fact) => kindNumbers.get(fact.kind)!),
      ...termsOf(this.termNumbers),
      levels: this.levels,
      words: kinds.map((kind) => this.words.get(kind)!),
      vocabulary: this.vocabulary.snapshot(),
      relevance: this.relevance.snapshot(),
    };
  }

  /**
   * The ratings of the facts of `kinds` that share a word with `context`, in the order of `ofKind`
   * (kind after kind), leaving out facts that cannot matter to `ranking`: a claim may share a common
   * word with tens of thousands of facts. The claim's words are visited heaviest first, each fact
   * being compared when first met, and rated unless its similarity could not bring it to the
   * ranking's floor. The search stops once the words left could not lift a fact not yet met to the
   * floor, or, while the best so far has too little support, to the least support that would count.
   * Of the facts rated, those at the floor or above it at the end are given. With `only` (source
   * numbers), the facts of other sources are passed over before they are compared: a draft about
   * one of a thousand look-alike reports shares the words of its every sentence with all of them.
   */
  similarTo<T extends { score: number; support: number }>(context: Context, kinds: readonly MentionKind[], ranking: Ranking<T>, only?: ReadonlySet<number>): T[] {
    const searched = this.searchedFor(kinds);
    const among = only && this.search.sourceMask(this.sources.length, only);
    const { load } = this;
    // The highest level any fact searched holds a term number at.
    const highest = (number: number) => {
      let level = 0;
      if (number >= 0) {
        for (const { words } of searched) {
          load?.(words.highest, number, number + 1);
          level = Math.max(level, words.highest[number]);
        }
      }
      return level;
    };
    // Most claims share too little of their own sentence with any fact to count: they are let go
    // before their paragraph is weighed (see below for the search's own, exact stop).
    const bound = sentenceShareBound(context, this.vocabulary, (norm) => highest(this.termNumbers.get(norm) ?? -1));
    if (ranking.ceiling * bound * ROUNDING * ORDER_ROUNDING < ranking.leastSupport) return [];
    const claim = weigh(context, this.vocabulary);
    // Per-claim arrays are the search's own, reused: a draft has thousands of claims.
    const search = this.search.enter(claim.terms.length);
    const { numbers, most, byWeight, left, leftInSentence } = search;
    const count = claim.terms.length;
    const place = (j: number) => {
      numbers[j] = this.termNumbers.get(claim.terms[j].norm) ?? -1;
      most[j] = mostFrom(claim, claim.terms[j], highest(numbers[j]));
    };
    // The claim's own sentence first: when it could not give any fact the least support that counts,
    // the search would stop before its first word, and the words beyond the sentence need no look-up.
    let heavy = 0;
    for (let j = 0; j < count; j++) {
      if (!claim.terms[j].inSentence) continue;
      place(j);
      if (most[j] > 0) byWeight[heavy++] = j;
    }
    search.sortByWeight(heavy);
    let sentenceMost = 0;
    for (let k = heavy - 1; k >= 0; k--) sentenceMost = most[byWeight[k]] + sentenceMost;
    if (ranking.ceiling * sentenceMost * ROUNDING < ranking.leastSupport) return [];
    for (let j = 0; j < count; j++) if (!claim.terms[j].inSentence) place(j);
    search.pointTerms();
    for (let j = 0; j < count; j++) byWeight[j] = j;
    search.sortByWeight(count);
    // The most a fact gains from the words from each one on, overall and in the sentence: summed from
    // the end, so that no rounding of a difference makes a bound too low.
    for (let k = count - 1; k >= 0; k--) {
      const j = byWeight[k];
      left[k] = k + 1 < count ? most[j] + left[k + 1] : most[j];
      leftInSentence[k] = (claim.terms[j].inSentence ? most[j] : 0) + (k + 1 < count ? leftInSentence[k + 1] : 0);
    }
    let best = 0;
    // Whether every fact rated best so far (none, or several tied) has too little support.
    let weakBest = true;
    const ratings: T[] = [];
    const orders: number[] = [];
    const rateMet = (m: number) => {
      const overall = search.metOverall[m];
      const floor = ranking.floor(best);
      if (ranking.ceiling * overall * ROUNDING < floor) return;
      const rating = ranking.rate(searched[search.metKind[m]].facts.at(search.metFact[m]), { sentence: search.metSentence[m], overall }, floor, best);
      if (!rating) return;
      if (rating.score > best) weakBest = rating.support < ranking.leastSupport;
      else if (rating.score === best) weakBest &&= rating.support < ranking.leastSupport;
      best = Math.max(best, rating.score);
      ratings.push(rating);
      orders.push(search.metSourceOrder[m]);
    };
    try {
      for (let k = 0; k < count; k++) {
        if (ranking.ceiling * left[k] * ROUNDING < ranking.floor(best)) break;
        if (weakBest && ranking.ceiling * leftInSentence[k] * ROUNDING < ranking.leastSupport) break;
        const number = numbers[byWeight[k]];
        if (number < 0) continue;
        // The facts first met at this word are compared, then rated. A fact is kept in the search's
        // arrays, not as an object: a claim among look-alike sources meets thousands, most of which
        // cannot reach the floor, and are left there.
        const floor = ranking.floor(best);
        let met = 0;
        let offset = 0;
        for (let s = 0; s < searched.length; s++) {
          const { words, facts, met: marks } = searched[s];
          const sourceOf = among && facts.sourceNumbers;
          if (load) loadHolders(load, words, number);
          for (let h = words.holdersStart[number], end = words.holdersStart[number + 1]; h < end; h++) {
            const i = words.holders[h];
            if (sourceOf && !among[sourceOf[i]]) continue;
            if (!search.firstMeeting(marks, i)) continue;
            similarityInto(claim, search.levelsOf(words, i), SIMILARITY);
            const overall = SIMILARITY[1];
            if (overall > 0 && !(ranking.ceiling * overall * ROUNDING < floor)) search.keepMet(met++, s, i, offset + i, SIMILARITY[0], overall);
          }
          offset += facts.length;
        }
        // The most similar first, so that the best score rises early and fewer facts are rated; the
        // others as met. Which of them a word rates, and in what order, changes neither the best
        // score nor whether it is weak once they all are (a fact that could change either is rated
        // in any order), nor which facts reach the floor; sorting them all cost more than it saved.
        if (!met) continue;
        let first = 0;
        for (let m = 1; m < met; m++) if (search.metOverall[m] > search.metOverall[first]) first = m;
        rateMet(first);
        for (let m = 0; m < met; m++) if (m !== first) rateMet(m);
      }
    } finally {
      search.leave();
    }
    // Only the facts at the floor matter to the caller: the others are left out before they are put
    // in order. The floor never fell, so no fact left unrated could have reached it.
    const kept: number[] = [];
    const floor = ranking.floor(best);
    for (let r = 0; r < ratings.length; r++) if (!(ratings[r].score < floor)) kept.push(r);
    if (kept.length > 1) kept.sort((a, b) => orders[a] - orders[b]);
    return kept.map((r) => ratings[r]);
  }

  /** The words, facts and search marks of `kinds`, listed once for each array of kinds a caller searches. */
  private searchedFor(kinds: readonly MentionKind[]): readonly SearchedKind[] {
    let searched = this.searchedKinds.get(kinds);
    if (!searched) {
      searched = [];
      for (const kind of kinds) {
        const words = this.words.get(kind);
        const facts = this.byKind.get(kind);
        if (words && facts) searched.push({ words, facts, met: this.search.marksFor(words, facts.length) });
      }
      // A caller making an array for each search gains nothing from the map: it must not grow with it.
      if (this.searchedKinds.size >= MAX_KIND_LISTS) this.searchedKinds.clear();
      this.searchedKinds.set(kinds, searched);
    }
    return searched;
  }

  /** The number of a word met while the index is built. */
  private numberOf(norm: string): number {
    const numbers = this.termNumbers as Map<string, number>;
    let n = numbers.get(norm);
    if (n === undefined) numbers.set(norm, (n = numbers.size));
    return n;
  }

  ofKind(kind: MentionKind): readonly IndexedFact[] {
    return this.byKind.get(kind)?.all() ?? [];
  }

  /** How many facts of this kind there are, without making them. */
  countOf(kind: MentionKind): number {
    return this.byKind.get(kind)?.length ?? 0;
  }

  /** The fact with this id (what an annotation names). */
  get(id: string): IndexedFact | undefined {
    const kept = this.kept();
    if (!kept) return this.byId().get(id);
    const n = findKeptId(kept, id);
    return n === undefined ? undefined : this.factNumbered(n);
  }

  /** Every fact id, in source order: what annotations can name. */
  ids(): string[] {
    const kept = this.kept();
    if (!kept) return [...this.byId().keys()];
    this.keptIdList ??= Array.from({ length: kept.starts.length - 1 }, (_, n) => keptIdAt(kept, n));
    return [...this.keptIdList];
  }

  private kept(): KeptIds | null {
    if (this.keptIds === undefined) this.keptIds = this.unreadIds?.ids?.() ?? null;
    return this.keptIds;
  }

  /** Fact `n` of the index, in source order. */
  private factNumbered(n: number): IndexedFact {
    const { kindOf, kinds } = this.unreadIds!;
    if (!this.withinKind) {
      // Facts are numbered in source order, and within their kind in the same order.
      this.withinKind = new Uint32Array(kindOf.length);
      const ofKind = new Uint32Array(kinds.length);
      for (let i = 0; i < kindOf.length; i++) this.withinKind[i] = ofKind[kindOf[i]]++;
    }
    return kinds[kindOf[n]].at(this.withinKind[n]);
  }

  private byId(): Map<string, IndexedFact> {
    if (!this.byIdMap) {
      this.byIdMap = new Map();
      this.facts.forEach((fact, n) => this.byIdMap!.set(fact.id, this.factNumbered(n)));
    }
    return this.byIdMap;
  }
}

/**
 * What tells which source a passage restates (see `RelevantSources`): the words a source's reading
 * holds, without its links' and figures' keys ("@since", "#c120000"), and the telling keys of the
 * figures its facts state (see `tellingKey`). Among a newsroom's look-alike reports (a council's
 * budget, a weekend's results), the words say the kind of story and the figures which one.
 */
function* relevanceTermsOf(reading: SourceReading, facts: readonly Fact[]): Generator<string> {
  for (const term of reading.terms) if (!isKey(term)) yield term;
  for (const fact of facts) {
    const key = tellingKey(fact.kind, fact.value.number);
    if (key) yield key;
  }
}

/**
 * The words of each sentence of the sources, for counting their rarity: over every sentence, not only
 * those that state figures, and a sentence two sources share counts once.
 */
function* sentenceWords(readings: readonly SourceReading[]): Generator<string[]> {
  const seen = new Set<string>();
  for (const reading of readings) {
    const { texts } = reading.documents;
    for (let d = 0; d < texts.length; d++) {
      if (seen.has(texts[d])) continue;
      seen.add(texts[d]);
      yield sentenceTerms(reading, d);
    }
  }
}

/**
 * The facts of one kind, in the order the index numbers them, each made when first asked for (by
 * `make`): a claim meets few of a hundred thousand facts, and making them all took a third of
 * restoring an index, and 15 MB of a built one.
 */
class KindFacts {
  private listed: Array<IndexedFact | undefined> = [];

  constructor(
    readonly length: number,
    private readonly make: (i: number) => IndexedFact,
    /** By fact, the number of its source. */
    readonly sourceNumbers: Uint16Array | Uint32Array,
  ) {}

  at(i: number): IndexedFact {
    let fact = this.listed[i];
    if (!fact) {
      // Room for all at once, holes until made: an array grown by far-apart indexes turns into a dictionary.
      if (!this.listed.length) this.listed = new Array<IndexedFact | undefined>(this.length);
      fact = this.listed[i] = this.make(i);
    }
    return fact;
  }

  all(): readonly IndexedFact[] {
    for (let i = 0; i < this.length; i++) this.at(i);
    return this.listed as IndexedFact[];
  }
}

/**
 * The facts by kind, each made when first asked for: `kindOf` gives by fact (in source order) the
 * number of its kind, `factCounts` how many facts each source has, `kindCounts` how many each kind.
 */
function factsByKind(sources: readonly IndexedSource[], kindOf: Uint8Array, factCounts: Uint32Array, kindCounts: readonly number[], judgementKeys: JudgementKeys): KindFacts[] {
  // By kind, the number in source order of each of its facts, and the number of its source: both in
  // one pass, made with the index, source by source into one array of each, a kind's facts a range
  // of it. This runs once per start over a hundred thousand facts, before V8 has optimized it: two
  // passes took ~13 ms of a warm start's first check, one pass with an array per kind and a test
  // for the next source at every fact ~7.5, this one ~5.7.
  const kindStarts = new Uint32Array(kindCounts.length + 1);
  for (let kind = 0; kind < kindCounts.length; kind++) kindStarts[kind + 1] = kindStarts[kind] + kindCounts[kind];
  const next = kindStarts.slice(0, kindCounts.length);
  const numbers = new Uint32Array(kindOf.length);
  const sourceNumbers = sources.length <= 0x10000 ? new Uint16Array(kindOf.length) : new Uint32Array(kindOf.length);
  const sourceStarts = new Uint32Array(factCounts.length);
  for (let k = 0, n = 0; k < factCounts.length; k++) {
    sourceStarts[k] = n;
    for (const end = n + factCounts[k]; n < end; n++) {
      const at = next[kindOf[n]]++;
      numbers[at] = n;
      sourceNumbers[at] = k;
    }
  }
  return kindCounts.map((_, kind) => {
    const ofKind = numbers.subarray(kindStarts[kind], kindStarts[kind + 1]);
    const ofSource = sourceNumbers.subarray(kindStarts[kind], kindStarts[kind + 1]);
    return new KindFacts(ofKind.length, (i) => new ReadFact(sources[ofSource[i]], ofSource[i], ofKind[i] - sourceStarts[ofSource[i]], ofKind[i], judgementKeys), ofSource);
  });
}

/**
 * A fact and its context, made from its source's reading when first asked for: a claim compares
 * itself with few of a hundred thousand facts, and a context's maps are most of a fact's memory.
 */
class ReadFact implements IndexedFact {
  private made: Context | undefined;
  /** Kept once asked for: a restored source's facts are behind a getter, and a claim asks a fact's often. */
  private known: Fact | undefined;
  private id = -1;

  constructor(
    private readonly source: IndexedSource,
    readonly sourceNumber: number,
    private readonly number: number,
    /** Its number among all the index's facts, in source order. */
    private readonly n: number,
    private readonly judgementKeys: JudgementKeys,
  ) {}

  get fact(): Fact {
    return (this.known ??= this.source.facts[this.number]);
  }

  get context(): Context {
    return (this.made ??= contextOfFact(this.source.reading, this.number));
  }

  // Found once, kept on the fact: a claim rates thousands of facts, and every claim rates many of the same.
  get judgementId(): number {
    if (this.id < 0) this.id = this.judgementKeys.idOf(this.n, () => ({ kind: this.fact.kind, value: this.fact.value, anchor: this.context.anchor }));
    return this.id;
  }

  get judged(): JudgedFact {
    return this.judgementKeys.judgedOf(this.judgementId);
  }

  get sourceFacts(): readonly Fact[] {
    return this.source.facts;
  }
}

/**
 * The words of the facts of one kind, as flat numbers: a hundred thousand facts hold millions of
 * (fact, word) pairs. Fact `i` holds `terms[p]` at the index's `levels[levelIds[p]]` for `p` from
 * `factStart[i]` up to `factStart[i + 1]`; the facts holding term `t` are `holders[h]` for `h` from
 * `holdersStart[t]` up to `holdersStart[t + 1]`, in increasing order. Term, level and fact numbers
 * take one or two bytes each while they fit (a thousand sources use some 16,000 words, a few dozen
 * levels and 45,000 facts of a kind): a restored index is read from disk, where each megabyte costs.
 */
export interface KindWords {
  factStart: Uint32Array;
  terms: SmallNumbers;
  levelIds: SmallNumbers;
  holdersStart: Uint32Array;
  holders: SmallNumbers;
  /** By term, the highest level a fact holds it at. */
  highest: Float64Array;
}

export type SmallNumbers = Uint8Array | Uint16Array | Uint32Array;

/** The typed array whose elements hold numbers below `count` in as few bytes as they fit. */
function smallNumbersBelow(count: number): typeof Uint8Array | typeof Uint16Array | typeof Uint32Array {
  return count <= 0x100 ? Uint8Array : count <= 0x10000 ? Uint16Array : Uint32Array;
}

/** Room for `length` numbers below `count`, in as few bytes each as they fit. */
function numbersBelow(count: number, length: number): SmallNumbers {
  return new (smallNumbersBelow(count))(length);
}

/** Gathers a kind's (fact, word, level) triples, fact after fact, then lays them out as `KindWords`. */
class KindWordsBuilder {
  private readonly factStart: Uint32Array;
  /**
   * In as few bytes as the numbers so far fit, widened when one does not: gathered in four and two
   * bytes, a thousand sources' took 14 MB besides the index, until the collector came by.
   */
  private terms: SmallNumbers;
  private levelIds: SmallNumbers;
  private size = 0;

  /** For `facts` facts holding at most `pairs` words in all. */
  constructor(facts: number, pairs: number) {
    this.factStart = new Uint32Array(facts + 1);
    this.terms = new Uint16Array(pairs);
    this.levelIds = new Uint8Array(pairs);
  }

  /** Fact `i` holds term `t` at level number `level`; facts are added in increasing order, each one's words together. */
  add(i: number, t: number, level: number): void {
    this.factStart[i + 1]++;
    this.terms = put(this.terms, this.size, t);
    this.levelIds = put(this.levelIds, this.size++, level);
  }

  /**
   * The kind's lists, a step at a time (`PAIRS_A_STEP` of its words at most): made in one go, the
   * counts of a thousand articles (2.5 million words) held a server's requests 70-100 ms.
   */
  *building(termCount: number, levels: Float64Array): Generator<void, KindWords> {
    const { factStart, size } = this;
    const facts = factStart.length - 1;
    for (let i = 0; i < facts; i++) factStart[i + 1] += factStart[i];
    const terms = settled(this.terms, size, termCount);
    const levelIds = settled(this.levelIds, size, levels.length);
    const holdersStart = new Uint32Array(termCount + 1);
    const highest = new Float64Array(termCount);
    for (let from = 0; from < size; from += PAIRS_A_STEP) {
      yield;
      for (let p = from, to = Math.min(size, from + PAIRS_A_STEP); p < to; p++) {
        holdersStart[terms[p] + 1]++;
        if (levels[levelIds[p]] > highest[terms[p]]) highest[terms[p]] = levels[levelIds[p]];
      }
    }
    for (let t = 0; t < termCount; t++) holdersStart[t + 1] += holdersStart[t];
    const holders = numbersBelow(facts, size);
    const filled = holdersStart.slice(0, termCount);
    for (let i = 0; i < facts; ) {
      yield;
      // Whole facts, up to a step's worth of words.
      for (const to = factStart[i] + PAIRS_A_STEP; i < facts && factStart[i] < to; i++) for (let p = factStart[i]; p < factStart[i + 1]; p++) holders[filled[terms[p]]++] = i;
    }
    return { factStart, terms, levelIds, holdersStart, holders, highest };
  }
}

/** Writes `n` at `at` in `numbers`, or, when it does not fit their elements, in a copy in wider ones, which is returned. */
function put(numbers: SmallNumbers, at: number, n: number): SmallNumbers {
  numbers[at] = n;
  // A number too large for an element is written cut to its low bytes.
  if (numbers[at] === n) return numbers;
  const wider = n <= 0xffff ? new Uint16Array(numbers.length) : new Uint32Array(numbers.length);
  wider.set(numbers);
  wider[at] = n;
  return wider;
}

/** The first `size` of `numbers`, all below `count`, in the bytes `numbersBelow` gives them: `numbers` themselves when they are that. */
function settled(numbers: SmallNumbers, size: number, count: number): SmallNumbers {
  if (numbers.length === size && numbers instanceof smallNumbersBelow(count)) return numbers;
  const out = numbersBelow(count, size);
  out.set(numbers.subarray(0, size));
  return out;
}

/**
 * Loads what a search reads of the facts holding term `number`: the facts, and the words and levels
 * of every fact from the first to the last of them, in one range each (asked for fact by fact, a
 * check among look-alike sources asked millions of times).
 */
function loadHolders(load: LoadRange, words: KindWords, number: number): void {
  load(words.holdersStart, number, number + 2);
  const from = words.holdersStart[number];
  const to = words.holdersStart[number + 1];
  if (from === to) return;
  load(words.holders, from, to);
  // Holders are in increasing order.
  const first = words.holders[from];
  const last = words.holders[to - 1];
  load(words.factStart, first, last + 2);
  load(words.terms, words.factStart[first], words.factStart[last + 1]);
  load(words.levelIds, words.factStart[first], words.factStart[last + 1]);
}

/** The facts of one kind a claim searches: their words, the facts, and by fact, the number of the search that last met it. */
interface SearchedKind {
  words: KindWords;
  facts: KindFacts;
  met: Uint32Array;
}

/**
 * The arrays one claim's search works in, kept from claim to claim. While a claim is searched, each
 * term number the claim uses points at the claim's terms of that word (several when variant
 * spellings resolve to one word), so that a fact's words are placed in one pass over them, without
 * a map per fact; and each fact met is marked with the search's number, so that none is compared twice.
 */
class ClaimSearch {
  /** By term number: the first of the claim's terms of that word, or -1. */
  private readonly first: Int32Array;
  /** By claim term: the next of the claim's terms of the same word, or -1. */
  private next = new Int32Array(0);
  /** By claim term: its term number (-1 for none), the most a fact gains from it, and the level a fact holds it at. */
  numbers = new Int32Array(0);
  most = new Float64Array(0);
  private levels = new Float64Array(0);
  /** The claim's terms by place in the search, heaviest first, and what the terms from each place on add up to. */
  byWeight = new Int32Array(0);
  private spare = new Int32Array(0);
  left = new Float64Array(0);
  leftInSentence = new Float64Array(0);
  /**
   * The facts met at one word of the search that could be rated, by place in meeting order: the
   * number of their kind among those searched, their number in it and in all facts searched (for
   * the order results are given in) and their similarity.
   */
  metKind = new Int32Array(64);
  metFact = new Int32Array(64);
  metSourceOrder = new Int32Array(64);
  metSentence = new Float64Array(64);
  metOverall = new Float64Array(64);
  /** By kind, by fact: the number of the search that last met it. */
  private readonly metByKind = new Map<KindWords, Uint32Array>();
  /** See `sourceMask`. */
  private mask = new Uint8Array(0);
  private searches = 0;
  private count = 0;

  constructor(
    termCount: number,
    /** The index's levels, each once (see `KindWords`). */
    private readonly levelValues: Float64Array,
  ) {
    this.first = new Int32Array(termCount).fill(-1);
  }

  /** Readies the arrays for a claim of `count` terms. */
  enter(count: number): this {
    this.count = count;
    if (this.numbers.length < count) {
      const size = Math.max(count, 2 * this.numbers.length);
      this.next = new Int32Array(size);
      this.numbers = new Int32Array(size);
      this.most = new Float64Array(size);
      this.levels = new Float64Array(size);
      this.byWeight = new Int32Array(size);
      this.spare = new Int32Array(size);
      this.left = new Float64Array(size);
      this.leftInSentence = new Float64Array(size);
    }
    if (this.searches === 0xffffffff) {
      for (const marks of this.metByKind.values()) marks.fill(0);
      this.searches = 0;
    }
    this.searches++;
    return this;
  }

  /** By source number, 1 for those of `only`: the same array for every search, cleared and set for each. */
  sourceMask(count: number, only: ReadonlySet<number>): Uint8Array {
    if (this.mask.length < count) this.mask = new Uint8Array(count);
    else this.mask.fill(0);
    for (const k of only) this.mask[k] = 1;
    return this.mask;
  }

  /** The marks of the `facts` facts of the kind whose words are `words`, one array per kind for every search. */
  marksFor(words: KindWords, facts: number): Uint32Array {
    let marks = this.metByKind.get(words);
    if (!marks) this.metByKind.set(words, (marks = new Uint32Array(facts)));
    return marks;
  }

  /**
   * Sorts the first `n` terms of `byWeight` heaviest first (by `most`), terms of equal weight in the
   * claim's order: runs of `SORTED_RUN` sorted in place by insertion, then merged between two arrays
   * kept for it, since a sort with a comparator copies the array it sorts, for every claim. A claim
   * has a few dozen terms at most (15 on average in the bench's megabyte): its 8,886 sorts took
   * 2.7 ms so, 4.0 merged from single terms.
   */
  sortByWeight(n: number): void {
    const { most } = this;
    let from = this.byWeight;
    let to = this.spare;
    for (let lo = 0; lo < n; lo += SORTED_RUN) {
      for (let i = lo + 1, hi = Math.min(lo + SORTED_RUN, n); i < hi; i++) {
        const j = from[i];
        let k = i - 1;
        for (; k >= lo && (most[from[k]] < most[j] || (most[from[k]] === most[j] && from[k] > j)); k--) from[k + 1] = from[k];
        from[k + 1] = j;
      }
    }
    for (let width = SORTED_RUN; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n);
        const hi = Math.min(lo + 2 * width, n);
        let a = lo;
        let b = mid;
        for (let k = lo; k < hi; k++) {
          const takeB = b < hi && (a >= mid || most[from[b]] > most[from[a]] || (most[from[b]] === most[from[a]] && from[b] < from[a]));
          to[k] = takeB ? from[b++] : from[a++];
        }
      }
      const sorted = to;
      to = from;
      from = sorted;
    }
    if (from !== this.byWeight) this.byWeight.set(from.subarray(0, n));
  }

  /** Points the claim's term numbers (`numbers`, filled) at its terms. */
  pointTerms(): void {
    for (let j = 0; j < this.count; j++) {
      const n = this.numbers[j];
      if (n < 0) continue;
      this.next[j] = this.first[n];
      this.first[n] = j;
    }
  }

  leave(): void {
    for (let j = 0; j < this.count; j++) if (this.numbers[j] >= 0) this.first[this.numbers[j]] = -1;
  }

  /** Whether fact `i` of a kind searched (with its `marks`) is met for the first time in this search, and marks it met. */
  firstMeeting(marks: Uint32Array, i: number): boolean {
    if (marks[i] === this.searches) return false;
    marks[i] = this.searches;
    return true;
  }

  /** Keeps a fact met, at place `m` of the meeting order. */
  keepMet(m: number, kind: number, fact: number, order: number, sentence: number, overall: number): void {
    if (m === this.metFact.length) {
      this.metKind = doubled(this.metKind);
      this.metFact = doubled(this.metFact);
      this.metSourceOrder = doubled(this.metSourceOrder);
      this.metSentence = doubled(this.metSentence);
      this.metOverall = doubled(this.metOverall);
    }
    this.metKind[m] = kind;
    this.metFact[m] = fact;
    this.metSourceOrder[m] = order;
    this.metSentence[m] = sentence;
    this.metOverall[m] = overall;
  }

  /** The level at which fact `i` holds each of the claim's terms (by the term's place), 0 for none. */
  levelsOf(words: KindWords, i: number): Float64Array {
    const { levels } = this;
    levels.fill(0, 0, this.count);
    for (let p = words.factStart[i], end = words.factStart[i + 1]; p < end; p++) {
      for (let j = this.first[words.terms[p]]; j >= 0; j = this.next[j]) levels[j] = this.levelValues[words.levelIds[p]];
    }
    return levels;
  }
}
