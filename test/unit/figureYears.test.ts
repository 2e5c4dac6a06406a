import * as assert from 'assert';
import { mismatches, sourceFrom } from '../helpers/core';

describe('figureYears', () => {
  const levy = [sourceFrom('---\ndate: 2025-05-06\n---\nThe results compare well with neighbouring Varnia, which introduced a 15-cent levy in 2018 and raised it to 20 cents in 2023.\n')];

  it('holds a year right after a figure it dates to the year its source gives that figure', () => {
    // 2023 is a year of the source sentence, but the 15-cent levy's is 2018.
    assert.deepStrictEqual(mismatches('Neighbouring Varnia brought in a 15-cent levy in 2023, and use there fell by three-quarters.', levy), [['2023', '2018']]);
    assert.deepStrictEqual(mismatches('Neighbouring Varnia brought in a 15-cent levy in 2018, and use there fell by three-quarters.', levy), []);
    assert.deepStrictEqual(mismatches('Varnia raised its levy to 20 cents in 2023.', levy), []);
  });

  it('leaves a year alone that dates no figure rightly restated, or stands before it, or is told by its distance', () => {
    // The figure is itself the slip, or the year dates it from before it: which of the two the writer got wrong is unknown.
    assert.deepStrictEqual(mismatches('Neighbouring Varnia brought in a 12-cent levy in 2023.', levy), [['12-cent', '15-cent']]);
    assert.deepStrictEqual(mismatches('In 2023, neighbouring Varnia brought in a 15-cent levy.', levy), []);
  });

  it("takes a year right after the figure's year, with no figure between, for one of its years too", () => {
    const ice = [sourceFrom('---\ndate: 2025-03-13\n---\nUnder a high-emissions scenario it would lose between 80 and 90 per cent of its 2024 volume by 2100; under a low-emissions scenario, between 45 and 60 per cent.\n')];
    // Was "2100" -> "2024": the volume's year, not the loss's.
    assert.deepStrictEqual(mismatches('Under a high-emissions scenario it would lose between 80 and 90 per cent of its volume by 2100.', ice), []);
    assert.deepStrictEqual(mismatches('Under a high-emissions scenario it would lose between 80 and 90 per cent of its volume by 2050.', ice), [['2050', '2100']]);
  });
});
