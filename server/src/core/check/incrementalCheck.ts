import type { FactAnnotation } from '../annotations/annotation';
import { citeClaims, sentenceFollowed, type UnknownFactId } from '../annotations/citeClaims';
import type { CalendarDate } from '../calendar';
import { type Failure, guarded } from '../failure';
import { isCheckable, movedBy, type Span } from '../extract/mention';
import { DocumentReading, LocatedMention, readBlock, SentenceReading, SentenceSpan, WordsOnDemand } from '../extract/readDocument';
import type { Context } from '../match/context';
import type { FactIndex } from '../match/factIndex';
import { matchBlock } from '../match/matchBlock';
import { StepsWhileCurrent } from '../steps';
import { frontMatterDate } from '../text/frontMatter';
import { IncrementalProse } from '../text/incrementalProse';
import type { PieceText, TextLike } from '../text/pieceText';
import { firstAtOrAfter, type LineIndex } from '../text/lineIndex';
import { blockHolding, type Block, type DocumentFormat, type Prose } from '../text/prose';
import type { TextEdit } from '../text/textEdit';
import { unsliceAll, unsliced } from '../text/unsliced';
import { BLOCK_LEFT, blockContexts, blockFindings, CheckResult, checkOwnFigures, findingOf, inOrder, restatesItsSource, sourceSet, sourcesKey, sourcesOfBlock, sourcesInDraft, waitsForDraft, blockTold, type BlockTold, countTold, draftSources, toldCounts } from './checkDocument';
import type { Finding } from './finding';
import { findingAt } from './findingAt';
import { personFindings } from './personFindings';
import { PlacedRatio, ratiosOf } from './ratioFindings';
import { heldFinding, isHeld, restatedSources, verifiedSources } from './restatedSources';
import { findSuppressions, NO_SUPPRESSIONS } from './suppressions';

/**
 * Extraction reads a little past a sentence's ends (a currency sign before a figure, "or more" or
 * "10 am" after it, a comparison before it), so a block's results hold while its text and this much
 * around it stay the same.
 */
