import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { RelevantSources } from '../../server/src/core/match/relevantSources';
import { checkDocument, sourcesOfBlock } from '../../server/src/core/check/checkDocument';
import { IncrementalCheck } from '../../server/src/core/check/incrementalCheck';
import { readDocument } from '../../server/src/core/extract/readDocument';
import { mismatches, ROOT, sourceFrom } from '../helpers/core';
import { lookAlikeSources, paragraphAbout } from '../helpers/lookAlikeSources';
import { prng } from '../helpers/prng';

/** Each word as rare as the next: what the sources' sentences would say of words each used once. */
const EVEN = () => 6;

describe('RelevantSources', () => {
  const sources = new RelevantSources([
    ['rainfall', 'household', 'power', 'bexley', 'morrow', 'flood'],
    ['rainfall', 'household', 'power', 'arden', 'kesslin', 'dam'],
    ['rainfall', 'turnout', 'vote', 'arden', 'ballot', 'mayor'],
  ]);

  it('chooses the sources that share the most telling words with a passage, and those close to them', () => {
    assert.deepStrictEqual([...sources.of(['arden', 'kesslin', 'dam', 'household'], EVEN)!], [1]);
    // "arden" is held by two; "kesslin" and "dam" by one, "ballot" and "mayor" by another: both come close.
    assert.deepStrictEqual([...sources.of(['arden', 'kesslin', 'ballot', 'mayor', 'dam'], EVEN)!].sort(), [1, 2]);
    assert.deepStrictEqual([...sources.of(['arden', 'kesslin', 'ballot', 'mayor', 'dam', 'vote'], EVEN)!], [2]);
  });

  it('says nothing (every source) when a passage shares too little, or there is one source', () => {
    // "Turnout was 64.7%, up from 61.9% last time" chose another source by "last" and "time".
    assert.strictEqual(sources.of(['turnout', 'unknown'], EVEN), undefined);
    assert.strictEqual(sources.of([], EVEN), undefined);
    assert.strictEqual(new RelevantSources([['arden', 'kesslin', 'dam', 'household']]).of(['arden', 'kesslin', 'dam', 'household'], EVEN), undefined);
  });

  it('weighs words by the rarity it is given, and skips those most sources hold', () => {
    assert.deepStrictEqual([...sources.of(['rainfall', 'household', 'power', 'morrow', 'flood'], (w) => (w === 'morrow' || w === 'flood' ? 8 : 1))!], [0]);
    assert.strictEqual(sources.of(['rainfall'], () => 100), undefined);
  });

  it('is restored from its snapshot as it was, figures\' keys sorted to be searched', () => {
    const withFigures = new RelevantSources([
      ['rainfall', '#c2893', 'household', 'arden'],
      ['rainfall', '#c4365', 'household', 'bexley'],
      ['turnout', '#p61.9', 'vote', 'arden'],
    ]);
    const snapshot = withFigures.snapshot();
    assert.deepStrictEqual(snapshot.words.slice(snapshot.keysFrom), ['#c2893', '#c4365', '#p61.9']);
    for (const original of [sources, withFigures]) {
      const restored = new RelevantSources(original.snapshot());
      for (const words of [['arden', 'kesslin', 'dam'], ['bexley', 'morrow', 'flood', 'vote'], ['turnout'], ['household', '#c4365', 'rainfall'], ['#p61.9', 'arden']]) {
        assert.deepStrictEqual(restored.of(words, EVEN), original.of(words, EVEN), words.join(' '));
      }
      assert.deepStrictEqual(new RelevantSources(restored.snapshot()).snapshot(), original.snapshot());
    }
  });
});

