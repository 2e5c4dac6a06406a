import { isLetterCode } from '../text/words';

/**
 * The word a figure at `start`..`end` of `text` is told of, set off between commas right after it
 * ("Tom Redgrave, 52, a former leader", "one of the suspects, now 41, once worked"): whose age it may
 * be, as written. Undefined for a figure set off so after no word. Asked of every count: read by
 * hand from the figure back, as most figures stand after no comma.
 */
export function apposedTo(text: string, start: number, end: number): string | undefined {
  return setOffAfter(text, start, end) ?? toldOf(text, start, end);
}

/** The word a figure is set off after between commas (see `apposedTo`). */
function setOffAfter(text: string, start: number, end: number): string | undefined {
  const close = text.charCodeAt(end);
  if (close !== COMMA && close !== SEMICOLON) return undefined;
  let at = spacesBefore(text, start);
  if (at === start) return undefined;
  // "now 41", "aged 52": the word before those.
  for (const word of AGE_WORDS) {
    if (text.startsWith(word, at - word.length) && !isLetterCode(text.charCodeAt(at - word.length - 1))) {
      at = spacesBefore(text, at - word.length);
      break;
    }
  }
  if (text.charCodeAt(at - 1) !== COMMA) return undefined;
  const wordEnd = at - 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart < MOST_WORD && (isLetterCode(text.charCodeAt(wordStart - 1)) || WORD_INNER.has(text.charCodeAt(wordStart - 1)))) wordStart--;
  return wordStart < wordEnd && isLetterCode(text.charCodeAt(wordStart)) ? text.slice(wordStart, wordEnd) : undefined;
}

/**
 * The name a figure of up to three digits is told of by "is" or "was" right before it, the figure
 * ending its clause or followed by "when" ("Colquhoun is 47.", "Hilde Braastad, was 44 when she
 * swam it"): a person's age as surely as one set off between commas. Only a name: "the total was
 * 44." tells no one's.
 */
function toldOf(text: string, start: number, end: number): string | undefined {
  if (end - start > 3 || !AGE_AFTER.test(text.slice(end, end + 12))) return undefined;
  return TOLD_OF.exec(text.slice(Math.max(0, start - MOST_WORD - 16), start))?.[1];
}

const AGE_AFTER = /^(?:[.,;]|[ \u00a0]+when(?![\p{L}]))/u;
const TOLD_OF = /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}'’-]*),?[ \u00a0]+(?:is|was)[ \u00a0]+(?:(?:now|then|only|just|still)[ \u00a0]+)?$/u;

/**
 * The name a figure at `start`..`end` of `text` is a person's age after, told between commas
 * ("Tom Redgrave, 52, a former leader of the council"): a capitalised word it is set off after (see
 * `apposedTo`). It is of the person, not an item of what their sentence counts, though the person's
 * words frame it.
 */
export function ageOwner(text: string, start: number, end: number): string | undefined {
  const word = apposedTo(text, start, end);
  return word !== undefined && CAPITALISED.test(word) ? word : undefined;
}

/** Where the spaces right before `at` start. */
function spacesBefore(text: string, at: number): number {
  while (at > 0 && (text.charCodeAt(at - 1) === SPACE || text.charCodeAt(at - 1) === NBSP)) at--;
  return at;
}

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const SPACE = 0x20;
const NBSP = 0xa0;
const AGE_WORDS = ['now', 'aged'];
/** Within a name: an apostrophe or a hyphen ("O'Neill", "Okonjo-Reyes"). */
const WORD_INNER = new Set([0x27, 0x2019, 0x2d]);
const MOST_WORD = 40;
const CAPITALISED = /^\p{Lu}/u;
