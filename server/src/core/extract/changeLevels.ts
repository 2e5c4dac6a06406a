/**
 * The words that tell a change of a figure, in the forms a report gives them ("rose", "rises",
 * "drops", "has risen"), and "up" and "down" as in "71%, up from 58%".
 */
export const CHANGE_WORDS = [
  'up', 'down',
  'rose', 'rise', 'rises', 'risen', 'rising',
  'fell', 'fall', 'falls', 'fallen', 'falling',
  'grew', 'grow', 'grows', 'grown',
  'dropped', 'drop', 'drops',
  'jumped', 'jumps',
  'climbed', 'climbs',
  'slipped', 'slips',
  'increased', 'increases',
  'decreased', 'decreases',
  'slowed', 'slows',
  'eased', 'eases',
  'accelerated',
  'cut', 'cuts', 'cutting',
  'raised', 'raises',
  'lowered', 'lowers',
  'lifted', 'lifts',
  'reduced', 'reduces',
  'revised', 'widened', 'narrowed',
];

/** `CHANGE_WORDS` as a pattern's alternation. */
export const CHANGE = `(?:${CHANGE_WORDS.join('|')})`;

/** The nouns a change upwards is told by, and those of one downwards. */
export const RISING_NOUNS = ['rise', 'increase', 'jump', 'gain', 'growth', 'surge', 'hike', 'climb', 'overrun', 'overshoot'];
export const FALLING_NOUNS = ['decrease', 'drop', 'fall', 'decline', 'cut', 'loss', 'reduction', 'slump', 'shrinkage', 'contraction', 'dip', 'plunge', 'slide'];

/** The nouns a change is told by, its size after "of" or before them: "a rise of 5%", "a 5 percent jump", "a shrinkage of more than a quarter". */
export const CHANGE_NOUNS = [...RISING_NOUNS, ...FALLING_NOUNS];

/** `CHANGE_NOUNS` as a pattern's alternation. */
export const CHANGE_NOUN = `(?:${CHANGE_NOUNS.join('|')})`;

/** Right before an amount, that it is added to a level: "an extra", "an additional" (as a pattern, ending where the amount starts). */
export const ADDED_BEFORE = String.raw`an[ \u00a0]+(?:extra|additional)[ \u00a0]+$`;

/**
 * Before the level a change goes to, within its clause: a word of change and "to", with no other
 * "to" between them ("drops the rocket's success rate to", "rose 5.2% to", "cut the rate from 9.6
 * per cent to"); not "up to 40% were sold, 25 to", nor a range ("range from €12 to").
 */
const REACHED_BEFORE = new RegExp(`\\b${CHANGE}\\b(?:(?!\\bto\\b)[^.;:!?,]|\\.(?=\\d)){0,40}?\\bto\\s+$`, 'i');

/**
 * Whether the figure starting at `start` (at its qualifier, if one stands before it) is the level a
 * change its sentence tells goes to: "the standing charge rises to 54.30p", "cut from 96.2 per cent
 * to 92.6 per cent". Looked for only after "to", as most figures stand after no such word.
 */
export function reachesLevel(text: string, start: number, sentenceStart: number): boolean {
  if (start - sentenceStart < 4 || !/^\Wto\s$/i.test(text.slice(start - 4, start))) return false;
  return REACHED_BEFORE.test(text.slice(Math.max(sentenceStart, start - 64), start));
}
