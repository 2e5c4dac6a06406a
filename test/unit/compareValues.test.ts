import * as assert from 'assert';
import { compareValues } from '../../server/src/core/match/compareValues';
import { digitAffinity, magnitude, numberAffinity } from '../../server/src/core/match/numberAffinity';
import { valueAffinity } from '../../server/src/core/match/valueAffinity';
import { mentionsOf, mismatches as mismatchesIn, onlyMention, readFixture, seedSource, sourceFrom } from '../helpers/core';

/** The only fact (not derived) of a one-sentence source. */
function fact(source: string) {
  const facts = sourceFrom(`---\ndate: 2023-10-02\n---\n${source}\n`).facts.filter((f) => !f.derived);
  assert.strictEqual(facts.length, 1, JSON.stringify(facts.map((f) => f.text)));
  return facts[0];
}

/** Compares the only figure of `claim` with the only fact of a one-sentence source. */
function compare(claim: string, source: string): string {
  return compareValues(onlyMention(claim), fact(source));
}

describe('compareValues', () => {
  it('agrees across formats', () => {
    for (const claim of ['It had 120 000 people.', 'It had 120k people.', 'It had one hundred and twenty thousand people.', 'It had 120.000 people.', 'It had some 120,000 people.']) {
      assert.strictEqual(compare(claim, 'It had 120,000 people.'), 'agree', claim);
    }
  });

  it('compares at the precision of the less precise side', () => {
    assert.strictEqual(compare('Turnout was 63%.', 'Turnout was 62.8%.'), 'agree');
    assert.strictEqual(compare('It cost $3bn.', 'It cost $2.97 billion.'), 'agree');
    assert.strictEqual(compare('It had 130,000 people.', 'It had 120,000 people.'), 'disagree');
    assert.strictEqual(compare('It had 100,000 people.', 'It had 120,000 people.'), 'disagree');
    assert.strictEqual(compare('Turnout was 64.7%.', 'Turnout was 67.4%.'), 'disagree');
  });

  it('holds a range of days to the same days in another month, and to no other days', () => {
    // A range read as a claim contradicted nothing: "April 12-22" passed for the source's March.
    assert.strictEqual(compare('It runs on April 12-22, 2026.', 'It runs from 12 to 22 March 2026.'), 'disagree');
    assert.strictEqual(compare('It runs on March 12-22, 2026.', 'It runs from 12 to 22 March 2026.'), 'agree');
    // Other days could not be written as the range is: no fix, so no contradiction.
    assert.strictEqual(compare('It runs on April 13-22, 2026.', 'It runs from 12 to 22 March 2026.'), 'incomparable');
    assert.strictEqual(compare('It runs on April 12-22, 2026.', 'It opens on 15 March 2026.'), 'incomparable');
  });

  it('lets qualifiers set ranges', () => {
    assert.strictEqual(compare('More than 100,000 fled.', 'Some 120,000 fled.'), 'agree');
    assert.strictEqual(compare('About 120,000 fled.', 'Exactly 118,500 fled.'), 'agree');
    assert.strictEqual(compare('Fewer than 100,000 fled.', 'Some 120,000 fled.'), 'disagree');
    assert.strictEqual(compare('Nearly 1.2 million fled.', 'Some 120,000 fled.'), 'disagree');
  });

  it('widens a hedged figure by a few per cent, but no further than a unit of its last digit', () => {
    assert.strictEqual(compare('About 117,000 were counted.', 'About 120,000 were counted.'), 'agree');
    // Was within 2.5%: a figure given to the hundred is hedged only in its last digit.
    assert.strictEqual(compare('About 82,400 were counted.', 'About 84,200 were counted.'), 'disagree');
    assert.strictEqual(compare('About 84,000 were counted.', 'About 84,200 were counted.'), 'agree');
    assert.strictEqual(compare('Some 84,150 were counted.', 'About 84,200 were counted.'), 'agree');
  });

  it('keeps a hedge to the claim’s own rounding: "some 130,000" is no restatement of 120,000', () => {
    assert.strictEqual(compare('Some 130,000 fled.', 'It had 120,000 people.'), 'disagree');
    assert.strictEqual(compare('About 130,000 fled.', 'Some 120,000 fled.'), 'disagree');
    assert.strictEqual(compare('About 121,000 fled.', 'Some 120,000 fled.'), 'agree');
    assert.strictEqual(compare('Some 2 million fled.', 'Exactly 1,960,000 fled.'), 'agree');
    // "Nearly" stays under its figure against a hedged one too.
    assert.strictEqual(compare('Nearly 17,000 use it.', 'About 17,500 use it.'), 'disagree');
    assert.strictEqual(compare('Nearly 18,000 use it.', 'About 17,500 use it.'), 'agree');
    assert.strictEqual(compare('Nearly 17,000 use it.', 'About 16,800 use it.'), 'agree');
  });

  it('holds a hedged figure copied with its hedge to its figure: a slipped digit is no other rough figure', () => {
    // Was agree: each "around" widened the other.
    assert.strictEqual(compare('It came to rest at around 780 metres.', 'It came to rest at around 770 metres.'), 'disagree');
    assert.strictEqual(compare('It came to rest at around 770 metres.', 'It came to rest at around 770 metres.'), 'agree');
    // Rounded further, or against two readings of the source's unit, it is a rough figure still.
    assert.strictEqual(compare('About 150,000 fled.', 'About 152,000 fled.'), 'agree');
    assert.strictEqual(compare('Crews removed about 310 tonnes of silt.', 'Workers hauled out some 340 tons of silt.'), 'agree');
  });

  it('compares durations at the precision of the less precise side', () => {
    assert.strictEqual(compare('She won in 2:04:37.', 'She won in just over 2 hours.'), 'agree');
    assert.strictEqual(compare('The strike lasted 48 hours.', 'The strike lasted two days.'), 'agree');
    assert.strictEqual(compare('The campaign ran for three weeks.', 'The campaign ran for two weeks.'), 'disagree');
    assert.strictEqual(compare('The campaign ran for 21 days.', 'The campaign ran for two weeks.'), 'disagree');
    // "Nearly" stays under its figure here too: "more than four hours" agreed with "nearly four hours".
    assert.strictEqual(compare('The meeting lasted more than four hours.', 'The meeting lasted nearly four hours.'), 'disagree');
    assert.strictEqual(compare('The meeting lasted about four hours.', 'The meeting lasted nearly four hours.'), 'agree');
    // At 18 the fact's bound was rounded one ulp above the claim's, and held it.
    assert.strictEqual(compare('The fire was under control more than 18 hours after it began.', 'The fire was under control nearly 18 hours after it began.'), 'disagree');
    // Bounds on opposite sides of one length meet nowhere.
    assert.strictEqual(compare('The calf suckled more than three hours after birth.', 'The calf suckled just under three hours after birth.'), 'disagree');
    assert.strictEqual(compare('The calf suckled less than three hours after birth.', 'The calf suckled just under three hours after birth.'), 'agree');
    assert.strictEqual(compare('The talks lasted up to four hours.', 'The talks lasted at least three hours.'), 'agree');
    assert.strictEqual(compare('The freeze lasted more than six years.', 'The freeze lasted more than six years.'), 'agree');
    // A fraction of a unit is compared to its last digit: 0.53 seconds held every time under a second.
    assert.strictEqual(compare('They won by 0.53 seconds.', 'They won by 0.35 seconds.'), 'disagree');
    assert.strictEqual(compare('They won by 0.35 seconds.', 'They won by 0.35 seconds.'), 'agree');
    assert.strictEqual(compare('They won by 0.4 seconds.', 'They won by 0.35 seconds.'), 'agree');
    // So is a length told in parts, to its last part's decimals: 33.48 seconds had held 33.84.
    assert.strictEqual(compare('The colt covered it in 2 minutes 33.48 seconds.', 'The colt covered it in 2 minutes 33.84 seconds.'), 'disagree');
    assert.strictEqual(compare('The colt covered it in 2 minutes 33.84 seconds.', 'The colt covered it in 2 minutes 33.84 seconds.'), 'agree');
    assert.strictEqual(compare('The colt covered it in 2 minutes 34 seconds.', 'The colt covered it in 2 minutes 33.84 seconds.'), 'agree');
    // A source's "more than" reaches to its next step: the writer's 11.28 seconds was worked out from two times.
    assert.strictEqual(compare('He beat Brandt by 11.28 seconds.', 'He finished more than 11 seconds clear of Brandt.'), 'agree');
    assert.strictEqual(compare('He beat Brandt by 12 seconds.', 'He finished more than 11 seconds clear of Brandt.'), 'disagree');
    assert.strictEqual(compare('The talks ran for 17 days.', 'The talks ran for more than two weeks.'), 'agree');
    assert.strictEqual(compare('The talks ran for three weeks.', 'The talks ran for at least two weeks.'), 'disagree');
    // The source's amount in another unit, bounded alike, is the slip: was taken for a looser bound.
    assert.strictEqual(compare('It will stay shut for at least three weeks.', 'It will stay shut for at least three months.'), 'disagree');
    // Bounded alike, a bound is compared as a bound: "at least three weeks" gives another least than two months.
    assert.strictEqual(compare('It will stay shut for at least three weeks.', 'It will stay shut for at least two months.'), 'disagree');
    assert.strictEqual(compare('It will stay shut for more than three weeks.', 'It will stay shut for at least two months.'), 'disagree');
  });

  it('counts days and weeks, which are of one length each, rather than rounding them: "a week" is seven days unless hedged', () => {
    assert.strictEqual(compare('Tests came back ten days after the first case.', 'Tests came back a week after the first case.'), 'disagree');
    assert.strictEqual(compare('Tests came back five days after the first case.', 'Tests came back a week after the first case.'), 'disagree');
    assert.strictEqual(compare('Power was back a week after the storm.', 'Power was back six days after the storm.'), 'disagree');
    assert.strictEqual(compare('Power was back seven days after the storm.', 'Power was back a week after the storm.'), 'agree');
    assert.strictEqual(compare('Power was back a fortnight after the storm.', 'Power was back 14 days after the storm.'), 'agree');
    // A hedge on either side keeps the rounding of its unit.
    assert.strictEqual(compare('Power was back about a week after the storm.', 'Power was back six days after the storm.'), 'agree');
    assert.strictEqual(compare('Power was back six days after the storm.', 'Power was back about a week after the storm.'), 'agree');
    assert.strictEqual(compare('Power was back 1.5 weeks after the storm.', 'Power was back ten days after the storm.'), 'agree');
    // Part of a week is either whole day beside it.
    assert.strictEqual(compare('Boats stayed in port for a week and a half.', 'Boats stayed in port for 11 days.'), 'agree');
    assert.strictEqual(compare('Boats stayed in port for a week and a half.', 'Boats stayed in port for ten days.'), 'agree');
    assert.strictEqual(compare('Boats stayed in port for a week and a half.', 'Boats stayed in port for 12 days.'), 'disagree');
    assert.strictEqual(compare('Boats stayed in port for a week and a half.', 'Boats stayed in port for nine days.'), 'disagree');
  });

  it('holds a plain duration in the source\'s own unit to its figure: a half rounds to neither side', () => {
    assert.strictEqual(compare('Gates opened three hours before kick-off.', 'Gates opened two and a half hours before kick-off.'), 'disagree');
    assert.strictEqual(compare('Gates opened two hours before kick-off.', 'Gates opened two and a half hours before kick-off.'), 'disagree');
    assert.strictEqual(compare('Gates opened 2.5 hours before kick-off.', 'Gates opened two and a half hours before kick-off.'), 'agree');
    assert.strictEqual(compare('The search lasted nearly seven weeks.', 'It ended a seven-week search.'), 'agree');
    assert.strictEqual(compare('The search lasted about three hours.', 'The search lasted two and a half hours.'), 'agree');
    // Months and years hold whole numbers of each other: 18 months is a year and a half to the digit.
    assert.strictEqual(compare('The unit is funded for two years.', 'The unit is funded for 18 months.'), 'disagree');
    assert.strictEqual(compare('The unit is funded for one year.', 'The unit is funded for 18 months.'), 'disagree');
    assert.strictEqual(compare('The unit is funded for two years.', 'The unit is funded for 24 months.'), 'agree');
    assert.strictEqual(compare('The unit is funded for 18 months.', 'The unit is funded for 1.5 years.'), 'agree');
  });

  it('takes per cent for percentage points (or the other way round) as a slip, and reads points as points only beside a percentage', () => {
    assert.deepStrictEqual(mentionsOf('Pass rate: 97.1%, down 0.3 points; he is 1,140 points ahead.').map((m) => [m.text, m.kind, m.number?.unit]), [
      ['97.1%', 'percent', undefined],
      ['0.3 points', 'percent', 'pp'],
      ['1,140', 'count', undefined],
    ]);
    // Points as a compound modifier too.
    assert.deepStrictEqual(mentionsOf('It climbed from 34% to 47%, a 13-point jump.').map((m) => [m.text, m.kind, m.number?.unit]), [
      ['34%', 'percent', undefined],
      ['47%', 'percent', undefined],
      ['13-point', 'percent', 'pp'],
    ]);
    // In words too: "seven points better" beside 88 per cent was a count, held to a score of 31-17.
    assert.deepStrictEqual(mentionsOf('A tackle success rate of 88 per cent, seven points better than before.').map((m) => [m.text, m.kind, m.number?.unit]), [
      ['88 per cent', 'percent', undefined],
      ['seven points', 'percent', 'pp'],
    ]);
    // Were incomparable: a measure against a bare figure.
    assert.strictEqual(compare('Reservoirs fell by 9.6 per cent.', 'Reservoirs fell by 9.6 percentage points.'), 'disagree');
    assert.strictEqual(compare('Attendance rose 15.6 percentage points.', 'Attendance rose 15.6 per cent.'), 'disagree');
    assert.strictEqual(compare('Reservoirs fell by 9.6 percentage points.', 'Reservoirs fell by 9.6 percentage points.'), 'agree');
    assert.strictEqual(compare('Reservoirs fell by 41.3 per cent.', 'Reservoirs fell by 9.6 percentage points.'), 'incomparable');
  });

  it('takes the same figure in another currency for a slip of the currency, and any other for a conversion', () => {
    assert.strictEqual(compare('The fine was $1.84 billion.', 'The watchdog fined it €1.84bn.'), 'disagree');
    // Rounded, it is a conversion ($2bn for €1.84bn is about right): it was taken for the same figure.
    assert.strictEqual(compare('The fine was $2 billion.', 'The watchdog fined it €1.84bn.'), 'incomparable');
    assert.strictEqual(compare('The fine was $2.1 billion.', 'The watchdog fined it €1.84bn.'), 'incomparable');
  });

  it('reads bounds of the same side as bounds, not two open ranges: one beyond the source\'s disagrees', () => {
    assert.strictEqual(compare('More than 72,000 closed their accounts.', 'More than 27,000 closed their accounts.'), 'disagree');
    assert.strictEqual(compare('At least 26,500 closed their accounts.', 'More than 27,000 closed their accounts.'), 'agree');
    // Beyond the source's bound, however near, says more than the source knows: was within 10%.
    assert.strictEqual(compare('More than 250 farms were hit.', 'More than 230 farms were hit.'), 'disagree');
    assert.strictEqual(compare('More than 230 farms were hit.', 'More than 230 farms were hit.'), 'agree');
    assert.strictEqual(compare('More than 20 remain missing.', 'At least 23 are still missing.'), 'agree');
    assert.strictEqual(compare('More than 30 remain missing.', 'At least 23 are still missing.'), 'disagree');
    assert.strictEqual(compare('Fewer than 95 came.', 'Fewer than 90 came.'), 'agree');
    assert.strictEqual(compare('Fewer than 50 came.', 'Fewer than 90 came.'), 'disagree');
    // Short of it, a bound says less, but only by its last digit or a few per cent: a whole step
    // further is another bound, not the source's rounded (were taken for one saying less, and agreed).
    assert.strictEqual(compare('More than 3,000 marched.', 'Organisers said more than 4,000 marched.'), 'disagree');
    assert.strictEqual(compare('Fewer than 50 papers were cited.', 'Fewer than 40 papers were cited.'), 'disagree');
    assert.strictEqual(compare('Add-ons worth up to £40m may follow.', 'Add-ons worth up to £14m may follow.'), 'disagree');
    assert.strictEqual(compare('More than 200 farms were hit.', 'More than 230 farms were hit.'), 'agree');
    // Bounds on opposite sides of one figure meet nowhere; but a level of a measure may stand on
    // either side of the very same mark at two times.
    assert.strictEqual(compare('More than 200 farms were hit.', 'Fewer than 200 farms were hit.'), 'disagree');
    assert.strictEqual(compare('The river stayed above 4 metres all week.', 'The river fell below 4 metres that evening.'), 'agree');
    assert.strictEqual(compare('The river stayed above 5 metres all week.', 'The river stayed below 4 metres that evening.'), 'disagree');
    assert.strictEqual(compare('As many as 15 people were infected.', 'Up to 18 unvaccinated people were infected.'), 'disagree');
    assert.strictEqual(compare('As many as 18 people were infected.', 'Up to 18 unvaccinated people were infected.'), 'agree');
    assert.strictEqual(compare('Gusts reached up to 58 km/h.', 'Winds gusted up to 85 km/h.'), 'disagree');
    assert.strictEqual(compare('Gusts reached up to 85km/h.', 'Winds gusted up to 85 km/h.'), 'agree');
    assert.strictEqual(compare('Gusts reached up to 53 mph.', 'Winds gusted up to 85 km/h.'), 'agree');
    // Converted, a bound is the source's figure converted, rounded on its loose side to its last
    // digit: 85 km/h is 52.8 mph, 12,400 hectares 30,641 acres.
    assert.strictEqual(compare('Gusts reached up to 63 mph.', 'Winds gusted up to 85 km/h.'), 'disagree');
    assert.strictEqual(compare('Fires burned more than 30,000 acres.', 'Fires burned more than 12,400 hectares.'), 'agree');
    assert.strictEqual(compare('Fires burned more than 20,000 acres.', 'Fires burned more than 12,400 hectares.'), 'disagree');
    // Looser, but the source's digits at another scale: a slip of scale, not a bound.
    assert.strictEqual(compare('Losses came to more than 390,000 euros.', 'Losses came to more than €390 million.'), 'disagree');
    assert.strictEqual(compare('Losses came to more than 300 million euros.', 'Losses came to more than €390 million.'), 'agree');
    // Two digits swapped, or the scale slipped against a plain figure, are slips too.
    assert.strictEqual(compare('Add-ons worth up to £41m may follow.', 'Add-ons worth up to £14m may follow.'), 'disagree');
    assert.strictEqual(compare('Add-ons worth up to £15m may follow.', 'Add-ons worth up to £14m may follow.'), 'agree');
    assert.strictEqual(compare('Farm losses were up to €160bn.', 'Farm losses were €160m.'), 'disagree');
  });

  it('holds a share in words to the source\'s share in words as a fraction, and to its bound as a bound', () => {
    assert.strictEqual(compare('Fines cut profit by about a quarter.', 'Fines cut profit by a third.'), 'disagree');
    assert.strictEqual(compare('Fines cut profit by a quarter.', 'Fines cut profit by a fifth.'), 'disagree');
    assert.strictEqual(compare('Fines cut profit by one in three.', 'Fines cut profit by about a third.'), 'agree');
    assert.strictEqual(compare('Four in ten left.', 'Two-fifths left.'), 'agree');
    assert.notStrictEqual(compare('One in four of them were new.', 'Less than a third of them were new.'), 'disagree');
    // A share in digits is held to the rounding the words stand for, as before.
    assert.strictEqual(compare('Fines cut profit by 27 per cent.', 'Fines cut profit by about a quarter.'), 'agree');
  });

  it('reaches "nearly" a share in words down no further than the plainer share below it', () => {
    assert.strictEqual(compare('Obesity affects nearly a quarter of adults.', 'Obesity affects 19 per cent of adults.'), 'disagree');
    assert.strictEqual(compare('Obesity affects nearly a quarter of adults.', 'Obesity affects 22 per cent of adults.'), 'agree');
    assert.strictEqual(compare('The EU took nearly two-thirds of exports.', 'The EU took 58 per cent of exports.'), 'disagree');
    assert.strictEqual(compare('The EU took nearly two-thirds of exports.', 'The EU took 63 per cent of exports.'), 'agree');
    // Where no plainer share stands near, as far as the words round: "almost a fifth" for 17.8 per cent.
    assert.strictEqual(compare('Sales fell by almost a fifth.', 'Sales fell by 17.8 per cent.'), 'agree');
  });

  it('holds a share in words the source hedges to one side of its figure to that side', () => {
    // "More than four in ten" agreed with the source's "nearly four in ten": the words round 35-45%.
    assert.strictEqual(compare('More than four in ten complaints were about batteries.', 'Nearly four in ten complaints were about batteries.'), 'disagree');
    assert.strictEqual(compare('Nearly four in ten complaints were about batteries.', 'Nearly four in ten complaints were about batteries.'), 'agree');
    assert.strictEqual(compare('About 38 per cent of complaints were about batteries.', 'Nearly four in ten complaints were about batteries.'), 'agree');
    assert.strictEqual(compare('More than 40 per cent of complaints were about batteries.', 'More than four in ten complaints were about batteries.'), 'agree');
    // Hedged to no side, a figure still finds the words too vague to contradict.
    assert.strictEqual(compare('About 45 per cent of complaints were about batteries.', 'Nearly four in ten complaints were about batteries.'), 'incomparable');
  });

  it('holds a claim that bounds to an end of a range as to a bound, and a plain figure as to a figure', () => {
    const between = 'Organisers turned away between 150 and 200 late entries.';
    const end = (high: boolean) => sourceFrom(`---\ndate: 2023-10-02\n---\n${between}\n`).facts.filter((f) => !f.derived)[high ? 1 : 0];
    const claim = (text: string) => onlyMention(`Organisers turned away ${text} late entries.`);
    assert.deepStrictEqual(end(true).value.number?.range, [150, 200]);
    // "More than 200" restates neither end: it was taken for the 200 of the range, and agreed.
    assert.strictEqual(compareValues(claim('more than 200'), end(true)), 'disagree');
    assert.strictEqual(compareValues(claim('fewer than 150'), end(false)), 'disagree');
    assert.strictEqual(compareValues(claim('up to 250'), end(true)), 'disagree');
    assert.strictEqual(compareValues(claim('up to 200'), end(true)), 'agree');
    assert.strictEqual(compareValues(claim('more than 150'), end(false)), 'agree');
    // A plain figure is compared as a figure: "165" is no restatement of the low end it is near.
    assert.strictEqual(compareValues(claim('165'), end(false)), 'disagree');
    assert.strictEqual(compareValues(claim('200'), end(true)), 'agree');
    // Only "between" makes a range: "from 150 to 200" may be a change.
    assert.deepStrictEqual(mentionsOf('Entries rose from 150 to 200.').map((m) => m.number?.range), [undefined, undefined]);
    // A bound on the other side of a bound's figure disagrees with it, range or not.
    assert.strictEqual(compare('Organisers turned away more than 200 late entries.', 'Organisers turned away up to 200 late entries.'), 'disagree');
  });

  it('holds a bound to its figure, not to the step the figure is given to', () => {
    assert.strictEqual(compare('It grew by more than 30 per cent.', 'It grew by 29.6%.'), 'disagree');
    assert.strictEqual(compare('It grew by nearly 30 per cent.', 'It grew by 29.6%.'), 'agree');
    assert.strictEqual(compare('It grew by more than 29 per cent.', 'It grew by 29.6%.'), 'agree');
    assert.strictEqual(compare('Fewer than 1,900 came.', 'Some 1,940 came.'), 'disagree');
    // "Nearly" stays under its figure: it met "more than" at the figure and agreed.
    assert.strictEqual(compare('It represents more than 1,200 companies.', 'It represents nearly 1,200 companies.'), 'disagree');
    assert.strictEqual(compare('Closures are more than 35 per cent of shops.', 'Closures are almost 35 per cent of shops.'), 'disagree');
    assert.strictEqual(compare('It represents about 1,200 companies.', 'It represents nearly 1,200 companies.'), 'agree');
    assert.strictEqual(compare('It represents nearly 1,200 companies.', 'It represents 1,200 companies.'), 'agree');
  });

  it('allows a plain figure only near a bound the source gives', () => {
    assert.strictEqual(compare('32 remain missing.', 'At least 23 are still missing.'), 'disagree');
    assert.strictEqual(compare('24 remain missing.', 'At least 23 are still missing.'), 'agree');
    assert.strictEqual(compare('Only 85 came.', 'Fewer than 90 came.'), 'agree');
    assert.strictEqual(compare('Only 40 came.', 'Fewer than 90 came.'), 'disagree');
    // A hedged figure within the bound agrees, unless it is the bound's figure miscopied.
    assert.strictEqual(compare('Some 30 came.', 'More than 24 came.'), 'agree');
    assert.strictEqual(compare('Some 42 came.', 'More than 24 came.'), 'disagree');
  });

  it('lets a count agree with an ordinal of the same number, never disagree', () => {
    assert.strictEqual(compare('She has 31 goals.', 'It was her 31st goal.'), 'agree');
    assert.strictEqual(compare('She has 30 goals.', 'It was her 31st goal.'), 'incomparable');
    // A multiple or a measure counts no ranked things.
    assert.strictEqual(compare('Prices are three times their level.', 'It is the third straight shortfall.'), 'incomparable');
    assert.strictEqual(compare('The line runs 3 km.', 'It is the third line.'), 'incomparable');
  });

  it('compares a season with a season, and lets a plain year agree with either of its years, never disagree', () => {
    assert.strictEqual(compare('Losses hit a record in 2013-14.', 'The record was set in the winter of 2012-13.'), 'disagree');
    assert.strictEqual(compare('Losses hit a record in 2012/13.', 'The record was set in the winter of 2012-13.'), 'agree');
    assert.strictEqual(compare('Spending rose in 2022.', 'Spending rose in 2022/23.'), 'agree');
    assert.strictEqual(compare('Prices will fall in 2027.', 'The 2025-26 crop is short.'), 'incomparable');
    // "2024-25" states neither 2024 nor 2025 alone.
    assert.strictEqual(compare('Crime fell in 2024-25.', 'Crime fell in 2023.'), 'incomparable');
  });

  it('never compares across kinds, nor sums in two currencies but for the same figure', () => {
    assert.strictEqual(compare('Turnout was 15%.', 'They had 15 seats.'), 'incomparable');
    // A conversion is the writer's: "$6.5m" for £5m is left alone; "$5m" for it is a slip of the currency.
    assert.strictEqual(compare('It cost $6.5m.', 'It cost £5m.'), 'incomparable');
    assert.strictEqual(compare('It cost $5m.', 'It cost £5m.'), 'disagree');
    assert.strictEqual(compare('Shares rose £32.', 'Shares rose 32p.'), 'disagree');
    // Plain cents are the article's, dollar or euro; pence are not cents.
    assert.strictEqual(compare('It rose by 75 euro cents.', 'It rose by 75 cents.'), 'agree');
    assert.strictEqual(compare('It rose by 75 cents.', 'It rose by 75 pence.'), 'disagree');
  });

  it('lets partial dates agree with full ones and compares the parts both give', () => {
    assert.strictEqual(compare('It ends on January 1.', 'It ends on 1 January 2024.'), 'agree');
    assert.strictEqual(compare('It ends on 31 January 2024.', 'It ends on 1 January 2024.'), 'disagree');
    assert.strictEqual(compare('It ends on 01/01/2025.', 'It ends on 1 January 2024.'), 'disagree');
    assert.strictEqual(compare('He spoke on 2 October.', 'He spoke on Monday.'), 'agree');
    assert.strictEqual(compare('He spoke on Sunday.', 'He spoke on Monday.'), 'disagree');
  });

  it('compares durations across units', () => {
    assert.strictEqual(compare('They met 24 hours later.', 'They met a day later.'), 'agree');
    assert.strictEqual(compare('They met 48 hours later.', 'They met a day later.'), 'disagree');
  });

  it('reads lengths bounded on the same side as bounds, not as two open ranges that always meet', () => {
    // Each agreed: any length up to two weeks holds nine days.
    assert.strictEqual(compare('It closed for up to two weeks.', 'It closed for up to nine days.'), 'disagree');
    assert.strictEqual(compare('It could take up to two years.', 'It could take up to a year.'), 'disagree');
    assert.strictEqual(compare('Corals need at least 15 years.', 'Corals need at least 25 years.'), 'disagree');
    assert.strictEqual(compare('It closed for up to nine days.', 'It closed for up to nine days.'), 'agree');
    assert.strictEqual(compare('It could take up to 12 months.', 'It could take up to a year.'), 'agree');
    // On opposite sides, a bound is still compared as one.
    assert.strictEqual(compare('It closed for up to two weeks.', 'It closed for at least nine days.'), 'agree');
  });
});

