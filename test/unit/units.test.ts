import * as assert from 'assert';
import { unitAfter, unitOf, writeUnitLike } from '../../server/src/core/extract/units';
import { formatNumber } from '../../server/src/core/format/formatNumber';
import { compareValues } from '../../server/src/core/match/compareValues';
import { mentionsOf, mismatches, onlyMention, sourceFrom } from '../helpers/core';

/** The only fact of a one-sentence source. */
function factOf(source: string) {
  const facts = sourceFrom(`---\ndate: 2024-11-15\n---\n${source}\n`).facts.filter((f) => !f.derived);
  assert.strictEqual(facts.length, 1, JSON.stringify(facts.map((f) => f.text)));
  return facts[0];
}

describe('units of measure', () => {
  it('are read with their figure, written short, out, hyphenated, after a scale or run on', () => {
    const cases: Array<[string, string, number, string]> = [
      ['Lisk lies some 380 km to the north.', '380 km', 380, 'km'],
      ['Lisk lies some 236 miles to the north.', '236 miles', 236, 'mi'],
      ['It broke the 7.12-metre record.', '7.12-metre', 7.12, 'm'],
      ['The epicentre was 42km away.', '42km', 42, 'km'],
      ['The probe is 284 million km from Earth.', '284 million km', 284e6, 'km'],
      ['The wall is 300m long.', '300m', 300, 'm'],
      ['The runners raced 2000 metres.', '2000 metres', 2000, 'm'],
      ['It weighs 410,000 tonnes.', '410,000 tonnes', 410000, 't'],
      ['Winds reached 120 km/h at the coast.', '120 km/h', 120, 'kmh'],
      ['It was 40 °C in the shade.', '40 °C', 40, 'C'],
      ['The tower stands 1,000 feet tall.', '1,000 feet', 1000, 'ft'],
      // An area's abbreviation and words mixed.
      ['It blackened about 76 sq miles.', '76 sq miles', 76, 'mi2'],
      ['It covers 120 square km of forest.', '120 square km', 120, 'km2'],
      ['The flat has 55 sq meters of floor.', '55 sq meters', 55, 'm2'],
      // Power and energy.
      ['The farm has a combined capacity of 1,140MW, enough for a city.', '1,140MW', 1140, 'MW'],
      ['It has a capacity of 1,410 megawatts.', '1,410 megawatts', 1410, 'MW'],
      ['The 1.4 GW farm opened.', '1.4 GW', 1.4, 'GW'],
      ['A 1,200-megawatt plant was shut.', '1,200-megawatt', 1200, 'MW'],
      ['It makes roughly 5.9 terawatt-hours a year.', '5.9 terawatt-hours', 5.9, 'TWh'],
      ['Homes used 2,700 kilowatt hours a year.', '2,700 kilowatt hours', 2700, 'kWh'],
      ['The battery stores 600MWh.', '600MWh', 600, 'MWh'],
      // Bit rates: "12.3Mbps" had been no figure at all beside a source's "21.3 megabits per second".
      ['Median downloads slid to 12.3Mbps.', '12.3Mbps', 12.3, 'Mbps'],
      ['The cable carries 24 terabits per second.', '24 terabits per second', 24, 'Tbps'],
      ['Links run at 400 Gbit/s.', '400 Gbit/s', 400, 'Gbps'],
      // Data: "1.2 gigabytes" was a figure without a unit, verified against 1.2 terabytes.
      ['The hackers stole 1.2 terabytes of files.', '1.2 terabytes', 1.2, 'TB'],
      ['The leak ran to 850GB.', '850GB', 850, 'GB'],
      ['Each file is 3.5 MB.', '3.5 MB', 3.5, 'MB'],
    ];
    for (const [text, written, value, unit] of cases) {
      const m = onlyMention(text);
      assert.deepStrictEqual([m.kind, m.text, m.number?.values[0], m.number?.unit], ['count', written, value, unit], text);
    }
    // Millions stay millions, money stays money, and a name stays a name.
    assert.deepStrictEqual([onlyMention('It had 300m users.').number?.values, onlyMention('It had 300m users.').number?.unit], [[3e8], undefined]);
    assert.strictEqual(onlyMention('It cost £300m.').kind, 'money');
    assert.strictEqual(unitAfter('G network'), undefined);
  });

  it('hold data in one size for a slip of another', () => {
    assert.strictEqual(compareValues(onlyMention('The hackers stole 1.2 gigabytes of files.'), factOf('The hackers stole 1.2 terabytes of files.')), 'disagree');
    assert.strictEqual(compareValues(onlyMention('The hackers stole 1,200GB of files.'), factOf('The hackers stole 1.2 terabytes of files.')), 'agree');
    assert.deepStrictEqual(mismatches('The gang says it stole 1.2 gigabytes of data.', [sourceFrom('The gang says it stole 1.2 terabytes of data from the hospital.')]), [['1.2 gigabytes', '1.2 terabytes']]);
  });

  it('read a unit written out in any case, keeping the text as written', () => {
    assert.deepStrictEqual(unitAfter(' Square Kilometres of forest'), { unit: unitAfter(' square kilometres')!.unit, written: ' Square Kilometres' });
    assert.strictEqual(unitAfter(' MILES')?.written, ' MILES');
    assert.strictEqual(unitAfter('-Metre record')?.unit, unitAfter(' metres')?.unit);
    // A letter after the word makes it another word, whatever its case.
    assert.strictEqual(unitAfter(' MilesX'), undefined);
    // A character whose lower case is longer ("İ") before a unit moves nothing: it is no part of one.
    assert.strictEqual(unitAfter(' İmiles'), undefined);
  });

  it('convert power and energy within each, never one into the other', () => {
    assert.strictEqual(compareValues(onlyMention('The farm has a capacity of 1.4GW.'), factOf('The farm has a capacity of 1,410 megawatts.')), 'agree');
    assert.strictEqual(compareValues(onlyMention('The farm has a capacity of 1,140MW.'), factOf('The farm has a capacity of 1,410 megawatts.')), 'disagree');
    // Power is not energy.
    assert.strictEqual(compareValues(onlyMention('It makes 5.9 TWh.'), factOf('It has 5.9 GW.')), 'incomparable');
    // No bare "W": it is as often west.
    assert.strictEqual(onlyMention('The village lies 5 W of the town.').number?.unit, undefined);
  });

  it('read a temperature without its degree sign near a word of temperature, or with decimals', () => {
    const m = onlyMention('The temperature at Fenwick Moor reached 33.8C that afternoon.');
    assert.deepStrictEqual([m.text, m.number?.values[0], m.number?.unit], ['33.8C', 33.8, 'C']);
    assert.deepStrictEqual([onlyMention('Highs of 31F are expected in the cold snap.').number?.unit], ['F']);
    // Elsewhere a figure run into a capital is a name: no figure at all.
    assert.strictEqual(mentionsOf('Group 1C won the cup.').length, 0);
    assert.strictEqual(mentionsOf('She got a 2C in maths.').length, 0);
    // The word of temperature is the sentence's own: a neighbour's made a source read otherwise
    // alone than within its document (the index and the facts disagreed).
    assert.deepStrictEqual(mentionsOf('The heat broke records. Group 1C won, and its 2 C grade stood.').map((m) => [m.text, m.number?.unit]), [['2', undefined]]);
    // "minus", or another reading of the sentence written with decimals, speaks of temperature: both were no figure.
    assert.deepStrictEqual(mentionsOf('A weather station records minus 21C.').map((m) => [m.text, m.number?.values[0], m.number?.unit]), [['minus 21C', -21, 'C']]);
    assert.deepStrictEqual(mentionsOf('The logger hit 31.4C, more than 3C above the usual level.').map((m) => [m.text, m.number?.unit]), [
      ['31.4C', 'C'],
      ['3C', 'C'],
    ]);
    // A space before it too: "2 C" was a count, and flagged against 20 drivers.
    assert.deepStrictEqual(mentionsOf('Drivers stood in temperatures of 2 C (about 36 F).').map((m) => [m.text, m.number?.unit]), [
      ['2 C', 'C'],
      ['36 F', 'F'],
    ]);
    const source = [sourceFrom('---\ndate: 2025-08-05\n---\nThe temperature at Fenwick Moor reached 33.8C on Saturday, the highest reading there since 2022.\n')];
    assert.deepStrictEqual(mismatches('The temperature at Fenwick Moor reached 38.3C on Saturday.', source), [['38.3C', '33.8C']]);
    // With decimals, "C" is Celsius without a word of heat: no name is written so.
    assert.deepStrictEqual(mentionsOf('Fenwick Moor reached 38.3C, and 24.65F at dawn.').map((m) => [m.text, m.number?.unit]), [
      ['38.3C', 'C'],
      ['24.65F', 'F'],
    ]);
    assert.deepStrictEqual(mismatches('Fenwick Moor reached 38.3C on Saturday.', source), [['38.3C', '33.8C']]);
    // A whole figure still needs the word, and three decimals are a thousands' group.
    assert.deepStrictEqual(mentionsOf('Fenwick Moor reached 38C, and Lot 4.125C sold.').map((m) => m.text), []);
  });

  it('read a temperature below zero with its sign, as written, and no other figure after "minus"', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.text, m.number?.values[0], m.number?.unit]);
    assert.deepStrictEqual(read('The valley sat at minus 2C during the frost, and −17°C by dawn.'), [
      ['minus 2C', -2, 'C'],
      ['−17°C', -17, 'C'],
    ]);
    // The scale's name alone after the figure.
    assert.deepStrictEqual(read('By night it was minus 17 Celsius, or about 1 Fahrenheit; by noon 40 degrees centigrade.'), [
      ['minus 17 Celsius', -17, 'C'],
      ['1 Fahrenheit', 1, 'F'],
      ['40 degrees centigrade', 40, 'C'],
    ]);
    assert.deepStrictEqual(read('The low, minus 23.4 C (minus 10 F), held for a night in the cold.'), [
      ['minus 23.4 C', -23.4, 'C'],
      ['minus 10 F', -10, 'F'],
    ]);
    assert.deepStrictEqual(read('Temperatures fell to -9C overnight.'), [['-9C', -9, 'C']]);
    // A hyphen after a figure joins a range: no sign, and the figure is left unread as before.
    assert.deepStrictEqual(read('Temperatures ranged from 5-10C.').map((m) => m[0]), ['5']);
    assert.deepStrictEqual(read('Temperatures ranged from 5−10C.').map((m) => m[0]), ['5']);
    // Whatever else follows "minus" is no figure: its sign is not read.
    assert.deepStrictEqual(read('Shares closed at minus 5 per cent, and the fund at minus 3.'), []);
    // Nor what follows a sign with no letter or digit before it ("-0.3" was read as 0.3, and fixed as
    // "-120,000"); after one, the sign joins a range.
    assert.deepStrictEqual(read('Shares closed -0.3 per cent, and −4 in (-5) funds.'), []);
    assert.deepStrictEqual(read('Some 5−10 people and 20-30 more came.').map((m) => m[0]), ['5', '10', '20', '30']);
    const source = [sourceFrom('---\ndate: 2025-01-20\n---\nThe temperature at 2,500 metres was 6C on Monday afternoon, against minus 12C a week earlier, a rise that weakened the snowpack.\n')];
    const draft = (low: string) => `The temperature at 2,500 metres was 6C on Monday afternoon, against ${low} a week earlier, a rise that weakened the snowpack.`;
    assert.deepStrictEqual(mismatches(draft('minus 21C'), source), [['minus 21C', 'minus 12C']]);
    assert.deepStrictEqual(mismatches(draft('-21C'), source), [['-21C', '-12C']]);
    // Its sign dropped: the fix writes it back.
    assert.deepStrictEqual(mismatches(draft('12C'), source), [['12C', 'minus 12C']]);
    // Its sign after it: "below zero" is read with the figure, and written back so.
    assert.deepStrictEqual(read('The temperature was 6C below zero at dawn.'), [['6C below zero', -6, 'C']]);
    assert.deepStrictEqual(mismatches(draft('12C below zero'), source), []);
    assert.deepStrictEqual(mismatches(draft('21C below zero'), source), [['21C below zero', '12C below zero']]);
    // No fix writes a temperature above zero "below zero".
    const below = mentionsOf('The temperature was 6C below zero at dawn.')[0].numberStyle!;
    assert.deepStrictEqual([formatNumber(-8, 1, below), formatNumber(3, 1, below)], ['8C below zero', undefined]);
    // Agreeing below zero too, plain or hedged (a plain figure's interval was turned inside out there).
    assert.deepStrictEqual(mismatches(draft('−12C'), source), []);
    assert.deepStrictEqual(mismatches(draft('about minus 12C'), source), []);
    // "Nearly" short of it on the warmer side: minus 12C is nearly minus 12.5C, not nearly minus 11.5C.
    assert.deepStrictEqual(mismatches(draft('nearly minus 12.5C'), source), []);
    assert.strictEqual(compareValues(onlyMention('It fell to nearly minus 12.5C in the frost.'), factOf('It fell to minus 12C in the frost.')), 'agree');
    assert.strictEqual(compareValues(onlyMention('It fell to nearly minus 11.5C in the frost.'), factOf('It fell to minus 12C in the frost.')), 'disagree');
    // A conversion below zero holds to the figure it converts: −23.4°C is −10.1°F.
    const low = [sourceFrom('The lowest reading in the cold snap was minus 23.4°C at Ostervald.\n')];
    assert.deepStrictEqual(mismatches('The lowest reading in the cold snap was minus 23.4 C (minus 10 F) at Ostervald.', low), []);
    assert.deepStrictEqual(mismatches('The lowest reading in the cold snap was minus 23.4 C (minus 14 F) at Ostervald.', low), [['minus 14 F', 'minus 10 F']]);
  });

  it('compare in one unit, and only within one dimension', () => {
    assert.strictEqual(compareValues(onlyMention('It lies some 236 miles away.'), factOf('It lies some 380 km away.')), 'agree');
    assert.strictEqual(compareValues(onlyMention('It is about 0.87 km across.'), factOf('It is about 870 metres across.')), 'agree');
    assert.strictEqual(compareValues(onlyMention('It was mapped from 500 m.'), factOf('It was mapped from 5 km.')), 'disagree');
    assert.strictEqual(compareValues(onlyMention('It weighs 5 kg.'), factOf('It is 5 km long.')), 'incomparable');
    // Temperature scales do not share a zero: a figure in one never restates a figure in the other.
    assert.strictEqual(compareValues(onlyMention('It was 104 °F.'), factOf('It was 40 °C.')), 'incomparable');
    // Nor is a measure compared with a bare figure, in either order.
    assert.strictEqual(compareValues(onlyMention('It lies 380 away.'), factOf('It lies some 380 km away.')), 'incomparable');
    assert.strictEqual(compareValues(onlyMention('It lies 380 km away.'), factOf('It lies some 380 away.')), 'incomparable');
  });

  it('keep a converted restatement from being flagged, and fix a wrong one in the source’s unit', () => {
    const source = [
      sourceFrom(
        '---\ndate: 2024-11-15\n---\nThe epicentre was 42 kilometres south-east of Merava, at a depth of about 10 km. Tremors were felt in Lisk, some 380 km to the north.\n\nThe probe mapped the asteroid from 20 km and then from 5 km.\n',
      ),
    ];
    assert.deepStrictEqual(mismatches('The epicentre was 26 miles south-east of Merava, at a depth of about six miles. Tremors were felt in Lisk, some 236 miles to the north.', source), []);
    assert.deepStrictEqual(mismatches('The probe mapped the asteroid from 20 km and then from 500 m.', source), [['500 m', '5 km']]);
    assert.deepStrictEqual(mismatches('The probe mapped the asteroid from 20 kilometres and then from 500 metres.', source), [['500 metres', '5 kilometres']]);
    assert.deepStrictEqual(mismatches('The probe mapped the asteroid from 20,000 meters and then from 500 meters.', source), [['500 meters', '5 kilometers']]);
    assert.deepStrictEqual(mismatches('The epicentre was 24 kilometres south-east of Merava.', source), [['24 kilometres', '42 kilometres']]);
  });

  it('fix a scale slip in a range whose unit is written after its other end', () => {
    // "30" takes its unit from "50 cm"; writing the fix's unit after it once threw.
    const source = [sourceFrom('---\ndate: 2025-02-07\n---\nForecasters expect another 30 to 50 millimetres of rain from Friday evening.\n')];
    assert.deepStrictEqual(mismatches('Forecasters expect another 30 to 50 cm of rain from Friday evening.', source), [
      ['30', '30 mm'],
      ['50 cm', '50 mm'],
    ]);
  });

  it('fix a wrong conversion converted, to no finer a step than the source gives, and never compare a measure with a bare figure', () => {
    const source = [sourceFrom('---\ndate: 2025-08-14\n---\nWinds of 85 km/h fanned the flames on Tuesday, and the fire reached the village of Aria, 12 km to the south, by nightfall. It was 3.4°C warmer, 2.1 degrees above normal.\n')];
    assert.deepStrictEqual(mismatches('Winds of 85 mph fanned the flames on Tuesday, and the fire reached the village of Aria, 12 miles to the south, by nightfall.', source), [
      ['85 mph', '53 mph'],
      ['12 miles', '7 miles'],
    ]);
    assert.deepStrictEqual(mismatches('Winds of 53 mph fanned the flames on Tuesday, and the fire reached the village of Aria, 7.5 miles to the south, by nightfall.', source), []);
    // Not Celsius, nor the bare "2.1" of "2.1 degrees".
    assert.deepStrictEqual(mismatches('It was 38°F in Aria on Tuesday.', source), []);
  });

  it('hold a conversion written beside a figure to the fact that figure states, however little else the sentence shares', () => {
    const source = [sourceFrom('---\ndate: 2025-03-27\n---\nThe span gave way at 17:42, dropping 23 vehicles about 28 metres into the river. The site covers 9 hectares of woodland.\n')];
    // The writer's own words ("Selna River", "trucks") leave too little of the sentence to the source's for any other figure.
    assert.deepStrictEqual(mismatches('Dropping 23 vehicles, among them four trucks, about 28 meters (about 62 feet) into the Selna River.', source), [['62 feet', '92 feet']]);
    assert.deepStrictEqual(mismatches('Dropping 23 vehicles, among them four trucks, about 28 meters (about 92 feet) into the Selna River.', source), []);
    // A conversion two digits off is a slip of the conversion, not another figure.
    assert.deepStrictEqual(mismatches('The site covers 9 hectares (about 36 acres) of woodland.', source), [['36 acres', '22 acres']]);
    // A rounder conversion beside the claim ("8-mile") holds several facts, and frames none: was flagged against the 13.6 km.
    const tunnel = [sourceFrom('---\ndate: 2025-03-26\n---\nThe second machine completed its 12.9-km section in August 2024. An emergency station lies 13.6 km from Tarrant.\n')];
    assert.deepStrictEqual(mismatches('The second machine finished its 12.9-kilometer (8-mile) section in August 2024.', tunnel), []);
  });

  it('hold a temperature converted into the other scale beside its figure to that figure’s fact, as a reading or a difference', () => {
    const source = [sourceFrom('---\ndate: 2025-08-04\n---\nThe temperature hit 33.8C at the Fenwick Moor gauge on Saturday, and water was kept between 26 and 27 degrees Celsius. Summer temperatures were 2.1C above the average.\n')];
    assert.deepStrictEqual(mismatches('Pickets stood at the Fenwick Moor gauge, where the temperature hit 33.8 C (90.8 F) on Saturday.', source), [['90.8 F', '92.8 F']]);
    assert.deepStrictEqual(mismatches('Pickets stood at the Fenwick Moor gauge, where the temperature hit 33.8 C (92.8 F) on Saturday.', source), []);
    // Converted end to end: 79 is the 26 degrees', not the 27's.
    assert.deepStrictEqual(mismatches('The water was kept between 26 and 27 degrees Celsius (79 to 81 degrees Fahrenheit).', source), []);
    // A difference converts without the scales' offset.
    assert.deepStrictEqual(mismatches('Summer temperatures were 2.1C (3.8F) above the average.', source), []);
    assert.deepStrictEqual(mismatches('Summer temperatures were 2.1C (about 2 degrees Fahrenheit) above the average.', source), [['2 degrees Fahrenheit', '4 degrees Fahrenheit']]);
  });

  it('read pounds as a weight where the sentence weighs something, and fix a wrong conversion to the draft’s step', () => {
    assert.deepStrictEqual(
      mentionsOf('The boxes, weighing roughly 1,700 pounds, cost 400 pounds to move.').map((m) => [m.text, m.kind, m.number?.unit ?? m.number?.currency]),
      [
        ['1,700 pounds', 'count', 'lb'],
        ['400 pounds', 'money', 'GBP'],
      ],
    );
    assert.deepStrictEqual(mentionsOf('Moving them cost 400 pounds.').map((m) => [m.text, m.kind, m.number?.currency]), [['400 pounds', 'money', 'GBP']]);
    const source = [sourceFrom('---\ndate: 2025-03-27\n---\nThe bronze trophy weighs 2.4 kilograms.\n')];
    assert.deepStrictEqual(mismatches('The bronze trophy weighs 2.4 kilograms, or about 3.5 pounds.', source), [['3.5 pounds', '5.3 pounds']]);
    assert.deepStrictEqual(mismatches('The bronze trophy weighs 2.4 kilograms, or about 5.3 pounds.', source), []);
  });

  it('are written back the way the draft writes units', () => {
    const km = unitOf('km')!;
    assert.strictEqual(writeUnitLike(km, ' m', 5), ' km');
    assert.strictEqual(writeUnitLike(km, 'm', 5), 'km');
    assert.strictEqual(writeUnitLike(unitOf('m')!, 'km', 5), ' m', 'never "5m", which reads as five million');
    assert.strictEqual(writeUnitLike(km, '-metre', 5), '-kilometre');
    assert.strictEqual(writeUnitLike(km, ' Metres', 1), ' Kilometre');
    assert.strictEqual(writeUnitLike(unitOf('mi')!, ' km', 5), ' miles');
    assert.strictEqual(writeUnitLike(unitOf('mm')!, '', 30), ' mm', 'a figure whose unit stands after another');
  });
});
