import type { Sentence } from '../text/sentences';
import type { Word } from '../text/words';
import { MONTH_NAMES, WEEKDAY_NAMES } from './findDates';
import type { Mention } from './mention';

/** The shortest name checked, in letters: a three-letter word is a step from too many others. */
const SHORTEST_NAME = 4;
/**
 * The shortest name a source spells that a draft's may misspell: a draft's "Kurt" for the source's
 * village of Kut is a letter from one name, where a draft's "Kut" would be a letter from many words.
 */
export const SHORTEST_SPELLED = 3;

/**
 * What may stand before a proper noun inside a sentence, quotes and emphasis skipped: a letter, a
 * digit, a comma, or the "&" of a firm's name ("Dunmore & Reid"); any other mark ("—", ":", "•",
 * "|", a heading's "#") may open a sentence, a list item or a cell, where every word is capitalised.
 */
const WITHIN_SENTENCE = /[\p{L}\p{N},&]/u;
const SKIPPED_BEFORE = /[\s"“”‘’'(*_[]/u;
const POSSESSIVE = /['’]s?$/;
const LETTER = /\p{L}/u;

const CALENDAR_WORDS = new Set([...MONTH_NAMES.split('|'), ...WEEKDAY_NAMES.split('|')].map((w) => w.toLowerCase()));

/**
 * The words of a sentence that are names as its writer capitalised them: a capital within the
 * sentence (see `withinSentence`), or at its start when a capitalised word follows at once
 * ("Yarran Creek alone took…"), where any word has one; not a word in capitals (an acronym), but
 * for a dateline's place ("BRACKNEY, Thursday 13 November 2025 —"); not a month or weekday; of
 * `shortest` letters at least. A possessive's "'s" is left out of the span.
 */
export function findNames(text: string, sentence: Sentence, words: readonly Word[], shortest = SHORTEST_NAME): Mention[] {
  const names: Mention[] = [];
  if (words.length > 1 && words[0].text === 'By' && isByline(text, sentence.start)) return names;
  const place = datelinePlace(text, sentence, words);
  for (let i = 0; i < place; i++) if (words[i].text.length >= shortest) names.push({ kind: 'name', text: words[i].text, start: words[i].start, end: words[i].end });
  for (let i = place; i < words.length; i++) {
    const word = words[i];
    // Most words start in lower case: told by their first code unit, before any string is made.
    if (!startsCapitalised(word.text)) continue;
    const given = hyphenatedGiven(text, words, i);
    if (given && given.length >= shortest) {
      names.push({ kind: 'name', text: given, start: word.start, end: word.start + given.length });
      i++;
      continue;
    }
    const name = nameOf(word.text, shortest);
    if (name === null) {
      if (isShortGiven(text, sentence.start, word, words[i + 1])) names.push({ kind: 'name', text: word.text, start: word.start, end: word.end, short: true });
      continue;
    }
    if (withinSentence(text, sentence.start, word.start)) names.push({ kind: 'name', text: name, start: word.start, end: word.start + name.length });
    else if (namedOn(text, word, words[i + 1]) || speaksNext(text, word, words[i + 1])) names.push({ kind: 'name', text: name, start: word.start, end: word.start + name.length, opening: true });
  }
  return names;
}

/**
 * How many words open the sentence as a dateline's place, in capitals: "BRACKNEY, Thursday 13
 * November 2025 —", "*STANFORD ABBAS, England (AP) —", "WASHINGTON (AP) —": the words before a
 * comma or an agency's bracket, on a line that a dash goes on to. A writer misspells these as any
 * other place.
 */
function datelinePlace(text: string, sentence: Sentence, words: readonly Word[]): number {
  if (!words.length || !DATELINE_OPENING.test(text.slice(sentence.start, words[0].start))) return 0;
  let k = 0;
  while (k < words.length && words[k].text.length > 1 && words[k].text === words[k].text.toUpperCase() && LETTERS_ONLY.test(words[k].text)) {
    if (k > 0 && !/^[ -]$/.test(text.slice(words[k - 1].end, words[k].start))) break;
    k++;
  }
  if (!k || !PLACE_END.test(text.slice(words[k - 1].end, words[k - 1].end + 2))) return 0;
  const lineEnd = text.indexOf('\n', words[k - 1].end);
  return DATELINE_DASH.test(text.slice(words[k - 1].end, lineEnd < 0 ? text.length : lineEnd)) ? k : 0;
}

const DATELINE_OPENING = /^[*_ \u00a0]*$/;
/** After a dateline's place: a comma, or its agency ("WASHINGTON (AP) —"). */
const PLACE_END = /^(?:,| \()/;
const LETTERS_ONLY = /^\p{L}+$/u;
const DATELINE_DASH = /[ \u00a0*_](?:—|–|--?)[ \u00a0]/;

/**
 * "By Dana Whitcomb", "*By Helen Marsh, Education Correspondent · 26 March 2025*": the writer's own
 * name, which restates no one's. A byline is a line of its own, "By" and two capitalised words or
 * more, then at most a role, a date or a place, not a clause ("By Christmas Eve, the shelter had…").
 */
function isByline(text: string, sentenceStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', sentenceStart - 1) + 1;
  if (sentenceStart - lineStart > 4) return false;
  const lineEnd = text.indexOf('\n', sentenceStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const byline = BYLINE.exec(line);
  if (!byline || line.length > 160) return false;
  for (const word of line.slice(byline[0].length).match(LOWER_CASE_WORDS) ?? []) if (!BYLINE_WORDS.has(word)) return false;
  return true;
}

const BYLINE = /^[*_ \u00a0>]*By[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*)+/u;
const LOWER_CASE_WORDS = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{3,}/gu;
/** The lower-case words a byline's role and date may hold. */
const BYLINE_WORDS = new Set(['staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'writer', 'contributor', 'with', 'from', 'updated', 'published']);

/**
 * Whether `word` is a first name too short to check itself, right before a last name within its
 * sentence: "Luc" of "Borealis CEO Luc Arsenault". Two or three letters, not in capitals, a space
 * from a name that is checked.
 */
function isShortGiven(text: string, sentenceStart: number, word: Word, next: Word | undefined): boolean {
  // Most short capitalised words open a sentence ("The", "It") before a word in lower case: told by the next word first.
  if (!next || next.start !== word.end + 1 || text.charCodeAt(word.end) !== 0x20 || !startsCapitalised(next.text)) return false;
  // At a sentence's start, not a function word: "Tom Ashton, the opposition spokesman, said", but "The Ashton report".
  return word.text.length >= SHORTEST_GIVEN && word.text.length < SHORTEST_NAME && LETTERS.test(word.text) && word.text !== word.text.toUpperCase() && nameOf(next.text, SHORTEST_NAME) !== null && (!word.stop || withinSentence(text, sentenceStart, word.start));
}

const SHORTEST_GIVEN = 2;
const LETTERS = /^\p{L}+$/u;

/**
 * The given name that word `i` starts joined by a hyphen to a word in lower case, right after a
 * capitalised word a space before it: "Dong-hyun" of "head coach Lee Dong-hyun", "Ing-wen" of
 * "Tsai Ing-wen", one name whose halves alone are no names. A capitalised word before keeps out
 * "a Paris-based firm" and "the Tory-led council". Without a possessive.
 */
function hyphenatedGiven(text: string, words: readonly Word[], i: number): string | undefined {
  const [before, word, after] = [words[i - 1], words[i], words[i + 1]];
  if (!before || !after || after.start !== word.end + 1 || text.charCodeAt(word.end) !== HYPHEN || startsCapitalised(after.text) || word.text === word.text.toUpperCase()) return undefined;
  if (before.end + 1 !== word.start || text.charCodeAt(before.end) !== SPACE || !startsCapitalised(before.text) || before.text === before.text.toUpperCase()) return undefined;
  return withoutPossessive(text.slice(word.start, after.end));
}

const HYPHEN = 0x2d;
const SPACE = 0x20;

/**
 * Whether `next` goes on with the name `word` starts: a capitalised word right after it, past one
 * space or hyphen. Not after a function word: "The Tanner Street site" names no one "The".
 */
function namedOn(text: string, word: Word, next: Word | undefined): boolean {
  if (!next || word.stop || next.start !== word.end + 1 || !startsCapitalised(next.text)) return false;
  const between = text.charAt(word.end);
  return between === ' ' || between === '-';
}

/**
 * Whether `next` is a verb of speech right after `word`: a sentence's opening word that says or tells
 * is its speaker, most often named by the last name alone ("Hallam said the company would…"). A
 * common noun there ("Officials said") is a step from no name of a source, and so flags nothing.
 */
function speaksNext(text: string, word: Word, next: Word | undefined): boolean {
  return !!next && next.start === word.end + 1 && text.charCodeAt(word.end) === SPACE && SPEECH.has(next.lower);
}

const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'warned', 'noted', 'argued', 'insisted', 'admitted', 'wrote', 'writes', 'recalled', 'conceded', 'stressed', 'urged', 'acknowledged']);

/** By capitalised word, the name it is (without a possessive), or null for none: a draft repeats its names. */
const namesByWord = new Map<string, string | null>();
const MAX_WORDS = 100_000;

function nameOf(word: string, shortest: number): string | null {
  let name = namesByWord.get(word);
  if (name === undefined) {
    const bare = withoutPossessive(word);
    name = word === word.toUpperCase() || bare.length < SHORTEST_SPELLED || isCalendarWord(bare.toLowerCase()) ? null : bare;
    if (namesByWord.size >= MAX_WORDS) namesByWord.clear();
    namesByWord.set(word, name);
  }
  return name !== null && name.length >= shortest ? name : null;
}

/** A month's or weekday's name, in lower case: no name of a person or place. */
export function isCalendarWord(lower: string): boolean {
  return CALENDAR_WORDS.has(lower);
}

export function startsCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first !== first.toLowerCase();
}

/** A word without its possessive ending ("Hensler’s"). */
export function withoutPossessive(word: string): string {
  return POSSESSIVE.test(word) ? word.replace(POSSESSIVE, '') : word;
}

/**
 * Whether the first character before `at` (after `from`) that is no space, quote or emphasis
 * continues a sentence: a letter, a digit or a comma, or the hyphen of a compound ("Okafor-Hale").
 */
function withinSentence(text: string, from: number, at: number): boolean {
  if (at - 2 >= from && text.charAt(at - 1) === '-' && LETTER.test(text.charAt(at - 2))) return true;
  let k = at - 1;
  while (k >= from && SKIPPED_BEFORE.test(text.charAt(k))) k--;
  return k >= from && WITHIN_SENTENCE.test(text.charAt(k));
}