const MARGIN = 64;
/** …and a quotation's opening mark may stand before any run of blank or quoting characters. */
const LOOK_BEHIND = /["“”‘(\s]/;

/** What one block of a draft gives a check, at the offsets and numbering it was last seen at. */
interface BlockCheck extends Block {
  /** The block's text with its margins and place in them (see `blockKey`). */
  key: string;
  block: number;
  firstSentence: number;
  /**
   * What was read, shared by the block's results wherever it is moved: typing moves every block
   * after the cursor, so a move makes a small object, not a copy of all of this.
   */
  read: AsRead;
  /** By mention, those moved to where the block now stands, made when first asked for. */
  placed: Placed | undefined;
}

/**
 * As read, when the block started at `readAt` and its first sentence was `readFirstSentence`: a
 * megabyte holds some 170,000 words and 9,000 figures, and a check itself reads only the blocks it
 * reads again, so the others are moved only when asked for (see `sentencesOf`, `placedMention`,
 * `placedFinding`).
 */
interface AsRead {
  /**
   * Without their words, which only matching the block's claims needs: kept, a megabyte's 170,000
   * words were most of what a check holds, and a first check spent much of its time copying them
   * through the young generation (as `checkDocument` does not; see its `forgetWords`).
   */
  sentences: SentenceSpan[];
  readAt: number;
  readFirstSentence: number;
  mentions: LocatedMention[];
  /** By mention: the finding from context matching, before annotations and suppressions; none for times. */
  findings: Array<Finding | undefined>;
  /** The shares, changes and multiples its sentences state of their own figures (see `ratiosOf`), held to them at each matching. */
  ratios: PlacedRatio[] | undefined;
  /** The findings as read, by verdict: what a publication needs, without moving them. */
  tally: Tally;
  /** The block's names (see `findNames`), and the findings of those that misspell a source's, in order. */
  names: LocatedMention[];
  named: Finding[];
  /** By mention, for a block holding a closed annotation: the contexts the annotation's claims are weighed in. */
  contexts: Context[] | undefined;
  /** What the block's words tell of the sources it restates, when the index has several (see `BlockTold`). */
  told: BlockTold;
  /**
   * For a block whose claims wait for the draft's other blocks (see `waitsForDraft`), the contexts
   * of its claims: they are matched against the sources `sourcesInDraft` gives (see `settle`)...
   */
  waiting: Context[] | undefined;
  /** ...which were these, as `sourcesKey` gives them, when its findings were last matched; undefined before. */
  matchedFor: string | undefined;
  /**
   * By sentence (counted from the block's first), among several sources, what the sentence of a
   * mismatch of no source the draft restates tells (see `isHeld`): asked at every check, so kept.
   */
  toldBy?: Array<BlockTold | undefined>;
  /** What reading or matching the block left out because it threw, where it was read (see `Failure`). */
  failures: Failure[];
}

interface Tally {
  /** Indexes into `findings`. */
  mismatches: number[];
  verified: number;
  unverified: number;
  /** The files of the sources its figures are verified against (see `verifiedSources`). */
  verifiedIn: string[];
}

/** A check's findings by verdict, as a publication needs them. */
export interface Verdicts {
  /**
   * Each as found where its block was read, and standing `moves[i]` characters on from there: after
   * an insert, a publication of a megabyte's mismatches then makes no moved copies of those after it.
   */
  mismatches: Finding[];
  moves: number[];
  verified: number;
  unverified: number;
}

/**
 * `findings` and `reading.mentions` are made when first read: after an insert, making them moves
 * every figure after it. `verdicts()` gives what a publication needs, moving nothing.
 */
export interface IncrementalResult extends CheckResult {
  verdicts(): Verdicts;
  /**
   * `findingAt(findings, offset)`, found in the blocks around `offset` unless the findings are made
   * already: after an insert, making them moves a megabyte's 9,000 figures (tens of milliseconds
   * for the first hover after each edit).
   */
  findingAt(offset: number): Finding | undefined;
}

/** A check read a few blocks at a time (see `IncrementalCheck.checkInSteps`). */
export interface CheckInSteps {
  /** Whether no later check of the draft has begun: only then may this one go on. */
  readonly current: boolean;
  /** Reads blocks until `due` says the caller's time is up; the result once every block is read. */
  step(due: () => boolean): IncrementalResult | undefined;
}

const never = () => false;

/**
 * Checks successive versions of one draft, reading and matching again only the blocks (paragraphs,
 * headings, table rows) whose text changed: a keystroke costs one paragraph, not the document.
 * Results equal `checkDocument` on the same text. The prose is read again only around the edit (see
 * `IncrementalProse`); what reaches across blocks is done over the whole document each time, as it
 * is cheap: the annotations (a fact named twice goes to one claim; only annotated blocks are
 * visited), suppressions, and the draft's date, a change of which drops everything read.
 *
 * A result holds until the next `check`: the blocks after an insert are moved in place (see
 * `movedInPlace`), the list of blocks is changed in place when the edit kept their number, and a
 * result makes its findings and mentions from them when first asked.
 */
export class IncrementalCheck {
  private readonly reader: IncrementalProse;
  /**
   * The draft's blocks by key, to find a block again wherever it now stands (after an edit only the
   * entries of the blocks it reached are changed)...
   */
  private blocks = new Map<string, BlockCheck>();
  /** ...and in order, to take those before and after an edit as they are. */
  private last: { blocks: BlockCheck[] } | undefined;
  /**
   * Among several sources: how many of `last`'s blocks tell each source, surely and weakly, and what
   * `sourcesInDraft` read of them at the last `settle`, as a key. Kept from keystroke to keystroke, a
   * megabyte's thousands of blocks are not visited for them at each.
   */
  private sourceCounts = toldCounts();
  private settledFor: string | undefined;
  private dateKey: string | undefined;
  /** How many checks have begun: a check in steps goes on only while it is the latest. */
  private begun = 0;
  private notDone = false;

  constructor(
    readonly format: DocumentFormat,
    readonly index: FactIndex,
  ) {
    this.reader = new IncrementalProse(format);
  }

  /**
   * Whether the latest check has not read all it must yet: one in steps is under way, or was given
   * up (the next check goes on from the blocks it read).
   */
  get unfinished(): boolean {
    return this.notDone;
  }

  /** `lines`: the text's line index, when the caller keeps one (see `IncrementalProse.read`). */
  check(text: TextLike, lines?: LineIndex): IncrementalResult {
    return this.checkInSteps(text, lines).step(never)!;
  }

  /**
   * The same check, read a few blocks at a time: a caller that must stay responsive (a server, on
   * a first check of a draft of megabytes) reads until its slice of time is up, and may give up
   * between steps, for a newer version. The blocks read before it gave up are kept, and a later
   * check of any version finds them again by key, so no work is lost. The prose is read first, a
   * stretch at a time where it is read whole (a later check finishes a reading given up); an
   * edit's blocks are read in the step that finishes it.
   */
  checkInSteps(text: TextLike, lines?: LineIndex): CheckInSteps {
    const stamp = ++this.begun;
    // After a check given up, the prose's edit is from a version whose blocks were never all read.
    const afterUnfinished = this.notDone;
    this.notDone = true;
    const isCurrent = () => this.begun === stamp;
    const reading = this.reader.readInSteps(text, lines);
    let blocks: ((due: () => boolean) => IncrementalResult | undefined) | undefined;
    let result: IncrementalResult | undefined;
    return new StepsWhileCurrent(isCurrent, (due) => {
      if (result) return result;
      if (!isCurrent()) throw new Error('a later check of this draft has begun: an earlier one cannot go on');
      if (!blocks) {
        let read = reading.next();
        for (; !read.done; read = reading.next()) if (due()) return undefined;
        blocks = this.blocksInSteps(text, read.value, afterUnfinished);
      }
      return (result = blocks(due));
    });
  }

  /** The steps of a check once its prose is read (see `checkInSteps`): undefined until every block is read. */
  private blocksInSteps(text: TextLike, prose: Prose, afterUnfinished: boolean): (due: () => boolean) => IncrementalResult | undefined {
    const proseText = this.reader.proseText;
    const date = frontMatterDate(prose.frontMatter?.data.date);
    const dateKey = date ? `${date.year}-${date.month}-${date.day}` : '';
    if (dateKey !== this.dateKey) {
      this.blocks.clear();
      this.last = undefined;
    }
    this.dateKey = dateKey;
    const last = this.last;
    const edit = last && !afterUnfinished ? this.reader.changed : undefined;
    // A first reading shares the draft's one flat prose among its blocks; after one given up, blocks
    // are read alone, or every version typed during a long first check would be kept alive by some.
    const all = edit ? undefined : this.readAll(prose, proseText, date, !last && !afterUnfinished);
    return (due) => {
      let list: BlockCheck[];
      let reread: number[] | undefined;
      if (all) {
        if (!all.readUntil(due)) return undefined;
        list = all.list;
      } else {
        ({ list, reread } = this.checkAround(prose, proseText, last!.blocks, edit!, date));
      }
      this.notDone = false;
      this.last = { blocks: list };
      this.settle(list, date, reread);
      return this.resultOf(text, prose, list, date);
    };
  }

  /** The result of a check whose blocks are all read, in `list`. */
  private resultOf(text: TextLike, prose: Prose, list: BlockCheck[], date: CalendarDate | undefined): IncrementalResult {
    // The number of each block's first mention among all the draft's: needed only where annotations
    // hold claims to facts, and a megabyte holds some 2,000 blocks to count through.
    let firstMentions: number[] | undefined;
    const mentionNumbers = () => (firstMentions ??= firstMentionsOf(list));

    const reading = new BlocksReading(prose, date, list);
    const suppressions = mayHoldSuppressions(text, prose, this.format) ? findSuppressions(text.toString(), prose.lines) : NO_SUPPRESSIONS;
    const contexts = prose.annotations.some((a) => a.closed) ? annotatedContexts(list, mentionNumbers()) : [];
    const cited = citeClaims(reading, contexts, this.index, (a) => annotatedSentence(prose, list, a));
    const choosing = this.index.relevance.count > 1;
    let figures: Finding[] | undefined;
    const figureFindings = () => {
      if (figures) return figures;
      figures = [];
      // By figure: its block, or none where an annotation holds it to the fact it names.
      const blocks: Array<BlockCheck | undefined> = [];
      for (let b = 0; b < list.length; b++) {
        const check = list[b];
        for (let k = 0; k < check.read.mentions.length; k++) {
          if (!isCheckable(check.read.mentions[k])) continue;
          const claim = placedMention(check, k);
          if (suppressions.covers(claim.start, claim.end)) continue;
          const citation = cited.matches.size ? cited.matches.get(mentionNumbers()[b] + k) : undefined;
          // None for a claim of a block whose matching threw (see `Failure`).
          const finding = citation ? findingOf(claim, citation, date) : placedFinding(check, k);
          if (!finding) continue;
          figures.push(finding);
          blocks.push(citation ? undefined : check);
        }
      }
      // As `checkDocument` holds them (see `isHeld`).
      if (choosing) {
        const restated = restatedSources(verifiedSources(figures), this.index);
        figures.forEach((f, i) => {
          const check = blocks[i];
          if (check) figures![i] = heldFinding(f, restated, () => toldInSentence(check, f.claim.sentence - check.firstSentence, () => prose.prose, this.index), this.index);
        });
      }
      return figures;
    };
    // Without suppressions or annotations every finding stands as context matching made it, but for
    // those that among several sources are held to no source the draft restates (see `isHeld`).
    const asMatched = suppressions === NO_SUPPRESSIONS && !cited.matches.size;
    const dropped = asMatched && choosing ? droppedFindings(list, () => prose.prose, this.index) : NO_DROPPED;
    let held: boolean | undefined;
    const namesHeld = () => (held ??= choosing || (asMatched ? list.some((check) => check.read.tally.verified > 0) : restatesItsSource(figureFindings())));
    let findings: Finding[] | undefined;
    const allFindings = () => {
      if (findings) return findings;
      const names: Finding[] = [];
      if (namesHeld()) {
        for (const check of list) {
          for (let n = 0; n < check.read.named.length; n++) {
            const name = placedName(check, n);
            if (!suppressions.covers(name.claim.start, name.claim.end)) names.push(name);
          }
        }
      }
      return (findings = inOrder(figureFindings(), names));
    };
    return new BlocksResult(
      reading,
      cited.unknownIds,
      placedFailures(list),
      allFindings,
      () => (asMatched ? tallied(list, namesHeld(), dropped) : counted(allFindings())),
      (offset) => (asMatched && !findings ? placedFindingAt(list, offset, namesHeld(), dropped) : findingAt(allFindings(), offset)),
    );
  }

  /**
   * Every block, found again by key where its text and margins were seen before, read in order as
   * `readUntil` is called. Each block read is kept by key at once, for a check that begins before
   * this one is done; once all are read, only this version's are kept.
   */
  private readAll(prose: Prose, proseText: PieceText, date: CalendarDate | undefined, flat: boolean): { list: BlockCheck[]; readUntil(due: () => boolean): boolean } {
    const seen = new Map<string, BlockCheck>();
    const list: BlockCheck[] = [];
    let sentenceCount = 0;
    const readUntil = (due: () => boolean): boolean => {
      while (list.length < prose.blocks.length) {
        const b = list.length;
        const key = blockKey(proseText, prose.blocks[b]);
        const known = seen.get(key) ?? this.blocks.get(key);
        const result = this.blockAt(prose, proseText, b, sentenceCount, key, known, date, flat);
        list.push(result);
        if (!seen.has(key)) seen.set(key, result);
        if (!known) this.blocks.set(key, result);
        sentenceCount += result.read.sentences.length;
        if (due() && list.length < prose.blocks.length) return false;
      }
      this.blocks = seen;
      return true;
    };
    return { list, readUntil };
  }

  /**
   * After an edit: the blocks before it as they were, those after it moved, and those between
   * found by key or read. The blocks by key are kept up to date for those that changed, and so are
   * the counts of what blocks are about. `reread`: the blocks found or read again, by index.
   */
  private checkAround(prose: Prose, proseText: PieceText, lastBlocks: BlockCheck[], edit: TextEdit, date: CalendarDate | undefined): { list: BlockCheck[]; reread: number[] } {
    const { before, after } = untouched(prose.blocks, proseText, edit);
    const dBlocks = prose.blocks.length - lastBlocks.length;
    const gone = lastBlocks.slice(before, after - dBlocks);
    // Where the edit kept the number of blocks, as typing does, the last list is changed in place.
    const list = dBlocks ? lastBlocks.slice(0, before) : lastBlocks;
    let sentenceCount = before ? list[before - 1].firstSentence + list[before - 1].read.sentences.length : 0;
    const reread: number[] = [];
    for (let b = before; b < after; b++) {
      const block = prose.blocks[b];
      const key = blockKey(proseText, block);
      const result = this.blockAt(prose, proseText, b, sentenceCount, key, this.blocks.get(key), date, false);
      list[b] = result;
      reread.push(b);
      countTold(this.sourceCounts, result.read.told, 1);
      sentenceCount += result.read.sentences.length;
    }
    for (const check of gone) {
      this.forget(check);
      countTold(this.sourceCounts, check.read.told, -1);
    }
    for (let b = before; b < after; b++) if (!this.blocks.has(list[b].key)) this.blocks.set(list[b].key, list[b]);
    const d = edit.endAfter - edit.endBefore;
    for (let b = after; b < prose.blocks.length; b++) {
      const block = prose.blocks[b];
      const was = lastBlocks[b - dBlocks];
      const known = same(was, block, d);
      let result: BlockCheck;
      if (known) {
        result = movedInPlace(known, block, b, sentenceCount);
      } else {
        const key = blockKey(proseText, block);
        result = this.blockAt(prose, proseText, b, sentenceCount, key, this.blocks.get(key), date, false);
        reread.push(b);
        countTold(this.sourceCounts, was.read.told, -1);
        countTold(this.sourceCounts, result.read.told, 1);
      }
      list[b] = result;
      sentenceCount += result.read.sentences.length;
    }
    return { list, reread };
  }

  /** The results of block `b`: `known`'s where it now stands, or read afresh (in the one flat prose, when `flat`). */
  private blockAt(prose: Prose, proseText: PieceText, b: number, firstSentence: number, key: string, known: BlockCheck | undefined, date: CalendarDate | undefined, flat: boolean): BlockCheck {
    const block = prose.blocks[b];
    if (known) return moved(known, block, b, firstSentence);
    const annotated = holdsAnnotation(prose, block);
    // The blocks of a first reading share one flat prose. A later one is read alone from the stretch
    // extraction may read (see MARGIN), then moved to where it stands: that prose is in pieces, and
    // a block kept from it must not keep the stretch alive either.
    if (flat) return this.read(prose, b, firstSentence, key, annotated, date);
    const from = marginStart(proseText, block);
    const stretch = proseText.slice(from, block.end + MARGIN);
    // A prose of the stretch alone; `readBlock` reads only its prose and blocks.
    const alone: Prose = { text: stretch, prose: stretch, blocks: [{ kind: block.kind, start: block.start - from, end: block.end - from }], lines: prose.lines, annotations: [] };
    return moved(this.read(alone, 0, firstSentence, key, annotated, date, unsliceAll), block, b, firstSentence);
  }

  /**
   * Reads and matches block `b` of `prose`, where it stands there; a block whose words do not say
   * which of several sources it restates is matched once the draft's other blocks are read (`settle`).
   */
  private read(prose: Prose, b: number, firstSentence: number, key: string, annotated: boolean, date: CalendarDate | undefined, keep = <T>(read: T) => read): BlockCheck {
    const read = readBlock(prose, b, firstSentence, date);
    const block = prose.blocks[b];
    const mentions = keep(read.mentions);
    const names = keep(read.names);
    const failures = read.failures;
    const matched = guarded(block, BLOCK_LEFT, failures, () => {
      const contexts = blockContexts(prose.prose, read.sentences, read.mentions, firstSentence);
      const choosing = this.index.relevance.count > 1;
      const told = choosing ? blockTold(sourcesOfBlock(this.index, read.sentences, read.mentions)) : {};
      const waits = choosing && waitsForDraft(told) && (mentions.length > 0 || names.length > 0);
      // A block that tells sources, weakly or several, is matched against them now, a step of a first
      // check's, and again at `settle` only where the draft holds it to others: a draft's short
      // paragraphs mostly tell what its others do, and matched all at once they held the server.
      const own = told.about ?? told.weakly;
      const matchedNow = !waits || own !== undefined;
      const findings = matchedNow ? blockFindings(mentions, matchBlock(mentions, contexts, this.index, own), date, this.index) : [];
      const ratios = ratiosOf(prose.prose, read.mentions, (s) => read.sentences[s - firstSentence]);
      checkOwnFigures(ratios, mentions, findings, this.index);
      const named = matchedNow ? personFindings(names, this.index, own) : [];
      const kept = annotated || waits ? keep(contexts) : undefined;
      return { findings, ratios, named, told, contexts: annotated ? kept : undefined, waiting: waits ? kept : undefined, matchedFor: waits && own ? sourcesKey(own) : undefined };
    }, () => ({ findings: mentions.map(() => undefined), ratios: undefined, named: [], told: {}, contexts: undefined, waiting: undefined, matchedFor: undefined }));
    const sentences = read.sentences.map(({ start, end, block }): SentenceSpan => ({ start, end, block }));
    const { findings, ratios, named, told, contexts, waiting, matchedFor } = matched;
    return blockCheck(block, key, b, firstSentence, { sentences, mentions, readAt: block.start, readFirstSentence: firstSentence, findings, ratios, tally: tallyOf(findings), names, named, contexts, told, waiting, matchedFor, failures }, undefined);
  }

  /**
   * Matches the claims of the blocks whose words do not say which sources they restate against
   * those the draft's other blocks are about (all of them, when none says), unless they were
   * matched against these already: a keystroke that changes what a paragraph is about rematches
   * the draft's short paragraphs, and no other keystroke does. `reread`: the only blocks that may be
   * new since the last settle, when it is known (see `checkAround`); the counts of what blocks are
   * about are made afresh otherwise.
   */
  private settle(list: readonly BlockCheck[], date: CalendarDate | undefined, reread?: readonly number[]): void {
    if (this.index.relevance.count < 2) return;
    if (!reread) {
      this.sourceCounts = toldCounts();
      for (const check of list) countTold(this.sourceCounts, check.read.told, 1);
    }
    const draft = draftSources(this.sourceCounts);
    const { surely } = this.sourceCounts;
    const told = (source: number) => surely.get(source) ?? 0;
    // What `sourcesInDraft` reads of the draft: its sources, and those two blocks or more tell surely.
    const key = `${sourcesKey(draft)} ${sourcesKey(sourceSet([...surely.keys()].filter((k) => told(k) > 1)))}`;
    // The draft's sources as they were: only the blocks read again may wait for matching.
    const visited = reread && key === this.settledFor ? reread : list.keys();
    this.settledFor = key;
    const rematched = new Set<AsRead>();
    for (const b of visited) {
      const check = list[b];
      const read = check.read;
      if (!read.waiting) continue;
      const sources = sourcesInDraft(read.told, draft, told, this.index.relevance.always);
      const matchedFor = sourcesKey(sources);
      if (read.matchedFor !== matchedFor) {
        const waiting = read.waiting;
        const failures: Failure[] = [];
        const rematch = () => {
          const findings = blockFindings(read.mentions, matchBlock(read.mentions, waiting, this.index, sources), date, this.index);
          checkOwnFigures(read.ratios, read.mentions, findings, this.index);
          // Unlike a figure, a name is held to no source when the draft says of none what it restates.
          return { findings, named: draft ? personFindings(read.names, this.index, sources) : [] };
        };
        const { findings, named } = guarded({ start: read.readAt, end: read.readAt + (check.end - check.start) }, BLOCK_LEFT, failures, rematch, () => ({ findings: read.mentions.map(() => undefined), named: [] }));
        read.findings = findings;
        read.tally = tallyOf(findings);
        read.named = named;
        // A failure of an earlier matching is of sources the block is no longer held to.
        read.failures = [...read.failures.filter((f) => f.left !== BLOCK_LEFT), ...failures];
        read.matchedFor = matchedFor;
        rematched.add(read);
      }
      // Its findings moved to where it stands were of the findings replaced (a block may stand twice).
      if (rematched.has(read)) check.placed = undefined;
    }
  }

  /** Drops a block that no longer stands in the draft from the blocks by key, unless another holds its key. */
  private forget(gone: BlockCheck): void {
    if (this.blocks.get(gone.key) === gone) this.blocks.delete(gone.key);
  }
}

/**
 * Whether a writer may have silenced anything: every comment says `factline`, and so does the front
 * matter's switch unless its key is written with escapes (the front matter read with the Markdown
 * is the one `findSuppressions` reads). Without them the text need not be made into one string.
 */
function mayHoldSuppressions(text: TextLike, prose: Prose, format: DocumentFormat): boolean {
  return format !== 'markdown' || prose.frontMatter?.data.factline === false || text.includes('factline');
}

/**
 * Where the stretch of prose extraction may read for a block starts; it ends before `block.end +
 * MARGIN`, which may lie past the end of the prose.
 */
function marginStart(prose: TextLike, block: Block): number {
  let from = Math.max(0, block.start - MARGIN);
  while (from > 0 && LOOK_BEHIND.test(String.fromCharCode(prose.charCodeAt(from - 1)))) from--;
  return from;
}

/**
 * The blocks an edit cannot have changed, found without visiting the others (a megabyte holds
 * thousands of blocks): those before `before`, whose margins end before the edit, and those from
 * `after` on, whose margins start after it. A margin's start moves back with the block's start, so
 * the first block past the edit by its start and `MARGIN` is at most a step or two from `after`.
 */
function untouched(blocks: readonly Block[], prose: PieceText, edit: TextEdit): { before: number; after: number } {
  const before = firstAtOrAfter(blocks, edit.start - MARGIN + 1, endOf);
  let after = firstAtOrAfter(blocks, edit.endAfter + MARGIN + 1, startOf);
  while (after < blocks.length && marginStart(prose, blocks[after]) <= edit.endAfter) after++;
  return { before, after };
}

const startOf = (span: { start: number }) => span.start;
const endOf = (block: Block) => block.end;

/** Whether a closed annotation stands in the block: its claims may be held to the facts it names. */
function holdsAnnotation(prose: Prose, block: Block): boolean {
  for (let i = firstAtOrAfter(prose.annotations, block.start, startOf); i < prose.annotations.length && prose.annotations[i].start < block.end; i++) {
    if (prose.annotations[i].closed) return true;
  }
  return false;
}

/**
 * The contexts of the claims of annotated blocks, by number among all mentions (the others left as
 * holes), as kept from when each block was read: a context lies within its paragraph.
 */
function annotatedContexts(list: readonly BlockCheck[], firstMentions: readonly number[]): Context[] {
  const contexts: Context[] = [];
  list.forEach((check, b) => check.read.contexts?.forEach((c, i) => (contexts[firstMentions[b] + i] = c)));
  return contexts;
}

/**
 * The number of the sentence an annotation follows (see `citeClaims`' own), found in the one block
 * holding it rather than among all the draft's sentences.
 */
function annotatedSentence(prose: Prose, list: readonly BlockCheck[], annotation: FactAnnotation): number | undefined {
  const check = list[blockHolding(prose.blocks, annotation.start)];
  if (!check) return undefined;
  // The block's sentences stand where it was read.
  const s = sentenceFollowed(check.read.sentences, 0, check.read.sentences.length, annotation.start - (check.start - check.read.readAt));
  return s === undefined ? undefined : check.firstSentence + s;
}

/** The block's text with the margin extraction may read around it, and where the block lies in it. */
function blockKey(prose: PieceText, block: Block): string {
  const from = marginStart(prose, block);
  return unsliced(`${block.kind} ${block.start - from} ${block.end - from} ${prose.slice(from, block.end + MARGIN)}`);
}

/** `known` if it is the block `d` before where `block` stands, of the same kind and length. */
function same(known: BlockCheck | undefined, block: Block, d: number): BlockCheck | undefined {
  return known && known.kind === block.kind && known.start + d === block.start && known.end + d === block.end ? known : undefined;
}

/** The block's results at a new offset and numbering (the same object when nothing moved); all as read. */
function moved(known: BlockCheck, at: Block, block: number, firstSentence: number): BlockCheck {
  const samePlace = at.start === known.start && firstSentence === known.firstSentence;
  if (samePlace && block === known.block) return known;
  return blockCheck(at, known.key, block, firstSentence, known.read, samePlace ? known.placed : undefined);
}

/**
 * `known`, the results of the block now at `at`, moved there in place: after an insert the blocks
 * past it (a thousand on a megabyte) are not made again, each to be copied and promoted by the next
 * scavenge as what the draft now holds.
 */
function movedInPlace(known: BlockCheck, at: Block, block: number, firstSentence: number): BlockCheck {
  if (at.start !== known.start || firstSentence !== known.firstSentence) known.placed = undefined;
  known.start = at.start;
  known.end = at.end;
  known.block = block;
  known.firstSentence = firstSentence;
  return known;
}

/**
 * A block's results, always made here with the same fields in the same order: the loops over a
 * draft's thousands of blocks then meet one shape of object, not the several that spreading blocks
 * made by different hands gave (which made every property read there a slow, megamorphic one).
 */
function blockCheck(at: Block, key: string, block: number, firstSentence: number, read: AsRead, placed: Placed | undefined): BlockCheck {
  return { kind: at.kind, start: at.start, end: at.end, key, block, firstSentence, read, placed };
}

/** By mention: a block's mentions and findings moved to where it stands, made when first asked for (most never are); and its names' findings. */
interface Placed {
  mentions: LocatedMention[];
  findings: Finding[];
  named: Finding[];
}

function firstMentionsOf(list: readonly BlockCheck[]): number[] {
  const firstMentions: number[] = [];
  let count = 0;
  for (const check of list) {
    firstMentions.push(count);
    count += check.read.mentions.length;
  }
  return firstMentions;
}

/**
 * The reading of a check made of its blocks: its mentions and sentences are made when first asked
 * for. Classes, these and `BlocksResult`, not object literals with getters, which V8 kept past every
 * scavenge with all they reached (see `PiecedProse` in `text/incrementalProse`): one of each is made
 * at every keystroke.
 */
class BlocksReading implements DocumentReading {
  private madeMentions: LocatedMention[] | undefined;
  private madeSentences: SentenceReading[] | undefined;

  constructor(
    readonly prose: Prose,
    readonly date: CalendarDate | undefined,
    private readonly list: readonly BlockCheck[],
  ) {}

  get mentions(): LocatedMention[] {
    return (this.madeMentions ??= this.list.flatMap((check) => check.read.mentions.map((_, k) => placedMention(check, k))));
  }

  get sentences(): SentenceReading[] {
    return (this.madeSentences ??= this.list.flatMap((check) => sentencesOf(check, this.prose.prose)));
  }
}

/** A check's result, whose findings are made when first asked for (see `IncrementalResult`). */
class BlocksResult implements IncrementalResult {
  constructor(
    readonly reading: DocumentReading,
    readonly unknownIds: UnknownFactId[] | undefined,
    readonly failures: Failure[],
    private readonly allFindings: () => Finding[],
    readonly verdicts: () => Verdicts,
    readonly findingAt: (offset: number) => Finding | undefined,
  ) {}

  get findings(): Finding[] {
    return this.allFindings();
  }
}

/** What the blocks' reading and matching left out, in order, where each block now stands. */
function placedFailures(list: readonly BlockCheck[]): Failure[] {
  const out: Failure[] = [];
  for (const check of list) {
    const d = check.start - check.read.readAt;
    for (const f of check.read.failures) out.push(d ? { ...f, start: f.start + d, end: f.end + d } : f);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Mention `k` of a block where the block now stands. */
function placedMention(check: BlockCheck, k: number): LocatedMention {
  const d = check.start - check.read.readAt;
  const ds = check.firstSentence - check.read.readFirstSentence;
  if (!d && !ds) return check.read.mentions[k];
  return ((check.placed ??= { mentions: [], findings: [], named: [] }).mentions[k] ??= shiftMention(check.read.mentions[k], d, ds));
}

/** The finding about mention `k` of a block where the block now stands, its claim `placedMention`'s. */
function placedFinding(check: BlockCheck, k: number): Finding | undefined {
  const found = check.read.findings[k];
  const d = check.start - check.read.readAt;
  if (!found || (!d && check.firstSentence === check.read.readFirstSentence)) return found;
  return ((check.placed ??= { mentions: [], findings: [], named: [] }).findings[k] ??= shiftFinding(found, placedMention(check, k), d));
}

/** The finding of the block's `n`th misspelt name where the block now stands. */
function placedName(check: BlockCheck, n: number): Finding {
  const found = check.read.named[n];
  const d = check.start - check.read.readAt;
  const ds = check.firstSentence - check.read.readFirstSentence;
  if (!d && !ds) return found;
  return ((check.placed ??= { mentions: [], findings: [], named: [] }).named[n] ??= shiftFinding(found, shiftMention(found.claim, d, ds), d));
}

/**
 * The first finding whose claim holds `offset` (either end included), as `findingAt` finds it among
 * all of them, where every finding stands as matched: a claim lies within its block, so only the
 * block starting last at or before `offset` and the one before it (which may end where it starts) hold one.
 */
function placedFindingAt(list: readonly BlockCheck[], offset: number, withNames: boolean, dropped: ReadonlySet<Finding>): Finding | undefined {
  const last = firstAtOrAfter(list, offset + 1, startOf) - 1;
  for (let b = Math.max(0, last - 1); b <= last; b++) {
    const check = list[b];
    const d = check.start - check.read.readAt;
    const named = withNames ? check.read.named : NO_FINDINGS;
    let name = 0;
    for (let k = 0; k < check.read.mentions.length; k++) {
      const m = check.read.mentions[k];
      for (; name < named.length && named[name].claim.start < m.start; name++) if (holds(named[name].claim, offset - d)) return placedName(check, name);
      if (isCheckable(m) && holds(m, offset - d)) return dropped.has(check.read.findings[k]!) ? { claim: placedMention(check, k), verdict: 'unverified' } : placedFinding(check, k);
    }
    for (; name < named.length; name++) if (holds(named[name].claim, offset - d)) return placedName(check, name);
  }
  return undefined;
}

function holds(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

const NO_DROPPED: ReadonlySet<Finding> = new Set();

/**
 * The blocks' findings, as matched, that do not stand among the sources the draft's blocks restate
 * (see `isHeld`): left unverified by `tallied` and `placedFindingAt`, as `checkDocument` leaves them.
 */
function droppedFindings(list: readonly BlockCheck[], prose: () => string, index: FactIndex): ReadonlySet<Finding> {
  // One pass over a megabyte's thousands of blocks at each keystroke: the files verified, and the
  // few blocks with mismatches, whose mismatches are judged once all files are known.
  const verified = new Set<string>();
  const withMismatches: BlockCheck[] = [];
  for (const check of list) {
    const { tally } = check.read;
    for (const file of tally.verifiedIn) verified.add(file);
    if (tally.mismatches.length) withMismatches.push(check);
  }
  if (!withMismatches.length) return NO_DROPPED;
  const restated = restatedSources(verified, index);
  let dropped: Set<Finding> | undefined;
  for (const check of withMismatches) {
    for (const k of check.read.tally.mismatches) {
      const finding = check.read.findings[k]!;
      const told = () => toldInSentence(check, check.read.mentions[k].sentence - check.read.readFirstSentence, prose, index);
      if (!isHeld(finding, restated, told, index)) (dropped ??= new Set()).add(finding);
    }
  }
  return dropped ?? NO_DROPPED;
}

/**
 * What sentence `n` of a block (counted from its first) tells of the sources, by its words and
 * figures (see `sourcesOfBlock`): kept with the block as read, whose text it depends on alone.
 * `prose` gives the draft's prose.
 */
function toldInSentence(check: BlockCheck, n: number, prose: () => string, index: FactIndex): BlockTold {
  const told = (check.read.toldBy ??= []);
  if (told[n]) return told[n];
  // The draft's prose is made whole only here: most checks ask no sentence.
  const sentence = sentencesOf(check, prose())[n];
  const read = check.read.readFirstSentence + n;
  return (told[n] = blockTold(sourcesOfBlock(index, [sentence], check.read.mentions.filter((m) => m.sentence === read))));
}

function tallyOf(findings: ReadonlyArray<Finding | undefined>): Tally {
  const tally: Tally = { mismatches: [], verified: 0, unverified: 0, verifiedIn: verifiedSources(findings) };
  findings.forEach((f, k) => {
    if (f?.verdict === 'mismatch') tally.mismatches.push(k);
    else if (f?.verdict === 'verified') tally.verified++;
    else if (f?.verdict === 'unverified') tally.unverified++;
  });
  return tally;
}

const NO_FINDINGS: readonly Finding[] = [];

/** The verdicts of blocks whose findings all stand as matched, as read; their misspelt names too `withNames`. */
function tallied(list: readonly BlockCheck[], withNames: boolean, dropped: ReadonlySet<Finding>): Verdicts {
  // Counted first, so that the lists are made at their size: grown by pushing, a megabyte's were
  // copied as they grew on every keystroke.
  let count = -dropped.size;
  for (const check of list) count += check.read.tally.mismatches.length + (withNames ? check.read.named.length : 0);
  const verdicts: Verdicts = { mismatches: new Array(count), moves: new Array(count), verified: 0, unverified: 0 };
  let n = 0;
  for (const check of list) {
    const { tally, findings } = check.read;
    const named = withNames ? check.read.named : NO_FINDINGS;
    const d = check.start - check.read.readAt;
    let name = 0;
    for (const k of tally.mismatches) {
      if (dropped.has(findings[k]!)) {
        verdicts.unverified++;
        continue;
      }
      for (; name < named.length && named[name].claim.start < findings[k]!.claim.start; name++) {
        verdicts.mismatches[n] = named[name];
        verdicts.moves[n++] = d;
      }
      verdicts.mismatches[n] = findings[k]!;
      verdicts.moves[n++] = d;
    }
    for (; name < named.length; name++) {
      verdicts.mismatches[n] = named[name];
      verdicts.moves[n++] = d;
    }
    verdicts.verified += tally.verified;
    verdicts.unverified += tally.unverified;
  }
  return verdicts;
}

/** The verdicts of findings as they stand, counted as a block's are (`tallyOf`). */
function counted(findings: readonly Finding[]): Verdicts {
  const { mismatches, verified, unverified } = tallyOf(findings);
  return { mismatches: mismatches.map((k) => findings[k]), moves: mismatches.map(() => 0), verified, unverified };
}

/** The block's sentences where it now stands in `prose`, their words read from it when asked for. */
function sentencesOf(check: BlockCheck, prose: string): SentenceReading[] {
  const d = check.start - check.read.readAt;
  const block = check.block;
  return check.read.sentences.map((s) => new WordsOnDemand(prose, { start: s.start + d, end: s.end + d, block }));
}

function shift<T extends Span>(span: T, d: number): T {
  return { ...span, start: span.start + d, end: span.end + d };
}

/** The finding about `claim`, `f.claim` moved; its span moved with it. */
function shiftFinding(f: Finding, claim: LocatedMention, d: number): Finding {
  const out = { ...f, claim };
  if (f.span && d) out.span = shift(f.span, d);
  return out;
}

/** A mention where its block now stands: `d` characters on, `ds` sentences on. */
function shiftMention(m: LocatedMention, d: number, ds: number): LocatedMention {
  const out = d ? movedBy(m, d) : { ...m };
  out.sentence = m.sentence + ds;
  return out;
}
