import { isStopword } from '../text/words';

/**
 * A name run right before a rank, perhaps with a verb of placing between, ending where the rank
 * starts: "Kessler University of Ontario second", "Trondvik University of Norway were third",
 * "Fenwright finished second". Group 1 is the run's first word.
 */
const HOLDER_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*|of|de|van|von))*[ \u00a0]+(?:(?:was|were|is|are|finished|came|placed|ended|took|in)[ \u00a0]+)?$/u;

/** How far before a rank its holder's name is read. */
const REACH = 60;

/**
 * The name a rank starting at `start` of `text` is told of, as its first word written right before
 * it ("Kessler" of "with Kessler University of Ontario second"): a team or person whose rank it is.
 * Undefined where no name stands right there, as at a sentence's start.
 */
export function rankHolder(text: string, start: number): string | undefined {
  const holder = HOLDER_BEFORE.exec(text.slice(Math.max(0, start - REACH), start));
  // "The team finished second": a sentence's opening word is no name.
  return holder && !isStopword(holder[1].toLowerCase()) ? holder[1] : undefined;
}
