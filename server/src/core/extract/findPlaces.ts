import type { Sentence } from '../text/sentences';
import { foldName } from '../text/foldName';
import { isStopword, type Word } from '../text/words';
import { isCalendarWord, startsCapitalised, withoutPossessive } from './findNames';
import { HONORIFICS, joined, RANKS } from './findRoles';
import type { Mention } from './mention';

/**
 * A place or nationality a sentence gives a named firm, body or person: "Calgary-based Redfern
 * Energy", "the Dutch contractor Van Ossel Waterbouw", "Brennock Marine Engineering of Newcastle",
 * "Ingrid Solberg, a Norwegian", "Alder Bay, Wash.". The span is the place's words alone: a writer
 * who moves a firm to another city gets the name right and the city wrong.
 */
export interface PlaceMention extends Mention {
  kind: 'place';
  place: PlaceOf;
}

export interface PlaceOf {
  /** The name the place is given to, its words folded (see `foldName`), without a title ("Dr"). */
  holder: string[];
  /** The place's words, folded. */
  words: string[];
  /**
   * How the sentence gives it, which says what kind of word it is: a place where a firm is based or a
   * town lies ("Calgary-based", "of Quebec", "Columbus, Ohio"); a nationality a person is ("a
   * Swede"); or a word before what the firm is ("the Dutch firm", "Ontario manufacturer"), which
   * may be either.
   */
  form: PlaceForm;
  /**
   * Where the holder's name and the place stand, as one span from the place's start (so `offset` may
   * be negative), which moves with it: what a source's quote holds to cite it.
   */
  phrase: { offset: number; length: number };
}

export type PlaceForm = 'place' | 'nationality' | 'modifier';

/** The nouns of what a firm or body is, after a place or nationality and before its name: "the Dutch contractor". */
const BODIES = new Set(
  (
    'firm company contractor subcontractor operator manufacturer maker group brokerage bank lender insurer reinsurer consultancy ' +
    'supplier builder shipbuilder shipyard carrier airline retailer developer producer utility agency startup subsidiary parent ' +
    'partner owner investor fund broker exporter importer distributor chain publisher broadcaster studio label conglomerate ' +
    'giant outfit business miner refiner grocer engineer engineers designer architect architects'
  )
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);
/** Where in a place a holder lies, between "in" and the place: "in northern Argentina". */
const QUARTERS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'rural', 'coastal']);
/** The last words of a name an "of" goes on ("Bank of England", "Ministry of Defence"): what follows is the name's, not where it is. */
const OF_NAMES = new Set(
  'bank university ministry department college institute institution school court council office museum church party board commission agency academy society federation union league association republic kingdom state states city county province duke duchess earl prince princess king queen archbishop bishop house secretary minister director chair head president chancellor'.split(
    ' ',
  ),
);
/**
 * Endings of a word that says whose a thing is rather than where ("Dutch", "Canadian", "Swiss",
 * "Japanese", "Israeli").
 */
export const NATIONALITY_ENDING = /(?:an|ese|ish|ch|i|ss|k)$/;
const COUNTY = new Set(['Co', 'County']);

// Read at a name's edges, as sticky patterns: what joins the name to a place.
/** The words that say where a firm is based, one of which a sentence must hold for `BASED_IN_AFTER` to be tried. */
const BASED = new Set(['based', 'headquartered']);
/** The most characters between two names that any pattern but those of `BASED` spans: "Halvorsen Signal Systems, the 63-year-old ". */
const LONGEST_GAP = 48;
const BASED_BEFORE = /-based((?:\s+[\p{Ll}-]+){1,3})?,?\s+/uy;
const BASED_IN_AFTER = /,?\s+(?:(?:is|was|are|were)\s+)?(?:(?:a|an|the)\s+[^,.;:()"“”]{0,50}?\s)?(?:based|headquartered)\s+in\s+/y;
const PREPOSITION_AFTER = /\s+(of|in|from)\s+(?:([\p{Ll}-]+)\s+)?/uy;
const APPOSITION_AFTER = /,\s+(?:\d{1,3},\s+)?(a|an|the)\s+(?:\d{1,3}-year-old\s+)?/y;
const BODY_AFTER = /\.?\s+((?:[\p{Ll}][\p{Ll}-]*\s+){0,2})([\p{Ll}]+),?\s+/uy;
/** Up to three lower-case words, where what a firm is may stand. */
const FOLLOWING_WORDS = /^(?:\s+[\p{Ll}][\p{Ll}-]*){1,3}/u;
const COUNTY_AFTER = /,\s+(?:(?:Co\.?|County)\s+)?/y;
const BEFORE_TOWN = /(?:^|[\s(])(?:in|at|near|of|from|outside)\s+$|^\s*$/;
/** What may follow a place told after a town or a nationality after a name: the phrase ends there. */
const PHRASE_END = /\s*(?:[,.;:)—–]|$|\s(?:who|which|that|and)\b)/y;
const TOWN_END = /\s*(?:[,.;:)—–]|$)/y;
const LIST_GOES_ON = /,?\s+(?:and|or)\s|,\s+\p{Lu}[\p{L}\p{M}'’]*(?:\s+\p{Lu}[\p{L}\p{M}'’]*)*(?:,|\s+(?:and|or)\s)/uy;

