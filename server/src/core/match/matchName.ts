import { distance } from 'fastest-levenshtein';
import type { SpelledName, SpelledNames } from '../facts/spelledNames';
import { foldName } from '../text/foldName';
import { swapsNeighbours } from '../text/neighbourSwap';
import { commonPrefix } from '../text/words';

/**
 * Endings that make another word of a name rather than misspell it: plurals, demonyms ("Slovenia",
 * "Slovenian"), and the derivations of common nouns a writer capitalises ("Ministry", "Minister").
 */
const ENDINGS = ['s', 'es', 'n', 'an', 'ian', 'ians', 'ns', 'ese', 'i', 'ish', 'er', 'ers', 'or', 'ors', 'ry', 'ries', 'y', 'ies', 'ion', 'ions', 'ive', 'al', 'ic', 'ist', 'ists', 'ism', 'ing', 'ed', 'ment', 'ity', 'ly'];
const SHORTEST_STEM = 3;
/**
 * British and American spellings of one word ("Organisers", "Center"): no misspelling either. A
 * doubled "l" only before the endings that double it ("Travelled", "Counsellor", "Modelling"): in
 * "Hallworth" for Halworth, or "Haloran" for Halloran, it is a slip.
 */
const SPELLING_PAIRS: ReadonlyArray<[string | RegExp, string]> = [
  ['ise', 'ize'],
  ['isa', 'iza'],
  ['yse', 'yze'],
  ['our', 'or'],
  // At the end only ("Centre", "Centres"): inside a name it is a slip ("Bernholt" for Brenholt).
  [/re(?=s?$)/g, 'er'],
  ['ence', 'ense'],
  // A Russian name's ending transliterated either way: "Rachmaninoff", "Rachmaninov".
  [/ff$/g, 'v'],
  [/ll(?=(?:ed|er|ers|ing|ings|or|ors|ation|ations)$)/g, 'l'],
];

/**
 * The one name of the `sources` that `name` misspells: a name they do not use at all, a letter or
 * two from one they spell beside a figure (one in a name of up to seven letters, two in a longer
 * one, and two in a short one where the two start alike, see `reach`; two letters swapped count as one),
 * or, written `alone` (no name word beside it), sharing its first part with it (see `sharesFirstPart`),
 * starting with the same letter, and not another form of it. Undefined when the sources use
 * the word, or when it is near none of their names, or near two (which it misspells is unknown).
 */
export function matchName(name: string, sources: readonly SpelledNames[], alone = false): SpelledName | undefined {
  const folded = foldName(name);
  if (usedBy(folded, sources)) return undefined;
  const limit = folded.length < 8 ? 1 : 2;
  return onlyName(sources, (other) => other.charCodeAt(0) === folded.charCodeAt(0) && (lettersOff(other, folded, limit) || (alone && sharesFirstPart(other, folded))) && !anotherForm(other, folded));
}

/** Whether `name` is `limit` letters off `other` at most (see `reach`), or two neighbouring letters swapped. */
function lettersOff(other: string, name: string, limit: number): boolean {
  return Math.abs(other.length - name.length) <= limit && (distance(other, name) <= reach(name, other, limit) || swapsNeighbours(other, name));
}

/**
 * Whether two long names share their first five letters and end otherwise: a place's second part
 * misremembered ("Millbrook" for Millbeck, "Millford" for Millfield). With four, "Marrowby" was
 * taken for another place of the source, Marrick; one name that goes on where the other ends
 * ("Marielanne", Mariela) is another. Beside a first name a last name is told by `matchNameAfter`:
 * "Celeste Marchese Lund" is no Celeste Marchetti.
 */
function sharesFirstPart(other: string, name: string): boolean {
  const shortest = Math.min(other.length, name.length);
  const shared = commonPrefix(other, name);
  return shortest >= LONG_NAME && shared >= SHARED_PART && shared < shortest;
}

const LONG_NAME = 7;
const SHARED_PART = 5;

/**
 * The one name of the `sources` whose folded spelling (and fact) `accepts`: undefined when none
 * is, or two spellings are.
 */
function onlyName(sources: readonly SpelledNames[], accepts: (folded: string, fact: SpelledName['fact']) => boolean): SpelledName | undefined {
  let found: SpelledName | undefined;
  for (const source of sources) {
    for (const candidate of source.names) {
      if (candidate.folded === found?.folded || !accepts(candidate.folded, candidate.fact)) continue;
      if (found) return undefined;
      found = candidate;
    }
  }
  return found;
}

/**
 * The one last name of the `sources` that `name` stands for, written after the same first name
 * (`given`) but otherwise: "Celeste Marchese" for the source's Celeste Marchetti, "Dana Whitman"
 * for Dana Whitlock. A writer who gets the first name right and starts the last one right has
 * misremembered the rest; a last name sharing fewer first letters (`SHARED_START`), or the sources'
 * use of the draft's word, makes it another person. A point of the compass is one slip from another
 * ("Wenlow South" for Wenlow North, see `COMPASS`). Undefined when none, or two, are such.
 */
