import { citeClaims } from '../annotations/citeClaims';
import type { Span } from '../extract/mention';
import { LocatedMention, readBlock, SentenceReading } from '../extract/readDocument';
import type { Context } from '../match/context';
import type { FactIndex } from '../match/factIndex';
import { matchClaim } from '../match/matchClaim';
import { frontMatterDate } from '../text/frontMatter';
import { Block, DocumentFormat, readProse } from '../text/prose';
import { blockContexts, CheckResult, findingOf } from './checkDocument';
import type { Finding } from './finding';
import { findSuppressions } from './suppressions';

/**
 * Extraction reads a little past a sentence's ends (a currency sign before a figure, "or more" or
 * "10 am" after it, a comparison before it), so a block's results hold while its text and this much
 * around it stay the same.
 */
const MARGIN = 64;
/** …and a quotation's opening mark may stand before any run of blank or quoting characters. */
const LOOK_BEHIND = /["“”‘(\s]/;

/** What one block of a draft gives a check, at the offsets and numbering it was last seen at. */
interface BlockCheck {
  start: number;
  block: number;
  firstSentence: number;
  sentences: SentenceReading[];
  mentions: LocatedMention[];
  /** Offset-free (weights by word), so shared as they are when the block moves. */
  contexts: Context[];
  /** By mention: the finding from context matching, before annotations and suppressions; none for times. */
  findings: Array<Finding | undefined>;
}

/**
 * Checks successive versions of one draft, reading and matching again only the blocks (paragraphs,
 * headings, table rows) whose text changed: a keystroke costs one paragraph, not the document.
 * Results equal `checkDocument` on the same text. What reaches across blocks is done over the whole
 * document each time, as it is cheap: the prose (Markdown structure decides what is a block), the
 * annotations (a fact named twice goes to one claim), suppressions, and the draft's date, a change
 * of which drops everything read.
 */
export class IncrementalCheck {
  private blocks = new Map<string, BlockCheck>();
  private dateKey: string | undefined;

  constructor(
    readonly format: DocumentFormat,
    readonly index: FactIndex,
  ) {}

  check(text: string): CheckResult {
    const prose = readProse(text, this.format);
    const date = frontMatterDate(prose.frontMatter?.data.date);
    const dateKey = date ? `${date.year}-${date.month}-${date.day}` : '';
    if (dateKey !== this.dateKey) this.blocks.clear();
    this.dateKey = dateKey;

    const seen = new Map<string, BlockCheck>();
    const sentences: SentenceReading[] = [];
    const mentions: LocatedMention[] = [];
    const contexts: Context[] = [];
    const matched: Array<Finding | undefined> = [];
    prose.blocks.forEach((block, b) => {
      const key = blockKey(prose.prose, block);
      const known = seen.get(key) ?? this.blocks.get(key);
      let result: BlockCheck;
      if (known) {
        result = moved(known, block.start, b, sentences.length);
      } else {
        const read = readBlock(prose, b, sentences.length, date);
        const blockContextList = blockContexts(prose.prose, read.sentences, read.mentions, sentences.length);
        const findings = read.mentions.map((claim, i) => (claim.kind === 'time' ? undefined : findingOf(claim, matchClaim(claim, blockContextList[i], this.index), date)));
        result = { start: block.start, block: b, firstSentence: sentences.length, ...read, contexts: blockContextList, findings };
      }
      if (!seen.has(key)) seen.set(key, result);
      for (const s of result.sentences) sentences.push(s);
      for (let i = 0; i < result.mentions.length; i++) {
        mentions.push(result.mentions[i]);
        contexts.push(result.contexts[i]);
        matched.push(result.findings[i]);
      }
    });
    this.blocks = seen;

    const reading = { prose, sentences, mentions, date };
    const suppressions = findSuppressions(text, prose.lines);
    const cited = citeClaims(reading, contexts, this.index);
    const findings: Finding[] = [];
    mentions.forEach((claim, i) => {
      if (claim.kind === 'time' || suppressions.covers(claim.start, claim.end)) return;
      const citation = cited.matches.get(i);
      findings.push(citation ? findingOf(claim, citation, date) : matched[i]!);
    });
    return { reading, findings, unknownIds: cited.unknownIds };
  }
}

/** The block's text with the margin extraction may read around it, and where the block lies in it. */
function blockKey(prose: string, block: Block): string {
  let from = Math.max(0, block.start - MARGIN);
  while (from > 0 && LOOK_BEHIND.test(prose[from - 1])) from--;
  return `${block.kind} ${block.start - from} ${block.end - from} ${prose.slice(from, block.end + MARGIN)}`;
}

/** The block's results at a new offset and numbering (the same object when nothing moved). */
function moved(known: BlockCheck, start: number, block: number, firstSentence: number): BlockCheck {
  const d = start - known.start;
  const ds = firstSentence - known.firstSentence;
  if (!d && !ds && block === known.block) return known;
  const sentences = known.sentences.map((s) => ({ start: s.start + d, end: s.end + d, block, words: d ? s.words.map((w) => shift(w, d)) : s.words }));
  const mentions = known.mentions.map((m) => shiftMention(m, d, ds));
  const findings = known.findings.map((f, i) => f && { ...f, claim: mentions[i], ...(f.span ? { span: shift(f.span, d) } : {}) });
  return { start, block, firstSentence, sentences, mentions, contexts: known.contexts, findings };
}

function shift<T extends Span>(span: T, d: number): T {
  return { ...span, start: span.start + d, end: span.end + d };
}

/** Every offset a mention holds: its own, its qualifier's and its date parts'. */
function shiftMention(m: LocatedMention, d: number, ds: number): LocatedMention {
  const out: LocatedMention = { ...m, start: m.start + d, end: m.end + d, sentence: m.sentence + ds };
  if (m.qualifier) out.qualifier = shift(m.qualifier, d);
  if (m.date) {
    const date = { ...m.date };
    for (const part of ['year', 'month', 'day', 'weekday'] as const) if (date[part]) date[part] = shift(date[part]!, d);
    out.date = date;
  }
  return out;
}
