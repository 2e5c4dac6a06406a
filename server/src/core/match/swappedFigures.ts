import { CHANGE, CHANGE_NOUN, CHANGE_WORDS } from '../extract/changeLevels';
import { isComparisonBase } from '../extract/comparisonBase';
import { type Frame, frameOf, type FramedFigure } from '../extract/frame';
import type { Mention } from '../extract/mention';
import { measureUnit, MULTIPLE } from '../extract/units';
import { type Fact, personOfAge, quotedSpan, sentenceKey } from '../facts/fact';
import { normalizeWord, tokenizeWords, type Word } from '../text/words';
import { FIRMLY_RESTATED } from './alignClaims';
import { type ClauseTime, clauseTime, isTime, sameTime, sentenceTimes } from './clauseTime';
import { compareValues, isShareInWordsFact } from './compareValues';
import type { Context } from './context';
import type { FactIndex } from './factIndex';
import { type ClaimMatch, contradicting, framedBest, statesExactly } from './matchClaim';
import { type OwnWords, ownWordsOf, strongestBreak } from './ownWords';

/**
 * `matches` (of one block's `claims`, in their `contexts`) with each claim that gives the figure of
 * one item of a source sentence's list to another item taken for a mismatch with that other item's
 * figure: "Guillemots made up 21% of the birds" beside "Guillemots accounted for 64% of the birds,
 * razorbills for 21% and shags for 9%". Its figure is the source's, so its words matched; the words
 * it has to itself are another item's (see `swappedItem`). Likewise a figure of one source sentence
 * given in a draft sentence that restates another, for the figure left there (see `leftInRestated`).
 */
export function swappedFigures(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>, index: FactIndex): Array<ClaimMatch | undefined> {
  const swaps = matches.map((match, k) => {
    if (match?.verdict !== 'verified' || match.source === undefined || !match.fact) return undefined;
    // A date the source tells a statement by (its dateline's, "said on Tuesday") is no item of a list.
    if (match.fact.kind === 'date' && index.anchorOf(match.source, match.fact) === 'statement') return undefined;
    const sourceFacts = index.factsOf(match.source);
    return (
      swappedItem(claims[k], contexts[k], match.fact, sourceFacts) ??
      changedFrom(claims[k], contexts[k], match.fact, sourceFacts) ??
      reversedChange(claims[k], contexts[k], match.fact, sourceFacts) ??
      countsAnother(claims[k], contexts[k], match.fact, sourceFacts) ??
      datedAnother(claims[k], contexts[k], match.fact, sourceFacts, index.articleDate(match.source)?.year) ??
      leftInRestated(claims, contexts, matches, k, sourceFacts)
    );
  });
  // A part told of its whole ("164 of 212") and that whole are no two items of a list to swap; nor
  // is a figure the source gives as the other times a count the sentence tells ("a day ticket five
  // days a week … £34" for the source's £6.80 ticket that "costs her £34").
  swaps.forEach((item, k) => {
    if (!item) return;
    if ((claims[k].partOfNext && matches[k + 1]?.fact === item) || (claims[k - 1]?.partOfNext && matches[k - 1]?.fact === item) || timesCountBeside(claims[k], contexts[k], item)) swaps[k] = undefined;
  });
  // The figure of the other item, given this one's place in the same sentence, is swapped too where
  // its words lean to this item, though no single word tells it ("241 dropped from the higher band
  // to the lower one" beside "145 were brought below …" for the source's "241 were brought below …,
  // while 145 moved from the higher to the lower band").
  swaps.forEach((item, k) => {
    if (!item) return;
    const stated = matches[k]!.fact!;
    const sourceFacts = index.factsOf(matches[k]!.source!);
    for (const m of contexts[k].beside.sentence) {
      const j = claims.indexOf(m);
      const own = contexts[j]?.ownWords;
      if (j === k || swaps[j] || !own || !LEANING_KINDS.has(m.kind) || matches[j]?.verdict !== 'verified' || matches[j]!.fact !== item || !statesExactly(m, item)) continue;
      if (leansTo(own, stated, item, sourceFacts)) swaps[j] = stated;
    }
  });
  // Its words as a whole, closest first, must frame the other item best too, unless two figures are
  // exchanged (asked once a claim), leaving out the facts the other figures of its paragraph restate
  // (see `restatedBeside`): none of them is the claim's. "825 of them dead" beside "1,437 oiled
  // seabirds had been recovered" is framed best by the source's 1,437 otherwise, whose words it shares.
  const framed: Array<boolean | undefined> = [];
  const framesItem = (k: number) => (framed[k] ??= framedBest(claims[k], contexts[k], index, matches[k]!.source!, restatedBeside(claims, matches, k))?.indexed.fact === swaps[k]);
  const taken = swaps.map((item, k) => {
    const match = matches[k];
    const stated = match?.fact;
    if (!item || !stated || match.source === undefined) return false;
    // A sentence of the draft giving the other item's figure too has both right, or both swapped:
    // "Harrowfield recorded 71.2 …, while Eastbrook … recorded 94.6" for the source's 94.6 and 71.2.
    // The other figure is swapped already where its words took it for a slip of this one's fact.
    const stating = contexts[k].beside.sentence.filter((m) => statesExactly(m, item)).map((m) => claims.indexOf(m));
    if (stating.some((j) => swaps[j] !== stated && !contradicts(matches[j], stated))) return false;
    // Nor where another figure of the sentence is a slip of the other item's: that one restates it,
    // and this one rightly states its own ("carries about 460,000 passengers …, fewer than the
    // 710,000 it carried in 2019" for the source's 640,000 and 710,000).
    if (contexts[k].beside.sentence.some((m) => m !== claims[k] && contradicts(matches[claims.indexOf(m)], item))) return false;
    // Two figures given each other's places, each told by its own words as the other's item, are
    // swapped whatever else frames them: the words of one may frame both items alike, each figure's
    // value being among the other's words ("157 were female and 191 male"), and in a list all of a
    // sentence's words frame every item ("nine helicopters and 13 water-bombing planes" for "nine
    // water-bombing planes and 13 helicopters").
    return framesItem(k) || stating.some((j) => swaps[j] === stated);
  });
  taken.forEach((take, k) => {
    if (!take) return;
    const match = matches[k]!;
    matches[k] = contradicting(claims[k], { fact: swaps[k]!, sourceFacts: index.factsOf(match.source!), sourceNumber: match.source! }, match.score);
  });
  return matches;
}