export function matchNameAfter(given: string, name: string, sources: readonly SpelledNames[]): SpelledName | undefined {
  const folded = foldName(name);
  if (folded.length < SHARED_START || usedBy(folded, sources)) return undefined;
  const start = folded.slice(0, SHARED_START);
  const first = foldName(given);
  return onlyName(sources, (other, fact) => (other.startsWith(start) || bothCompass(other, folded) || nearAfterGiven(other, folded)) && writtenAmid(fact.quote, fact.text, [first], []) && (addsPlural(other, folded) || (!anotherForm(other, folded, PLURAL) && !addsPlural(folded, other))));
}

/**
 * A last name after its first takes no plural: "Gemma Thwaites" is a slip of Gemma Thwaite, "Pieter
 * Rademakers" of Pieter Rademaker (though "-er" and "-ers" end other forms of a word), "Wilfred
 * Oaks" of Wilfred Oakes. One without the source's plural is another form: "Social Democrat leader"
 * for the Social Democrats.
 */
const PLURAL = new Set(['s', 'es']);

/** Whether `written` is `name` with a plural's ending. */
function addsPlural(name: string, written: string): boolean {
  return written === `${name}s` || written === `${name}es`;
}

/**
 * Whether a last name after the same first name is a slip of another in its letters alone: the
 * same first letter and two letters changed at most ("Deborah Lyle" for Deborah Lyall, "Ronan Tuohy"
 * for Ronan Tully), however few first letters they share; or three, in a name of as many letters or
 * one more that starts with the same three ("Gordon Ashford" for Gordon Ashworth).
 */
function nearAfterGiven(other: string, folded: string): boolean {
  const off = distance(other, folded);
  if (off === 3 && Math.abs(other.length - folded.length) <= 1 && other.startsWith(folded.slice(0, 3))) return true;
  // A longer one may slip at its first letter alone: "Martin Galloway" for Martin Calloway.
  return other.charCodeAt(0) === folded.charCodeAt(0) ? off <= 2 : off === 1 && other.length === folded.length && folded.length >= FIRST_LETTER_SLIP;
}

/** The shortest last name whose first letter alone may slip after its first name: with five, "Martin Hales" would be Martin Gales. */
const FIRST_LETTER_SLIP = 6;

/**
 * The points of the compass, and the words of a place's part that pair like them: a writer who
 * names a ward, a constituency or a district right but for that word has swapped it, whatever its
 * letters ("Riverside South" for Riverside North, "North Calder" for South Calder).
 */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'central']);

function bothCompass(a: string, b: string): boolean {
  return COMPASS.has(a) && COMPASS.has(b);
}

/**
 * The one first name of the `sources` that `name` stands for, written before the same last name
 * (`last`) but otherwise: "Tamara Vallejo" for the source's Teresa Vallejo. A first name the sources use is another person's, and so may be one of another initial
 * (a relative): a writer who misremembers a first name keeps its first letter, or swaps a point
 * of the compass ("South Calder" for North Calder, see `COMPASS`). Nor another form
 * of the word ("Defense Ministry" for the Defence Ministry). Undefined when none, or two, are such.
 */
export function matchGivenBefore(name: string, last: string, sources: readonly SpelledNames[]): SpelledName | undefined {
  const folded = foldName(name);
  if (!folded || usedBy(folded, sources)) return undefined;
  const family = foldName(last);
  return onlyName(sources, (other, fact) => (other.charCodeAt(0) === folded.charCodeAt(0) || bothCompass(other, folded)) && writtenAmid(fact.quote, fact.text, [], [family]) && !anotherForm(other, folded));
}

/**
 * The one word of the `sources`' names that `words[at]` stands for, in a name of three words or more
 * that they write with every other word the same and in order, but with theirs where the draft has
 * its own: "Shore Road Pool" for the source's Strand Road Pool. The words around it say which name it
 * is; a word the sources use, or another form of theirs, makes it another name.
 */
export function matchWordOfName(words: readonly string[], at: number, sources: readonly SpelledNames[]): SpelledName | undefined {
  if (words.length < SHORTEST_NAME_RUN) return undefined;
  const folded = foldName(words[at]);
  if (usedBy(folded, sources)) return undefined;
  const before = words.slice(0, at).map(foldName);
  const after = words.slice(at + 1).map(foldName);
  return onlyName(sources, (other, fact) => writtenAmid(fact.quote, fact.text, before, after) && !anotherForm(other, folded));
}

/** The fewest words of a name whose others tell which of the sources' it is (see `matchWordOfName`). */
export const SHORTEST_NAME_RUN = 3;

/**
 * Whether `quote` writes `name` with the capitalised words folding to `before` right before it and
 * to `after` right after it, a space apart: a last name after its first ("Celeste Marchetti" for
 * Marchetti, `before` ["celeste"]), a first name before its last ("Teresa Vallejo" for Teresa,
 * `after` ["vallejo"]), a word amid its name's others ("Strand Road Pool" for Strand).
 */
