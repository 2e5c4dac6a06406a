import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FindingCode } from '../../server/src/core/check/codes';
import { mismatchMessage } from '../../server/src/core/format/message';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { findingsOverRandomEdits, mismatches, ROOT, seedSource, sourceFrom } from '../helpers/core';

describe('conversions beside the figure they convert', () => {
  it('flags a conversion the figure does not give, with a fix in its style and the working in the message', () => {
    const draft = 'Tanks must be kept at 38F (about 3C) or colder, rather than 40F (7C).';
    assert.deepStrictEqual(mismatches(draft, []), [['7C', '4C']]);
    const finding = checkDocument(draft, 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.ConversionMismatch)!;
    assert.strictEqual(mismatchMessage(finding), '"7C" — its figures give 4C (40F is 4.4C)');
    assert.deepStrictEqual(mismatches('The route is a 12-mile (30 km) walk.', []), [['30 km', '19 km']]);
    assert.deepStrictEqual(mismatches('The wave rose 28 meters (about 62 feet).', []), [['62 feet', '92 feet']]);
    // Units of the sea and of science copy, and inches run on.
    assert.deepStrictEqual(mismatches('They collided some 6.5 nautical miles (about 10.5 km) off the cape.', []), [['10.5 km', '12.0 km']]);
    assert.deepStrictEqual(mismatches('Currents reach 4.2 metres per second, or about 12 knots.', []), [['12 knots', '8 knots']]);
    assert.deepStrictEqual(mismatches('The trophy stands 31in, or about 60cm, tall.', []), [['60cm', '79cm']]);
    assert.deepStrictEqual(mismatches('The slide moved 1.8 million cubic metres (about 1.8 million cubic yards) of rock.', []), [['1.8 million cubic yards', '2.4 million cubic yards']]);
    assert.deepStrictEqual(mismatches('The plaza is 120 metres (about 230 yards) long.', []), [['230 yards', '130 yards']]);
    // Across the noun a figure written as an adjective qualifies.
    assert.deepStrictEqual(mismatches('The nearest branch is a 23-mile drive, or about 48km.', []), [['48km', '37km']]);
    assert.deepStrictEqual(mismatches('Runners were stopped at the 30-kilometre mark, about 21.7 miles into the race.', []), [['21.7 miles', '18.6 miles']]);
    assert.deepStrictEqual(mismatches('The route is a 12-mile walk (30 km) through the hills.', []), [['30 km', '19 km']]);
  });

  it('leaves rounded conversions, ranges converted end to end, differences of readings and bounds alone', () => {
    for (const draft of [
      'The road is 100 km (62 miles) long.',
      'It stood at 380 km (236 miles) from the coast.',
      'The water was between 26 and 27 degrees Celsius (79 to 81 degrees Fahrenheit).',
      'It was 2.1C (3.8F) above average.',
      'The van reached up to 120 km/h (75 mph).',
      'A 60 mph (100 km/h) limit applies.',
      'It weighs 2.4 kilograms, or about 5.3 pounds.',
      // Within one system the writer's slip is of scale, fixed only from a source.
      'It can turn out 150 million liters a day, or 150 million cubic meters.',
      // Across a noun, a figure after a comma alone is a part of what the noun names, not its conversion.
      'The nearest branch is a 23-mile drive, 12 km of it on gravel.',
      'The nearest branch is a 23-mile drive, or about 37km.',
    ]) {
      assert.deepStrictEqual(mismatches(draft, []), [], draft);
    }
  });

  it('leaves a conversion to the sources when one states it, and when the figure it converts is wrong', () => {
    const source = sourceFrom('Farms must keep milk in bulk tanks at 40 degrees Fahrenheit or colder, the agency said.');
    // The figure is the slip: its conversion, right or not, follows it.
    assert.deepStrictEqual(mismatches('Farms must keep milk in bulk tanks at 42F (7C) or colder, the agency said.', [source]), [['42F', '40F']]);
    // A source that only bounds the figure decides nothing of its conversion.
    const bound = sourceFrom('Saturday, when the temperature did not rise above 9°C, was the busiest day of the fair.');
    assert.deepStrictEqual(mismatches('Saturday was the busiest day, though the temperature never climbed above 9 degrees Celsius (43 degrees Fahrenheit).', [bound]), [['43 degrees Fahrenheit', '48 degrees Fahrenheit']]);
  });

  it('holds a figure whose conversion restates the source to that conversion, bare degrees taken for the other scale', () => {
    const source = sourceFrom(fixture('sources/channelswim.md'));
    const draft = (low: string) => `The water averaged 58.1 degrees Fahrenheit (14.5 Celsius) and dipped to ${low} degrees (13.2 Celsius) in mid-channel around midday.`;
    assert.deepStrictEqual(mismatches(draft('53.8'), [source]), [['53.8 degrees', '55.8']]);
    assert.deepStrictEqual(mismatches(draft('55.8'), [source]), []);
    // A conversion the source does not state decides nothing of the figure before it.
    assert.deepStrictEqual(mismatches('The room was kept at 71.6 degrees (22 Celsius) all day.', [source]), []);
  });

  it('takes a figure after a conjunction for no conversion of the one before it', () => {
    const source = sourceFrom('The Rural Halls Fund awarded £185,000 in November 2023, and the Van Leeuwen Foundation gave €72,000 (about £61,000) in March 2024.');
    // Was "€72,000" -> "€220,000", as if it converted the £185,000.
    assert.deepStrictEqual(mismatches('Grants from the Rural Halls Fund and the Van Leeuwen Foundation brought in £185,000 and €72,000 respectively.', [source]), []);
    assert.deepStrictEqual(mismatches('The Rural Halls Fund awarded £185,000 (€260,000) in November 2023.', [source]), [['€260,000', '€220,000']]);
  });

  it('takes a figure after a closing bracket for no conversion of the one in the brackets', () => {
    const source = sourceFrom('The trial cost £3.7 million (about €4.4 million), of which £2.1 million came from the government and £1.6 million from the board.');
    assert.deepStrictEqual(mismatches('The trial cost £3.7 million (about €4.4 million): £2.1 million from the government and £1.6 million from the board.', [source]), []);
    assert.deepStrictEqual(mismatches('The trial cost £3.7 million (about €4.4 million): £2.4 million from the government and £1.6 million from the board.', [source]), [['£2.4 million', '£2.1 million']]);
  });

  it('flags a price given again per another unit that the price does not give, and leaves one it gives, or one not linked to it, alone', () => {
    assert.deepStrictEqual(mismatches('Arabica settled at $4.38 a pound on the Westbrook Commodities Exchange, or about $8.76 a kilogram.', []), [['$8.76', '$9.66']]);
    assert.deepStrictEqual(mismatches('Trucks pay 24 cents a mile (39 cents a kilometre) from May.', []), [['39 cents', '15 cents']]);
    const finding = checkDocument('Diesel costs €1.60 a litre, or €5.20 a gallon.', 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.ConversionMismatch)!;
    assert.strictEqual(mismatchMessage(finding), '"€5.20" — its figures give €6.06 (€1.60 a litre is €6.06 a gallon)');
    for (const draft of [
      'Arabica settled at $4.38 a pound, or about $9.66 a kilogram.',
      'Arabica settled at $4.38 a pound ($9.7 a kilogram).',
      // Not the same price: other times, other currencies, a price per the same unit.
      'It cost $4.38 a pound last year and $12 a kilogram now.',
      'It cost $4.38 a pound, or €8 a kilogram.',
      'It rose from $4.38 a pound, or $4.50 a pound.',
    ]) assert.deepStrictEqual(mismatches(draft, []), [], draft);
  });

  it('gives what a fresh check gives as conversions are typed and edited, incrementally', () => {
    const met = findingsOverRandomEdits('Tanks must be kept at 40F (7C) or colder.\n\nThe route is a 12-mile (30 km) walk, 130,000 people said.\n\nIt rose 28 meters (about 62 feet).\n\nArabica was $4.38 a pound, or $8.76 a kilogram.\n', new FactIndex([seedSource()]), 31, 200, FindingCode.ConversionMismatch);
    assert.ok(met > 10, `only ${met} wrong conversions met in 200 steps`);
  });
});

function fixture(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'accuracy', name), 'utf8');
}