/** Whether the claim's figure is `item`'s times a whole count its sentence tells beside it, in a count or a length ("five days a week", "the five years"). */
function timesCountBeside(claim: Mention, context: Context, item: Fact): boolean {
  const of = item.value.number?.values;
  const figure = claim.number?.values;
  if (of?.length !== 1 || figure?.length !== 1) return false;
  for (const m of context.beside.sentence) {
    const k = m.kind === 'count' && !m.number?.unit && m.number?.values.length === 1 ? m.number.values[0] : m.kind === 'duration' ? m.duration?.amount : undefined;
    if (k !== undefined && Number.isInteger(k) && k >= 2 && k <= MOST_TIMES && Math.abs(of[0] * k - figure[0]) <= ROUGH_SHARE * Math.abs(figure[0])) return true;
  }
  return false;
}

/** The most times a writer multiplies a figure by a count of their sentence ("31 days", "52 weeks"). */
const MOST_TIMES = 60;
/** How roughly a writer's product is written: to a fortieth ("VKr 4 billion" for 5 × 809 million). */
const ROUGH_SHARE = 0.025;

/** Whether a match is a mismatch with `fact`. */
function contradicts(match: ClaimMatch | undefined, fact: Fact): boolean {
  return match?.verdict === 'mismatch' && match.fact === fact;
}

/**
 * The fact of another item of the list that `fact` (which the claim states exactly) is an item of,
 * when the claim's own words (see `ownWordsOf`) tell that item and not the fact's: on one side of
 * their figures the two items have words of their own, and the claim has some of the other's there
 * and none of the fact's anywhere. "Sales rose 7% last month" beside "Sales rose 5% in March and 7%
 * in April" is no swap: before its figure, 7% has no words of its own, and `sales rose` is the
 * whole list's. Only where one item alone is so told, and the source gives the figure once.
 */
function swappedItem(claim: Mention, context: Context, fact: Fact, sourceFacts: readonly Fact[]): Fact | undefined {
  if (fact.derived || claim.kind !== fact.kind) return undefined;
  // Asked of every verified claim: the list's lookup first, as most facts stand in none.
  const list = listOf(fact, sourceFacts);
  if (!list || !statesExactly(claim, fact) || differenceOfTwo(fact, list.facts)) return undefined;
  // A figure given another item's place keeps its sign: "minus 20C" is no slip of a room kept at 15C.
  // Nor the whole the others are parts of ("Of the 2,846 completed flights, 1,648 … and 1,198 …"):
  // the words of a draft's "Of the completed flights" are the whole's, told of every item.
  // Nor a person's age for what their sentence counts ("Tom Redgrave, 52, … came second with 11,236 votes").
  const aged = personOfAge(fact) !== undefined;
  // Nor the rest of a whole, whose words are the others' ("All but four of the coins were recovered").
  const others = list.facts.filter((other) => other !== fact && compareValues(claim, other) === 'disagree' && inList(fact, other) && sameSign(claim, other) && !wholeOfList(other, list.facts) && (personOfAge(other) !== undefined) === aged && !isAllBut(other));
  if (!others.length || list.facts.some((other) => other !== fact && statesExactly(claim, other))) return undefined;
  const own = context.ownWords;
  if (!own) return undefined;
  const words = ownWordsOfList(list);
  const mine = words[list.facts.indexOf(fact)];
  const told = others.filter((other) => tellsApart(words[list.facts.indexOf(other)], mine, own));
  if (told.length) return told.length === 1 ? told[0] : undefined;
  return AMOUNTS.has(claim.kind) && !claim.number?.unit ? onlyHoldingWords(others, (other) => words[list.facts.indexOf(other)], mine, own) : undefined;
}

/**
 * Whether a fact is told as a change, and is the difference of two others of its list ("1,342
 * teachers, up from 1,284, an increase of 58"): no item, whose words a claim restating it takes.
 * A part told plainly is an item, even where it is the whole less the others ("Of the 2,846
 * flights, 1,648 … and 1,198 …"): so only a figure a noun of change opens is taken for a change.
 */