/** The places and nationalities a sentence gives the names it holds (see `PlaceMention`). */
export function findPlaces(text: string, sentence: Sentence, words: readonly Word[]): PlaceMention[] {
  const runs = nameRuns(text, words);
  if (runs.length < 2) return [];
  const found: PlaceMention[] = [];
  const add = (holder: Run, named: Run, form: PlaceForm) => {
    // "Co Wexford", "County Kerry": the county is the place, whichever way the word for it is written.
    const place = named.words.length > 1 && COUNTY.has(named.words[0].text) ? { ...named, start: named.words[1].start, words: named.words.slice(1) } : named;
    const folded = holderWords(holder, named);
    if (!folded.length || place.words.some((w) => isCalendarWord(withoutPossessive(w.lower)))) return;
    const end = placeEnd(text, place);
    const from = Math.min(holder.start, named.start);
    const phrase = { offset: from - place.start, length: Math.max(holder.end, end) - from };
    found.push({ kind: 'place', start: place.start, end, text: text.slice(place.start, end), place: { holder: folded, words: place.words.map((w) => foldName(w.text)), form, phrase } });
  };
  // Most sentences give no place: what the farthest-reaching pattern needs is told from the words once.
  let basedIn = false;
  for (let i = 0; i < words.length && !basedIn; i++) {
    const c = text.charCodeAt(words[i].start);
    basedIn = (c === 0x62 || c === 0x68) && BASED.has(words[i].lower);
  }
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const next = runs[r + 1];
    // "Toronto-based parent, Laurentide Financial Group", "Vandermeer Mobiliteit, a Dutch engineering
    // firm based in Utrecht": the other name may stand past a name of the phrase's own.
    if (text.charCodeAt(run.end) === 0x2d && text.startsWith('-based', run.end)) {
      // "Calgary-based Redfern Energy", "Abidjan-based brokerage Lagune Commodities", but not "the
      // Seoul-based side beat Northwind Vanguard": what stands between says what the firm is.
      const holder = laterRun(text, runs, r, BASED_BEFORE, (m) => !m[1] || BODIES.has(lastWordOf(m[1])));
      if (holder) add(holder, run, 'place');
      continue;
    }
    if (basedIn) {
      const based = laterRun(text, runs, r, BASED_IN_AFTER);
      if (based) add(run, based, 'place');
    }
    if (!next || next.start - run.end > LONGEST_GAP) continue;
    const gap = text.slice(run.end, next.start);
    // Each pattern is tried only where the gap's first character (or last word) lets it match: a
    // sentence of names has many gaps, and few are any of these.
    const comma = gap.charCodeAt(0) === 0x2c;
    const preposition = !comma && opensWithPreposition(gap) ? gapMatch(PREPOSITION_AFTER, gap) : null;
    // "Quebec's Northshore Coach", but not "Lucia Ferrante's commission", "St. Brigid's Hospital",
    // "Brigid's Hospital" or "the IOC's": a place is one word, not an acronym, and a name one word
    // alone after it is that name's.
    if (possessive(run) && run.words.length === 1 && next.words.length > 1 && !run.follows && !isAcronym(run.words[0]) && next.follows === run) add(next, run, 'place');
    else if (comma && gapMatch(COUNTY_AFTER, gap) && isTown(text, sentence, run, next)) add(run, next, 'place');
    else if (preposition) {
      const [, word, quarter] = preposition;
      // "Offices in Paris": a sentence's first word is capitalised whatever it is.
      if ((quarter && !QUARTERS.has(quarter)) || (opensSentence(text, sentence, run) && run.words.length === 1)) continue;
      // "Bank of England": an "of" after a name of one word, or of a body, names it further.
      if (word === 'of' && (run.words.length < 2 || OF_NAMES.has(run.words[run.words.length - 1].lower))) continue;
      add(run, next, 'place');
    } else if (comma && gapMatch(APPOSITION_AFTER, gap)) {
      if (next.words.length === 1 && endsPhrase(text, placeEnd(text, next))) add(run, next, 'nationality');
      else if (bodyFollows(text, next)) add(run, next, 'modifier');
    } else if (!comma && bodyBefore(gap) && !(opensSentence(text, sentence, run) && run.words.length === 1 && !NATIONALITY_ENDING.test(run.words[0].lower))) {
      // A sentence's first word is capitalised whatever it is: "Conservation group Open Sea" is no place.
      add(next, run, 'modifier');
    }
  }
  return found;
}

