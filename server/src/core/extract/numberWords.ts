/*
 * Spelled-out numbers, both ways. Evaluated first: `words-to-numbers` reads "one hundred and twenty
 * thousand" as 20100, and `compromise` reads it right but costs ~350 KB of bundle and milliseconds a
 * sentence; this is the small part neither does well for us. The same tables serve reading and writing.
 */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Array<[string, number]> = [['trillion', 1e12], ['billion', 1e9], ['million', 1e6], ['thousand', 1e3]];

const SMALL = new Map<string, number>();
UNITS.forEach((w, i) => SMALL.set(w, i));
TENS.forEach((w, i) => w && SMALL.set(w, i * 10));
const SCALE = new Map<string, number>(SCALES);

/** The value of a scale word ("million"), undefined for any other word. */
export function scaleOfWord(lower: string): number | undefined {
  return SCALE.get(lower);
}

/** Words (lower case) that may start a spelled number. */
export const NUMBER_WORDS = new Set([...SMALL.keys(), 'a', 'an', 'hundred', 'dozen', ...SCALE.keys()]);

/**
 * Whether a spelled number may start with the word `lower` followed by `next` (both lower case):
 * "a" and "an" only before a multiplier ("a hundred", "a dozen"), as `parseNumberWords` reads them.
 * Most words of a text are neither, and "a" is the commonest.
 */
export function mayStartNumber(lower: string, next: string | undefined): boolean {
  if (lower === 'a' || lower === 'an') return next === 'hundred' || next === 'dozen' || SCALE.has(next ?? '');
  return NUMBER_WORDS.has(lower);
}

/** "hundreds", "thousands of": vague amounts (lower case), as the range they can mean. */
export const VAGUE_AMOUNTS = new Map<string, [number, number]>([
  ['tens', [20, 100]],
  ['dozens', [24, 200]],
  ['scores', [40, 200]],
  ['hundreds', [200, 1000]],
  ['thousands', [2000, 1e6]],
  ['millions', [2e6, 1e9]],
  ['billions', [2e9, 1e12]],
]);

/**
 * Reads the longest spelled number at the start of `words` (already split on spaces and hyphens).
 * Returns how many words it used and the value, or undefined when the words are not a number.
 */
export function parseNumberWords(words: string[]): { used: number; value: number } | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  let sawNumber = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    const small = SMALL.get(w);
    if (small !== undefined) {
      // "twenty one" continues, "five six" does not.
      if (sawNumber && current % 100 !== 0 && !(current % 10 === 0 && current % 100 >= 20 && small < 10)) break;
      current += small;
      sawNumber = true;
      used = i + 1;
    } else if ((w === 'a' || w === 'an') && !sawNumber && i === 0) {
      // "a hundred", "a thousand", "a dozen": only with a multiplier after it.
      const next = words[i + 1]?.toLowerCase();
      if (next !== 'hundred' && next !== 'dozen' && !SCALE.has(next ?? '')) return undefined;
      current = 1;
      sawNumber = true;
    } else if (w === 'hundred' && sawNumber) {
      current = (current || 1) * 100;
      used = i + 1;
    } else if (w === 'dozen' && sawNumber) {
      current = (current || 1) * 12;
      used = i + 1;
    } else if (SCALE.has(w) && sawNumber) {
      total += (current || 1) * SCALE.get(w)!;
      current = 0;
      used = i + 1;
    } else if (w === 'and' && sawNumber && i + 1 < words.length && SMALL.has(words[i + 1].toLowerCase())) {
      continue; // "one hundred and twenty"
    } else {
      break;
    }
  }
  if (!used) return undefined;
  return { used, value: total + current };
}

const ORDINAL_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/**
 * Ordinals in one word read as figures ("the ninth consecutive rise"), by word: from "second", as
 * "first" is mostly idiom ("at first", "the first time"). "twenty-first" is read from its parts.
 */
export const ORDINAL_WORDS = new Map<string, number>([
  ...ORDINAL_UNITS.flatMap((word, n) => (n >= 2 ? [[word, n] as [string, number]] : [])),
  ...ORDINAL_TENS.flatMap((word, n) => (word ? [[word, n * 10] as [string, number]] : [])),
]);

/** The ordinal of a tens word and a unit's ordinal ("twenty", "seventh" → 27), or undefined. */
export function compoundOrdinal(tens: string, unit: string): number | undefined {
  const t = TENS.indexOf(tens);
  const u = ORDINAL_UNITS.indexOf(unit);
  return t >= 2 && u >= 1 && u <= 9 ? t * 10 + u : undefined;
}

/** An ordinal in words ("ninth", "twenty-seventh") below a hundred; undefined beyond. */
export function ordinalToWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n >= 100) return undefined;
  if (n < 20) return ORDINAL_UNITS[n];
  return n % 10 ? `${TENS[Math.floor(n / 10)]}-${ORDINAL_UNITS[n % 10]}` : ORDINAL_TENS[n / 10];
}

/** Writes a whole number in words, British style ("one hundred and twenty thousand"). */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e15) return String(n);
  if (n < 20) return UNITS[n];
  const parts: string[] = [];
  let rest = n;
  for (const [word, value] of SCALES) {
    if (rest >= value) {
      parts.push(`${belowThousand(Math.floor(rest / value))} ${word}`);
      rest %= value;
    }
  }
  if (rest > 0) parts.push((parts.length && rest < 100 ? 'and ' : '') + belowThousand(rest));
  return parts.join(' ');
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds ? `${UNITS[hundreds]} hundred` : '';
  if (!rest) return head;
  const tail = rest < 20 ? UNITS[rest] : TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${UNITS[rest % 10]}` : '');
  return head ? `${head} and ${tail}` : tail;
}