function differenceOfTwo(fact: Fact, facts: readonly Fact[]): boolean {
  const value = fact.value.number?.values[0];
  if (value === undefined || fact.value.number!.values.length !== 1 || !CHANGE_NOUN_BEFORE.test(fact.quote.slice(Math.max(0, fact.quoteOffset - 24), fact.quoteOffset))) return false;
  const levels = facts.filter((f) => f !== fact && f.kind === fact.kind && f.value.number?.values.length === 1 && f.value.number.unit === fact.value.number!.unit).map((f) => f.value.number!.values[0]);
  return levels.some((a, i) => levels.some((b, j) => i !== j && a - b === value));
}

/** A noun of change right before a figure: "an increase of ", "a fall of about ". */
const CHANGE_NOUN_BEFORE = new RegExp(`(?<![\\p{L}])${CHANGE_NOUN}[ \\u00a0]+of[ \\u00a0]+(?:[\\p{L}]+[ \\u00a0]+)?$`, 'iu');

/** Whether a fact is what "all but" leaves out of a whole: its words tell of the rest. */
function isAllBut(fact: Fact): boolean {
  return ALL_BUT.test(fact.quote.slice(Math.max(0, fact.quoteOffset - 16), fact.quoteOffset));
}

const ALL_BUT = /(?<![\p{L}])all[ \u00a0]+but[ \u00a0]+$/iu;

/** The figures whose items words alone tell: a date's or a year's words tell when, which any item of a sentence may share. */
const AMOUNTS: ReadonlySet<string> = new Set(['count', 'money', 'percent']);

/**
 * The one item of `others` that has `HELD_WORDS` of the claim's own words to itself, where the
 * fact's item has none of them: "Closing the wards should save £6.5 million a year" holds "ward"
 * and "save" of the source's "the ward closures to save £14.2 million a year …, with a further £6.5
 * million coming from lower spending on agency staff", whose £6.5 million opens with no words of
 * its own to tell it by.
 */
function onlyHoldingWords(others: readonly Fact[], wordsOf: (fact: Fact) => OwnWords, mine: OwnWords, claim: OwnWords): Fact | undefined {
  const words = [...claim.before, ...claim.after];
  // The fact's item must be told by words of its own the claim lacks: "the figure had reached 83
  // percent" is told by none, and a claim holding another item's words may be it all the same. A
  // word every item has on the same side ("carried" of "1,648 carried pathology samples … and 1,198
  // carried medicines") tells none of them; "seat" of "will seat 1,850 …, and a second, 240-seat
  // hall" tells the 1,850 by its place.
  const everyItems = (w: string) => others.every((other) => (mine.before.includes(w) && wordsOf(other).before.includes(w)) || (mine.after.includes(w) && wordsOf(other).after.includes(w)));
  if (mine.before.length + mine.after.length < MINE_TOLD || words.some((w) => holds(mine, w) && !everyItems(w))) return undefined;
  const holding = others.filter((other) => new Set(words.filter((w) => holds(wordsOf(other), w))).size >= HELD_WORDS);
  return holding.length === 1 ? holding[0] : undefined;
}

const HELD_WORDS = 2;
const MINE_TOLD = 3;

/**
 * The count of a source sentence that counts what the claim says it counts, when the claim states
 * exactly another count of that sentence, which counts something else: "23 crashes" beside "19
 * crashes in which 23 people were injured", "41 container ships" beside "41 oil and gas tankers, 96
 * bulk carriers and 73 container ships". The noun right after a figure (see `frameOf`) says what
 * it counts more surely than words elsewhere in its sentence, which may name the other item too
 * ("… and 41 container ships, as well as oil and gas tankers"). Only where the claim's noun holds
 * all of one other count's, and its first word is no word the source gives the count the claim
 * states ("a 1,850-seat hall" for "will seat 1,850 people, and a second, 240-seat hall"), nor the
 * first of that count's noun; and not where the other count is the whole the others are parts of:
 * "41 ships" restates "312 ships were queued, among them 41 oil and gas tankers", as tankers are
 * ships too. A frame may run on past its noun ("93 countries took part"): a count's noun is held
 * to the claim's, never the claim's to it. A rank likewise: "its second weekend" beside "came second
 * in its third weekend", "the second cable cut" beside "the third cable cut … and the second
 * affecting Marvalia"; a rank needs no noun of its own, and the first of a sentence's is no whole.
 */