describe('Checking against many sources', () => {
  const { arden, bexley, others } = lookAlikeSources();

  it('compares a paragraph with the sources its words say it restates, and one that does not say with those of the rest of the draft', () => {
    const draft = `${paragraphAbout('Arden')}\n\nSome 4,365 households lost power on Monday.\n`;
    // Bexley's 4,365 households verified the claim, though the draft is about Arden, which had 2,893.
    assert.deepStrictEqual(mismatches(draft, [bexley, arden, ...others]), [['4,365', '2,893']]);
    assert.deepStrictEqual(mismatches(draft, [...others, arden, bexley]), [['4,365', '2,893']]);
    assert.deepStrictEqual(mismatches(`${paragraphAbout('Bexley')}\n\nSome 2,893 households lost power on Monday.\n`, [bexley, arden, ...others]), [['2,893', '4,365']]);
  });

  it('holds a figure to a source the draft restates nowhere rightly only where its sentence tells that source alone, fresh and incrementally', () => {
    const bank = sourceFrom('---\ndate: 2025-03-10\n---\n# Northwind to shut branches\n\nNorthwind Bank will close 22 of its 140 branches by September, cutting 410 jobs, the lender said on Monday.\n\nChief executive Maria Lund said visits to branches had fallen 38 per cent since 2019.\n\nThe closures will save about £31 million a year.\n', 'bank.md');
    const library = sourceFrom('---\ndate: 2025-02-02\n---\n# Library cuts\n\nThe city council will close 3 of its 19 libraries by September to save £1.2 million, it said on Tuesday.\n\nLibrary visits have fallen 12 per cent since 2019.\n', 'library.md');
    const pharmacy = sourceFrom('---\ndate: 2025-01-20\n---\n# Pharmacy chain\n\nMedway Pharmacy will close 40 branches in rural areas, the chain said on Friday.\n\nIts sales fell 4 per cent last year.\n', 'pharmacy.md');
    const sources = [bank, library, pharmacy];
    const index = new FactIndex(sources);
    const both = (draft: string) => {
      const fresh = checkDocument(draft, 'markdown', index).findings;
      assert.deepStrictEqual(new IncrementalCheck('markdown', index).check(draft).findings, fresh);
      return mismatches(draft, sources);
    };
    // "The closures will save £1.5 million" shares its words with the library article's "to save
    // £1.2 million" as much as with the bank's: a draft restating the bank does not restate that.
    const restating = 'Northwind Bank will close 22 of its 140 branches by September, cutting 410 jobs.\n\nVisits have fallen 38 per cent since 2019, it said.';
    assert.deepStrictEqual(both(`${restating} The closures will save £1.5 million.\n`), []);
    // Restating no source rightly, the draft may restate any.
    assert.deepStrictEqual(both('The closures will save £1.5 million.\n'), [['£1.5 million', '£1.2 million']]);
    // A sentence on the library alone is an aside on it.
    assert.deepStrictEqual(both(`${restating}\n\nThe city council will close 3 of its 19 libraries to save £1.5 million.\n`), [['£1.5 million', '£1.2 million']]);
    // The writer's own fact file holds any figure of the draft.
    const file = { ...sourceFrom('The closures will save £1.2 million.', 'savings.facts.json'), curated: true as const };
    assert.deepStrictEqual(mismatches(`${restating} The closures will save £1.5 million.\n`, [...sources, file]), [['£1.5 million', '£1.2 million']]);
  });

  it('holds a block that points weakly away from the draft\'s sure blocks\' sources, or surely to one no other block tells, to those, fresh and incrementally', () => {
    // Two hundred reports, each with a sentence of words its own: a paragraph restating one says so
    // surely; a list item sharing three of another's words points there only weakly.
    const r = prng(3);
    const word = () => Array.from({ length: 5 }, () => 'bcdfghklmnprstvz'[Math.floor(r() * 16)] + 'aeiou'[Math.floor(r() * 5)]).join('');
    const words = Array.from({ length: 200 }, () => Array.from({ length: 12 }, word));
    const own = (i: number) => `The ${words[i][0]} ${words[i][1]} said ${1000 + i * 37} ${words[i].slice(2).join(' ')}.`;
    const reports = words.map((_, i) => sourceFrom(`# Report ${i}\n\n${own(i)}\n\nThe council spent ${10 + (i % 50)} million on roads. Some ${200 + i} residents came. Officials said ${3 + (i % 7)} schools would close. The budget rose ${2 + (i % 9)}% on last year.\n`, `report-${i}.md`));
    const index = new FactIndex(reports);
    // Report 7 says 1259; the item's 1289 is a slip of it only if the item restates report 7. It
    // shares a word with report 3 too, which the draft's sure paragraph restates.
    const item = `- The ${words[7][0]} ${words[7][1]} said 1289 ${words[7][2]} had ${words[3][5]}.`;
    const blockSources = (text: string) => {
      const reading = readDocument(text, 'markdown');
      return [...new Set(reading.sentences.map((s) => s.block))].map((block) => {
        const told = sourcesOfBlock(index, reading.sentences.filter((s) => s.block === block), reading.mentions.filter((m) => reading.sentences[m.sentence].block === block));
        return told && [[...told.sources], told.sure];
      });
    };
    const aboutThree = `${own(3)}\n\n${item}\n`;
    assert.deepStrictEqual(blockSources(aboutThree), [[[3], true], [[7], false]]);
    assert.deepStrictEqual(mismatches(aboutThree, reports), []);
    // An item sharing no word with report 3 is of another matter: it keeps its own.
    const aside = `- The ${words[7][0]} ${words[7][1]} said 1289 ${words[7][2]} had ${words[7][3]}.`;
    assert.deepStrictEqual(blockSources(`${own(3)}\n\n${aside}\n`), [[[3], true], [[7], false]]);
    assert.deepStrictEqual(mismatches(`${own(3)}\n\n${aside}\n`, reports), [['1289', '1259']]);
    // The writer's fact file, compared with every block, is no source the draft's blocks share.
    const withFile = [...reports, { ...sourceFrom('The levy raised 4,210 tonnes on 3 May.', 'levy.facts.json'), curated: true as const }];
    assert.deepStrictEqual(mismatches(aboutThree, withFile), []);
    assert.deepStrictEqual(mismatches(`${own(3)}\n\n${aside}\n`, withFile), [['1289', '1259']]);
    // Where a sure block restates report 7 too, or no block is sure, the item keeps its own.
    const aboutBoth = `${own(3)}\n\n${own(7)}\n\n${item}\n`;
    assert.deepStrictEqual(mismatches(aboutBoth, reports), [['1289', '1259']]);
    assert.deepStrictEqual(mismatches(`${item}\n`, reports), [['1289', '1259']]);
    // A paragraph telling reports 3 and 7 surely is held to the one another paragraph tells.
    const twoReports = `${own(3)} ${own(7).replace('1259', '1289')}`;
    assert.deepStrictEqual(blockSources(twoReports), [[[3, 7], true]]);
    assert.deepStrictEqual(mismatches(`${own(3)}\n\n${twoReports}\n`, reports), []);
    assert.deepStrictEqual(mismatches(`${own(3)}\n\n${own(7)}\n\n${twoReports}\n`, reports), [['1289', '1259']]);
    assert.deepStrictEqual(mismatches(`${twoReports}\n`, reports), [['1289', '1259']]);
    // Typed: report 7's paragraph deleted and written again, a character at a time.
    const checker = new IncrementalCheck('markdown', index);
    const paragraph = `${own(7)}\n\n`;
    // Paragraphs between, past the margin an edit rereads: the two-report paragraph is matched anew
    // only by what the draft's other blocks tell.
    const between = Array.from({ length: 4 }, () => 'Residents said the council had met again this week to talk about the roads, the schools and the budget. '.repeat(3).trim()).join('\n\n');
    const typed = `${aboutBoth}\n${between}\n\n${twoReports}\n`;
    const at = typed.indexOf(paragraph);
    // Three characters a step: a check among 200 reports is some ten milliseconds.
    const cuts = Array.from({ length: Math.ceil(paragraph.length / 3) + 1 }, (_, n) => Math.min(3 * n, paragraph.length));
    const steps = [...cuts.map((n) => typed.slice(0, at) + paragraph.slice(n) + typed.slice(at + paragraph.length)), ...cuts.map((n) => typed.slice(0, at) + paragraph.slice(0, n) + typed.slice(at + paragraph.length))];
    let flagged = 0;
    for (const [step, text] of steps.entries()) {
      const fresh = checkDocument(text, 'markdown', index).findings;
      assert.deepStrictEqual(checker.check(text).findings, fresh, `step ${step}`);
      flagged += fresh.filter((f) => f.verdict === 'mismatch').length;
    }
    // Both claims of 1289 are flagged while report 7's paragraph stands; the two-report paragraph's
    // not while it is being typed, when no other paragraph tells report 7 surely.
    assert.ok(flagged > 0 && flagged < 2 * steps.length, `${flagged} mismatches in ${steps.length} steps`);
  });

  // Daily reports of one council, in the same words, each with its own figures: the words say the
  // kind of story, the figures which one (they once matched a claim with any report's alike sentence).
  it('tells reports alike in every word apart by the figures they state', () => {
    const r = prng(5);
    const figure = () => String(Math.floor(100 + r() * 900));
    const reports = Array.from({ length: 60 }, () => [
      `The Arden council approved a budget of £${figure()}m for ${figure()} schools, and councillors said ${figure()} homes and ${figure()} miles of road would be built.`,
      `Some ${figure()} voters cast a ballot, ${figure()} more than last time, at ${figure()} polling stations staffed by ${figure()} volunteers.`,
      `Storms left ${figure()} households without power, ${figure()} roads closed and ${figure()} trees down across ${figure()} acres of parkland.`,
    ]);
    const sources = reports.map((paragraphs, k) => sourceFrom(`---\ndate: 2024-03-0${1 + (k % 9)}\n---\n\n${paragraphs.join('\n\n')}\n`, `report-${k}.md`));
    const own = 23;
    // Report 23 restated with two figures miscopied, each in a paragraph whose other figures say which report it is.
    const miscopy = (text: string) => {
      const written = /\d+/.exec(text)![0];
      const wrote = String((Number(written[0]) % 9) + 1) + written.slice(1);
      return { text: text.replace(written, wrote), written, wrote };
    };
    const a = miscopy(reports[own][0]);
    const b = miscopy(reports[own][2]);
    const draft = `${a.text}\n\n${reports[own][1]}\n\n${b.text}\n`;
    const index = new FactIndex(sources);
    const reading = readDocument(draft, 'markdown');
    for (let block = 0; block < 3; block++) {
      const sentences = reading.sentences.filter((s) => s.block === block);
      const about = sourcesOfBlock(index, sentences, reading.mentions.filter((m) => reading.sentences[m.sentence].block === block));
      assert.deepStrictEqual(about && [...about.sources], [own], `paragraph ${block + 1}`);
    }
    assert.deepStrictEqual(mismatches(draft, sources), [[`£${a.wrote}m`, `£${a.written}m`], [b.wrote, b.written]]);
  });

  it('keeps each held-out draft with its own source among 90 other articles', () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'accuracy');
    const files = fs.readdirSync(path.join(dir, 'sources')).sort();
    const index = new FactIndex(files.map((f) => sourceFrom(fs.readFileSync(path.join(dir, 'sources', f), 'utf8'), f)));
    let chosen = 0;
    for (const name of ['airline_01', 'census_02', 'marathon_03', 'volcano_01', 'zoo_02']) {
      const own = files.indexOf(JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')).source.replace('sources/', ''));
      const words = new Set(fs.readFileSync(path.join(dir, `${name}.md`), 'utf8').toLowerCase().match(/\p{L}+/gu));
      const about = index.relevance.of(words, (w) => index.vocabulary.idf(w));
      assert.ok(about?.has(own), `${name}: its own source, ${files[own]}, is among ${[...(about ?? [])].map((k) => files[k])}`);
      chosen += about!.size;
    }
    assert.ok(chosen <= 10, `${chosen} sources chosen for 5 drafts`);
  });
});
