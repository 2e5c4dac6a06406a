import type { Frame } from '../extract/frame';
import type { Mention, Span } from '../extract/mention';
import type { Word } from '../text/words';

/**
 * The words around a figure, by normal form, weighted by how close they stand and whether they name
 * it; `sentence` holds the weights from the figure's own sentence alone.
 */
export interface Context {
  weights: Map<string, number>;
  sentence: Map<string, number>;
}

/** The words and figures of one sentence. */
export interface Passage {
  words: Word[];
  mentions: Mention[];
}

const FRAME_BOOST = 1.5;
const VALUE_WEIGHT = 0.8;
const LINK_WEIGHT = 0.7;
/** Other sentences of the paragraph: they tell which event a sentence is about. */
const NEIGHBOUR_WEIGHT = 0.35;
const CLAUSE_BREAK = /[;:—–()\[\]]/;
const LINKS = new Set(['on', 'in', 'at', 'by', 'since', 'from', 'until', 'till', 'to', 'of', 'for', 'over', 'than', 'after', 'before', 'within']);

/**
 * The context of `mention`: the words and other figures of its sentence, closer ones weighing more,
 * the preposition that links it ("since Sunday", "up from 79"), and more faintly the rest of its
 * paragraph. Other figures count by value ("98 of the 240 seats"), since restatements keep them.
 */
export function contextOf(text: string, mention: Span, frame: Frame, sentence: Passage, neighbours: Passage[]): Context {
  const weights = new Map<string, number>();
  const add = (key: string, weight: number) => {
    if (weight > (weights.get(key) ?? 0)) weights.set(key, weight);
  };
  const { words, mentions } = sentence;
  const framed = new Set([...frame.modifiers, ...frame.unit].map((w) => w.start));
  let before = 0;
  while (before < words.length && words[before].end <= mention.start) before++;
  const weigh = (at: number, distance: number) => {
    const gap = at < mention.start ? text.slice(at, mention.start) : text.slice(mention.end, at);
    return (1 / (1 + distance / 4)) * (CLAUSE_BREAK.test(gap) ? 0.6 : 1);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.stop || (w.start >= mention.start && w.end <= mention.end)) continue;
    const distance = i < before ? before - 1 - i : i - before;
    add(w.norm, weigh(w.start, distance) * (framed.has(w.start) ? FRAME_BOOST : 1));
  }
  for (const other of mentions) {
    const key = other.start === mention.start ? undefined : valueKey(other);
    if (!key) continue;
    let index = words.findIndex((w) => w.start >= other.start);
    if (index < 0) index = words.length;
    add(key, VALUE_WEIGHT * weigh(other.start, Math.abs(index - before)));
  }
  const link = linkWord(text, mention, words, before);
  if (link) add(`@${link}`, LINK_WEIGHT);
  const sentenceWeights = new Map(weights);
  for (const passage of neighbours) {
    for (const w of passage.words) if (!w.stop) add(w.norm, NEIGHBOUR_WEIGHT);
    for (const m of passage.mentions) {
      const key = valueKey(m);
      if (key) add(key, NEIGHBOUR_WEIGHT * VALUE_WEIGHT);
    }
  }
  return { weights, sentence: sentenceWeights };
}

/** The preposition a figure hangs on ("since" Sunday, "from" 79), or "'s" for "Sunday's election". */
function linkWord(text: string, mention: Span, words: Word[], before: number): string | undefined {
  if (/^['’]s\b/.test(text.slice(mention.end, mention.end + 3))) return "'s";
  for (let i = before - 1; i >= 0 && i >= before - 3; i--) {
    const lower = words[i].text.toLowerCase();
    if (LINKS.has(lower)) return lower;
    if (!['the', 'a', 'an', 'some', 'about', 'around', 'nearly', 'almost', 'more', 'than', 'over', 'least', 'at'].includes(lower)) return undefined;
  }
  return undefined;
}

/** A figure as a context feature: its value, not its wording ("#c120000", "#d9-19"). */
export function valueKey(m: Mention): string | undefined {
  if (m.number && !m.number.vague) return `#${m.kind[0]}${+m.number.values[0].toPrecision(6)}`;
  if (m.date) {
    const d = m.date;
    if (d.month && d.day) return `#d${d.month.value}-${d.day.value}`;
    if (d.weekday) return `#w${d.weekday.value}`;
    if (d.month && d.year) return `#d${d.year.value}-${d.month.value}`;
  }
  if (m.duration) return `#t${m.duration.amount}${m.duration.unit}`;
  return undefined;
}