function countsAnother(claim: Mention, context: Context, fact: Fact, sourceFacts: readonly Fact[]): Fact | undefined {
  if (fact.derived || !COUNTING.has(claim.kind) || fact.kind !== claim.kind || claim.number?.unit !== undefined || fact.value.number?.unit !== undefined) return undefined;
  const list = listOf(fact, sourceFacts);
  if (!list || !statesExactly(claim, fact)) return undefined;
  const counted = context.counted;
  if (!counted?.length) return undefined;
  const ranks = claim.kind === 'ordinal';
  // A rank's place is every rank's: "third-placed finishers" tells no "Second place" from a third.
  if (ranks && counted.every((word) => RANK_NOUNS.has(word))) return undefined;
  const k = list.facts.indexOf(fact);
  const nouns = (list.counted ??= countedIn(list));
  const own = ownWordsOfList(list)[k];
  // A rank may stand without a noun ("came second in its third weekend"), and the words its clause
  // runs on with are no other rank's ("the second affecting Marvalia …, when a fault on the … cable").
  if ((!ranks && !nouns[k].length) || nouns[k][0] === counted[0] || (!ranks && (own.before.includes(counted[0]) || own.after.includes(counted[0])))) return undefined;
  const others = list.facts.filter((other, j) => other !== fact && nouns[j].length && nouns[j].every((w) => counted.includes(w)) && other.value.number?.unit === undefined && compareValues(claim, other) === 'disagree' && (ranks || !isWhole(other, list.facts)));
  if (others.length !== 1 || list.facts.some((other) => other !== fact && statesExactly(claim, other))) return undefined;
  return others[0];
}

/** The nouns any rank may take, stemmed as `Context.counted`. */
const RANK_NOUNS: ReadonlySet<string> = new Set(['place', 'placed', 'position', 'spot', 'finisher', 'finish'].map(normalizeWord));

/** Kinds whose figure the noun after it says what it is of: a count, and a rank ("the third cable cut … and the second affecting Marvalia"). */
const COUNTING: ReadonlySet<Mention['kind']> = new Set(['count', 'ordinal']);

/**
 * The figure of a source sentence that is of the time the claim's clause gives, when the claim states
 * exactly another of that sentence, of another time: "another 5.1 percent Monday" beside "fell a
 * further 3.2 per cent on Monday before recovering 5.1 per cent on Wednesday". A figure's time is
 * the date or year of its clause, or a year told by its distance from the article's ("growth of
 * 2.1 percent this year" beside "1.4 per cent in 2025 and 2.1 per cent next year", written in
 * 2025; see `clauseTime`). The source's two figures may be a change's ("from 58% in 2019 to 71% in
 * 2024"), whose times tell them apart as well. Only where one figure alone is of the claim's time,
 * and the source gives the claim's figure once.
 */
function datedAnother(claim: Mention, context: Context, fact: Fact, sourceFacts: readonly Fact[], articleYear: number | undefined): Fact | undefined {
  if (fact.derived || claim.kind !== fact.kind || isTime(claim)) return undefined;
  const list = listOf(fact, sourceFacts);
  if (!list || !statesExactly(claim, fact)) return undefined;
  const dated = context.dated;
  if (!dated) return undefined;
  const times = (list.times ??= timesOf(list));
  const own = times[list.facts.indexOf(fact)];
  if (!own || sameTime(dated, own, articleYear) !== false) return undefined;
  const others = list.facts.filter((other, j) => other !== fact && times[j] && sameTime(dated, times[j]!, articleYear) && compareValues(claim, other) === 'disagree');
  if (others.length !== 1 || list.facts.some((other) => other !== fact && statesExactly(claim, other))) return undefined;
  return others[0];
}

/**
 * The figure left in the source sentence that the claim's own sentence restates, when the claim
 * states exactly a figure of another sentence: "English top grades fell 0.9 points to 23.1 per cent,
 * and its pass rate was 96.2 per cent" beside "In English, … top grades fell 0.9 points to 23.1 per
 * cent and the pass rate was 98.4 per cent", 96.2 per cent being the maths pass rate of the sentence
 * before. A sentence two of whose other figures restate one source sentence keeps its figures. Only
 * where one figure of the claim's kind is left there, on the claim's side of each figure restated,
 * and the claim's own words are as much that figure's as the one it states.
 */
function leftInRestated(claims: readonly Mention[], contexts: readonly Context[], matches: ReadonlyArray<ClaimMatch | undefined>, k: number, sourceFacts: readonly Fact[]): Fact | undefined {
  const claim = claims[k];
  const { fact, source } = matches[k]!;
  if (!fact || fact.derived || !statesExactly(claim, fact)) return undefined;
  const bySentence = new Map<string, Array<{ claim: Mention; fact: Fact }>>();
  const taken = new Set<Fact>();
  for (const m of contexts[k].beside.sentence) {
    const match = m === claim ? undefined : matches[claims.indexOf(m)];
    if (!match?.fact) continue;
    taken.add(match.fact);
    if (match.verdict !== 'verified') continue;
    // A time ("last year") restates little: a sentence is restated by its amounts.
    if (match.source !== source || match.fact.derived || isTime(m) || m.kind === 'time') continue;
    const key = sentenceKey(match.fact);
    const pairs = bySentence.get(key);
    if (pairs) pairs.push({ claim: m, fact: match.fact });
    else bySentence.set(key, [{ claim: m, fact: match.fact }]);
  }
  const firm = nearestFirm([...bySentence].filter(([, pairs]) => pairs.length >= FIRMLY_RESTATED), claim);
  if (!firm || firm[0] === sentenceKey(fact)) return undefined;
  const [key, pairs] = firm;
  // The level a change is from ("down from 88.1 percent the year before") is no slip of a figure
  // left there that nothing is compared with (the "95 per cent target").
  const base = claim.base === 'compared';
  const left = sourceFacts.filter(
    (f) =>
      !f.derived &&
      f.kind === claim.kind &&
      sentenceKey(f) === key &&
      !taken.has(f) &&
      compareValues(claim, f) === 'disagree' &&
      alike(claim, f) &&
      (!base || isComparisonBase(f.quote, f.quoteOffset)) &&
      !pairs.some((p) => isBaseOfMultiple(f, p.fact)) &&
      pairs.every((p) => p.claim.start < claim.start === p.fact.quoteOffset < f.quoteOffset),
  );
  if (left.length !== 1) return undefined;
  const own = contexts[k].ownWords;
  if (!own) return undefined;
  const shared = (words: OwnWords) => [...own.before, ...own.after].filter((w) => holds(words, w)).length;
  const theirs = shared(ownWordsOfFact(left[0], sourceFacts));
  return theirs > 0 && shared(ownWordsOfFact(fact, sourceFacts)) <= theirs ? left[0] : undefined;
}