/** Whether `run` opens its sentence, or the story after a dateline's dash ("HARLOWMERE — Rail network operator Railpath"): capitalised whatever it is. */
function opensSentence(text: string, sentence: Sentence, run: Run): boolean {
  return run.start === sentence.start || DATELINE_DASH.test(text.slice(sentence.start, run.start));
}

/** A dateline (its place in capitals, perhaps a date) and its dash, before a story's first word. */
const DATELINE_DASH = /^\p{Lu}[\p{Lu}\p{M}'’-]+(?![\p{Ll}])[^!?—–]{0,60}[—–][ \u00a0]*$/u;

/** Of the three runs after `runs[r]`, the first that `pattern` joins it to, across the names between, if that join `fits`. */
function laterRun(text: string, runs: readonly Run[], r: number, pattern: RegExp, fits: (m: RegExpExecArray) => boolean = () => true): Run | undefined {
  for (let k = r + 1; k < runs.length && k <= r + 3; k++) {
    const m = gapMatch(pattern, text.slice(runs[r].end, runs[k].start));
    if (m) return fits(m) ? runs[k] : undefined;
  }
  return undefined;
}

/** A run of capitalised words, one space or hyphen apart (see `joined`), or initials a point apart: a name, or a place. */
interface Run {
  start: number;
  end: number;
  words: Word[];
  /** The run right before, a space or a title's point apart ("St. Brigid's Hospital"): of one name with this. */
  follows?: Run;
}

function nameRuns(text: string, words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!startsCapitalised(word.text)) {
      run = undefined;
      continue;
    }
    if (run && !possessive(run) && (joined(text, run.words[run.words.length - 1], word) || initialsGoOn(text, run, word))) {
      run.words.push(word);
      run.end = word.end;
      continue;
    }
    // "The Dutch firm": a capitalised function word opens a sentence, and no name.
    if (isStopword(word.lower)) {
      run = undefined;
      continue;
    }
    const previous = runs[runs.length - 1];
    run = { start: word.start, end: word.end, words: [word], follows: previous && adjacent(text, previous.end, word.start) ? previous : undefined };
    runs.push(run);
  }
  return runs;
}

/** Whether a gap opens as `PREPOSITION_AFTER` does (" of ", " in ", " from "): told without a pattern, for every gap between names. */
function opensWithPreposition(gap: string): boolean {
  const c = gap.charCodeAt(0);
  return (c === 0x20 || c === 0xa0) && (gap.startsWith('of', 1) || gap.startsWith('in', 1) || gap.startsWith('from', 1));
}

/** Whether two names stand a space or a title's point apart ("St. Brigid's"): read by code unit, for every name of every sentence. */
function adjacent(text: string, end: number, start: number): boolean {
  const gap = start - end;
  const space = (at: number) => text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0xa0;
  return gap === 1 ? space(end) : gap === 2 && text.charCodeAt(end) === 0x2e && space(end + 1);
}

