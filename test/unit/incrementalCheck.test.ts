import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { checkDocument, CheckResult } from '../../server/src/core/check/checkDocument';
import type { Finding } from '../../server/src/core/check/finding';
import { findingAt } from '../../server/src/core/check/findingAt';
import { CheckInSteps, IncrementalCheck, Verdicts } from '../../server/src/core/check/incrementalCheck';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { PieceText } from '../../server/src/core/text/pieceText';
import type { DocumentFormat } from '../../server/src/core/text/prose';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { makeDraft } from '../bench/corpus';
import { ROOT, SEED, sourceFrom } from '../helpers/core';
import { lookAlikeSources, paragraphAbout } from '../helpers/lookAlikeSources';
import { prng } from '../helpers/prng';
import { randomEdit, randomEditsInPieces } from '../helpers/randomEdits';

/**
 * What a check gives a caller; the prose is compared by its text, as it is rebuilt each time, and
 * the sentences by what they hold, whichever kind of object holds it.
 */
function outcome(result: CheckResult) {
  const { reading, findings, unknownIds } = result;
  const sentences = reading.sentences.map(({ start, end, block, words }) => ({ start, end, block, words }));
  return { prose: reading.prose.prose, blocks: reading.prose.blocks, annotations: reading.prose.annotations, date: reading.date, sentences, mentions: reading.mentions, findings, unknownIds };
}

/** A mismatch as a publication reads it, `d` characters on from its offsets (see `Verdicts.moves`). */
function published(f: Finding, d: number) {
  const { start, end } = f.span ?? f.claim;
  return { verdict: f.verdict, code: f.code, fix: f.fix, fact: f.fact, sourceSays: f.sourceSays, text: f.claim.text, claim: [f.claim.start + d, f.claim.end + d], at: [start + d, end + d] };
}

function verdictsOf(findings: Finding[]) {
  return {
    mismatches: findings.filter((f) => f.verdict === 'mismatch').map((f) => published(f, 0)),
    verified: findings.filter((f) => f.verdict === 'verified').length,
    unverified: findings.filter((f) => f.verdict === 'unverified').length,
  };
}

/** The verdicts with each mismatch where it now stands. */
function placed({ mismatches, moves, verified, unverified }: Verdicts) {
  return { mismatches: mismatches.map((f, i) => published(f, moves[i])), verified, unverified };
}

/** Offsets a hover may ask at: both ends of some claims and a character either side, and a few anywhere. */
function claimEnds(findings: Finding[], r: () => number, length: number): number[] {
  const some = findings.filter(() => r() < 0.2).flatMap((f) => [f.claim.start - 1, f.claim.start, f.claim.end, f.claim.end + 1]);
  return [...some, ...Array.from({ length: 5 }, () => Math.floor(r() * length))];
}