/**
 * Whether `fact` is what a `multiple` restated is of, standing right after it ("twice as many as the
 * 90 the old hall could hold"): a draft restating the multiple has told it, in words of its own or
 * none ("twice as many as the old hall"), and left no figure there.
 */
function isBaseOfMultiple(fact: Fact, multiple: Fact): boolean {
  const end = multiple.quoteOffset + multiple.text.length;
  return multiple.value.number?.unit === MULTIPLE && multiple.quote === fact.quote && fact.quoteOffset >= end && fact.quoteOffset - end <= MULTIPLE_TO_BASE;
}

/** Most characters from a multiple to the figure it is of: " as many as the ". */
const MULTIPLE_TO_BASE = 20;

/**
 * Of the source sentences a draft sentence firmly restates, the one the claim stands amid: the only
 * one, or the one whose restating figure stands nearest the claim ("a 52-metre penalty in the fourth
 * minute and … in the 12th, but Ostmark led 19-13 at half-time" restates the sentence of the fourth
 * and 12th minutes, and another of the 19-13).
 */
function nearestFirm<T extends { claim: Mention }>(firm: ReadonlyArray<[string, T[]]>, claim: Mention): [string, T[]] | undefined {
  if (firm.length <= 1) return firm[0];
  const distance = ([, pairs]: [string, T[]]) => Math.min(...pairs.map((p) => (p.claim.start < claim.start ? claim.start - p.claim.end : p.claim.start - claim.end)));
  const sorted = [...firm].sort((a, b) => distance(a) - distance(b));
  return distance(sorted[0]) < distance(sorted[1]) ? sorted[0] : undefined;
}

/**
 * The facts the other amounts of claim `k`'s block rightly restate, but the claim's own. Not its
 * times: "this year" restates a dateline's year, whose sentence may be the one a date of the
 * claim's sentence restates.
 */
function restatedBeside(claims: readonly Mention[], matches: ReadonlyArray<ClaimMatch | undefined>, k: number): Set<Fact> {
  const restated = new Set<Fact>();
  claims.forEach((m, j) => {
    const match = j === k || isTime(m) || m.kind === 'time' ? undefined : matches[j];
    if (match?.verdict === 'verified' && match.fact && match.fact !== matches[k]?.fact) restated.add(match.fact);
  });
  return restated;
}

/**
 * Whether a figure and a fact are alike enough to be given each other's places: amounts of one size
 * but for a power of ten (not "six" for 900), in one unit, the fact's stated as a figure ("a rise of
 * nearly a third" is the writer's reading of its sentence's figures); a year for a year. A day's
 * date is told by few words, and a draft's sentence gives its own days.
 */
function alike(claim: Mention, fact: Fact): boolean {
  if (claim.kind === 'date' || claim.kind === 'time') return false;
  const [a, b] = [claim.number, fact.value.number];
  if (!a || !b) return true;
  return !b.vague && !isShareInWordsFact(fact) && a.unit === b.unit && a.currency === b.currency && Math.abs(Math.log10(Math.abs(a.values[0]) / Math.abs(b.values[0]))) < 1;
}

/** Whether a figure and a fact's are of one sign (either without a figure, they are). */
function sameSign(claim: Mention, fact: Fact): boolean {
  const [a, b] = [claim.number?.values[0], fact.value.number?.values[0]];
  return a === undefined || b === undefined || Math.sign(a) === Math.sign(b);
}

/** The words a fact has to itself among the facts of its kind in its sentence: the whole sentence's, for the only one. */
function ownWordsOfFact(fact: Fact, sourceFacts: readonly Fact[]): OwnWords {
  const list = listOf(fact, sourceFacts);
  if (list) return ownWordsOfList(list)[list.facts.indexOf(fact)];
  return { before: tokenizeWords(fact.quote, 0, fact.quote.length).filter((w) => !w.stop).map((w) => w.norm), after: [] };
}

/** By fact of a list, the time of its clause (see `clauseTime`). */
function timesOf(list: SentenceList): Array<ClauseTime<Fact> | undefined> {
  const quote = list.facts[0].quote;
  const figures = list.facts.map(quotedSpan);
  const times = sentenceTimes(quote, list.sentence);
  return figures.map((figure) => clauseTime(quote, figure, figures, times));
}