/** Whether `word` goes on `run` as initials do, a point apart ("U.S"): a run of one letter, and a letter. */
function initialsGoOn(text: string, run: Run, word: Word): boolean {
  return word.start === run.end + 1 && text.charCodeAt(run.end) === 0x2e && word.end === word.start + 1 && run.end - run.start === 1;
}

function isAcronym(word: Word): boolean {
  const bare = withoutPossessive(word.text);
  return bare === bare.toUpperCase();
}

/** Whether a run ends in a possessive ("Quebec's"): what follows is another name, its. */
function possessive(run: Run): boolean {
  return POSSESSIVE.test(run.words[run.words.length - 1].text);
}

const POSSESSIVE = /['’]s$/;

/** The end of a place's span: an abbreviation's point ("Wash.,", "U.S. operator") is its, a sentence's is not. */
function placeEnd(text: string, place: Run): number {
  if (possessive(place)) return place.end - 2;
  if (text.charAt(place.end) !== '.') return place.end;
  return /^\.(?:[,;]|\s+[\p{Ll}\d])/u.test(text.slice(place.end, place.end + 3)) ? place.end + 1 : place.end;
}

/** The holder's words, folded, without a title before them, and with the name whose it is but for the place. */
function holderWords(holder: Run, place: Run): string[] {
  // "St Brigid's Hospital in Ballycarra": the hospital is St Brigid's, not any; in "Quebec's
  // Northshore Coach", Quebec is the place.
  const owner = holder.follows && holder.follows !== place && possessive(holder.follows) ? holder.follows.words : [];
  const words = [...owner, ...holder.words];
  const folded = words.map((w) => foldName(withoutPossessive(w.text)));
  // Titles before a name are left out: "Dr Miriam Okonjo-Hale" is the source's "Okonjo-Hale".
  while (folded.length > 1 && (HONORIFICS.has(folded[0]) || RANKS.has(folded[0]))) folded.shift();
  return folded;
}

/** The match of `pattern` (sticky) over the whole of `gap`, or null. */
function gapMatch(pattern: RegExp, gap: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(gap);
  return m !== null && m[0].length === gap.length ? m : null;
}

/** "in Alder Bay, Ore.", "Kilbrack, Co Clare,": a town, then the place it lies in, closing the phrase, and no list. */
function isTown(text: string, sentence: Sentence, town: Run, place: Run): boolean {
  if (!BEFORE_TOWN.test(text.slice(Math.max(sentence.start, town.start - 9), town.start))) return false;
  const end = placeEnd(text, place);
  TOWN_END.lastIndex = end;
  if (!TOWN_END.test(text)) return false;
  LIST_GOES_ON.lastIndex = end;
  return !LIST_GOES_ON.test(text);
}

function endsPhrase(text: string, at: number): boolean {
  PHRASE_END.lastIndex = at;
  return PHRASE_END.test(text);
}

/** Whether what a firm is follows a modifier of it told after its name: "…, the Norwegian firm". */
function bodyFollows(text: string, modifier: Run): boolean {
  const after = FOLLOWING_WORDS.exec(text.slice(modifier.end, modifier.end + 60));
  return after !== null && after[0].trim().split(/\s+/).some((word) => BODIES.has(word));
}

/** The last word of a gap, before a comma and spaces: read back by hand, as a pattern anchored at the end is tried from every offset. */
function lastWordOf(gap: string): string {
  let end = gap.length;
  while (end > 0 && (gap.charCodeAt(end - 1) === 0x20 || gap.charCodeAt(end - 1) === 0xa0 || gap.charCodeAt(end - 1) === 0x2c)) end--;
  const start = gap.lastIndexOf(' ', end - 1) + 1;
  return gap.slice(start, end);
}

/** "the Dutch contractor Van Ossel Waterbouw", "Ontario manufacturer Northshore Coach": the gap between a modifier and the name is what the firm is. */
function bodyBefore(gap: string): boolean {
  if (!BODIES.has(lastWordOf(gap))) return false;
  const m = gapMatch(BODY_AFTER, gap);
  // "the Dutch state-owned firm", but not "Tomas Vireland of the group Open Sea".
  return m !== null && BODIES.has(m[2]) && !m[1].split(/\s+/).some(isStopword);
}
