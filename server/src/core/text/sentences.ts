import { isAsciiDigit, isAsciiLetter, isWhiteSpace } from './words';

/** A sentence as a half-open range of offsets into the document text. */
export interface Sentence {
  start: number;
  end: number;
}

// Words that end with a full stop without ending a sentence ("Jan. 1", "Dr. Grigoryan").
const ABBREVIATIONS = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'mr mrs ms dr prof gen col lt sgt capt cmdr gov sen rep st mt jr sr rev hon pres vs etc approx est ' +
    'ca cf al fig no nos vol p pp inc ltd co corp dept univ ave blvd a.m p.m e.g i.e u.s u.k u.n'
  ).split(' '),
);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// A closing mark may follow the stop: a quote, a bracket, or in Markdown, emphasis ("**Who gets it?**"
// on a line of its own, then the answer), which the prose keeps.
const BOUNDARY = /[.!?]+["'”’)\]*_]*(?=\s+["'“‘(\[*_]*[\p{Lu}\p{N}])/gu;

/**
 * Splits running text into sentences. Hand-written rather than `Intl.Segmenter`: the ICU rules break
 * after "Jan." in "Jan. 1, 2024" and cost more than the whole extraction on long drafts.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  const block = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(block); m; m = BOUNDARY.exec(block)) {
    if (m[0][0] === '.' && isAbbreviation(block, m.index)) continue;
    pushTrimmed(sentences, block, start, from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  pushTrimmed(sentences, block, start, from, block.length);
  return sentences;
}

function isAbbreviation(block: string, dot: number): boolean {
  const word = wordBefore(block, dot);
  if (!word) return false;
  // Most sentences end in a word longer than any abbreviation (lower case is never shorter).
  if (word.length > LONGEST_ABBREVIATION && word.charCodeAt(0) !== 0x2e) return false;
  const w = word.toLowerCase().replace(LEADING_DOTS, '');
  // A lone capital is an initial ("Karel D. Dostan"), unless a figure's unit ("minus 23.4°C. I lost
  // four hives", "at 35C."); a lone lowercase letter ends "a.m." too.
  return ABBREVIATIONS.has(w) || (LONE_CAPITAL.test(word) && !endsFigure(block, dot - word.length));
}

/** Whether the letter at `at` is a unit written onto a figure: after a digit or a degree sign. */
function endsFigure(block: string, at: number): boolean {
  const before = block.charCodeAt(at - 1);
  return isAsciiDigit(before) || before === 0xb0;
}

const WORD_BEFORE = /([\p{L}.]+)$/u;
const LONE_CAPITAL = /^\p{Lu}$/u;
const LEADING_DOTS = /^\.+/;

/**
 * The letters and dots right before `dot`, at most 12 characters back. ASCII is read by hand: a
 * pattern over a slice for every full stop was most of splitting a text.
 */
function wordBefore(block: string, dot: number): string | undefined {
  const from = Math.max(0, dot - 12);
  let i = dot;
  while (i > from) {
    const c = block.charCodeAt(i - 1);
    if (c >= 0x80) return WORD_BEFORE.exec(block.slice(from, dot))?.[1];
    if (c !== 0x2e && !isAsciiLetter(c)) break;
    i--;
  }
  return i < dot ? block.slice(i, dot) : undefined;
}

/**
 * The longest a sentence is read as one. Prose sentences stay far below it (the longest of the
 * accuracy fixtures' drafts and sources has 400 characters), but a list of figures written without
 * a full stop, or a table row, would be one sentence of thousands, and a figure is weighed against
 * every word and figure of its sentence: a 50 KB line of figures took minutes to check.
 */
export const LONGEST_SENTENCE = 1000;

function pushTrimmed(out: Sentence[], block: string, base: number, a: number, b: number): void {
  while (a < b && isWhiteSpace(block.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(block.charCodeAt(b - 1))) b--;
  if (b - a <= LONGEST_SENTENCE) {
    if (b > a) out.push({ start: base + a, end: base + b });
    return;
  }
  for (const piece of piecesOf(block, a, b, LONGEST_SENTENCE)) out.push({ start: base + piece.start, end: base + piece.end });
}

/**
 * [from, end) of `text`, which starts with no white space, in pieces of at most `longest` (but for
 * the last), each cut where `cutBefore` says and left without the white space at the cut: an
 * over-long sentence, or block (see `LONGEST_BLOCK`).
 */
export function piecesOf(text: string, from: number, end: number, longest: number): Sentence[] {
  const pieces: Sentence[] = [];
  while (end - from > longest) {
    const at = cutBefore(text, from + Math.floor(longest / 2), from + longest);
    let before = at;
    while (before > from && isWhiteSpace(text.charCodeAt(before - 1))) before--;
    pieces.push({ start: from, end: before });
    from = at;
    while (from < end && isWhiteSpace(text.charCodeAt(from))) from++;
  }
  if (end > from) pieces.push({ start: from, end });
  return pieces;
}

/**
 * Where to cut an over-long sentence, in (from, to]: at its last line break there, else at its last
 * white space not between two digits ("1 000 000" is one figure), else at any white space, else at
 * `to` (never between the halves of a surrogate pair). A cut at white space leaves a piece as a
 * sentence would start, which reading a piece alone relies on (see `passagesFrom`).
 */
function cutBefore(block: string, from: number, to: number): number {
  let space = -1;
  for (let i = to; i > from; i--) {
    const c = block.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
    if (space < 0 && isWhiteSpace(c) && !(isAsciiDigit(block.charCodeAt(i - 1)) && isAsciiDigit(block.charCodeAt(i + 1)))) space = i;
  }
  if (space >= 0) return space;
  for (let i = to; i > from; i--) if (isWhiteSpace(block.charCodeAt(i))) return i;
  return (block.charCodeAt(to) & 0xfc00) === 0xdc00 ? to - 1 : to;
}