function writtenAmid(quote: string, name: string, before: readonly string[], after: readonly string[]): boolean {
  for (let at = quote.indexOf(name); at >= 0; at = quote.indexOf(name, at + 1)) {
    // A hyphen joins the parts of one last name as a space joins names: "Lund" is before "Hagen" in "Maren Lund-Hagen".
    const preceding = NAME_WORDS_BEFORE.exec(quote.slice(Math.max(0, at - 80), at).replace(HYPHEN_END, ' '))?.[0].trim().split(/[ \u00a0]+/u) ?? [];
    const following = NAME_WORDS_AFTER.exec(quote.slice(at + name.length, at + name.length + 80))?.[0].trim().split(/[ \u00a0]+/u) ?? [];
    if (preceding.length >= before.length && following.length >= after.length && before.every((w, i) => foldName(preceding[preceding.length - before.length + i]) === w) && after.every((w, i) => foldName(following[i]) === w)) return true;
  }
  return false;
}

const HYPHEN_END = /(?<=\p{L})-$/u;

/** The run of capitalised words right before a name, and right after one. */
const NAME_WORDS_BEFORE = /(?:[\p{Lu}][\p{L}\p{M}'’-]*[ \u00a0])+$/u;
const NAME_WORDS_AFTER = /^(?:[ \u00a0][\p{Lu}][\p{L}\p{M}'’-]*)+/u;

/** The fewest letters a name shares at its start with a source's to be one slip further off: with three, "Henley" was taken for Hensler. */
const SHARED_START = 4;
const SHORTEST_REACHING = 5;

/**
 * How many letters `name` may be off `other`: `limit`, and for a name of up to seven letters one
 * more where they share their first letters and are of one length but for a letter ("Kearns" for
 * Kearney, "Mariana" for Mariela): a writer who starts a name right and ends it wrong has
 * misremembered it, while a name a letter or two longer ("Dornau", "Dora") is another. Not a third
 * slip in a longer name: among many sources, "Kessaria" was taken for another article's Kessaly.
 */
function reach(name: string, other: string, limit: number): number {
  return limit === 1 && name.length >= SHORTEST_REACHING && Math.abs(other.length - name.length) <= 1 && other.startsWith(name.slice(0, SHARED_START)) ? 2 : limit;
}

/**
 * Whether a name of several words, none of whose other words the sources use, is another's than
 * theirs: the draft's "Helga Brandt" is no misspelling of a storm the source calls "Hella".
 */
export function namesAnother(others: readonly string[], sources: readonly SpelledNames[]): boolean {
  return others.length > 0 && others.every((other) => !usedBy(foldName(other), sources));
}

/** Whether the `sources` use the word `name`, in any case or accent. */
export function usesName(name: string, sources: readonly SpelledNames[]): boolean {
  return usedBy(foldName(name), sources);
}

function usedBy(folded: string, sources: readonly SpelledNames[]): boolean {
  for (const source of sources) if (source.words.has(folded)) return true;
  return false;
}

/** Whether two words are forms of one word: one ending where the other has another ending (but those `unless`), or spelt British and American. */
function anotherForm(a: string, b: string, unless?: ReadonlySet<string>): boolean {
  // One ending put for another of as many letters makes no other word: "Wierzbicky" for Wierzbicki is a slip.
  if (a !== b && a.length === b.length && a.startsWith(b.slice(0, -1))) return false;
  // Nor does a letter dropped or added inside one: "Vaughn" for Vaughan ("-n", "-an") is a slip;
  // nor a last letter doubled or undoubled: "Kortman" for Kortmann, "Bennet" for Bennett.
  if (!a.startsWith(b) && !b.startsWith(a) && distance(a, b) === 1 && !spelledAlike(a, b)) return false;
  if (doublesLast(a, b) || doublesLast(b, a)) return false;
  const stems = stemsOf(a, unless);
  for (const stem of stemsOf(b, unless)) if (stems.has(stem)) return true;
  return spelledAlike(a, b);
}

/** Whether `long` is `short` with its last letter written twice. */
function doublesLast(long: string, short: string): boolean {
  return long.length === short.length + 1 && long.startsWith(short) && long[long.length - 1] === short[short.length - 1];
}

/** The shortest stem two forms of one word share ("Armenia", "Armenian"; "Chile", "Chilean"). */
const SHORTEST_SHARED = 4;

/** Whether one word is the start of the other, a stem long enough to be one word's ("armenia", "armenian"). */
export function sharesStem(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= SHORTEST_SHARED && (a.startsWith(b) || b.startsWith(a));
}

/** Whether two words are one, spelt British and American ("labour", "labor"). */
export function spelledAlike(a: string, b: string): boolean {
  return SPELLING_PAIRS.some(([x, y]) => a.replaceAll(x, y) === b.replaceAll(x, y));
}

function stemsOf(word: string, unless?: ReadonlySet<string>): Set<string> {
  const stems = new Set([word]);
  for (const ending of ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= SHORTEST_STEM && !unless?.has(ending)) stems.add(word.slice(0, -ending.length));
  return stems;
}

