import { TIMES_WRITTEN } from './findMultiples';
import type { Mention } from './mention';

/**
 * A share, change or multiple that a sentence states of two of its own figures: "23 of the 142
 * players, roughly one in five", "from 1.45 pounds to 1.85 pounds, a 40 percent increase", "€1.37
 * billion, more than three times the €638 million". The claim's value follows from the two figures
 * alone, whatever the sources say. Each is an index into the sentence's mentions.
 */
export interface StatedRatio {
  claim: number;
  relation: 'share' | 'change' | 'multiple';
  /** The whole a share is of, the level a change is from, the figure a multiple is of. */
  base: number;
  /** The part, the level reached, the figure that is the multiple. */
  other: number;
  /** Where the words of a hedged claim start, when before its hedge: "well" of "well over two-thirds". */
  hedgeFrom?: number;
}

/** Words that start another clause, whose figure may be of another quantity: "fell from 200 to 180 while prices rose 40 percent". */
const CLAUSE_WORD = /(?:^|[^\p{L}])(?:and|but|while|whereas|although|though|as|when|after|before|since|because|which|who|with|including)(?![\p{L}])|[;()[\]]/iu;
/** The most words between two figures of a ratio, or between the ratio and its claim, that still read as one phrase. */
const MAX_GAP_WORDS = 6;

