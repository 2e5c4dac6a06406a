import { allOf, isWhiteSpace, type Word } from '../text/words';
import { hedgedStart, type Mention } from './mention';

/**
 * The words that say what a figure is: the noun phrase after it ("120,000 Armenian residents") and
 * the modifiers before it ("former"). For dates, the thing dated ("self-dissolution on January 1").
 */
export interface Frame {
  modifiers: Word[];
  unit: Word[];
}

// Between a figure and its noun: "three other parties", "six further seats".
const DETERMINERS = new Set(['other', 'further', 'more', 'additional', 'such', 'new', 'own']);
const POSSESSIVE = /['’]s?$/;
const COMPARISON = /(?:up|down|rose|fell|rising|falling|increase|decrease|compared|from)\s+(?:from\s+)?$/i;

/** What `frameOf` reads of a figure: where it stands, and what it may tell besides (its kind, a qualifier, a duration's form). */
export type FramedFigure = Pick<Mention, 'start' | 'end'> & Partial<Pick<Mention, 'kind' | 'qualifier' | 'duration'>>;

export function frameOf(text: string, mention: FramedFigure, words: Word[], previous: ReadonlyArray<{ mention: FramedFigure; frame: Frame }>): Frame {
  let firstAfter = 0;
  while (firstAfter < words.length && words[firstAfter].start < mention.end) firstAfter++;
  const lastBefore = lastIndexBefore(words, hedgedStart(mention));
  // "a 12-year high", "a 60-day deadline": an adjectival duration names the noun after it, like a count.
  const dated = mention.kind === 'date' || mention.kind === 'year' || mention.kind === 'time' || (mention.kind === 'duration' && !mention.duration?.adjectival);

  // Both lists are runs of `words`, cut out once their ends are known: a frame is made for every
  // figure two or three times, and arrays grown word by word were most of what that allocated.
  let unitFrom = firstAfter;
  let unitTo = firstAfter;
  if (!dated) {
    let end = mention.end;
    for (let i = firstAfter; i < words.length && unitTo - unitFrom < 3; i++) {
      const w = words[i];
      if (!allOf(text, end, w.start, isJoiner)) break;
      end = w.end;
      if (w.stop && unitTo === unitFrom && DETERMINERS.has(w.lower)) {
        unitFrom = unitTo = i + 1;
        continue;
      }
      if (w.stop) break;
      unitTo = i + 1;
    }
  }

  // The prepositions a date hangs off may stand between its modifiers and it.
  let modifiersFrom = 0;
  let modifiersTo = 0;
  let start = hedgedStart(mention);
  let skipped = 0;
  for (let i = lastBefore; i >= 0 && modifiersTo - modifiersFrom < (dated ? 3 : 2); i--) {
    const w = words[i];
    if (!allOf(text, w.end, start, isModifierGap)) break;
    if (w.stop) {
      // Dates hang off a preposition ("dissolution on 1 January"): look past it once or twice.
      if (dated && modifiersFrom === modifiersTo && skipped < 2) {
        skipped++;
        start = w.start;
        continue;
      }
      break;
    }
    if (POSSESSIVE.test(w.text) && !dated) break; // "the area's former 120,000": the owner is not the unit
    if (modifiersFrom === modifiersTo) modifiersTo = i + 1;
    modifiersFrom = i;
    start = w.start;
  }
  const modifiers = words.slice(modifiersFrom, modifiersTo);

  // "91 members, up from 79": the second figure counts the same thing as the first.
  if (unitFrom === unitTo && !dated && COMPARISON.test(text.slice(Math.max(0, start - 24), start))) {
    for (let k = previous.length - 1; k >= 0; k--) {
      const before = previous[k];
      if (before.mention.kind === mention.kind && before.frame.unit.length) return { modifiers, unit: before.frame.unit.slice() };
    }
  }
  return { modifiers, unit: words.slice(unitFrom, unitTo) };
}

/** What may join a figure and its noun: spaces that are no line break, or a hyphen ("120,000 people", "60-day"). */
function isJoiner(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2d;
}

/** What may stand between a figure and its modifiers: white space (as /\s/ reads it) or a hyphen. */
function isModifierGap(c: number): boolean {
  return isWhiteSpace(c) || c === 0x2d;
}

function lastIndexBefore(words: Word[], offset: number): number {
  let i = words.length - 1;
  while (i >= 0 && words[i].end > offset) i--;
  return i;
}

/** The subject of a frame as plain words ("former Armenian residents"). */
export function frameText(frame: Frame): string {
  // Joined by hand: asked for every figure of a source, and most frames have a word or two.
  let text = '';
  for (const w of frame.modifiers) text = text ? `${text} ${w.text}` : w.text;
  for (const w of frame.unit) text = text ? `${text} ${w.text}` : w.text;
  return text;
}
