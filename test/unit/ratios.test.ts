import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import type { Finding } from '../../server/src/core/check/finding';
import { checkRatios, ratiosOf } from '../../server/src/core/check/ratioFindings';
import { readSentences } from '../../server/src/core/extract/readDocument';
import { readProse } from '../../server/src/core/text/prose';
import { FindingCode } from '../../server/src/core/check/codes';
import { findRatios } from '../../server/src/core/extract/findRatios';
import { mismatchMessage } from '../../server/src/core/format/message';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { judgeRatio } from '../../server/src/core/match/judgeRatio';
import { findingsOverRandomEdits, mentionsOf, mismatches, ROOT, seedSource, sourceFrom } from '../helpers/core';

/** Each ratio of a one-sentence text as [claim, relation, base, other]. */
const ratiosIn = (text: string) => {
  const mentions = mentionsOf(text);
  return findRatios(text, mentions, 0).map((r) => [mentions[r.claim].text, r.relation, mentions[r.base].text, mentions[r.other].text]);
};

const judged = (text: string) => {
  const mentions = mentionsOf(text);
  const [ratio] = findRatios(text, mentions, 0);
  return ratio && judgeRatio(ratio, mentions);
};

describe('ratios', () => {
  describe('findRatios', () => {
    it('reads a change between two levels, before or after them, from either end', () => {
      assert.deepStrictEqual(ratiosIn('It rose from 1.45 pounds to 1.85 pounds, a 40 percent increase.'), [['40 percent', 'change', '1.45 pounds', '1.85 pounds']]);
      assert.deepStrictEqual(ratiosIn('Wheat fetches €312 a tonne, up from €228 a year ago, an 84 per cent jump.'), [['84 per cent', 'change', '€228', '€312']]);
      assert.deepStrictEqual(ratiosIn('Prices rose 40 percent, from 1.45 pounds to 1.85 pounds.'), [['40 percent', 'change', '1.45 pounds', '1.85 pounds']]);
      assert.deepStrictEqual(ratiosIn('It paid 240,000 euros, about 25 percent more than last year\'s 180,000 euros.'), [['25 percent', 'change', '180,000 euros', '240,000 euros']]);
      assert.deepStrictEqual(ratiosIn('The bill came to €418,500, more than 25 per cent above the €350,000 the council had set aside.'), [['25 per cent', 'change', '€350,000', '€418,500']]);
      assert.deepStrictEqual(ratiosIn('The field of 142 was up from 118, a rise of more than a quarter.'), [['a quarter', 'change', '118', '142']]);
      assert.deepStrictEqual(ratiosIn('Hours are capped at €4.50, down from €7.85, a cut of more than half.'), [['half', 'change', '€7.85', '€4.50']]);
      // Any noun of change, and its words are the claim's own, not words between it and the levels.
      assert.deepStrictEqual(ratiosIn('The ice now covers 14.6 sq km, down from 19.2 sq km at the first aerial survey in 1973 – a shrinkage of more than a quarter.'), [['a quarter', 'change', '19.2 sq km', '14.6 sq km']]);
      assert.deepStrictEqual(ratiosIn('It rose from 200 to 300, a 40 percent hike.'), [['40 percent', 'change', '200', '300']]);
      // "Before" that times a figure opens no other clause.
      assert.deepStrictEqual(ratiosIn('The deficit is £38.6 million, up from £24.1 million the year before — an increase of more than 80 percent.'), [['80 percent', 'change', '£24.1 million', '£38.6 million']]);
      assert.deepStrictEqual(ratiosIn('The deficit is £38.6 million, up from £24.1 million before the merger — an increase of more than 80 percent.'), []);
      // Nor does the time a level is of, right after it.
      assert.deepStrictEqual(ratiosIn('It expects a deficit of £38.6 million by the end of the financial year, up from £24.1 million — an increase of more than 80 percent.'), [['80 percent', 'change', '£24.1 million', '£38.6 million']]);
      // The level it is from leaving its currency to the level reached.
      assert.deepStrictEqual(mismatches('The price tag has grown to 318 million euros from 245 million, an increase of 40 percent.', []), [['40 percent', '30 percent']]);
      // After the difference the two levels make, too; not in another clause.
      assert.deepStrictEqual(ratiosIn('Net income rose to $612m from $538m, a rise of $74m, or 25 per cent.'), [['$74m', 'difference', '$538m', '$612m'], ['25 per cent', 'change', '$538m', '$612m']]);
      assert.deepStrictEqual(ratiosIn('Sales rose from 200 to 300, a rise of 100 units, while costs fell 25 per cent.'), [['100', 'difference', '200', '300']]);
      // Beside the level reached alone, the difference's noun tells which way: its level was the one reached less a rise, or plus a fall.
      assert.deepStrictEqual(ratiosIn('This winter it cost CHF 79, a rise of five francs, almost 10 per cent.'), [
        ['five francs', 'changeOf', 'CHF 79', 'CHF 79'],
        ['10 per cent', 'changeBy', 'five francs', 'CHF 79'],
      ]);
      assert.deepStrictEqual(mismatches('This winter it cost CHF 79, a rise of five francs, almost 10 per cent.', []), [['almost 10 per cent', 'almost 7 per cent']]);
      assert.deepStrictEqual(mismatches('The fare falls to $5.00, a cut of $0.40, or 12 per cent.', []), [['12 per cent', '7 per cent']]);
      assert.deepStrictEqual(mismatches('The fare falls to $5.00, a cut of $0.40, or 7.4 per cent.', []), []);
      // An overrun is a rise from the budget; "compared with" opens no other clause; a conversion in brackets stands between as words do.
      assert.deepStrictEqual(ratiosIn('The project cost 612 million euros, compared with the 446 million euros the city council budgeted in 2018, an overrun of 148 million euros, or nearly 32 percent.'), [['148 million euros', 'difference', '446 million euros', '612 million euros'], ['32 percent', 'change', '446 million euros', '612 million euros']]);
      assert.deepStrictEqual(ratiosIn('Phase one has cost £148m (€177m) against a budget of £121m, an overrun of 32 per cent.'), [['32 per cent', 'change', '£121m', '£148m']]);
      // Far into a draft as at its start: the sentence with its conversion blanked is read at the draft's offsets.
      const converted = 'The bill rose from £121m (€145m) to £148m, an overrun of 42 per cent.';
      assert.deepStrictEqual(mismatches(converted, []), [['42 per cent', '22 per cent']]);
      assert.deepStrictEqual(mismatches(`${'Words go here and there. '.repeat(200)}\n\n${converted}`, []), [['42 per cent', '22 per cent']]);
      // So does an amount told again per share after ", or"; one in another currency may be the term a whole is in.
      assert.deepStrictEqual(mismatches('Net income came to $612m, or $1.43 a share, against $538m, or $1.25, in the same quarter of 2024 — an increase of almost 20 per cent.', []), [['almost 20 per cent', 'almost 14 per cent']]);
      assert.deepStrictEqual(mismatches('The project costs $612 million. Its owner puts in €240 million, or $259 million, more than half of the total.', []), [['more than half', 'more than two-fifths']]);
      assert.deepStrictEqual(mismatches('The final bill came to €612m (roughly £515m), compared with a budget of €464m set in 2018 – an overrun of €148m, or almost a quarter.', []), [['almost a quarter', 'almost a third']]);
      // A plan, then what it came to.
      assert.deepStrictEqual(ratiosIn('The renovation was budgeted at €126 million in 2016 and ended up at €184 million, an overrun of roughly €50 million.'), [['€50 million', 'difference', '€126 million', '€184 million']]);
      // A hedged difference is fixed to the writer's rounding, a plain one exactly.
      assert.deepStrictEqual(mismatches('The renovation was budgeted at €126 million in 2016 and ended up at €184 million, an overrun of roughly €50 million.', []), [['roughly €50 million', 'roughly €60 million']]);
      assert.deepStrictEqual(mismatches('The renovation was budgeted at €126 million in 2016 and ended up at €184 million, an overrun of €50 million.', []), [['€50 million', '€58 million']]);
      assert.deepStrictEqual(ratiosIn('A scheme sold to us in October 2018 at £280 million ended up costing £434 million, 45 per cent more than planned.'), [['45 per cent', 'change', '£280 million', '£434 million']]);
      assert.deepStrictEqual(ratiosIn('It was expected to cost $2.1bn but came in at $2.9bn, an overrun of 60 per cent.'), [['60 per cent', 'change', '$2.1bn', '$2.9bn']]);
      // Not a level a change is from, nor a difference of no direction.
      assert.deepStrictEqual(ratiosIn('It is down from €5.80, a drop of €0.40, or 12 per cent.'), []);
      assert.deepStrictEqual(ratiosIn('It costs €5.80, a difference of €0.40, or 12 per cent.'), []);
    });

    it('reads a change told by a verb of a multiple as that multiple, unless the verb has an object of its own', () => {
      assert.deepStrictEqual(ratiosIn('The network will grow from 62.4 kilometers to 130 kilometers by 2029, almost tripling it.'), [['tripling', 'multiple', '62.4 kilometers', '130 kilometers']]);
      assert.deepStrictEqual(ratiosIn('Sales nearly tripled, from 2.1 million to 4.6 million.'), [['tripled', 'multiple', '2.1 million', '4.6 million']]);
      assert.deepStrictEqual(ratiosIn('The fleet grew from 12 to 45 ships, doubling in size.'), [['doubling', 'multiple', '12', '45']]);
      assert.deepStrictEqual(ratiosIn('Ridership grew from 2,000 to 3,000 in a year, doubling the operator\'s revenue.'), []);
      assert.deepStrictEqual(ratiosIn('Staff numbers fell from 400 to 120, roughly halving.'), []);
      // Fixed in the claim's own form.
      assert.deepStrictEqual(mismatches('The network will grow from 62.4 kilometers to 130 kilometers by 2029, almost tripling it.', []), [['almost tripling', 'more than doubling']]);
      assert.deepStrictEqual(mismatches('Sales more than doubled, from 2.1 million to 4.6 million.', []), []);
    });

    it('reads a share of a whole, and a multiple of a figure', () => {
      // A multiple set off after the two figures it compares, told against each other.
      assert.deepStrictEqual(ratiosIn('There were 47 confirmed sightings in the year to 30 September against 19 the year before — nearly three times as many.'), [['three times', 'multiple', '19', '47']]);
      assert.deepStrictEqual(mismatches('There were 57 sightings against 19 the year before, four times as many.', []), [['four times', 'three times']]);
      assert.deepStrictEqual(ratiosIn('There were 47 sightings against 19 the year before, and three times as many as 12 farms reported.'), []);
      assert.deepStrictEqual(ratiosIn('Twenty-three of the 142 players were women, roughly one in five.'), [['one in five', 'share', '142', 'Twenty-three']]);
      // Its whole may be someone's: was no share.
      assert.deepStrictEqual(ratiosIn("The plan shuts 212 of the trust's 1,486 inpatient beds, or nearly a fifth of the total."), [['a fifth', 'share', '1,486', '212']]);
      assert.deepStrictEqual(ratiosIn("About 4,300 of the country's 5,120 state schools, more than 90% of them, will close."), [['90%', 'share', '5,120', '4,300']]);
      assert.deepStrictEqual(ratiosIn('It cost €86 million, and €31 million of it, more than 40 per cent, went on the stadium.'), [['40 per cent', 'share', '€86 million', '€31 million']]);
      assert.deepStrictEqual(ratiosIn('Of the 64 farms in the region, 27 have reported deaths, more than half of the total.'), [['half', 'share', '64', '27']]);
      assert.deepStrictEqual(ratiosIn('More than 2,300 people complained, 1,402 of them — over 70 per cent — by phone.'), [['70 per cent', 'share', '2,300', '1,402']]);
      // A multiple of a figure someone's: "three times as much as Norway's 8 per cent".
      assert.deepStrictEqual(ratiosIn("Poland alone contributes 14 per cent, three times as much as Norway's 8 per cent."), [['three times', 'multiple', '8 per cent', '14 per cent']]);
      assert.deepStrictEqual(ratiosIn('It spends €1.37 billion, more than three times the €638 million of 2020.'), [['three times', 'multiple', '€638 million', '€1.37 billion']]);
    });

    it('reads a change whose level reached is the last figure of its kind in the sentence before, told as "that"', () => {
      const text = 'The storm dropped 8.3 inches over the whole day. That is nearly 60 percent more than the old one-day record of 5.9 inches.';
      const mentions = mentionsOf(text);
      const second = text.indexOf('That');
      const own = mentions.filter((m) => m.start >= second);
      const before = mentions.filter((m) => m.start < second);
      assert.deepStrictEqual(findRatios(text, own, second, before), [{ claim: 0, relation: 'change', base: 2, other: -1 }]);
      // Without "that", or with no such figure before it, there is none.
      assert.deepStrictEqual(findRatios(text.replace('That is', 'Rain was'), own, second, before), []);
      assert.deepStrictEqual(findRatios(text, own, second, []), []);
      assert.deepStrictEqual(mismatches('Revenue hit €3.84 billion, or roughly £3.3 billion. That is about 34 percent above the €3.1 billion figure in a study.', []), [['about 34 percent', 'about 24 percent']]);
      // "That is up …", and a level "on" what it is from.
      assert.deepStrictEqual(mismatches('Hives lost 31.6 per cent of colonies. That is up 22.7 per cent on last winter\'s rate of 18.9 per cent.', []), [['22.7 per cent', '67.2 per cent']]);
    });

    it('holds an amount for each item to the total before it over the items counted', () => {
      assert.deepStrictEqual(ratiosIn('Harker\'s £38,000 winter bill for 120 cows works out at £371 a cow.'), [['£371', 'quotient', '120', '£38,000']]);
      assert.deepStrictEqual(mismatches('Harker\'s £38,000 winter bill for 120 cows works out at £371 a cow.', []), [['£371', '£317']]);
      // By a measure's unit, after another amount each; hedged, to the writer's rounding.
      assert.deepStrictEqual(mismatches('It points to 11.5 km of fencing on 23 farms for £148,000 — about £6,400 a farm, or roughly £11,000 per kilometre.', []), [['roughly £11,000', 'roughly £13,000']]);
      // "each": the larger count over the smaller; a length of time, to the claim's step.
      assert.deepStrictEqual(mismatches('120 volunteers counted 8,069 paper ballots over two days, roughly 76 each.', []), [['roughly 76', 'roughly 67']]);
      assert.deepStrictEqual(mismatches('A total of 147 volunteers gave 6,850 hours, an average of more than 50 hours each.', []), [['more than 50 hours', 'about 47 hours']]);
      const finding = checkDocument('Harker\'s £38,000 winter bill for 120 cows works out at £371 a cow.', 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.RatioMismatch)!;
      assert.strictEqual(finding.sourceSays, '£38,000 for 120 is £317 each');
      // Right, or of another clause, or of a measure each item has, it is left.
      for (const draft of [
        'Harker\'s £38,000 winter bill for 120 cows works out at about £317 a cow.',
        'The council spent £2.4 million on 18 buses last year and £90,000 each on repairs.',
        'The council bought 18 buses for £2.4 million; it also paid £90,000 each for two ferries.',
        'The barrier has 12 gates of 460 tonnes each, and cost £86 million.',
        'The club\'s 40 members raised £6,000 last year, about £25 a week.',
      ]) {
        assert.deepStrictEqual(mismatches(draft, []), [], draft);
      }
    });

    it('holds a change told as a fraction before a comparison to the figures it compares', () => {
      assert.deepStrictEqual(mismatches('A record 142 cars started, a quarter more than last year\'s 118.', []), [['a quarter', 'a fifth']]);
      assert.deepStrictEqual(mismatches('A record 142 cars started, a fifth more than last year\'s 118.', []), []);
      assert.deepStrictEqual(mismatches('Only 94 cars started, a third fewer than last year\'s 118.', []), [['a third', 'a fifth']]);
      assert.deepStrictEqual(mismatches('Sales reached 300 units, a third higher than the 200 of a year ago.', []), [['a third', 'half']]);
    });

    it('takes as the level "That is" points back to the last figure of its kind before it but for the whole a share there is of', () => {
      const before = 'About 11,400 hectares, or more than 40 per cent of the roughly 30,000 hectares planted nationally.';
      // It had been the 30,000: "around a quarter more than the 9,200" was fixed to about 230 per cent.
      assert.deepStrictEqual(mismatches(`${before} That is around a third more than the 9,200 hectares hit in 2012.`, []), [['around a third', 'nearly a quarter']]);
      assert.deepStrictEqual(mismatches(`${before} That is around a quarter more than the 9,200 hectares hit in 2012.`, []), []);
      assert.deepStrictEqual(mismatches('Some 30,000 hectares were planted. That is around a quarter more than the 9,200 hectares of 2012.', []), [['around a quarter', 'about 230 per cent']]);
    });

    it('reads the level a change in per cent is from after "on" or a year it was at, and not a level reached after "on"', () => {
      assert.deepStrictEqual(ratiosIn('The rate reached 31.6 per cent, up 12.7 per cent on last winter\'s rate of 18.9 per cent.'), [['12.7 per cent', 'change', '18.9 per cent', '31.6 per cent']]);
      assert.deepStrictEqual(ratiosIn('In all 14.1 percent failed, up 13.7 percent from 2024, when 0.4 percent failed.'), [['13.7 percent', 'change', '0.4 percent', '14.1 percent']]);
      assert.deepStrictEqual(ratiosIn('Shares opened at $48, down 3% on the day to $45.'), []);
      // An aside of words set off before "up from" stands between the levels as words do.
      assert.deepStrictEqual(ratiosIn('It drew 4.87 million viewers, not including Chinese platforms, up from 3.91 million last year, a jump of more than 30 percent.'), [['30 percent', 'change', '3.91 million', '4.87 million']]);
      assert.deepStrictEqual(ratiosIn('It drew 4.87 million viewers, as the league said, up from 3.91 million last year, a jump of more than 30 percent, and 12 new teams.').length, 1);
      // Only before "up from": "a miss versus" a forecast is no level a change is from.
      assert.deepStrictEqual(ratiosIn('Revenue fell 4.2% to €2.41bn, a miss versus the €2.38bn consensus.'), []);
      // A level on the wrong side of the way the change is told is another figure of the sentence.
      assert.deepStrictEqual(ratiosIn('It logged 41,312 spills from its 1,186 overflows last year, up 17 per cent on the 35,390 of 2023.'), []);
      assert.deepStrictEqual(ratiosIn('It handled 71,846 calls, roughly 2,566 a day, up 6.8% from 67,274 a year ago.'), []);
    });

    it('holds a share of "the total" to the one total or cost the sentence before gives, and to no figure the total was reckoned from', () => {
      assert.deepStrictEqual(mismatches('The total is $21.4 million over five years. The state covers $12.9 million, or about 70 percent of the bill.', []), [['about 70 percent', 'about 60 percent']]);
      assert.deepStrictEqual(mismatches('The total is $21.4 million over five years. The state covers $12.9 million, or about 60 percent of the bill.', []), []);
      for (const draft of [
        'It was first priced at £355 million, and the final bill came in about 16 percent higher. The government put in £96 million, just under a quarter of the total.',
        'The project costs $612 million. Its partner puts in $259 million. The airport covers the remaining $208 million, about a third of the bill.',
        'The project costs $612 million, and $300 million was borrowed. The state covers $208 million, about a third of the bill.',
      ]) {
        assert.deepStrictEqual(mismatches(draft, []), [], draft);
      }
    });

    it('reads a difference of two figures of its own kind and unit, told as a comparison or as a change', () => {
      assert.deepStrictEqual(ratiosIn('Each carriage weighs 38 tonnes, four tonnes less than the 44-tonne carriages they replace.'), [['four tonnes', 'difference', '44-tonne', '38 tonnes']]);
      assert.deepStrictEqual(ratiosIn('Net income rose to $612m from $538m, a rise of $84m.'), [['$84m', 'difference', '$538m', '$612m']]);
      // A change told by "up" or "down" set off after its level, and the share of it in per cent.
      assert.deepStrictEqual(ratiosIn('Heifers averaged £1,238, up £189, or 18 per cent.'), [['18 per cent', 'changeBy', '£189', '£1,238']]);
      assert.deepStrictEqual(mismatches('Heifers averaged £1,238, up £189, or 25 per cent.', []), [['25 per cent', '18 per cent']]);
      // So worked out from a level the source gives, it is no slip of another item's change there.
      const calves = [sourceFrom('---\ndate: 2025-10-14\n---\nThe 1,180 steer calves averaged £1,412 a head, up 19 per cent on last year\'s £1,186, while the 966 heifer calves averaged £1,238, against £1,049.\n')];
      assert.deepStrictEqual(mismatches('The heifer calves averaged £1,238, up £189, or 18 per cent.', calves), []);
      // A clause set off to tell the figure before it, as a comma does; not a clause of another subject.
      assert.deepStrictEqual(ratiosIn('Compensation reached £86,400, which is £52,200 more than last year\'s £31,200.'), [['£52,200', 'difference', '£31,200', '£86,400']]);
      assert.deepStrictEqual(ratiosIn('Compensation reached £86,400, while the fund paid £52,200 more than last year\'s £31,200.'), []);
      // Lengths of time of one unit, in a difference or a multiple; not one told as an adjective.
      assert.deepStrictEqual(ratiosIn('A trip takes 38 minutes, against about 55 minutes on the bus – a saving of 27 minutes.'), [['27 minutes', 'difference', '55 minutes', '38 minutes']]);
      assert.deepStrictEqual(ratiosIn('The average wait is 6.8 days, more than seven times the 1.4 days of March 2024.'), [['seven times', 'multiple', '1.4 days', '6.8 days']]);
      assert.deepStrictEqual(ratiosIn('It took 38 minutes, against the old 55-minute trip – a saving of 27 minutes.'), []);
      // A number that names a route stands between them as words do.
      assert.deepStrictEqual(ratiosIn('A trip takes 38 minutes, against about 55 minutes on the 14 bus – a saving of 27 minutes.'), [['27 minutes', 'difference', '55 minutes', '38 minutes']]);
      // Another currency, or a scale that is no level.
      assert.deepStrictEqual(ratiosIn('Net income rose to $612m from €538m, a rise of $84m.'), []);
      // A change in percentage points is the difference of two shares, not of two amounts.
      assert.deepStrictEqual(ratiosIn('Hunger climbed to 19.4 percent from 16.8 percent, a jump of 2.4 percentage points.'), [['2.4 percentage points', 'difference', '16.8 percent', '19.4 percent']]);
      assert.deepStrictEqual(ratiosIn('Prices climbed to 19.4 euros from 16.8 euros, a jump of 2.4 percentage points.'), []);
      assert.deepStrictEqual(ratiosIn('The score climbed to 68.4 out of 100, from 63.9 a year earlier — a gain of 4.5 points.'), []);
    });

    it('reads no ratio of figures of other kinds or units, or across another clause', () => {
      assert.deepStrictEqual(ratiosIn('Sales fell from 200 to 180 while prices rose 40 percent.'), []);
      assert.deepStrictEqual(ratiosIn('It rose from 1.45 pounds to 1.85 euros, a 40 percent increase.'), []);
      assert.deepStrictEqual(ratiosIn('From 2019 to 2024 output rose 40 percent.'), []);
      assert.deepStrictEqual(ratiosIn('Of the 64 farms, 27 reported deaths and 12 closed, more than half of them in May.'), []);
      // "Them" is what the sentence is about, not a figure it is held against.
      assert.deepStrictEqual(ratiosIn('There are 212 staff, half as many again as the 140 of 2020, and 46 of them are astronomers, fewer than one in four.'), []);
      assert.deepStrictEqual(ratiosIn('There are 212 staff, up from 140, and 46 of them are astronomers, fewer than one in four.'), []);
      assert.deepStrictEqual(ratiosIn('He ran 3 km in 12 minutes, 40 percent faster.'), []);
      // A percentage after a share's figures that is of something else: a yield, a rate, a share of another whole.
      assert.deepStrictEqual(ratiosIn('It sold €2.64bn of the €3bn offered at an average yield of 4.37 per cent.'), []);
      assert.deepStrictEqual(ratiosIn('Just nine of 122 trusts hit the 78 per cent target.'), []);
      assert.deepStrictEqual(ratiosIn('His teams won 17, drew 11 and lost 13 of 41 games, a 41.5 percent win rate.'), []);
      assert.deepStrictEqual(ratiosIn('As did 46 of the 970 crew members — more than 10% of the nearly 3,200 people on board.'), []);
      // "from" of where, not of a level; a figure a preposition hangs off is no level reached.
      assert.deepStrictEqual(ratiosIn('It recorded 41,312 spills from its 1,186 overflows, up 17 per cent on 2023.'), []);
      assert.deepStrictEqual(ratiosIn('Entries hit more than 1,200 swimmers from 212 clubs, about 8 per cent up on last year\'s 1,061.'), []);
    });
  });

  describe('judgeRatio', () => {
    it('allows what the figures allow at their precision, and what a hedge allows', () => {
      assert.strictEqual(judged('It rose from 1.45 pounds to 1.85 pounds, a 28 percent increase.').contradicts, false);
      assert.strictEqual(judged('It rose from 1.45 pounds to 1.85 pounds, a 27 percent increase.').contradicts, false);
      assert.strictEqual(judged('It rose from 1.45 pounds to 1.85 pounds, a 40 percent increase.').contradicts, true);
      assert.strictEqual(judged('Twenty-three of the 142 players were women, about 16 per cent.').contradicts, false);
      // "more than 30 percent" for 29.8%: the figures, rounded to the million, may give 30.3%.
      assert.strictEqual(judged('It grew to 318 million euros from 245 million euros, an increase of more than 30 percent.').contradicts, false);
      assert.strictEqual(judged('It grew to 318 million euros from 245 million euros, an increase of more than 40 percent.').contradicts, true);
    });

    it('takes a plain figure beside its ratio as written, not as anything its last digit rounds', () => {
      // 240,000 over 180,000 is a third more; as 235,000-245,000 over 175,000-185,000 it reached 27%.
      assert.strictEqual(judged("The federation paid 240,000 euros, about 25 percent more than last year's 180,000 euros.").contradicts, true);
      assert.strictEqual(judged("The federation paid 240,000 euros, about 33 percent more than last year's 180,000 euros.").contradicts, false);
      assert.strictEqual(judged("The federation paid 240,000 euros, about 30 percent more than last year's 180,000 euros.").contradicts, false);
      // A hedged figure keeps its hedge.
      assert.strictEqual(judged("The federation paid about 240,000 euros, some 30 percent more than last year's 180,000 euros.").contradicts, false);
    });

    it('tells a change in per cent of two shares that holds only as their difference in points', () => {
      assert.deepStrictEqual(judged('The share rose from 38 percent to 43 percent, a 5 percent jump.'), { value: (100 * 5) / 38, contradicts: false, holds: false, inPoints: true });
      assert.deepStrictEqual(judged('The share rose from 38 percent to 43 percent, a 13 percent jump.'), { value: (100 * 5) / 38, contradicts: false, holds: true });
      assert.strictEqual(judged('The share rose from 38 percent to 43 percent, a 30 percent jump.').contradicts, true);
      // Between amounts there are no points.
      assert.strictEqual(judged('Sales rose from 38 tonnes to 43 tonnes, a 5 percent jump.').inPoints, undefined);
    });

    it('bounds a share by a whole that is itself a bound', () => {
      const j = judged('More than 2,300 people complained, 1,402 of them — over 70 per cent — by phone.');
      assert.strictEqual(j.contradicts, true);
      assert.strictEqual(judged('More than 2,300 people complained, 1,402 of them — under 70 per cent — by phone.').contradicts, false);
    });
  });

  describe('checked in a draft', () => {
    it('checks and words every ratio of levels, lengths, sums and shares a sentence may state, without a throw', () => {
      // Each shape of sentence with each pair of measures: a change of two lengths, which have no
      // number, threw from its message and took the whole check with it.
      const from = ['110 minutes', '2 hours', '1 hour 35 minutes', '3 days', '£4.50', '450 people', '38 per cent', '1,200 tonnes', '6 months'];
      const to = ['95 minutes', '3 hours', '1 hour 50 minutes', '5 days', '£3.20', '300 people', '52 per cent', '900 tonnes', 'two years'];
      const ratios = ['a cut of about a fifth', 'a rise of 20 per cent', 'up 15 minutes', 'twice as long', 'half as many', 'a difference of 15 minutes', 'or 12 per cent more', 'nearly a third of the total', 'three times'];
      const shapes = ['The time falls from A to B, C.', 'It rose to B from A, C.', 'B, up from A, C.', 'Of the A, B were late, C.', 'A this year, B last year: C.'];
      const index = new FactIndex([]);
      let flagged = 0;
      for (const shape of shapes) {
        for (const a of from) {
          for (const b of to) {
            for (const c of ratios) {
              const draft = shape.replace('A', a).replace('B', b).replace('C', c);
              for (const finding of checkDocument(draft, 'markdown', index).findings) if (finding.verdict === 'mismatch' && mismatchMessage(finding)) flagged++;
            }
          }
        }
      }
      // Many of them are worked out wrongly, and are told so.
      assert.ok(flagged > 50, `${flagged} flagged`);
    });

    it('flags a ratio its figures contradict, with a fix in the claim\'s style and the working in the message', () => {
      // Per cent is written as the paragraph writes it, and a share in words is fixed in words when one is near.
      const draft = 'The loaf rose from 1.45 pounds to 1.85 pounds, a 40 percent increase. Of the 64 farms, 58 reported deaths, nearly half of the total.\n\nOf the 64 farms, 58 reported deaths, nearly half of the total. Of the 64 farms, 27 reported deaths, well over half of the total.';
      assert.deepStrictEqual(mismatches(draft, []), [
        ['40 percent', '28 percent'],
        ['nearly half', 'about 91 percent'],
        ['nearly half', 'about 91 per cent'],
        ['well over half', 'over two-fifths'],
      ]);
      const finding = checkDocument(draft, 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.RatioMismatch)!;
      assert.strictEqual(mismatchMessage(finding), '"40 percent" — its figures give 28 percent (1.45 pounds to 1.85 pounds is a rise of 27.6%)');
      // A change of lengths, which have no number: its message had thrown, and the whole check with it.
      const crossing = checkDocument('The crossing falls from 110 minutes to 95 minutes, a cut of about a fifth.', 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.RatioMismatch)!;
      assert.strictEqual(mismatchMessage(crossing), '"a fifth" — its figures give more than a tenth (110 minutes to 95 minutes is a fall of 13.6%)');
      assert.deepStrictEqual(mismatches('Its €7.85 fee fell to €4.50, a cut of a fifth.', []), []);
      assert.deepStrictEqual(mismatches('The fee fell from 200 to 180, a cut of a fifth.', []), [['a fifth', 'a tenth']]);
      // Between the fractions, one in so many: was "more than a tenth" for 14.3 per cent.
      assert.deepStrictEqual(mismatches("The plan shuts 212 of the trust's 1,486 inpatient beds, or nearly a fifth of the total.", []), [['nearly a fifth', 'about one in seven']]);
      assert.deepStrictEqual(mismatches('It spends €1.37 billion, more than three times the €638 million of 2020.', []), [['more than three times', 'more than twice']]);
      // The whole of a part is no level a difference is from: was "seven" -> "seventy" (141 less 71).
      assert.deepStrictEqual(mismatches('The government holds 78 of the 141 seats, seven more than the 71 it needs.', []), []);
      assert.deepStrictEqual(mismatches('It spends €1.75 billion, more than three times the €638 million of 2020.', []), [['more than three times', 'nearly three times']]);
      // The writer's hedge kept where it still holds of the figure worked out.
      assert.deepStrictEqual(mismatches('The storm dropped 8.3 inches over the whole day. That is nearly 60 percent more than the old record of 5.9 inches.', []), [['nearly 60 percent', 'nearly 41 percent']]);
      assert.deepStrictEqual(mismatches('The bill came to €418,500, more than 25 per cent above the €350,000 the council had set aside.', []), [['more than 25 per cent', 'about 20 per cent']]);
    });

    it('flags a change in per cent of two shares that is their difference in points, in the writer\'s figure and style', () => {
      assert.deepStrictEqual(mismatches('Of 412 samples, 58, or 14.1 percent, failed. That is up 13.7 percent from 2024, when 0.4 percent failed.', []), [['13.7 percent', '13.7 percentage points']]);
      assert.deepStrictEqual(mismatches('Support rose to 52% from 48%, a 4% rise.', []), [['4%', '4-percentage-point']]);
      const finding = checkDocument('Support rose to 52% from 48%, a 4% rise.', 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.RatioMismatch)!;
      assert.strictEqual(mismatchMessage(finding), '"4%" — its figures give 4-percentage-point (48% to 52% is a rise of 8.33%, or 4 percentage points)');
      // Right as a change in per cent, or stated so by a source: no flag.
      assert.deepStrictEqual(mismatches('Support rose to 52% from 48%, an 8% rise.', []), []);
      assert.deepStrictEqual(mismatches('Support rose to 52% from 48%, a 4% rise.', [sourceFrom('Support rose to 52% from 48%, a 4% rise, the pollster said.')]), []);
    });

    it('flags a difference its figures contradict, and the figure that is the slip where the sources give the difference', () => {
      assert.deepStrictEqual(mismatches('Net income rose to $612m from $538m, a rise of $84m.', []), [['$84m', '$74m']]);
      assert.deepStrictEqual(mismatches('Sales rose from 1,200 to 1,450, an increase of 250.', []), []);
      assert.deepStrictEqual(mismatches('Hunger climbed to 19.4 percent from 16.8 percent, a jump of 2.4 percentage points.', []), [['2.4 percentage points', '2.6 percentage points']]);
      assert.deepStrictEqual(mismatches('Turnout fell 3 percentage points, from 71.4% to 68.2%.', []), []);
      assert.deepStrictEqual(mismatches('A trip takes 38 minutes, against about 55 minutes on the bus – a saving of 27 minutes.', []), [['27 minutes', '17 minutes']]);
      assert.deepStrictEqual(mismatches('The average wait is 6.8 days, more than seven times the 1.4 days of March 2024.', []), [['more than seven times', 'nearly five times']]);
      const weighs = sourceFrom('The new carriages weigh 38 tonnes each, four tonnes lighter than the fleet they replace.');
      const draft = 'Each carriage weighs 38 tonnes, four tonnes less than the 44-tonne carriages they replace.';
      assert.deepStrictEqual(mismatches(draft, [weighs]), [['44-tonne', '42-tonne']]);
      const finding = checkDocument(draft, 'markdown', new FactIndex([weighs])).findings.find((f) => f.code === FindingCode.RatioMismatch)!;
      assert.strictEqual(mismatchMessage(finding), '"44-tonne" — its figures give 42-tonne (38 tonnes and a difference of four tonnes)');
      assert.deepStrictEqual(mismatches('Each carriage weighs 38 tonnes, four tonnes less than the 42-tonne carriages they replace.', [weighs]), []);
    });

    it('holds a bound to its own figures where a source verifies it only by another figure past it', () => {
      // The source's 38 percent is the audience's share on mobile devices, which "more than 30 percent" agrees with.
      const facts = [sourceFrom(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'accuracy', 'sources', 'esportsfinal.md'), 'utf8'))];
      const draft = 'StreamMetric counted a peak of 4.87 million concurrent viewers, not including Chinese platforms, up from 3.91 million in Lisbon last year, a jump of more than 30 percent. Mobile viewers made up 38 percent of the audience.';
      assert.deepStrictEqual(mismatches(draft, facts), [['more than 30 percent', 'about 25 percent']]);
      // A bound its figures allow stands.
      assert.deepStrictEqual(mismatches(draft.replace('more than 30', 'more than 20'), facts), []);
    });

    it('leaves a ratio to the sources when one states it, and when one of its figures is wrong', () => {
      // The source's own sum is off, but the draft restates it rightly.
      const states = sourceFrom('Bread rose from 1.45 pounds to 1.85 pounds last year, a 40 percent increase, the bakers said.');
      assert.deepStrictEqual(mismatches('Bread rose from 1.45 pounds to 1.85 pounds last year, a 40 percent increase, the bakers said.', [states]), []);
      // The level is the slip, not the share worked out from the source's level.
      const levels = sourceFrom('Bread rose from 1.45 pounds to 1.95 pounds last year, the bakers said.');
      assert.deepStrictEqual(mismatches('Bread rose from 1.45 pounds to 1.85 pounds last year, a 34 percent increase, the bakers said.', [levels]), [['1.85 pounds', '1.95 pounds']]);
      // A source that gives the ratio as a bound alone decides it less than the two figures it gives exactly.
      const bound = sourceFrom('The council approved a plan to grow the protected network from 62.4 kilometers to 130 kilometers by the end of 2029, more than doubling it.');
      assert.deepStrictEqual(mismatches('The council approved a plan to grow the protected network from 62.4 kilometers to 130 kilometers by the end of 2029, almost tripling it.', [bound]), [['almost tripling', 'more than doubling']]);
      assert.deepStrictEqual(mismatches('The council approved a plan to grow the protected network from 62.4 kilometers to 130 kilometers by the end of 2029, more than doubling it.', [bound]), []);
    });

    it('holds a multiple its two figures give, which the sources verify, to no other multiple of theirs', () => {
      // As a check of a whole draft may match it: with the source's "three times" of another sentence.
      const held = (multiple: string) => {
        const text = `Visitors spent an estimated €47.5 million over the weekend, ${multiple} the €9.8 million of the same weekend a year earlier.`;
        const reading = readSentences(readProse(text, 'markdown'));
        const other = sourceFrom("The final estimate of 318,000 visitors was three times the region's population of 106,000.").facts.find((f) => f.text === 'three times')!;
        const findings: Array<Finding | undefined> = reading.mentions.map((claim) => (claim.text.endsWith('times') ? { claim, verdict: 'mismatch', fact: other } : { claim, verdict: 'verified', fact: other }));
        checkRatios(ratiosOf(text, reading.mentions, (k) => reading.sentences[k]), reading.mentions, findings);
        return findings.find((f) => f?.claim.text.endsWith('times'))?.verdict;
      };
      assert.strictEqual(held('nearly five times'), 'unverified');
      // Not where its figures do not give it at their face values: 4.85 is no "more than five times".
      assert.strictEqual(held('more than five times'), 'mismatch');
      assert.strictEqual(held('six times'), 'mismatch');
    });

    it('reads two changes a source tells side by side, each pair of levels written alike, and a change with dates between its levels', () => {
      const entries = [sourceFrom('The tournament attracted 612 judoka from 43 countries, up from 548 entrants from 37 countries last year.')];
      assert.deepStrictEqual(mismatches('It drew 612 judoka, 74 more than last year, from 43 countries, six more than in 2024.', entries), [['74', '64']]);
      assert.deepStrictEqual(mismatches('It drew 612 judoka, 64 more than last year, from 43 countries, six more than in 2024.', entries), []);
      // A change whose levels have their dates between them.
      const complaints = [sourceFrom('The council logged 412 complaints between 9 and 20 January, compared with 286 over the same dates last year.')];
      assert.deepStrictEqual(mismatches('The council logged 412 complaints between 9 and 20 January, 136 more than over the same dates last year.', complaints), [['136', '126']]);
    });

    it('holds a difference set off after one figure and told as how far it is from the next to those two', () => {
      assert.deepStrictEqual(mismatches('Only 58.4 per cent of patients were seen within four hours, almost 30 points below the 78 per cent target.', []), [['almost 30 points', 'almost 20 points']]);
      assert.deepStrictEqual(mismatches('It has raised £1.2m, £400,000 short of the £1.5m it needs.', []), [['£400,000', '£300,000']]);
      // Not from the whole a part is of: 78 less 71, not 141 less 71.
      assert.deepStrictEqual(mismatches('It holds 78 of the 141 seats, seven more than the 71 it needs.', []), []);
      // Worked out rightly from figures the source gives, it is no slip of the source's other difference.
      const outbreak = [sourceFrom(fs.readFileSync(path.join(ROOT, 'test/fixtures/accuracy/sources/norovirus.md'), 'utf8'), 'norovirus.md')];
      const column = fs.readFileSync(path.join(ROOT, 'test/fixtures/accuracy/norovirus_03.md'), 'utf8').split('\n\n');
      const knockOn = column.find((paragraph) => paragraph.includes('almost 20 points below the 78 per cent target'))!;
      assert.deepStrictEqual(mismatches(knockOn, outbreak).map(([claim]) => claim), ['More than 350', 'seven percentage points']);
    });

    it('holds a difference told beside a level the source verifies to the level the source gives that one from', () => {
      const pay = [sourceFrom('---\ndate: 2025-03-10\n---\nDr Sunil Rao becomes chief executive on a salary of £265,000, up from £228,000 at his old trust.\n\nThe merged trust will run 1,146 beds.\n')];
      assert.deepStrictEqual(mismatches('Dr Sunil Rao moves to be chief executive on £265,000, a rise of £47,000.', pay), [['£47,000', '£37,000']]);
      assert.deepStrictEqual(mismatches('Dr Sunil Rao moves to be chief executive on £265,000, a rise of £37,000.', pay), []);
      // A level the source gives from none, and a difference of another kind.
      const alone = [sourceFrom('---\ndate: 2025-03-10\n---\nDr Sunil Rao becomes chief executive on a salary of £265,000.\n')];
      assert.deepStrictEqual(mismatches('Dr Sunil Rao moves to be chief executive on £265,000, a rise of £47,000.', alone), []);
      assert.deepStrictEqual(ratiosIn('He earns £265,000, a rise of 47 per cent.'), []);
      // Told as more than the level at an earlier time: was left to the sources, which give no difference.
      const subsidy = [sourceFrom("---\ndate: 2025-03-10\n---\nThe council's annual subsidy to the operator has grown to €212 million this year from €168 million in 2021.\n")];
      const faces = (more: string) => `The council's subsidy to the operator has grown to €212m, ${more} more than in 2021, and the operator still faces a hole of €51m.`;
      assert.deepStrictEqual(mismatches(faces('€34m'), subsidy), [['€34m', '€44m']]);
      assert.deepStrictEqual(mismatches(faces('€44m'), subsidy), []);
      // More than another thing is no change of the level.
      assert.deepStrictEqual(ratiosIn('The subsidy now stands at €212m, €34m more than the rival bid.'), []);
      // In pence, beside a level in pounds; and agreeing with the source's change, no slip of the old
      // level that words took it for ("241p").
      const meals = [
        sourceFrom(
          '---\ndate: 2025-03-10\n---\nThe county said 38,640 pupils would be eligible.\n\nThe caterer, Greenfield Catering, will be paid £2.65 per meal, up from £2.41 under the current contract, which expires on 17 July.\n\nThe scheme starts on Thursday 3 September.\n',
        ),
      ];
      const rise = (pence: string) => `The caterer, Greenfield Catering, will get £2.65 per meal, a rise of ${pence} on the current contract, which ends in July.`;
      assert.deepStrictEqual(mismatches(rise('24p'), meals), []);
      assert.deepStrictEqual(mismatches(rise('34p'), meals), [['34p', '24p']]);
      // Told as added to the level, set off after it; the source's change has the year of its level
      // between its two levels: was left unchecked, then "fixed" to the old level's digits.
      const complaints = [
        sourceFrom(
          '---\ndate: 2025-03-10\n---\nThe regulator approved a bill rise of 21 per cent, worth £48 million a year, for 1.2 million customers on Tuesday.\n\nWritten complaints about the water company had risen to 3,820 in 2024, up from 2,960 the year before, the consumer panel said.\n\nThe company must cut leaks by 16 per cent by 2030.\n',
        ),
      ];
      const extra = (more: string) => `---\ndate: 2025-03-12\n---\nWritten complaints about the water company reached 3,820 last year, an extra ${more} in twelve months, the consumer panel said.`;
      assert.deepStrictEqual(mismatches(extra('960'), complaints), [['960', '860']]);
      assert.deepStrictEqual(mismatches(extra('860'), complaints), []);
      // Not an amount added to nothing told, which is the amount a source gives.
      assert.deepStrictEqual(mismatches('The regulator approved an extra £84 million a year for 1.2 million customers on Tuesday.', complaints), [['£84 million', '£48 million']]);
    });

    it('holds a difference told beside a level to the one other figure of its measure the source sentence gives', () => {
      const flood = [sourceFrom('---\ndate: 2025-03-10\n---\nIn 2015 the river flooded 412 homes, and on Sunday 16 February 2020 it flooded some 587 homes.\n')];
      const draft = (more: string) => `The 2020 flood reached 587 homes, ${more} more than in 2015.`;
      assert.deepStrictEqual(mismatches(draft('225'), flood), [['225', '175']]);
      assert.deepStrictEqual(mismatches(draft('175'), flood), []);
      // Two other counts: which one the change is from, the sentence does not say.
      const two = [sourceFrom('---\ndate: 2025-03-10\n---\nIn 2015 the river flooded 412 homes, in 2009 some 300 homes, and on Sunday 16 February 2020 it flooded 587 homes.\n')];
      assert.deepStrictEqual(mismatches(draft('225'), two), []);
    });

    it('holds the level a change is from to the level the source\'s change to the same level is from', () => {
      const prize = [sourceFrom('The prize money was raised from 30,000 pounds to 40,000 pounds in 2019, the trust said.')];
      // Two digits off, 25,000 was no slip of 30,000 that the words alone could frame.
      assert.deepStrictEqual(mismatches('Its value rose to 40,000 pounds from 25,000 pounds in 2019.', prize), [['25,000 pounds', '30,000 pounds']]);
      assert.deepStrictEqual(mismatches('Its value rose to 40,000 pounds from 30,000 pounds in 2019.', prize), []);
    });

    it('holds a share "of them" of a whole the source verifies to the part it gives for what the clause names', () => {
      const carriers = sourceFrom('---\ndate: 2025-03-10\n---\nTogether the two carriers flew 15.2 million passengers last year: 9.4 million on Northway and 5.8 million on Borealis.\n');
      const draft = (share: string) => `The two airlines carried 15.2 million passengers last year, and Borealis accounted for ${share} of them.`;
      assert.deepStrictEqual(mismatches(draft('more than 40%'), [carriers]), [['more than 40%', '38%']]);
      assert.deepStrictEqual(mismatches(draft('about 38%'), [carriers]), []);
      assert.deepStrictEqual(mismatches(draft('nearly 40%'), [carriers]), []);
      // A part its clause does not name, a whole the source does not verify, another share beside it.
      assert.deepStrictEqual(mismatches('The two airlines carried 15.2 million passengers last year, and the smaller one accounted for more than 40% of them.', [carriers]), []);
      assert.deepStrictEqual(mismatches(draft('more than 40%').replace('15.2', '15.9'), [carriers]), [['15.9 million', '15.2 million']]);
      assert.deepStrictEqual(mismatches('The two airlines carried 15.2 million passengers last year, 62% of them on Northway, and Borealis accounted for more than 40% of them.', [carriers]), []);
    });

    it('gives ratios in UTF-16 code units after emoji and non-Latin text, with CRLF line breaks', () => {
      const draft = '😀 Привет.\r\n\r\nThe 🎉 loaf rose from 1.45 pounds to 1.85 pounds, a 40 percent increase.\r\n';
      const finding = checkDocument(draft, 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.RatioMismatch)!;
      assert.strictEqual(draft.slice(finding.claim.start, finding.claim.end), '40 percent');
    });

    it('gives what a fresh check gives as ratios are typed and edited, incrementally', () => {
      const ratios = findingsOverRandomEdits('More than 100,000 people fled by 1 October, up from 30,000 a week earlier, a 40 percent rise.\n\nOf the 120,000 residents, 30,000 stayed, about a quarter.\n\nIt holds 90,000, more than three times the 20,000 of 2020.\n\nIt holds 38,000, 4,000 fewer than the 44,000 of 2020.\n\nIt held 90,000 by May. That is 40 percent more than the 30,000 of 2020.\n\nIt cost 79 francs, a rise of five francs, almost 10 per cent.\n', new FactIndex([seedSource()]), 48, 200, FindingCode.RatioMismatch);
      assert.ok(ratios > 10, `only ${ratios} wrong ratios met in 200 steps`);
    });
  });
});
