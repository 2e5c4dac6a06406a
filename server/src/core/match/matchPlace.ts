import { NATIONALITY_ENDING, type PlaceOf } from '../extract/findPlaces';
import { holderKey, type StatedPlace, type StatedPlaces } from '../facts/statedPlaces';
import { isCountry } from './countries';
import { sharesStem } from './matchName';

/**
 * The place the `sources` give the name a draft gives `place`, where they give it another: one of
 * the same kind, that no sentence of theirs naming the holder holds in the draft's words. Undefined
 * when they give the holder no place of that kind, or the draft's, or two others (which the draft
 * meant is unknown).
 */
export function matchPlace(place: PlaceOf, sources: readonly StatedPlaces[]): StatedPlace | undefined {
  const stated: StatedPlace[] = [];
  for (const source of sources) {
    for (const candidate of source.places) {
      if (!sameHolder(candidate.place.holder, place.holder) || !comparable(candidate.place, place)) continue;
      // A country holds the county or state the other names: "CARROWMOOR, England" restates "CARROWMOOR, Cumbria".
      if (isCountry(candidate.place.words) !== isCountry(place.words)) continue;
      if (samePlace(candidate.place.words, place.words)) return undefined;
      stated.push(candidate);
    }
  }
  if (!stated.length || stated.some((s) => !samePlace(s.place.words, stated[0].place.words))) return undefined;
  const toldTogether = (word: string) => stated.some((s) => sources.some((source) => source.toldOf.get(holderKey(s.place.holder))?.has(word)));
  return place.words.every(toldTogether) ? undefined : stated[0];
}

/** Two holders' names are one: the same last word, and one's words the end of the other's ("Solberg", "Ingrid Solberg"). */
function sameHolder(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const offset = longer.length - shorter.length;
  return shorter.every((word, i) => word === longer[offset + i]);
}

/**
 * Whether two places are given alike enough to contradict: a nationality is held to a nationality,
 * a base to a base, and a word before a firm to either, but for a nationality to a base ("the
 * Canadian firm", "Calgary-based").
 */
function comparable(a: PlaceOf, b: PlaceOf): boolean {
  if (a.form === b.form) return true;
  const modifier = a.form === 'modifier' ? a : b.form === 'modifier' ? b : undefined;
  const other = modifier === a ? b : a;
  return modifier !== undefined && other.form === 'place' && !isNationality(modifier.words);
}

function isNationality(words: readonly string[]): boolean {
  const word = words[words.length - 1];
  return NATIONALITY_ENDING.test(word) || word.includes('.') || word.length <= 3;
}

/**
 * One place, written alike but for points and case ("U.S.", "US"), or a form of it ("Chile",
 * "Chilean"), or shortened: to its initials ("EU"), its first letters ("Nev.", "La."), or its
 * last words ("Aldric", "St Aldric").
 */
function samePlace(a: readonly string[], b: readonly string[]): boolean {
  const x = a.join(' ').replaceAll('.', '');
  const y = b.join(' ').replaceAll('.', '');
  if (x === y) return true;
  if (sharesStem(x, y)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length <= SHORTEST_ABBREVIATION && (short === initials(long) || (short[0] === long[0] && isSubsequence(short, long)))) return true;
  return endsWith(a, b) || endsWith(b, a);
}

/** The longest a place shortened to its initials or first letters is ("Nev", "Calif"). */
const SHORTEST_ABBREVIATION = 5;

function initials(words: string): string {
  return words
    .split(' ')
    .map((w) => w[0])
    .join('');
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  return shorter.length < longer.length && shorter.every((word, i) => word === longer[longer.length - shorter.length + i]);
}