describe('IncrementalCheck', () => {
  const index = new FactIndex(loadBundledFacts());
  const seed = fs.readFileSync(SEED, 'utf8');
  const example = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');

  for (const [name, base, format, seedNumber] of [
    ['the example draft', example, 'markdown', 1],
    ['the seed article', seed, 'markdown', 2],
    ['the seed article as plain text', seed.slice(0, 6000), 'plaintext', 3],
    ['a draft with CRLF, annotations and front matter', `---\ndate: 2023-09-25\n---\r\n\r\n${example.replace(/\n/g, '\r\n')} [@fact:karabakh-2023/event]\r\n`, 'markdown', 4],
  ] as Array<[string, string, DocumentFormat, number]>) {
    it(`gives what a fresh check gives after each of 150 random edits of ${name}`, () => {
      const r = prng(seedNumber);
      const hovers = prng(seedNumber + 100);
      const checker = new IncrementalCheck(format, index);
      let text = base;
      for (let step = 0; step < 150; step++) {
        text = randomEdit(text, r);
        const context = `seed ${seedNumber}, step ${step}`;
        const result = checker.check(text);
        // Asked for first, as a publication asks: the verdicts are tallied without the findings.
        const verdicts = placed(result.verdicts());
        const fresh = checkDocument(text, format, index);
        // …and as a hover asks, before the findings are made.
        for (const offset of claimEnds(fresh.findings, hovers, text.length)) assert.deepStrictEqual(result.findingAt(offset), findingAt(fresh.findings, offset), `${context}, offset ${offset}`);
        assert.deepStrictEqual(outcome(result), outcome(fresh), context);
        assert.deepStrictEqual(verdicts, verdictsOf(result.findings), context);
      }
    });
  }

  it('gives what a fresh check gives after each of 150 random edits among several sources, where figures are held to the sources the draft restates', () => {
    const bank = sourceFrom('---\ndate: 2025-03-10\n---\n# Northwind to shut branches\n\nNorthwind Bank will close 22 of its 140 branches by September, cutting 410 jobs, the lender said on Monday.\n\nChief executive Maria Lund said visits to branches had fallen 38 per cent since 2019.\n', 'bank.md');
    const library = sourceFrom('---\ndate: 2025-02-02\n---\n# Library cuts\n\nThe city council will close 3 of its 19 libraries by September to save £1.2 million, it said on Tuesday.\n', 'library.md');
    const pharmacy = sourceFrom('---\ndate: 2025-01-20\n---\n# Pharmacy chain\n\nMedway Pharmacy will close 40 branches in rural areas, the chain said on Friday.\n', 'pharmacy.md');
    const several = new FactIndex([bank, library, pharmacy]);
    // Its last sentence's £1.5 million is the library's £1.2 million miscopied only for a draft that restates the library.
    const base = 'Northwind Bank will close 22 of its 140 branches by September, cutting 410 jobs.\n\nVisits have fallen 38 per cent since 2019, it said. The closures will save £1.5 million.\n';
    const r = prng(11);
    const hovers = prng(111);
    const checker = new IncrementalCheck('markdown', several);
    let text = base;
    let dropped = 0;
    for (let step = 0; step < 150; step++) {
      text = step % 10 === 0 ? base : randomEdit(text, r);
      const context = `seed 11, step ${step}`;
      const result = checker.check(text);
      const verdicts = placed(result.verdicts());
      const fresh = checkDocument(text, 'markdown', several);
      for (const offset of claimEnds(fresh.findings, hovers, text.length)) assert.deepStrictEqual(result.findingAt(offset), findingAt(fresh.findings, offset), `${context}, offset ${offset}`);
      assert.deepStrictEqual(outcome(result), outcome(fresh), context);
      assert.deepStrictEqual(verdicts, verdictsOf(result.findings), context);
      if (fresh.findings.some((f) => f.claim.text === '£1.5 million' && f.verdict === 'unverified')) dropped++;
    }
    // The rule was at work in most steps.
    assert.ok(dropped > 40, `${dropped} steps held £1.5 million to no source`);
  });

  it('gives what a fresh check gives after each of 150 random edits of a long draft held in pieces, as the server holds it', () => {
    const r = prng(7);
    const hovers = prng(107);
    const checker = new IncrementalCheck('markdown', index);
    const long = [example, seed.replace(/^---[\s\S]*?---\s*/, ''), example.replace(/\n/g, '\r\n')].join('\n\n');
    for (const { step, text, pieces } of randomEditsInPieces(long, r, 150)) {
      const result = checker.check(pieces);
      const verdicts = placed(result.verdicts());
      const fresh = checkDocument(text, 'markdown', index);
      for (const offset of claimEnds(fresh.findings, hovers, text.length)) assert.deepStrictEqual(result.findingAt(offset), findingAt(fresh.findings, offset), `seed 7, step ${step}, offset ${offset}`);
      assert.deepStrictEqual(outcome(result), outcome(fresh), `seed 7, step ${step}`);
      assert.deepStrictEqual(verdicts, verdictsOf(result.findings), `seed 7, step ${step}`);
    }
  });

  it('gives what a fresh check gives after each of 150 random edits, among many sources, as paragraphs change what they are about', () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'accuracy');
    const names = ['ferry', 'flood', 'museum', 'census', 'marathon', 'zoo'];
    const many = new FactIndex([...loadBundledFacts(), ...names.map((n) => sourceFrom(fs.readFileSync(path.join(dir, 'sources', `${n}.md`), 'utf8'), `${n}.md`))]);
    const draft = ['ferry_01', 'museum_02'].map((n) => fs.readFileSync(path.join(dir, `${n}.md`), 'utf8')).join('\n\n') + '\n\nSome 240 people were there on Tuesday.\n\nIt cost €3.2 million.\n';
    const r = prng(11);
    const checker = new IncrementalCheck('markdown', many);
    let text = draft;
    for (let step = 0; step < 150; step++) {
      text = randomEdit(text, r);
      const result = checker.check(text);
      const verdicts = placed(result.verdicts());
      const fresh = checkDocument(text, 'markdown', many);
      assert.deepStrictEqual(outcome(result), outcome(fresh), `seed 11, step ${step}`);
      assert.deepStrictEqual(verdicts, verdictsOf(result.findings), `seed 11, step ${step}`);
    }
  });

  it('matches a paragraph whose words do not say what it restates again when the rest of the draft comes to be about another source', () => {
    const { arden, bexley, others } = lookAlikeSources();
    const many = new FactIndex([arden, bexley, ...others]);
    const checker = new IncrementalCheck('markdown', many);
    // Read once: the paragraph between keeps the edit out of its margins.
    const unsure = '\n\nResidents were asked to boil their drinking water until further notice, and schools stayed shut.\n\nSome 4,365 households lost power on Monday.\n';
    for (const text of [paragraphAbout('Arden') + unsure, paragraphAbout('Bexley') + unsure, paragraphAbout('Arden') + unsure]) {
      const result = checker.check(text);
      assert.deepStrictEqual(outcome(result), outcome(checkDocument(text, 'markdown', many)));
      const flagged = result.findings.filter((f) => f.verdict === 'mismatch').map((f) => f.claim.text);
      assert.deepStrictEqual(flagged, text.includes('Arden') ? ['4,365'] : [], text);
    }
  });

  it('matches such a paragraph again when the only paragraph about one of the draft\'s sources is deleted, or comes back', () => {
    const { arden, bexley, others } = lookAlikeSources();
    const many = new FactIndex([arden, bexley, ...others]);
    const checker = new IncrementalCheck('markdown', many);
    const unsure = '\n\nResidents were asked to boil their drinking water until further notice, and schools stayed shut.\n\nSome 4,365 households lost power on Monday.\n';
    const [aboutArden, aboutBexley] = [paragraphAbout('Arden'), paragraphAbout('Bexley')];
    // About both, the figure may be Bexley's; about Arden alone, it is not Arden's 2,893.
    for (const [text, flagged] of [
      [`${aboutArden}\n\n${aboutBexley}${unsure}`, []],
      [`${aboutArden}${unsure}`, ['4,365']],
      [`${aboutArden}\n\n${aboutBexley}${unsure}`, []],
    ] as const) {
      const result = checker.check(text);
      assert.deepStrictEqual(outcome(result), outcome(checkDocument(text, 'markdown', many)));
      assert.deepStrictEqual(result.findings.filter((f) => f.verdict === 'mismatch').map((f) => f.claim.text), flagged, text);
    }
  });

  describe('in steps', () => {
    const always = () => true;
    const long = [example, seed.replace(/^---[\s\S]*?---\s*/, ''), example.replace(/\n/g, '\r\n')].join('\n\n');

    it('gives what a fresh check gives, a block a step', () => {
      const checker = new IncrementalCheck('markdown', index);
      const steps = checker.checkInSteps(long);
      let result;
      let count = 0;
      while (!(result = steps.step(always))) count++;
      const fresh = checkDocument(long, 'markdown', index);
      assert.deepStrictEqual(outcome(result), outcome(fresh));
      assert.strictEqual(count + 1, fresh.reading.prose.blocks.length, 'one block a step');
    });

    it('gives what a fresh check gives after each of 150 random edits, checks given up at random between them', () => {
      const r = prng(18);
      const checker = new IncrementalCheck('markdown', index);
      let givenUp = 0;
      for (const { step, text, pieces } of randomEditsInPieces(long, r, 150)) {
        const steps = checker.checkInSteps(pieces);
        // Most versions are given up after a few blocks, as a server gives up a check for a newer version.
        if (r() < 0.7) {
          const blocks = Math.floor(r() * 10);
          let n = 0;
          if (!steps.step(() => ++n > blocks)) givenUp++;
          continue;
        }
        let result;
        while (!(result = steps.step(() => r() < 0.1)));
        const fresh = checkDocument(text, 'markdown', index);
        assert.deepStrictEqual(outcome(result), outcome(fresh), `seed 18, step ${step}`);
        assert.deepStrictEqual(placed(result.verdicts()), verdictsOf(fresh.findings), `seed 18, step ${step}`);
      }
      assert.ok(givenUp > 20, `only ${givenUp} checks given up part way`);
    });

    it('keeps the blocks a check given up had read: the next check does not read them again', () => {
      const text = makeDraft(60 * 1024);
      const matched = (check: (checker: IncrementalCheck) => void) => {
        const counting = new FactIndex(loadBundledFacts());
        let searches = 0;
        const similarTo = counting.similarTo.bind(counting);
        counting.similarTo = ((...args: Parameters<typeof similarTo>) => (searches++, similarTo(...args))) as typeof similarTo;
        check(new IncrementalCheck('markdown', counting));
        return searches;
      };
      const whole = matched((checker) => checker.check(text));
      const blocks = checkDocument(text, 'markdown', index).reading.prose.blocks.length;
      const afterHalf = matched((checker) => {
        let n = 0;
        assert.strictEqual(checker.checkInSteps(text).step(() => ++n >= blocks / 2), undefined);
        const edited = text.replace('Benchmark draft', 'Benchmark drafts');
        const again = checker.checkInSteps(edited);
        assert.ok(again.step(() => false));
      });
      assert.ok(afterHalf > whole * 0.98 && afterHalf < whole * 1.02, `${afterHalf} claims matched for a check given up half way and the next, ${whole} for one check`);
    });

    it('reads the prose of a long draft a stretch a step; the next check finishes a reading given up, then reads its edit around itself', () => {
      const text = makeDraft(1024 * 1024);
      // An edit in the middle: one in the first line (front matter's or a title's) makes a read whole.
      const middle = text.indexOf('\n\n', text.length / 2);
      const edited = `${text.slice(0, middle)} Some 1,300 more.${text.slice(middle)}`;
      const stepsOf = (steps: CheckInSteps) => {
        let count = 1;
        while (!steps.step(always)) count++;
        return count;
      };
      const fresh = stepsOf(new IncrementalCheck('markdown', index).checkInSteps(edited));
      const blocks = checkDocument(edited, 'markdown', index).reading.prose.blocks.length;
      assert.ok(fresh > blocks + 3, `${fresh} steps for ${blocks} blocks: the prose is read in stretches too`);
      const checker = new IncrementalCheck('markdown', index);
      const first = checker.checkInSteps(text);
      for (let k = 0; k < 3; k++) assert.strictEqual(first.step(always), undefined);
      const second = checker.checkInSteps(edited);
      let result;
      let count = 1;
      while (!(result = second.step(always))) count++;
      assert.strictEqual(count, fresh - 3, 'the stretches read before are not read again');
      assert.deepStrictEqual(outcome(result), outcome(checkDocument(edited, 'markdown', index)));
    });

    it('cannot go on once a later check has begun; says it is unfinished until one is done', () => {
      const checker = new IncrementalCheck('markdown', index);
      const first = checker.checkInSteps(long);
      assert.strictEqual(first.step(always), undefined);
      assert.ok(checker.unfinished, 'unfinished while a check in steps is under way');
      const second = checker.checkInSteps(example);
      assert.strictEqual(first.current, false);
      assert.throws(() => first.step(always), /a later check of this draft has begun/);
      assert.ok(checker.unfinished, 'unfinished after a check given up, until the next is done');
      while (!second.step(always));
      assert.strictEqual(checker.unfinished, false);
    });
  });

  it('keeps the findings of blocks an edit did not touch', () => {
    const checker = new IncrementalCheck('markdown', index);
    const text = seed.replace(/^---[\s\S]*?---\s*/, '');
    const at = text.indexOf('120,000');
    // Read before the next check: a result holds until then.
    const before = checker.check(text).findings;
    const after = checker.check(text.slice(0, at) + '130,000' + text.slice(at + 7));
    const kept = (f: { claim: { start: number } }) => before.includes(f as never);
    // Findings before the edited paragraph are the very same objects; the edited one is new.
    const editedBlock = after.reading.prose.blocks.findIndex((b) => b.start <= at && at < b.end);
    const blockOf = (f: { claim: { sentence: number } }) => after.reading.sentences[f.claim.sentence].block;
    assert.ok(after.findings.filter((f) => blockOf(f) < editedBlock).every(kept));
    assert.ok(!after.findings.filter((f) => blockOf(f) === editedBlock).some(kept));
    assert.ok(after.findings.some((f) => f.claim.text === '130,000' && f.verdict === 'mismatch'));
  });

  it('does not keep the prose of earlier versions alive through the blocks it keeps', () => {
    // A block's reading outlives the version it was read in; if its strings were slices of that
    // version's prose, each edit of another block would keep a whole prose alive (a megabyte of
    // draft: two megabytes an edit). 60 edits of a 400 KB draft would keep some 50 MB.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const checker = new IncrementalCheck('markdown', index);
    let text = makeDraft(400 * 1024);
    let pieces = PieceText.of(text);
    checker.check(text);
    const figures = [...text.matchAll(/\d{3},000/g)].map((m) => m.index!);
    const heapAfter = (edits: number) => {
      for (let i = 0; i < edits; i++) {
        const at = figures[Math.floor((i * 7919) % figures.length)] + 1;
        // Flat strings and pieces in turn: the editor's text and the server's.
        text = text.slice(0, at) + String(i % 10) + text.slice(at + 1);
        pieces = pieces.replace(at, at + 1, String(i % 10));
        checker.check(i % 2 ? text : pieces);
      }
      gc();
      return v8.getHeapStatistics().used_heap_size / 2 ** 20;
    };
    const settled = heapAfter(10);
    assert.ok(heapAfter(60) - settled < 10, 'heap grew by more than 10 MB');
  });
});