/** By fact of a list, the words (normal forms) of the noun after its figure (see `frameOf`). */
function countedIn(list: SentenceList): string[][] {
  const quote = list.facts[0].quote;
  const words = wordsOfList(list);
  const frames: Array<{ mention: FramedFigure; frame: Frame }> = [];
  return list.facts.map((f) => {
    const mention = { ...quotedSpan(f), kind: f.kind };
    const frame = frameOf(quote, mention, words, frames);
    frames.push({ mention, frame });
    return frame.unit.map((w) => w.norm);
  });
}

/**
 * Whether `fact`, a count or sum, opens its list's figures of its kind, unit and currency, two or more others,
 * and is all of them together or more: their whole ("Of the 2,846 completed flights, 1,648 … and 1,198 …").
 */
function wholeOfList(fact: Fact, facts: readonly Fact[]): boolean {
  if (fact.kind !== 'count' && fact.kind !== 'money') return false;
  const alike = facts.filter((f) => f.kind === fact.kind && f.value.number?.unit === fact.value.number?.unit && f.value.number?.currency === fact.value.number?.currency);
  return alike.length > 2 && isWhole(fact, alike);
}

/** Whether a count opens its sentence's counts and is all the others together or more, as a whole is its parts. */
function isWhole(count: Fact, counts: readonly Fact[]): boolean {
  if (count !== counts[0]) return false;
  let parts = 0;
  for (const c of counts) if (c !== count) parts += c.value.number?.values[0] ?? 0;
  return (count.value.number?.values[0] ?? 0) >= parts;
}

/**
 * The figure a change in a source sentence goes to, when the claim states exactly the one it is from
 * ("214 accidents, down from 241 the previous season") and its sentence has none of the words that
 * tell the earlier time ("Rescue teams attended 241 accidents"): the writer gave the old figure as
 * the new one. Those words are the figure's own, before the clause ends (see `changeOf`), and are
 * looked for in the claim's sentence; a year ("up from 58% in 2019") in its paragraph, as a draft may
 * give it in a heading or a list's label ("**2019**: … that year: 58%"). Where the source tells no
 * time ("1,146 beds, up from 1,108"), the claim's sentence must tell none either, nor a change
 * (`EARLIER`), unless the claim is where a change it tells goes to ("rises to 54.30p" for "rises to
 * 55.12p …, from 54.30p"), which the old figure never is.
 */
function changedFrom(claim: Mention, context: Context, fact: Fact, sourceFacts: readonly Fact[]): Fact | undefined {
  // A claim its own sentence tells a change from ("1,946 pharmacies took part, up from 1,210") is
  // given as the old figure, whatever the source's nearest figure is.
  if (fact.derived || claim.kind !== fact.kind || context.changedTo) return undefined;
  const list = listOf(fact, sourceFacts);
  const change = list && changeOf(list, fact);
  if (!change || !statesExactly(claim, fact) || compareValues(claim, change.to) !== 'disagree') return undefined;
  const time = tokenizeWords(change.time, 0, change.time.length).filter((w) => !w.stop);
  const years = (change.time.match(YEAR) ?? []).map(Number);
  if (!time.length && !years.length) return claim.number?.reached || ![...context.sentence.keys()].some((w) => EARLIER.has(w)) ? change.to : undefined;
  return time.some((w) => context.sentence.has(w.norm)) || years.some((year) => givesYear(context, year)) ? undefined : change.to;
}

/**
 * The other end of the source's change that `fact` is an end of, where the claim's sentence tells
 * that change the other way round: the claim is the level reached where the source's fact is the
 * level it was from, or the other way, and the sentence gives the other end as the other too.
 * "Growth slowed to 3.4 per cent in the fourth quarter from 2.7 per cent in the third" for "the pace
 * slowed to 2.7 per cent in the final quarter … from 3.4 per cent in the third quarter": each end
 * is the other's slip.
 */
function reversedChange(claim: Mention, context: Context, fact: Fact, sourceFacts: readonly Fact[]): Fact | undefined {
  if (fact.derived || claim.kind !== fact.kind || !claim.number) return undefined;
  const reached = !!claim.number.reached;
  // Asked of every verified claim: the other end's figure in its sentence first, as most have none.
  const ends = context.beside.sentence.filter((m) => m.kind === claim.kind && !!m.number?.reached !== reached);
  if (!ends.length || !statesExactly(claim, fact)) return undefined;
  const list = listOf(fact, sourceFacts);
  if (!list) return undefined;
  const other = reached ? changeOf(list, fact)?.to : list.facts.find((f) => f !== fact && changeOf(list, f)?.to === fact);
  return other && ends.some((m) => statesExactly(m, other)) ? other : undefined;
}

/**
 * The figure the change `from` is the old figure of goes to, its nearest figure of its unit on one
 * side, and the words after `from` that tell its time: to the end of its clause after "241 the
 * previous season" of "214 accidents, down from 241 …", and up to the new figure in "from 58% in
 * 2019 to 71%".
 */