const FROM_BEFORE = /(?:^|[^\p{L}])from[ \u00a0]+(?:[\p{L}']+[ \u00a0]+){0,3}$/iu;
const TO_BETWEEN = /^,?[ \u00a0]+to[ \u00a0]+$/u;
/**
 * "€312 a tonne, up from €228", "€4.50, down from an average of €7.85", "$612m against $538m", and
 * "318 million euros from 245 million" with "from" right after the figure: after other words it
 * may say where ("41,312 spills from its 1,186 overflows").
 */
const FROM_BETWEEN = /^(?:(?:[ \u00a0]+[\p{L}']+){0,4},?[ \u00a0]+(?:(?:up|down)[ \u00a0]+from|against|compared[ \u00a0]+(?:with|to)|versus|vs\.?)|,?[ \u00a0]+from)[ \u00a0]+(?:[\p{L}']+[ \u00a0]+){0,3}$/iu;
/** "about 25 percent more than last year's 180,000 euros". */
const THAN_AFTER = /^[ \u00a0]+(?:more|higher|larger|bigger|greater|up|less|lower|fewer|smaller|down)[ \u00a0]+(?:than|on)[ \u00a0]+(?:[\p{L}']+[ \u00a0]+){0,3}$/iu;
/** "Twenty-three of the 142 players", "22 of the 38 countries", "212 of the trust's 1,486 beds". */
const OF_BETWEEN = /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|all)[ \u00a0]+){0,2}(?:[\p{L}-]+['’]s?[ \u00a0]+)?$/iu;
/** "€31 million of it", "1,402 of them": a part of the figure just before. */
const OF_IT_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:it|them)(?![\p{L}])/iu;
/** Between a share's figures and it: a comma or dash ("Twenty-three of the 142 players were women, roughly one in five"). */
const SET_OFF = /[,—–:]|[ \u00a0]-[ \u00a0]/u;
/** After a share: its clause ends, or says what it is of in words ("more than half of the total"), not of a figure. */
const SHARE_ENDS = /^(?:[ \u00a0]*(?:[,.;:!?)\]—–]|[ \u00a0]-[ \u00a0]|$)|[ \u00a0]+of[ \u00a0]+(?![^,.;:!?]*\d)|[ \u00a0]+(?:in|from|by|and|but|to|were|are|was|is|have|has|had)(?![\p{L}]))/u;
/** Prepositions a figure may hang off: "from 212 clubs". */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:from|of|in|by|at|on|for|with|to|across|among)[ \u00a0]+$/iu;
/** "Of the 64 active farms …, 27 …": the whole opens the sentence. */
const OF_THE_OPENING = /^[\s"“'‘]*of[ \u00a0]+the[ \u00a0]+$/iu;
/** From after "times" to the figure it multiplies: "more than three times the €638 million", "three times that of 2019". */
const OF_AFTER_TIMES = /^[ \u00a0]+(?:(?:the|that|those|of|as|many|much|large|high|its|their|last|year's|a|an)[ \u00a0]+){0,4}$/iu;

/**
 * The ratios a sentence states of its own figures, `mentions` being its mentions in order and
 * `sentenceStart` where it starts in `text`. Only figures side by side count, with few words and no
 * other clause between them and the claim: further apart, a percentage is as likely of another thing.
 */
export function findRatios(text: string, all: readonly Mention[], sentenceStart: number): StatedRatio[] {
  // What times a figure ("€228 a year ago", "in 2024") stands between it and the ratio, not as a term of it.
  const amounts = all.filter((m) => !isTiming(m));
  const at = (k: number) => all.indexOf(amounts[k]);
  const out: StatedRatio[] = [];
  for (let c = 0; c < amounts.length; c++) {
    const claim = amounts[c];
    let ratio: StatedRatio | undefined;
    if (claim.kind === 'percent' && claim.number && !claim.number.unit && claim.number.values.length === 1) {
      ratio = claim.number.change ? changeAround(text, amounts, c) : shareBefore(text, amounts, c, sentenceStart);
    } else if (claim.kind === 'count' && claim.number?.values.length === 1) ratio = multipleAround(text, amounts, c);
    if (!ratio) continue;
    const placed: StatedRatio = { ...ratio, claim: at(ratio.claim), base: at(ratio.base), other: at(ratio.other) };
    const intensifier = claim.qualifier && INTENSIFIER_BEFORE.exec(text.slice(Math.max(0, claim.qualifier.start - 16), claim.qualifier.start));
    if (intensifier) placed.hedgeFrom = claim.qualifier!.start - intensifier[0].length;
    out.push(placed);
  }
  return out;
}

/** Words that sharpen a hedge: "well over", "just under", "far more than". */
const INTENSIFIER_BEFORE = /(?<![\p{L}])(?:well|just|far|way|slightly|comfortably|only)[ \u00a0]+$/iu;

function isTiming(m: Mention): boolean {
  return m.kind === 'date' || m.kind === 'year' || m.kind === 'time' || !!m.duration?.relation;
}

function changeAround(text: string, mentions: readonly Mention[], c: number): StatedRatio | undefined {
  // The claim after its two figures ("from 1.45 to 1.85, a 40 percent increase") or before them
  // ("rose 40 percent, from 1.45 to 1.85"; "up 8 per cent to 1,204 from 1,115").
  const after = c >= 2 && levels(text, mentions, c - 2, c - 1);
  if (after && joins(text, mentions[c - 1], mentions[c])) return { claim: c, relation: 'change', ...after };
  const before = c + 2 < mentions.length && levels(text, mentions, c + 1, c + 2);
  if (before && /^,?[ \u00a0]+(?:from|to)[ \u00a0]/iu.test(text.slice(mentions[c].end, mentions[c].end + 7))) return { claim: c, relation: 'change', ...before };
  // "240,000 euros …, about 25 percent more than last year's 180,000 euros".
  // The level reached is the sentence's own figure, not one a preposition hangs off it ("1,200 swimmers from 212 clubs").
  const [reached, from] = [mentions[c - 1], mentions[c + 1]];
  if (reached && from && operands(reached, from) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, startOf(reached) - 12), startOf(reached))) && joins(text, reached, mentions[c]) && THAN_AFTER.test(text.slice(mentions[c].end, startOf(from)))) return { claim: c, relation: 'change', base: c + 1, other: c - 1 };
  return undefined;
}

/** The two levels a change is between, when mentions `a` and `b` are "from a to b" or "b … from a". */
function levels(text: string, mentions: readonly Mention[], a: number, b: number): { base: number; other: number } | undefined {
  if (!operands(mentions[a], mentions[b])) return undefined;
  const between = text.slice(mentions[a].end, startOf(mentions[b]));
  const opensWithFrom = FROM_BEFORE.test(text.slice(Math.max(0, startOf(mentions[a]) - 40), startOf(mentions[a])));
  if (opensWithFrom && TO_BETWEEN.test(between)) return { base: a, other: b };
  if (!opensWithFrom && FROM_BETWEEN.test(between) && !CLAUSE_WORD.test(between)) return { base: b, other: a };
  return undefined;
}

function shareBefore(text: string, mentions: readonly Mention[], c: number, sentenceStart: number): StatedRatio | undefined {
  // A share set off by a comma or dash, and no attribute of a noun after it: "nine of 122 trusts hit
  // the 78 per cent target", "13 of 41 games, a 41.5 percent win rate" are of other things, as is
  // one "of" a whole of its own ("46 of the 970 crew — more than 10% of the nearly 3,200 on board").
  if (c < 2 || !SET_OFF.test(text.slice(mentions[c - 1].end, startOf(mentions[c]))) || !SHARE_ENDS.test(text.slice(mentions[c].end, mentions[c].end + 40))) return undefined;
  if (!joins(text, mentions[c - 1], mentions[c])) return undefined;
  const [a, b] = [mentions[c - 2], mentions[c - 1]];
  if (!operands(a, b) || a.kind === 'percent') return undefined;
  // "won 17, drew 11 and lost 13 of 41 games": which part the share is of, the sentence does not say.
  const firstOfItsKind = mentions.slice(0, c - 2).every((m) => !operands(m, a));
  if (firstOfItsKind && OF_BETWEEN.test(text.slice(a.end, startOf(b)))) return { claim: c, relation: 'share', base: c - 1, other: c - 2 };
  if (OF_IT_AFTER.test(text.slice(b.end, b.end + 12))) return { claim: c, relation: 'share', base: c - 2, other: c - 1 };
  if (c === 2 && OF_THE_OPENING.test(text.slice(sentenceStart, startOf(a)))) return { claim: c, relation: 'share', base: c - 2, other: c - 1 };
  return undefined;
}

function multipleAround(text: string, mentions: readonly Mention[], c: number): StatedRatio | undefined {
  const [other, base] = [mentions[c - 1], mentions[c + 1]];
  if (!other || !base || !operands(other, base) || !joins(text, other, mentions[c])) return undefined;
  const claim = mentions[c];
  return TIMES_WRITTEN.test(claim.text) && OF_AFTER_TIMES.test(text.slice(claim.end, startOf(base))) ? { claim: c, relation: 'multiple', base: c + 1, other: c - 1 } : undefined;
}

/** Whether two figures can be the terms of a ratio: amounts of one kind, currency and unit, each one plain value. */
function operands(a: Mention, b: Mention): boolean {
  const [x, y] = [a.number, b.number];
  if (!x || !y || a.kind !== b.kind || (a.kind !== 'count' && a.kind !== 'money' && a.kind !== 'percent')) return false;
  // Several values are readings in several units ("6.5 million tons" may be short tons), the same for both; otherwise the figure is ambiguous.
  const readings = x.unit ? x.values.length === y.values.length : x.values.length === 1 && y.values.length === 1;
  if (!readings || x.vague || y.vague || x.difference || y.difference || x.change || y.change) return false;
  return x.currency === y.currency && x.unit === y.unit && x.values[0] > 0 && y.values[0] > 0;
}

/** Whether the words from figure `a` to the claim after it read as one phrase: few, and none opening another clause. */
function joins(text: string, a: Mention, claim: Mention): boolean {
  const between = text.slice(a.end, startOf(claim));
  return !CLAUSE_WORD.test(between) && (between.match(/[\p{L}']+/gu)?.length ?? 0) <= MAX_GAP_WORDS;
}

/** Where a figure starts with its qualifier: "more than 40 per cent". */
function startOf(m: Mention): number {
  return m.qualifier && m.qualifier.start < m.start ? m.qualifier.start : m.start;
}