describe('valueAffinity', () => {
  it('compares a time after or before another only with one, and a length only with a length', () => {
    // "the next day" was flagged against the source's "waited for nearly four hours".
    assert.strictEqual(compare('Savers came back the next day.', 'Savers waited for four hours.'), 'incomparable');
    assert.strictEqual(compare('Savers waited for 30 hours.', 'It fell a day later.'), 'incomparable');
    // Timed by the clock, or in part of a unit, one amount is one span whichever way it is told.
    assert.strictEqual(compare('Savers waited for 24 hours.', 'It fell a day later.'), 'agree');
    assert.strictEqual(compare('It ended more than five hours after the meeting opened.', 'It passed after more than five hours of debate.'), 'agree');
    assert.strictEqual(compare('She has run the chain for a year and a half.', 'She took over 18 months ago.'), 'agree');
    assert.strictEqual(compare('It ended two days later.', 'The strike lasted two days.'), 'incomparable');
    assert.strictEqual(compare('It fell two days later.', 'It fell a day later.'), 'disagree');
    // A time ago is counted back from now, a time earlier from another: "fourteen years ago" was
    // flagged against a source's "nine years earlier".
    assert.strictEqual(compare('He won fourteen years ago.', 'He had won nine years earlier.'), 'incomparable');
    assert.strictEqual(compare('He won fourteen years ago.', 'He won nine years ago.'), 'disagree');
    assert.strictEqual(compare('It fell 48 hours later.', 'It fell two days after the vote.'), 'agree');
    assert.strictEqual(compare('Savers waited for 240 minutes.', 'Savers waited for four hours.'), 'agree');
    // A time before told in days is no time after told by the clock; told the other way round in days, it may be.
    assert.strictEqual(compare('The three days before the slide were calm.', 'It was called off nine hours after the slide.'), 'incomparable');
    assert.strictEqual(compare('The walkout starts four days after the talks.', 'The talks are six days before the walkout.'), 'disagree');
  });

  it('takes a figure rounded as the claim is written, with two of three digits or more swapped, for a slip', () => {
    // 157,756 rounded to thousands is 158k: "185k" swaps its last two digits.
    assert.strictEqual(valueAffinity(onlyMention('The margin was ~185k votes.'), fact('The margin was 157,756 votes.')), 0.8);
    assert.strictEqual(valueAffinity(onlyMention('The margin was ~158k votes.'), fact('The margin was 157,756 votes.')), 1);
    // Rounded to two digits, a swap is as like many other figures: 1.8 to 0.1 is 2, no swap of "7".
    assert.ok(valueAffinity(onlyMention('Prices rose 81 percent.'), fact('Prices rose 17.6 percent.')) < 0.8);
  });

  it('holds a length to one the source gives as nearly a figure as far down as a figure nearly so', () => {
    assert.strictEqual(compare('Vell took 4.8 seconds longer over each shot.', 'Vell spent almost five seconds longer on each shot.'), 'agree');
    assert.strictEqual(compare('Vell took 4.4 seconds longer over each shot.', 'Vell spent almost five seconds longer on each shot.'), 'disagree');
  });

  it('rates a duration with the fact\'s number in another unit a lesser slip than one in the fact\'s unit', () => {
    assert.strictEqual(valueAffinity(onlyMention('It lasted two weeks.'), fact('It lasted two days.')), 0.5);
    assert.strictEqual(valueAffinity(onlyMention('It lasted 48 hours.'), fact('It lasted two days.')), 1);
    assert.strictEqual(valueAffinity(onlyMention('It lasted three days.'), fact('It lasted two days.')), 0.8);
  });

  it('rates a year one or two off across a decade as plausible as a year far off in its decade, whose digits share little', () => {
    const target = fact('It will fund training places by 2028.');
    // Was 0.3, by digits ("203" against "2028"): the claim met no fact.
    assert.strictEqual(valueAffinity(onlyMention('It promises places by 2030.'), target), 0.5);
    assert.strictEqual(valueAffinity(onlyMention('It promises places by 2024.'), target), 0.5);
    assert.strictEqual(valueAffinity(onlyMention('It promises places by 2029.'), target), 0.8);
    assert.strictEqual(valueAffinity(onlyMention('It promises places by 2032.'), target), 0.3);
    // A year told by its distance is counted: a year off is its slip, one further off none (was 0.8 by digits: "next year", 2026, for 2020).
    const since = sourceFrom('---\ndate: 2025-03-19\n---\nTomas Brekke has chaired the seven-member board since 2020.\n').facts.find((f) => f.kind === 'year')!;
    assert.strictEqual(valueAffinity(onlyMention('---\ndate: 2025-03-21\n---\nHe is stepping down next year.'), since), 0.1);
    assert.strictEqual(valueAffinity(onlyMention('---\ndate: 2021-03-21\n---\nHe is stepping down next year.'), since), 0.1);
    assert.strictEqual(valueAffinity(onlyMention('---\ndate: 2021-03-21\n---\nHe took over last year.'), since), 1);
    assert.strictEqual(valueAffinity(onlyMention('---\ndate: 2020-03-21\n---\nHe takes over next year.'), since), 0.8);
    const dentists = [sourceFrom(readFixture('accuracy/sources/dentistaccess.md'), 'dentistaccess.md')];
    assert.deepStrictEqual(mismatchesIn('He is also promising 700 extra training places nationally by 2030 – dentists who will not be in a chair for years.', dentists), [['2030', '2028']]);
  });

  it('rates a month alone a slip of any month within two of the fact\'s, and a lesser one further round the year', () => {
    const november = fact('The plant closes in November.');
    assert.strictEqual(valueAffinity(onlyMention('The plant closes in October.'), november), 0.5);
    assert.strictEqual(valueAffinity(onlyMention('The plant closes in January.'), november), 0.5);
    assert.strictEqual(valueAffinity(onlyMention('The plant closes in April.'), november), 0.3);
    // With its day or year, a date keeps the parts it shares.
    assert.strictEqual(valueAffinity(onlyMention('The plant closes on 4 April.'), fact('The plant closes on 4 November.')), 0.5);
    // "the first walkout set for mid-April", right, had been flagged for a "November" the source gives elsewhere.
    const sources = [seedSource(), sourceFrom(readFixture('accuracy/sources/strikeballot.md'), 'strikeballot.md')];
    assert.deepStrictEqual(mismatchesIn(readFixture('accuracy/strikeballot_02.md'), sources).filter(([claim]) => claim.includes('April')), []);
  });

  it('rates a year a few off in its last digit a lesser slip than a neighbour, the decade\'s digit or a swap', () => {
    const opened = fact('The plant opened in 2026.');
    assert.strictEqual(valueAffinity(onlyMention('The plant opened in 2021.'), opened), 0.5);
    assert.strictEqual(valueAffinity(onlyMention('The plant opened in 2025.'), opened), 0.8);
    assert.strictEqual(valueAffinity(onlyMention('The plant opened in 2016.'), opened), 0.8);
    assert.strictEqual(valueAffinity(onlyMention('The plant opened in 2062.'), opened), 1);
    // "since 2020", right, had been flagged for the source's 2024.
    const sources = [seedSource(), sourceFrom(readFixture('accuracy/sources/antitrust.md'), 'antitrust.md')];
    assert.deepStrictEqual(mismatchesIn(readFixture('accuracy/antitrust_03.md'), sources).filter(([claim]) => claim === '2020'), []);
  });

  it('rates a hedged count a power of ten from a handful as another figure, a hedged share as a slip', () => {
    const seven = fact('Seven grandmasters played.');
    assert.strictEqual(valueAffinity(onlyMention('More than 70 grandmasters played.'), seven), 0.1);
    assert.strictEqual(valueAffinity(onlyMention('About 70 grandmasters played.'), seven), 0.1);
    assert.strictEqual(valueAffinity(onlyMention('In all, 70 grandmasters played.'), seven), 1);
    assert.strictEqual(valueAffinity(onlyMention('About 14 per cent of them failed.'), fact('Some 1.4 per cent of them failed.')), 1);
  });

  it('rates a converted figure in the claim\'s unit, as the writer would have written it', () => {
    assert.strictEqual(valueAffinity(onlyMention('It is 236 miles long.'), fact('It is 380 km long.')), 1);
    // 64 km is 40 miles: a digit changed, where in metres 80,467 and 64,000 shared nothing.
    assert.strictEqual(valueAffinity(onlyMention('It stopped 50 miles inland.'), fact('It stopped 64 km inland.')), 0.8);
    // 85 km converted the wrong way (multiplied by 1.6) is 136 miles.
    assert.strictEqual(valueAffinity(onlyMention('It is 136 miles away.'), fact('It is 85 km away.')), 0.8);
    // An area converted with the length's factor (3.28 rather than 10.76).
    assert.strictEqual(valueAffinity(onlyMention('The plant covers about 460,000 square feet.'), fact('The plant covers 140,000 square metres.')), 1);
    assert.strictEqual(compare('The plant covers about 1.5 million square feet.', 'The plant covers 140,000 square metres.'), 'agree');
    assert.strictEqual(compare('The tube holds about 3.5 ounces.', 'The tube holds 100 g.'), 'agree');
    assert.strictEqual(compare('The tank holds 12,000 gallons.', 'The tank holds 45,400 litres.'), 'agree');
    // Tons are tonnes or US short tons: 4.2 tonnes is 4.6 short tons.
    assert.strictEqual(compare('The press weighs about 4.6 tons.', 'The press weighs 4.2 tonnes.'), 'agree');
    assert.strictEqual(compare('The press weighs 4.2 tons.', 'The press weighs 4.2 tonnes.'), 'agree');
    assert.strictEqual(compare('The press weighs 5.9 tons.', 'The press weighs 4.2 tonnes.'), 'disagree');
  });

  it('rates a hedged figure within a step of its last digit from the source\'s a slip of it, whatever its digits', () => {
    assert.strictEqual(valueAffinity(onlyMention('More than 1,200 rangers took part.'), fact('Some 1,140 rangers took part.')), 0.8);
    assert.strictEqual(valueAffinity(onlyMention('Revenue fell about 7%.'), fact('Revenue fell 6.1%.')), 0.8);
    // Unhedged, or further off, it is two digits changed.
    assert.strictEqual(valueAffinity(onlyMention('Then 1,200 rangers took part.'), fact('Some 1,140 rangers took part.')), 0.3);
    assert.strictEqual(valueAffinity(onlyMention('Roughly 430,000 voted.'), fact('About 412,000 voted.')), 0.3);
    // A date with its day is no copy of a month alone ("30 July" was verified by "since mid-July").
    assert.strictEqual(valueAffinity(onlyMention('It was declared on 30 July.'), fact('Fish have been rescued since mid-July.')), 0.5);
    assert.strictEqual(valueAffinity(onlyMention('It was declared on 30 July.'), fact('It was declared on 31 July.')), 0.5);
    assert.strictEqual(valueAffinity(onlyMention('It was declared on 31 July.'), fact('It was declared on 31 July.')), 1);
    // A race clock's digits swapped are a slip (its seconds, 15918 and 17538, share no digits' order).
    assert.strictEqual(valueAffinity(onlyMention('He won in 4:25:18.'), fact('He won in 4:52:18.')), 1);
    // A bound's step is its last digit other than zero: were two digits changed, and never flagged.
    assert.strictEqual(valueAffinity(onlyMention('More than 9,000 skiers were out.'), fact('About 8,300 skiers were out.')), 0.8);
    assert.strictEqual(valueAffinity(onlyMention('More than 500,000 marched.'), fact('Some 480,000 marched.')), 0.8);
    // "some 200" is no bound: 185 is two digits off it ("some 200 boats" was flagged against 185 days at sea).
    assert.ok(valueAffinity(onlyMention('Some 200 boats left.'), fact('Only 185 boats left.')) < 0.8);
    // A length in words is no power of ten off a figure ("A wall, a decade late" was fixed to "10 decades"); in digits it may be.
    assert.strictEqual(valueAffinity(onlyMention('The wall was a decade late.'), fact('The wall will last 100 years.')), 0);
    assert.ok(valueAffinity(onlyMention('The wall will last 10 years.'), fact('The wall will last 100 years.')) > 0.5);
  });

  it('compares a difference ("four euros more than") only with a difference', () => {
    assert.deepStrictEqual(
      mentionsOf('An adult pays €18, four euros more than before; it won 21 more seats, not more than 30 seats, and sales were 5% higher.').map((m) => [m.text, m.number?.difference]),
      [
        ['€18', undefined],
        ['four euros', true],
        ['21', true],
        ['30', undefined],
        ['5%', undefined],
      ],
    );
    // So is an amount after a verb of change and "by", however its clause goes on; not a measure or length.
    assert.deepStrictEqual(
      mentionsOf('Entries rose by 138 on last year\'s 1,046, the fund was up by £8,000, and the river fell by 5.2 feet.').map((m) => [m.text, m.number?.difference]),
      [
        ['138', true],
        ['1,046', undefined],
        ['£8,000', true],
        ['5.2 feet', undefined],
      ],
    );
    // "more" ending its clause is more of the same, no difference: "and damaged 5,940 more".
    assert.deepStrictEqual(
      mentionsOf('The fires destroyed 2,318 homes and damaged 5,940 more. Fees rose to £9,250, or £1,000 more, than before.').map((m) => [m.text, m.number?.difference]),
      [
        ['2,318', undefined],
        ['5,940', undefined],
        ['£9,250', undefined],
        ['£1,000', true],
      ],
    );
    // Unless it is told of the figure right before it: "may become 248: 62 more, or a third more".
    assert.deepStrictEqual(
      mentionsOf('Today\'s average of 186 lorries may become 248: 62 more, or a third more traffic.').map((m) => [m.text, m.number?.difference]),
      [
        ['186', undefined],
        ['248', undefined],
        ['62', true],
        ['a third', undefined],
      ],
    );
    // "up on" a year earlier is a difference too: was compared with the levels.
    assert.strictEqual(compare('Membership was more than 6,000 up on the old total.', 'Membership was nearly 6,000 more than the old total.'), 'disagree');
    assert.strictEqual(compare('Membership was more than 6,000 up on the old total.', 'Membership reached 6,200.'), 'incomparable');
    // A change told before, the level it reached after: was flagged against the "£10" of another price.
    assert.deepStrictEqual(
      mentionsOf('Membership will go up 10 euros to 99 euros; the pass goes up by €10, to €99. Sales rose 3,000 to 45,000, or 7% to 45,000, and fell 3.1 metres.').map((m) => [m.text, m.number?.difference]),
      [
        ['10 euros', true],
        ['99 euros', undefined],
        ['€10', true],
        ['€99', undefined],
        ['3,000', true],
        ['45,000', undefined],
        ['7%', undefined],
        ['45,000', undefined],
        ['3.1 metres', undefined],
      ],
    );
    assert.strictEqual(compareValues(mentionsOf('Membership will go up 10 euros to 99 euros.')[0], fact('The monthly pass costs £10.')), 'incomparable');
    // Was flagged against the old price: "source says €14".
    assert.strictEqual(compare('An adult will pay four euros more than before.', 'An adult paid €14 before.'), 'incomparable');
    assert.strictEqual(compare('The list is 41,780 shorter than before.', 'The total was 41,870 lower than before.'), 'disagree');
    // Of a length or a measure too: was flagged against the old model's 26 hours, and its 212 grams.
    assert.strictEqual(compare('It plays for five hours more than before.', 'It plays for 26 hours.'), 'incomparable');
    assert.strictEqual(compare('It plays for five hours more than before.', 'It plays for four hours longer than before.'), 'disagree');
    assert.strictEqual(compare('It weighs 12 grams lighter than before.', 'The old one weighed 212 grams.'), 'incomparable');
    // A figure above or below another is their difference: "38 centimetres above the 2015 level" restates "38 centimetres higher", not the level of 5.31 metres.
    assert.deepStrictEqual(
      mentionsOf('It peaked at 5.31 metres, 38 centimetres above the 2015 level.').map((m) => [m.text, m.number?.difference]),
      [
        ['5.31 metres', undefined],
        ['38 centimetres', true],
        ['2015', undefined],
      ],
    );
    assert.strictEqual(compare('It peaked 38 centimetres above average.', 'It was 38 centimetres higher.'), 'agree');
    assert.strictEqual(compare('It peaked 38 centimetres above average.', 'It reached 5.31 metres.'), 'incomparable');
    assert.strictEqual(compare('The contract settled $16 below May.', 'The contract settled $14 below the May contract.'), 'disagree');
    // A length a change saves is a difference too: "saving 15 minutes" is no slip of the 1 hour 35 minutes it leaves.
    assert.strictEqual(compare('The new ferries will cross faster, saving 15 minutes.', 'The crossing will take 1 hour 35 minutes.'), 'incomparable');
    assert.strictEqual(compare('The new ferries will cross faster, saving 15 minutes.', 'The new ferries will be 15 minutes faster.'), 'agree');
    // So is a length lost: "lost eight hours a week" is no slip of the 20 hours it was cut from.
    assert.strictEqual(compare('She lost eight hours a week of café work.', 'Her shifts at a café had run 20 hours a week.'), 'incomparable');
    assert.strictEqual(compare('She lost eight hours a week of café work.', 'She lost eight hours a week.'), 'agree');
    // A length's change told before the level it reached, as an amount's is: was flagged against the level it fell from.
    const [fall] = mentionsOf('Response times fell by 85 seconds, to 11 minutes 40 seconds.');
    assert.strictEqual(compareValues(fall, fact('The average response time was 13 minutes 5 seconds.')), 'incomparable');
    assert.strictEqual(compareValues(fall, fact('Response times were 95 seconds shorter than before.')), 'disagree');
  });

  it('widens a hedge by its per cent up to the step of its last digit', () => {
    // "nearly 5,000" was held to 4,900, two digits' precision.
    assert.strictEqual(compare('The pass tops out at nearly 5,000 m.', 'The pass tops out at 4,850 metres.'), 'agree');
    // A round figure of one digit reaches further: both were flagged, the first as "source says 37.5 per cent".
    assert.strictEqual(compare('It cost nearly 40 per cent more.', 'It cost 37.5 per cent more.'), 'agree');
    assert.strictEqual(compare('Visits rose almost 10 per cent.', 'Visits rose 9.4%.'), 'agree');
    assert.strictEqual(compare('It cost nearly 40 per cent more.', 'It cost 36.5 per cent more.'), 'disagree');
    assert.strictEqual(compare('The pass tops out at nearly 5,000 m.', 'The pass tops out at 4,700 metres.'), 'disagree');
    assert.strictEqual(compare('It had about 84,200 members.', 'It had 82,400 members.'), 'disagree');
  });
});