function changeOf(list: SentenceList, from: Fact): { to: Fact; time: string } | undefined {
  const k = list.facts.indexOf(from);
  const unit = from.value.number?.unit;
  const end = from.quoteOffset + from.text.length;
  const before = list.facts.slice(0, k).reverse().find((f) => f.value.number?.unit === unit);
  if (before && changesFrom(from.quote, before, from)) {
    const rest = from.quote.slice(end);
    const clauseEnd = rest.search(CLAUSE_END);
    return { to: before, time: rest.slice(0, clauseEnd < 0 ? rest.length : clauseEnd) };
  }
  const after = list.facts.slice(k + 1).find((f) => f.value.number?.unit === unit);
  const between = after && from.quote.slice(end, after.quoteOffset);
  const to = between && FROM_TO.exec(between);
  const opening = to ? openingOf(from) : undefined;
  // A change, not a range: "cutting the success rate from 96.2 per cent to", not "fares range from €780 to".
  if (!after || !to || opening?.word !== 'from' || !CHANGE_BEFORE.test(opening.before)) return undefined;
  return { to: after, time: to[1] };
}

/** Between the old figure and the new of "from 96.2 per cent to 92.6 per cent", "from 58% in 2019 to 71%": the old one's time before "to". */
const FROM_TO = /^([^.;:!?]{0,40}?)\bto\s*$/i;
/** The words of a sentence giving a figure as an earlier time's, or telling a change ("previously", "rose"), by normal form. */
const EARLIER = new Set([...CHANGE_WORDS, 'previously', 'previous', 'earlier', 'last', 'prior', 'ago', 'formerly', 'originally', 'old', 'used'].map(normalizeWord));
const YEAR = /\b(?:1[89]|20)\d\d\b/g;

/** Whether the claim's sentence or paragraph gives `year`, as a year or a date's: "**2019**: … that year: 58%". */
function givesYear(context: Context, year: number): boolean {
  const gives = (m: Mention) => (m.kind === 'year' && m.number?.values.includes(year)) || m.date?.year?.value === year;
  return context.beside.sentence.some(gives) || context.beside.neighbours.some((p) => p.mentions.some(gives));
}

/** Where the clause after a figure ends: a break of clause or sentence, or a conjunction. */
const CLAUSE_END = /[,;:—–()[\]]|[.!?](?=\s|$)|\s(?:and|but|while|whereas)\s/;

/** Between the figure a change goes to and the one it is from: "accidents, down from", "of revenue, up 9 percentage points from". */
const CHANGE_TO_FROM = new RegExp(`^[^.;:!?]{0,120}?\\b${CHANGE}\\b[^.;:!?]{0,30}?\\bfrom\\s*$`, 'i');
/** Before the figure a change goes to, when it is told there ("rose to 58% at the end of 2024, from 39%"). */
const CHANGE_TO = new RegExp(`\\b${CHANGE}\\b(?:(?:[^.;:!?]|\\.(?=\\d)){0,30}\\bto)?\\s+$`, 'i');
const FROM = /^[^.;:!?]{0,64}?\bfrom\s*$/i;

/** Whether, in `quote`, `from` is what a change to `to` is from: the change told between them, or before `to`. */
function changesFrom(quote: string, to: Fact, from: Fact): boolean {
  const between = quote.slice(to.quoteOffset + to.text.length, from.quoteOffset);
  return CHANGE_TO_FROM.test(between) || (FROM.test(between) && CHANGE_TO.test(quote.slice(Math.max(0, to.quoteOffset - 48), to.quoteOffset)));
}

/**
 * Whether two facts of one sentence are items of a list: of one unit, a clause break between them,
 * and neither where a change or range starts ("71% …, up from 58% in 2019", "between 4.8 and 5.0
 * per cent"), whose figures share their words and differ by the time they are of. A time after
 * another ("two days later") is no item either: it counts from its own date.
 */
function inList(a: Fact, b: Fact): boolean {
  const [first, second] = a.quoteOffset < b.quoteOffset ? [a, b] : [b, a];
  if (a.value.number?.unit !== b.value.number?.unit || a.value.duration?.relation || b.value.duration?.relation) return false;
  return strongestBreak(a.quote, first.quoteOffset + first.text.length, second.quoteOffset) !== undefined && !startsSpan(a) && !startsSpan(b);
}

const SPAN_OPENING = /\b(from|between)\s*$/i;
/** What closes a change or range soon after its first figure ("to €850", "in 2019 to", "and 5.0"). */
const SPAN_CLOSING = /^[^.;:!?]{0,20}?\b(?:to|and)\b/i;
/** A change told before the figure it is from ("71%, up from 58%", "up 29 basis points from 4.08%"). */
const CHANGE_BEFORE = new RegExp(`\\b(?:${CHANGE}|increase|decrease|compared)\\b[^.;:!?]{0,30}$`, 'i');

/**
 * Whether a fact opens a change or a range ("from €780 to €850", "between 4.8 and 5.0 per cent"),
 * or is what a change is from ("71%, up from 58% in 2019"): not where "from" tells where things
 * come from ("214 films from 58 countries, including 67 world premieres", whose items were never
 * told apart).
 */
function startsSpan(fact: Fact): boolean {
  const opening = openingOf(fact);
  if (!opening) return false;
  const end = fact.quoteOffset + fact.text.length;
  return opening.word === 'between' || SPAN_CLOSING.test(fact.quote.slice(end, end + 24)) || CHANGE_BEFORE.test(opening.before);
}

