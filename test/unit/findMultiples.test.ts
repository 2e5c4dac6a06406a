import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { MULTIPLE } from '../../server/src/core/extract/units';
import { formatMultiple } from '../../server/src/core/format/formatMultiple';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { mentionsOf, mismatches, sourceFrom } from '../helpers/core';

describe('multiples', () => {
  const multiples = (text: string) => mentionsOf(text).filter((m) => m.number?.unit === MULTIPLE).map((m) => [m.text, m.number!.values[0], m.qualifier?.kind]);

  it('reads a multiple in words, with its hedge, and a figure before "times" or "-fold"', () => {
    assert.deepStrictEqual(multiples('Sales nearly tripled, rose sevenfold online and were more than twice the £41.2m of 2024; curlews more than halved.'), [
      ['tripled', 3, 'nearly'],
      ['sevenfold', 7, undefined],
      ['twice', 2, 'above'],
      ['halved', 0.5, 'above'],
    ]);
    assert.deepStrictEqual(multiples('Visitors reached nearly three times the level of 2019, a 10-fold rise, with 3 times as many buses.'), [
      ['three times', 3, 'nearly'],
      ['10', 10, undefined],
      ['3 times', 3, undefined],
    ]);
    // "To one", the "1" of "3-to-1" its own: was a count of seven, held to the source's "three to one".
    assert.deepStrictEqual(multiples('The deal passed by more than seven to one, a 3-to-1 margin among staff.'), [
      ['seven to one', 7, 'above'],
      ['3-to-1', 3, undefined],
    ]);
    assert.deepStrictEqual(mentionsOf('a 3-to-1 margin').map((m) => m.text), ['3-to-1']);
    // Held to the score its sentence sets it after.
    assert.deepStrictEqual(mismatches('Members backed the deal by 1,628 votes to 218, a margin of four to one.', []), [['four to one', 'more than seven to one']]);
    const votes = [sourceFrom("Kelbrook members backed the merger by more than three to one.\n\nAshmoor's members had approved the deal on 4 March by 1,628 votes to 218.")];
    assert.deepStrictEqual(mismatches("Ashmoor's members had backed the deal by 1,628 votes to 218 — more than seven to one.", votes), []);
  });

  it('reads no multiple in a frequency, a compound word, an idiom or a noun', () => {
    assert.deepStrictEqual(multiples('Trains run 10 times an hour and twice a day; a double murder, double-digit growth, twice-weekly checks, paid twice over.'), []);
    // A frequency is a count as before, which only a count restates.
    assert.deepStrictEqual(mentionsOf('Trains run 10 times an hour.').map((m) => [m.text, m.number?.unit]), [['10', undefined]]);
    // A count of occasions: "148 times" was a multiple, and its count no count ("52 of the operations" drew a helicopters' 52).
    assert.deepStrictEqual(mentionsOf('Teams were called out 148 times, against 121 in 2023.').map((m) => [m.text, m.number?.unit]), [['148', undefined], ['121', undefined], ['2023', undefined]]);
    assert.deepStrictEqual(mentionsOf('The clip was viewed 2.3 million times within 48 hours.').map((m) => [m.text, m.number?.unit]), [['2.3 million', undefined], ['48 hours', undefined]]);
    assert.deepStrictEqual(mentionsOf('The strike price is more than three times last year\'s wholesale price.').map((m) => [m.text, m.number?.unit]), [['three times', 'x']]);
    assert.deepStrictEqual(mentionsOf('It has flooded three times since 2019, and 214 times in all.').map((m) => [m.text, m.number?.unit]), [['three', undefined], ['2019', undefined], ['214', undefined]]);
    // Was a multiple, held to nothing the source's "14,312 times, of which" states.
    assert.deepStrictEqual(mentionsOf('Crews were called out 14,132 times for all types of incident, three times this year.').map((m) => [m.text, m.number?.unit]), [['14,132', undefined], ['three', undefined]]);
    assert.deepStrictEqual(mentionsOf("Sales were three times higher, more than three times last year's price.").map((m) => [m.text, m.number?.unit]), [['three times', 'x'], ['three times', 'x']]);
  });

  it('holds a multiple to the source\'s, and no other figure', () => {
    const prize = [sourceFrom('Online sales of the novel rose sevenfold in the week after the prize, its publisher said, and 12 bookshops sold out.\n')];
    assert.deepStrictEqual(mismatches('Online sales of the novel rose sixfold in the week after the prize.', prize), [['sixfold', 'sevenfold']]);
    assert.deepStrictEqual(mismatches('Online sales of the novel rose seven times over in the week after the prize.', prize), []);
    assert.deepStrictEqual(mismatches('Online sales of the novel rose 7-fold in the week after the prize.', prize), []);
    // Not a count: "twice" is no slip of the bookshops' 12, nor "doubled" of a length.
    assert.deepStrictEqual(mismatches('Twice as many bookshops sold out after the prize, its publisher said.', prize), []);
    assert.deepStrictEqual(mismatches('The queue at the border doubled on Monday.', [sourceFrom('The queue at the border stretched 3 km on Monday.\n')]), []);
    const heat = [sourceFrom('Heat deaths reached 18,950 last summer, nearly double the five-year average, the statistics office said.\n')];
    const check = (draft: string) => checkDocument(draft, 'markdown', new FactIndex(heat)).findings.filter((f) => f.verdict === 'mismatch').map((f) => [draft.slice(f.span?.start ?? f.claim.start, f.span?.end ?? f.claim.end), f.fix]);
    // The source's hedge goes with its figure.
    assert.deepStrictEqual(check('Heat deaths last summer were more than double the five-year average.'), [['more than double', 'nearly double']]);
    assert.deepStrictEqual(check('Heat deaths last summer tripled the five-year average.'), [['tripled', 'doubled']]);
    assert.deepStrictEqual(check('Heat deaths last summer nearly doubled the five-year average.'), []);
    // "times" is how the figure is written, not a word around it the source must share.
    const sales = [sourceFrom('Online sales last year were twice the level of 2019, the retailer said.\n')];
    const fixes = (draft: string) => checkDocument(draft, 'markdown', new FactIndex(sales)).findings.filter((f) => f.verdict === 'mismatch').map((f) => [draft.slice(f.span?.start ?? f.claim.start, f.span?.end ?? f.claim.end), f.fix]);
    assert.deepStrictEqual(fixes('Online sales last year were three times the level of 2019.'), [['three times', 'twice']]);
    assert.deepStrictEqual(fixes('Online sales last year were 3 times the level of 2019.'), [['3 times', '2 times']]);
    assert.deepStrictEqual(fixes('Online sales last year were twice the level of 2019.'), []);
  });

  it('writes a value as the claim writes its multiple', () => {
    assert.deepStrictEqual(
      ['doubled', 'Trebling', 'halves', 'twice', 'sevenfold', 'doubled'].map((w, i) => formatMultiple(w, [3, 2, 4, 5, 6, 7][i])),
      ['tripled', 'Doubling', 'quadruples', 'five times', 'sixfold', 'rose sevenfold'],
    );
    // No word for it in that form.
    assert.strictEqual(formatMultiple('sevenfold', 2.5), undefined);
    assert.strictEqual(formatMultiple('twice', 0.5), undefined);
  });
});
