import type { Word } from '../text/words';
import type { Mention } from './mention';

/**
 * The words that say what a figure is: the noun phrase after it ("120,000 Armenian residents") and
 * the modifiers before it ("former"). For dates, the thing dated ("self-dissolution on January 1").
 */
export interface Frame {
  modifiers: Word[];
  unit: Word[];
}

const JOINER = /^[ \u00a0\u2009\u202f-]*$/;
// Between a figure and its noun: "three other parties", "six further seats".
const DETERMINERS = new Set(['other', 'further', 'more', 'additional', 'such', 'new', 'own']);
const MODIFIER_GAP = /^[\s\u00a0-]*$/;
const POSSESSIVE = /['’]s?$/;
const COMPARISON = /(?:up|down|rose|fell|rising|falling|increase|decrease|compared|from)\s+(?:from\s+)?$/i;

export function frameOf(text: string, mention: Mention, words: Word[], previous: Array<{ mention: Mention; frame: Frame }>): Frame {
  const firstAfter = words.findIndex((w) => w.start >= mention.end);
  const lastBefore = lastIndexBefore(words, mention.qualifier && mention.qualifier.start < mention.start ? mention.qualifier.start : mention.start);
  // "a 12-year high", "a 60-day deadline": an adjectival duration names the noun after it, like a count.
  const dated = mention.kind === 'date' || mention.kind === 'year' || mention.kind === 'time' || (mention.kind === 'duration' && !mention.duration?.adjectival);

  const unit: Word[] = [];
  if (!dated && firstAfter >= 0) {
    let end = mention.end;
    for (let i = firstAfter; i < words.length && unit.length < 3; i++) {
      const w = words[i];
      if (!JOINER.test(text.slice(end, w.start))) break;
      end = w.end;
      if (w.stop && !unit.length && DETERMINERS.has(w.lower)) continue;
      if (w.stop) break;
      unit.push(w);
    }
  }

  const modifiers: Word[] = [];
  let start = mention.qualifier && mention.qualifier.start < mention.start ? mention.qualifier.start : mention.start;
  let skipped = 0;
  for (let i = lastBefore; i >= 0 && modifiers.length < (dated ? 3 : 2); i--) {
    const w = words[i];
    const gap = text.slice(w.end, start);
    if (!MODIFIER_GAP.test(gap)) break;
    if (w.stop) {
      // Dates hang off a preposition ("dissolution on 1 January"): look past it once or twice.
      if (dated && !modifiers.length && skipped < 2) {
        skipped++;
        start = w.start;
        continue;
      }
      break;
    }
    if (POSSESSIVE.test(w.text) && !dated) break; // "the area's former 120,000": the owner is not the unit
    modifiers.unshift(w);
    start = w.start;
  }

  // "91 members, up from 79": the second figure counts the same thing as the first.
  if (!unit.length && !dated && COMPARISON.test(text.slice(Math.max(0, start - 24), start))) {
    const before = [...previous].reverse().find((p) => p.mention.kind === mention.kind && p.frame.unit.length);
    if (before) unit.push(...before.frame.unit);
  }
  return { modifiers, unit };
}

function lastIndexBefore(words: Word[], offset: number): number {
  let i = words.length - 1;
  while (i >= 0 && words[i].end > offset) i--;
  return i;
}

/** The subject of a frame as plain words ("former Armenian residents"). */
export function frameText(frame: Frame): string {
  return [...frame.modifiers, ...frame.unit].map((w) => w.text).join(' ');
}