/** The "from" or "between" right before a fact, in lower case, and what its sentence says before that word (48 characters back at most). */
function openingOf(fact: Fact): { word: string; before: string } | undefined {
  const before = fact.quote.slice(Math.max(0, fact.quoteOffset - 48), fact.quoteOffset);
  const opening = SPAN_OPENING.exec(before);
  return opening ? { word: opening[1].toLowerCase(), before: before.slice(0, opening.index) } : undefined;
}

/**
 * Whether the claim's own words (`claim`) tell item `other` and not item `mine`: on one side of the
 * figures, the word each item opens with there (its subject before it, "Guillemots accounted for",
 * "razorbills for"; its first word after it, "in March", "in April") is its own, and the claim has
 * the other's and none of its own item's words. A verb the items share in meaning is no label of
 * either: "Brandt hit 55 winners" is not told by "He … hit 61 winners" beside "He finished with 61".
 */
function tellsApart(other: OwnWords, mine: OwnWords, claim: OwnWords): boolean {
  if ([...mine.before, ...mine.after].some((w) => !holds(other, w) && holds(claim, w))) return false;
  return (['before', 'after'] as const).some((side) => {
    const theirs = other[side][0];
    const ours = mine[side][0];
    return theirs !== undefined && ours !== undefined && !holds(mine, theirs) && !holds(other, ours) && holds(claim, theirs);
  });
}

/**
 * Whether a claim's own words hold twice as many of the words item `toward` has and item `away` has
 * not as the other way round, and some (`LEANING_WORDS`).
 */
function leansTo(own: OwnWords, toward: Fact, away: Fact, sourceFacts: readonly Fact[]): boolean {
  const [a, b] = [ownWordsOfFact(toward, sourceFacts), ownWordsOfFact(away, sourceFacts)];
  const words = [...own.before, ...own.after];
  const only = (x: OwnWords, y: OwnWords) => words.filter((w) => holds(x, w) && !holds(y, w)).length;
  const theirs = only(a, b);
  return theirs >= LEANING_WORDS && theirs > 2 * only(b, a);
}

const LEANING_WORDS = 2;
/** Amounts, whose items a list tells by what they count: shares and years are told by the words of their whole clause ("according to provisional figures"). */
const LEANING_KINDS: ReadonlySet<Mention['kind']> = new Set(['count', 'money']);

/** Whether a figure has `word` to itself, on either side. */
function holds(own: OwnWords, word: string): boolean {
  return own.before.includes(word) || own.after.includes(word);
}

interface SentenceList {
  /** The stated facts of one kind of a source sentence, in its order. */
  facts: Fact[];
  /** Every stated figure of the sentence, whatever its kind: words inside them are no item's. */
  spans: Array<{ start: number; end: number }>;
  /** Read when first asked for: the sentence's words, those each fact has to itself, and what each counts (see `countedIn`). */
  tokens?: Word[];
  words?: OwnWords[];
  counted?: string[][];
  /** Every fact of the sentence, whatever its kind. */
  sentence: readonly Fact[];
  /** Read when first asked for: by fact, the time of its clause (see `timesOf`). */
  times?: Array<ClauseTime<Fact> | undefined>;
}

function wordsOfList(list: SentenceList): Word[] {
  const quote = list.facts[0].quote;
  return (list.tokens ??= tokenizeWords(quote, 0, quote.length));
}

/** The words each fact of a list has to itself (see `ownWordsOf`). */
function ownWordsOfList(list: SentenceList): OwnWords[] {
  return (list.words ??= ownWordsOf(list.facts[0].quote, wordsOfList(list), list.facts.map(quotedSpan), list.spans));
}


/** By a source's facts, the list of each fact of a sentence holding two of its kind or more. */
const LISTS = new WeakMap<readonly Fact[], Map<Fact, SentenceList>>();

function listOf(fact: Fact, sourceFacts: readonly Fact[]): SentenceList | undefined {
  let lists = LISTS.get(sourceFacts);
  if (!lists) {
    lists = new Map();
    const bySentence = new Map<string, Fact[]>();
    for (const f of sourceFacts) {
      if (f.derived) continue;
      const key = sentenceKey(f);
      const sentence = bySentence.get(key);
      if (sentence) sentence.push(f);
      else bySentence.set(key, [f]);
    }
    for (const sentence of bySentence.values()) {
      const spans = sentence.map(quotedSpan);
      // A list's items are of one kind and unit of measure: "36 for vessels over 15 metres and 28 for
      // small craft under 8 metres" lists counts, whose words the lengths between them are part of.
      // Points and multiples are of their kind's list, whose items they part ("430 people are
      // waiting, more than twice as many as there are plots").
      const kinds = new Map<string, Fact[]>();
      for (const f of sentence) {
        const key = `${f.kind} ${measureUnit(f.value.number?.unit) ?? ''}`;
        const ofKind = kinds.get(key);
        if (ofKind) ofKind.push(f);
        else kinds.set(key, [f]);
      }
      for (const facts of kinds.values()) {
        if (facts.length < 2) continue;
        const list: SentenceList = { facts: facts.sort((a, b) => a.quoteOffset - b.quoteOffset), spans, sentence };
        for (const f of facts) lists.set(f, list);
      }
    }
    LISTS.set(sourceFacts, lists);
  }
  return lists.get(fact);
}
