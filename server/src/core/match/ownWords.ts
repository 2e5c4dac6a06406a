import type { Span } from '../extract/mention';
import type { Word } from '../text/words';

/** The words (by normal form, no stopwords, in the text's order) a figure of a list has to itself, before it and after it. */
export interface OwnWords {
  before: readonly string[];
  after: readonly string[];
}

/**
 * The words each of `figures` (spans of `text`, in order: the figures of one kind in a sentence)
 * has to itself among the sentence's `words`. Between two figures, the words up to the clause break
 * between them are the first's, the rest the second's: in "Guillemots accounted for 64% of the birds,
 * razorbills for 21% and shags for 9%", `birds` is 64%'s and `razorbills` 21%'s. The break is the
 * first of the strongest kind there: a semicolon or dash, then a comma before a conjunction or a
 * comparison (`, while`, `, against`), then a bare conjunction (`and`), then a comma. With none, each
 * figure takes the words nearer it. Words inside any of `skipped` (every figure of the sentence, with
 * its unit), and words of time, are no one's. With `draft` (a draft's claim), hedges are no one's
 * either; the last figure's words stop at the next of its `endsAt` spans: in "instead of the usual
 * 548mm, a 43% shortfall", "shortfall" is the 43%'s; and a figure's words stop at a multiple
 * (`comparisons`) before the next figure, the words after it telling the thing compared: "The £2.84
 * billion plan is nearly twice what the company spent …, some £1.73 billion more". A source's list
 * is read to its sentence's end: so read, its items lost more swaps found than they gained.
 */
export function ownWordsOf(text: string, words: readonly Word[], figures: readonly Span[], skipped: readonly Span[], draft?: { endsAt: readonly Span[]; comparisons: readonly Span[] }): OwnWords[] {
  const owned = figures.map(() => ({ before: [] as string[], after: [] as string[] }));
  if (!figures.length) return owned;
  let w = 0;
  for (let k = 0; k <= figures.length; k++) {
    const from = k === 0 ? -Infinity : figures[k - 1].end;
    const to = k === figures.length ? Infinity : figures[k].start;
    const gap: Word[] = [];
    for (; w < words.length && words[w].start < to; w++) if (words[w].start >= from && !words[w].stop && !TIME_WORDS.has(words[w].norm) && !(draft && HEDGES.has(words[w].norm)) && !inside(words[w], skipped)) gap.push(words[w]);
    if (k === 0) {
      // Before a list's first item, words up to a colon or dash are the whole list's, or a dateline's:
      // "Airports in Scotland and Norway were worst hit: Edinburgh cancelled 58%, and Bergen 46%".
      const opens = afterLastMark(text, gap.length ? gap[0].start : to, to);
      gap.forEach((word) => word.start >= opens && owned[0].before.push(word.norm));
    } else if (k === figures.length) {
      const ends = draft ? firstSpanAfter(draft.endsAt, from) : Infinity;
      gap.forEach((word) => word.start < ends && owned[k - 1].after.push(word.norm));
    } else {
      const cut = strongestBreak(text, from, to);
      const compared = draft ? firstSpanAfter(draft.comparisons, from) : Infinity;
      gap.forEach((word, n) => {
        // With no break, a word as near the one figure as the other is neither's.
        const side = cut !== undefined ? (word.start < cut ? -1 : 1) : Math.sign(2 * n + 1 - gap.length);
        if (side < 0 && word.start < compared) owned[k - 1].after.push(word.norm);
        else if (side > 0) owned[k].before.push(word.norm);
      });
    }
  }
  return owned;
}

// Words of time label no item: "4.1% a year", "8.7 per cent last year" tell a rate or a date, not what is counted.
const TIME_WORDS = new Set(['year', 'month', 'week', 'day', 'hour', 'minut', 'decad', 'time']);
// Nor, in a draft, do hedges: "nearly" of "is nearly twice what the company spent" is the
// comparison's. A source's are left to its items, whose words a claim must outnumber.
const HEDGES = new Set(['near', 'almost', 'around', 'rough', 'approxim', 'bare']);

function inside(word: Word, spans: readonly Span[]): boolean {
  for (const s of spans) if (word.start >= s.start && word.end <= s.end) return true;
  return false;
}

// Strongest first: a clause mark, a comma before a conjunction or comparison, a bare conjunction, a comma.
const BARE_CONJUNCTION = /\s(?:and|but|while|whereas|against|versus)\s/gi;
const BREAKS = [/[;:—–]|\s-\s/g, /,\s*(?:and|but|while|whereas|against|compared\s+(?:with|to)|versus|vs\.?)\s/gi, BARE_CONJUNCTION, /,/g];

/** Where the first of `spans` starting at or after `from` starts; Infinity for none. */
function firstSpanAfter(spans: readonly Span[], from: number): number {
  let first = Infinity;
  for (const span of spans) if (span.start >= from && span.start < first) first = span.start;
  return first;
}

/** Where the text after the last colon or dash between `from` and `to` starts (not a clock's colon, "10:30"); `from` without one. */
function afterLastMark(text: string, from: number, to: number): number {
  let opens = from;
  for (const mark of text.slice(from, to).matchAll(LIST_MARK)) opens = from + mark.index + mark[0].length;
  return opens;
}

const LIST_MARK = /:(?!\d)|[—–]|\s-\s/g;

/**
 * Where the strongest clause break between two figures stands (the first of its strength; the last
 * of bare conjunctions, as an item's own words may hold one: "1,198 carried blood and other
 * pathology samples and 1,648 carried medicines"), if any.
 */
export function strongestBreak(text: string, from: number, to: number): number | undefined {
  const gap = text.slice(from, to);
  for (const pattern of BREAKS) {
    pattern.lastIndex = 0;
    let found = pattern.exec(gap);
    if (found && pattern === BARE_CONJUNCTION) for (let next = pattern.exec(gap); next; next = pattern.exec(gap)) found = next;
    if (found) return from + found.index;
  }
  return undefined;
}