describe('numberAffinity', () => {
  it('tells the power of ten a figure’s first digit stands at, a power of ten worked out in binary at its own', () => {
    assert.deepStrictEqual([6.7, 450_000, 0.045, -2_500, 1].map(magnitude), [0, 5, -2, 3, 0]);
    assert.strictEqual(magnitude((((10 * 3) / 11) * 11) / 3), 1);
  });

  it('rates small copying errors as plausible and others not', () => {
    assert.strictEqual(numberAffinity(130000, 120000), 0.8);
    // Neighbouring digits swapped: the commonest slip, as plausible as a power of ten.
    assert.strictEqual(numberAffinity(64.7, 67.4), 1);
    assert.strictEqual(numberAffinity(72000, 27000), 1);
    assert.strictEqual(numberAffinity(5.51, 5.15), 1);
    assert.strictEqual(numberAffinity(5.51, 1.55), 0.3);
    assert.strictEqual(numberAffinity(1200000, 120000), 1);
    assert.strictEqual(numberAffinity(55000, 120000), 0.3);
    // A changed digit and a changed power of ten at once: "when he was 18" is no copy of a "12,000-seat stand".
    assert.strictEqual(numberAffinity(18, 12000), 0.1);
    // Thousands for millions is a scale slip; a handful for thousands is not ("More than 3,000
    // workers" was flagged against "three generations", "1,500" against 15).
    assert.strictEqual(numberAffinity(390000, 390e6), 1);
    assert.strictEqual(numberAffinity(3000, 3), 0.1);
    assert.strictEqual(numberAffinity(1500, 15), 0.1);
    assert.strictEqual(numberAffinity(150, 15), 1);
    // A swap with a zero, which the significant digits ("3539", "35309") hide; not among four digits, as years are.
    assert.strictEqual(numberAffinity(35390, 35309), 1);
    assert.strictEqual(numberAffinity(2020, 2002), 0.8);
    assert.strictEqual(numberAffinity(12500, 120000), 0.8);
    // Scaled in floating point: 2.05 × 1e9 is 2049999999.9999998, still the digits 2, 0, 5.
    assert.strictEqual(numberAffinity(2.5e9, 2.05 * 1e9), 0.8);
  });

  it('rates a changed digit with a moved power of ten as no slip, unless one figure rounds the other', () => {
    // "43" for four, "61,000" for 6,000, "seven votes" beside a source's 0.5: another figure, not a miscopy.
    assert.strictEqual(numberAffinity(43, 4), 0.1);
    assert.strictEqual(numberAffinity(61000, 6000), 0.1);
    assert.strictEqual(numberAffinity(7, 0.5), 0.1);
    assert.strictEqual(numberAffinity(7200, 120000), 0.1);
    // Within five times of each other, a digit dropped is still a slip: 980 for 1,980.
    assert.strictEqual(numberAffinity(980, 1980), 0.8);
    // "1.86 million" for 186,400: rounded to three digits and scaled once.
    assert.strictEqual(numberAffinity(1.86e6, 186400), 0.8);
    // Told in other units, figures differ in scale by nature: only their digits are weighed.
    assert.strictEqual(digitAffinity(6, 37), 0.3);
    assert.strictEqual(numberAffinity(6, 37), 0.1);
  });
});
