/**
 * The word a figure at `start`..`end` of `text` is told of, set off between commas right after it
 * ("Tom Redgrave, 52, a former leader", "one of the suspects, now 41, once worked"): whose age it is,
 * as written. Undefined for a figure set off so after no word.
 */
export function apposedTo(text: string, start: number, end: number): string | undefined {
  if (!AGE_CLOSES.test(text.slice(end, end + 1))) return undefined;
  return AFTER_WORD.exec(text.slice(Math.max(0, start - MOST_BEFORE), start))?.[1];
}

/**
 * Whether the figure at `start`..`end` of `text` is a person's age, told between commas right after
 * their name ("Tom Redgrave, 52, a former leader of the council"): it is of the person, not an item
 * of what their sentence counts, though the person's words frame it.
 */
export function isAgeAfterName(text: string, start: number, end: number): boolean {
  const word = apposedTo(text, start, end);
  return word !== undefined && CAPITALISED.test(word);
}

/** A word, then a comma and a space, and "now" or "aged" before an age. */
const AFTER_WORD = /(\p{L}[\p{L}'’-]*),[ \u00a0]+(?:(?:now|aged)[ \u00a0]+)?$/u;
const CAPITALISED = /^\p{Lu}/u;
const AGE_CLOSES = /^[,;]/;
/** The most characters of a word and "now" read before an age. */
const MOST_BEFORE = 48;
