/**
 * Whether the figure at `start`..`end` of `text` is a person's age, told between commas right after
 * their name ("Tom Redgrave, 52, a former leader of the council"): it is of the person, not an item
 * of what their sentence counts, though the person's words frame it.
 */
export function isAgeAfterName(text: string, start: number, end: number): boolean {
  return AGE_CLOSES.test(text.slice(end, end + 1)) && AFTER_NAME.test(text.slice(Math.max(0, start - MOST_NAME), start));
}

/** A capitalised word, then a comma and a space. */
const AFTER_NAME = /\p{Lu}[\p{Ll}'’-]+,[ \u00a0]$/u;
const AGE_CLOSES = /^[,;]/;
/** The most characters of a name's last word read before an age. */
const MOST_NAME = 40;
