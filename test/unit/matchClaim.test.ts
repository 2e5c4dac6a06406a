import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { datesBaseFigure } from '../../server/src/core/extract/comparisonBase';
import { writePeriod } from '../../server/src/core/extract/ratePeriod';
import { rankHolder } from '../../server/src/core/extract/rankHolder';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { mismatches, readFixture, ROOT, seedSource, sourceFrom } from '../helpers/core';

/** A one-source fact base from paragraphs, dated so that years and weekdays resolve. */
function source(...paragraphs: string[]) {
  return [sourceFrom(`---\ndate: 2025-03-10\n---\n${paragraphs.join('\n\n')}\n`)];
}

describe('matchClaim', () => {
  it('leaves unverified a figure that contradicts a fact another figure of its sentence rightly restates', () => {
    const airport = sourceFrom('---\ndate: 2026-01-20\n---\nPalma de Mallorca was again the busiest route, with 318,400 passengers, ahead of Dublin with 241,700 and Amsterdam with 198,900. The Palma route alone accounted for roughly one in nine passengers at the airport.\n');
    // "A third" had been fixed to "roughly one in nine", which the sentence gives already.
    assert.deepStrictEqual(mismatches('Palma de Mallorca alone accounts for roughly one in nine of everyone using the airport, with 318,400 passengers, up by nearly a third on Dublin.', [airport]), []);
    assert.deepStrictEqual(mismatches('Palma de Mallorca alone accounts for roughly one in five of everyone using the airport, with 318,400 passengers.', [airport]), [['one in five', 'one in nine']]);
    // The other end of a range, or a conversion beside the figure, may be the slip.
    const waves = sourceFrom('---\ndate: 2025-11-12\n---\nWaves were running at between 6 and 7 metres (20 to 23 feet), the coastguard said.\n');
    assert.deepStrictEqual(mismatches('Waves were running 20 to 32 feet (6 to 7 meters), the coastguard said.', [waves]).length, 1);
  });

  it('takes a year that is its source\'s own for the time of what the source tells, whatever other year its words meet', () => {
    const relay = sourceFrom(readFixture('accuracy/sources/relayrun.md'), 'relayrun.md');
    // "2025", the year of the article, had been fixed to the "2023" of "more than … in 2023".
    assert.deepStrictEqual(mismatches('Ms Kettleworth wants 400 runners, 88 more than this time, and 120 legs, 25 per cent more than in 2025.', [relay]), []);
    assert.deepStrictEqual(mismatches('Ms Kettlewell said the 2024 relay had taken 16 days and 2 hours.', [relay]), [['2024', '2023']]);
  });

  it('holds an amount to the source\'s in the draft\'s currency where the source gives one beside the amount in another', () => {
    const cost = source('The wind farm cost £3.8 billion (€4.5 billion), against a budget of £3.2 billion set in March 2021.', 'The fund pays £1.2 million a year to the 14 villages nearby.');
    // The converted figure written in pounds: its pounds are the amount it restates.
    assert.deepStrictEqual(mismatches('The wind farm came in at £4.5bn, some £600m over the £3.2bn budget set in March 2021.', cost), [['£4.5bn', '£3.8bn']]);
    assert.deepStrictEqual(mismatches('The wind farm cost £4.5 billion, against a budget of £3.2 billion set in March 2021.', cost), [['£4.5 billion', '£3.8 billion']]);
    // An amount the source gives in one currency only is fixed in it.
    assert.deepStrictEqual(mismatches('The fund pays $1.2 million a year to the 14 villages nearby.', cost), [['$1.2 million', '£1.2 million']]);
  });

  it('holds an amount converted into another currency beside a restated one to the source\'s conversion, or else to its rate', () => {
    const ambulances = source('It includes 40 new ambulances built by the coachbuilder Van Rijsel at a cost of €10.1 million (about £8.4 million), the board said.', 'The typical bill will be £1,912 a year (about €2,290), the regulator said.');
    assert.deepStrictEqual(mismatches('The plan includes 40 new Van Rijsel ambulances costing €10.1 million (about £12 million), the board said.', ambulances), [['£12 million', '£8.4 million']]);
    assert.deepStrictEqual(mismatches('The plan includes 40 new Van Rijsel ambulances costing €10.1 million (about £8.4 million), the board said.', ambulances), []);
    // "A year" between an amount and its conversion.
    assert.deepStrictEqual(mismatches('The typical bill will be 1,912 pounds (about 1,600 euros), the regulator said.', ambulances), [['1,600 euros', '2,290 euros']]);
    // An amount the source converts nowhere, at the rate it converts another: €1.1m at £3.9m to €4.6m is about £930,000.
    const drill = source('The drill cost €4.6 million (about £3.9 million), of which €1.1 million was spent on the phone alert system.');
    assert.deepStrictEqual(mismatches('The drill cost €4.6 million, including €1.1 million (about £1.3 million) for the phone alert system.', drill), [['£1.3 million', '£930,000']]);
    // Within a tenth of that rate, as a writer's own rate of the day may be.
    assert.deepStrictEqual(mismatches('The drill cost €4.6 million, including €1.1 million (about £1 million) for the phone alert system.', drill), []);
    // Not a conversion, but a share of the amount.
    assert.deepStrictEqual(mismatches('The drill cost €4.6 million, about £160,000 a siren, including €1.1 million for the phone alert system.', drill), []);
    // The amount copied into the other currency, which a hedged conversion would hold loosely.
    const gift = source('The Cairde Foundation gave €2.4 million (about £2 million) towards the seed vault, the trust said.');
    assert.deepStrictEqual(mismatches('The Cairde Foundation gave 2.4 million euros, or roughly £2.4 million, towards the seed vault.', gift), [['£2.4 million', '£2 million']]);
    assert.deepStrictEqual(mismatches('The Cairde Foundation gave 2.4 million euros, or roughly £2.1 million, towards the seed vault.', gift), []);
    // An amount in crowns, read as money, holds its conversion to the source's.
    const fund = source('The return amounted to 231.6 billion crowns, or about $21.2 billion, the largest in the fund\'s history.');
    assert.deepStrictEqual(mismatches('The fund returned 231.6 billion crowns, about $23.1 billion, the largest in its history.', fund), [['$23.1 billion', '$21.2 billion']]);
  });

  it('fixes a figure to the source\'s own conversion in the draft\'s unit, and between miles and nautical miles by converting', () => {
    const row = source('The Saltmarch covered 2,715 nautical miles (about 3,124 miles, or 5,028 km), averaging roughly 2.6 knots.');
    // The draft converts from its miles: the source's kilometres, not the draft's miles converted (5,030 km).
    assert.deepStrictEqual(mismatches('The boat covered 2,715 nautical miles, about 3,124 miles or 5,280 km, at roughly 2.6 knots.', row), [['5,280 km', '5,028 km']]);
    // Miles for nautical miles are a conversion, not a slip of scale to be fixed in nautical miles.
    assert.deepStrictEqual(mismatches('The Saltmarch covered about 3,214 miles, averaging roughly 2.6 knots.', row), [['3,214 miles', '3,124 miles']]);
  });

  it('holds a figure converted wrongly into another unit to the source\'s figure, whatever its digits', () => {
    const fire = source('Wildfires burned more than 12,400 hectares in the south over the weekend, and a blaze near Lithari had a perimeter of 48 kilometres by Tuesday morning.', 'The ship ran aground at about 05:40 on Thursday, near kilometre 47 of the canal, after winds gusting up to 70 km/h pushed its bow into the eastern bank.');
    // A conversion gone wrong keeps none of the figure's digits: 48 km is 29.8 miles, 70 km/h 43.5 mph.
    assert.deepStrictEqual(mismatches('Wildfires have scorched more than 30,000 acres, and one blaze near Lithari had a perimeter of about 19 miles.', fire), [['19 miles', '30 miles']]);
    assert.deepStrictEqual(mismatches('It ran aground on Thursday, when wind gusts of up to 52 mph pushed its bow into the eastern bank.', fire), [['52 mph', '43 mph']]);
    assert.deepStrictEqual(mismatches('Wildfires have scorched more than 30,000 acres, and one blaze near Lithari had a perimeter of about 30 miles.', fire), []);
    // Past twice or half the figure converted (or converted the wrong way, 77 miles), another figure.
    assert.deepStrictEqual(mismatches('Wildfires have scorched more than 30,000 acres, and one blaze near Lithari had a perimeter of about 120 miles.', fire), []);
  });

  it('holds a rate whose amount is the source\'s to the period the source gives it, the amount and period marked', () => {
    const canal = source('The closure cost the authority an estimated €11.5 million a day in lost transit fees, Brask said.', 'The cap would save a typical tenant about €480 a year by 2027, an economist estimated.', 'The operator earns €2,000 per hour from the locks.');
    assert.deepStrictEqual(mismatches('Brask said the closure had cost the authority an estimated €11.5m an hour in lost fees.', canal), [['€11.5m an hour', '€11.5m a day']]);
    assert.deepStrictEqual(mismatches('An economist estimates the cap will save a typical tenant about €480 per month by 2027.', canal), [['€480 per month', '€480 per year']]);
    assert.deepStrictEqual(mismatches('The operator earns €2,000 a day from the locks.', canal), [['€2,000 a day', '€2,000 an hour']]);
    // The same period in other words, and a rate the source gives no period.
    assert.deepStrictEqual(mismatches('Brask said the closure had cost the authority an estimated €11.5m per day in lost fees.', canal), []);
    const once = source('The closure cost the authority an estimated €11.5 million in lost transit fees, Brask said.');
    assert.deepStrictEqual(mismatches('Brask said the closure had cost the authority an estimated €11.5m a day in lost fees.', once), []);
    // The writer's word for the period, its article as the period sounds and its capital kept.
    assert.deepStrictEqual([writePeriod('hour', 'A'), writePeriod('day', 'an'), writePeriod('year', 'Per'), writePeriod('month', 'each')], ['An hour', 'a day', 'Per year', 'each month']);
  });

  it('holds a month of a year to a fact on fewer shared words than a figure or a day', () => {
    const orchestra = source('The hall sold 212,000 tickets last season. "We have had our best year since the pandemic," Harriet Lomax, who has run the orchestra since March 2019, told reporters on Tuesday.');
    // Its sentence says more than the source's around the date: who she is, what she expects.
    assert.deepStrictEqual(mismatches("The orchestra's director, Harriet Lomax, who has run the ensemble since March 2018, expects a record season of sold-out concerts.", orchestra), [['March 2018', 'March 2019']]);
    // A day, the usual bar: an article's days lie close together.
    const daily = source('The hall sold 212,000 tickets last season. "We have had our best year since the pandemic," Harriet Lomax, who took over the orchestra on 4 March 2019, told reporters on Tuesday.');
    assert.deepStrictEqual(mismatches("The orchestra's director, Harriet Lomax, who took over the ensemble on 4 March 2018, expects a record season of sold-out concerts.", daily), []);
    // Among sources the paragraph may restate alike, the usual bar: many articles date things in a month and year.
    const text = 'The hall sold 212,000 tickets last season. "We have had our best year since the pandemic," Harriet Lomax, who has run the orchestra since March 2019, told reporters on Tuesday.';
    const two = [sourceFrom(`---\ndate: 2025-03-11\n---\n${text}\n`, 'a.md'), sourceFrom(`---\ndate: 2025-03-11\n---\n${text}\n`, 'b.md')];
    assert.deepStrictEqual(mismatches("The orchestra's director, Harriet Lomax, who has run the ensemble since March 2018, expects a record season of sold-out concerts.", two), []);
  });

  it('holds a day of a month to the date its words frame on less than the usual bar only when that date is its slip', () => {
    const licence = source('The price of an annual pass to the Kelby bike scheme will rise from €89 to €99 on 1 March.', 'A second hearing on the operator’s licence is scheduled for Thursday, 20 March.');
    // Its sentence shares less than the usual with the source's (a fifth, not three tenths).
    const hearing = (date: string) => mismatches(`Its licence comes up again at a second hearing set for ${date}, after the summer review.`, licence);
    assert.deepStrictEqual(hearing('27 March'), [['27 March', '20 March']]);
    assert.deepStrictEqual(hearing('20 April'), [['20 April', '20 March']]);
    // Off in two of its three parts (its day and its year), it is another date.
    assert.deepStrictEqual(hearing('14 March 2026'), []);
  });

  it('takes a figure restated twice in a paragraph for the slip of the fact the words of one of them frame', () => {
    const harvest = source(
      'Wheat yields in the district rose 9% this summer, the farmers\' cooperative said.',
      'Barley yields fell 6%, after a wet spring kept growers out of the fields until May, while rapeseed output rose 14% on a larger planted area.',
    );
    // The barley figure took the rapeseed one: the words around it are the barley fact's.
    assert.deepStrictEqual(mismatches('Barley yields fell 14% after a wet spring, while rapeseed output rose 14% on a larger planted area.', harvest), [['14%', '6%']]);
    // Given once, the figure is taken for the fact that states it, whatever words it shares with another.
    assert.deepStrictEqual(mismatches('Barley yields fell 6% after a wet spring, while rapeseed output rose 14% on a larger planted area.', harvest), []);
    // A figure the source gives twice may be given twice, each restating one.
    const trial = source(
      'The study enrolled 6,418 patients. They were randomly assigned in a 1:1 ratio to take the pill 40 mg once daily (3,209 patients) or a matching placebo (3,209 patients) on top of standard care, and were followed for a median of 22 months.',
    );
    assert.deepStrictEqual(mismatches('The trial randomized 6,418 patients — 3,209 to the pill and 3,209 to a placebo, each on top of standard care — and tracked them for a median of 22 months.', trial), []);
    // A figure pointed back to is the one told before, whatever its words frame: the second 4,870 was
    // taken for the slip of the 1,648 homes of the louder contour.
    const airport = [sourceFrom(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'accuracy', 'sources', 'airportexpansion.md'), 'utf8'))];
    const noise =
      'Now the noise. The daytime contour will cover 4,870 homes, up from 3,120, so 1,750 more households are being drawn into it. About a third of those 4,870 homes sit inside the louder 63-decibel contour, where insulation must be offered.';
    assert.deepStrictEqual(mismatches(noise, airport), []);
  });

  it('matches a figure its words do not frame by its sentence, when the sentence\'s other figures restate one source sentence', () => {
    const source = sourceFrom("Fares cover 38% of the operator's costs today; after the rise that share is expected to reach 43%, five percentage points higher, officials said.");
    // "jump" and "increase" are not the source's words: the figure left in the sentence after 43% is.
    assert.deepStrictEqual(mismatches('After the increase it will rise to 43 percent, a 5 percent jump.', [source]), [['5 percent', '5-percentage-point']]);
    const { findings } = checkDocument('After the increase it will rise to 43 percent, a 5 percentage point jump.', 'markdown', new FactIndex([source]));
    assert.deepStrictEqual(
      findings.map((f) => [f.claim.text, f.verdict, f.fact?.text]),
      [
        ['43 percent', 'verified', '43%'],
        ['5 percentage point', 'verified', 'five percentage points'],
      ],
    );
    // Nor is any figure of another value taken for a slip of the one left: it may be any other figure.
    assert.deepStrictEqual(mismatches('After the increase it will rise to 43 percent, a 6 percentage point jump.', [source]), []);
  });

  it('takes a figure for a slip of value of the one left in a source sentence when two figures or more of its sentence restate it', () => {
    const source = sourceFrom('Miriam Osterholt, 54, the dean of its medical school, won a run-off on Thursday, defeating Tomas Welander by 168 votes to 139.');
    // Two digits swapped, beside words the source does not use.
    assert.deepStrictEqual(mismatches('Osterholt, 45, who heads the medical faculty, beat Welander by 168 votes to 139.', [source]), [['45', '54']]);
    // One digit changed, in a figure of as many digits (see the previous test); but one figure restated is not enough...
    assert.deepStrictEqual(mismatches('Osterholt, 55, who heads the medical faculty, beat Welander by 168 votes to 139.', [source]), [['55', '54']]);
    assert.deepStrictEqual(mismatches('Osterholt, 55, who heads the medical faculty, beat Welander by 168 votes.', [source]), []);
    // ...and a digit changed with the power of ten is another figure.
    assert.deepStrictEqual(mismatches('Osterholt, 5, who heads the medical faculty, beat Welander by 168 votes to 139.', [source]), []);
    // ...though two digits swapped are the slip on the names the sentence shares (see the next test).
    assert.deepStrictEqual(mismatches('Osterholt, 45, who heads the medical faculty, beat Welander by 168 votes.', [source]), [['45', '54']]);
  });

  it('takes no figure for a slip of the one left in a restated source sentence when a time between two events parts them', () => {
    const votes = [sourceFrom(fixture('sources/creditunion.md'), 'creditunion.md')];
    // The column's opening, up to its paragraph of both votes.
    const opening = fixture('creditunion_03.md').split('\n\n').slice(0, 3).join('\n\n');
    // The 11 March is of Kelbrook's vote, not a slip of Ashmoor's 4 March; the fortnight is the slip.
    assert.deepStrictEqual(
      mismatches(opening, votes).filter(([claim]) => claim.includes('March') || claim.includes('fortnight')),
      [['a fortnight', 'a week']],
    );
    assert.deepStrictEqual(mismatches(`Ashmoor's members backed the deal on 5 March by 1,628 votes to 218.`, votes), [['5 March', '4 March']]);
  });

  it('takes a figure for a slip of the one left in the source sentence its neighbours restate, in a sentence restating two', () => {
    const tide = [sourceFrom(fixture('sources/tidalflooding.md'), 'tidalflooding.md')];
    const draft = (date: string) => `The tide peaked at 7:42 a.m., when the harbor gauge read 21.4 feet (6.52 meters) above chart datum, breaking a record of 20.7 feet (6.31 meters) that had stood since ${date}.`;
    assert.deepStrictEqual(mismatches(draft('Feb. 6, 1990'), tide), [['Feb. 6, 1990', 'Feb. 26, 1990']]);
    assert.deepStrictEqual(mismatches(draft('Feb. 26, 1990'), tide), []);
  });

  it('takes a time of day for a slip of the one left in a source sentence two figures of its sentence restate, and no time of words restated already', () => {
    const gallery = [sourceFrom(fixture('sources/gallerybequest.md'), 'gallerybequest.md')];
    assert.deepStrictEqual(mismatches('The painting will be unveiled on Saturday 7 June, with free entry from 10am until 6pm.', gallery), [['6pm', '8pm']]);
    assert.deepStrictEqual(mismatches('The painting will be unveiled on Saturday 7 June, with free entry from 10am until 8pm.', gallery), []);
    // Was "11:42 p.m." -> "12:05 a.m.": "12:05 a.m. Sunday" restates "12.05am on Sunday", whose time is no other left.
    const tennis = [seedSource(), sourceFrom(fixture('sources/tennis.md'), 'tennis.md')];
    assert.deepStrictEqual(mismatches(fixture('tennis_02.md'), tennis).filter(([claim]) => /[ap]\.m\./.test(claim)), []);
  });

  it('takes a weekday for a slip of the one left in a source sentence that one specific figure of its sentence restates, wherever it stands', () => {
    const blight = source('At an emergency meeting in Carrigmore at 10.30am on Monday, the agriculture minister, Siobhán Kearney, announced an €18.5 million support package.', 'Growers reported the first cases on Saturday.');
    assert.deepStrictEqual(mismatches('Siobhán Kearney announced the €18.5 million package on Tuesday in Carrigmore.', blight), [['Tuesday', 'Monday']]);
    assert.deepStrictEqual(mismatches('Siobhán Kearney announced the €18.5 million package on Monday in Carrigmore.', blight), []);
    // A figure of two significant digits ties a sentence to no source sentence by itself.
    const round = source('At an emergency meeting in Carrigmore at 10.30am on Monday, the agriculture minister, Siobhán Kearney, announced an €18 million support package.', 'Growers reported the first cases on Saturday.');
    assert.deepStrictEqual(mismatches('Siobhán Kearney announced the €18 million package on Tuesday in Carrigmore.', round), []);
    // Nor a weekday beside a day the sentence restates: it may tell another day.
    assert.deepStrictEqual(mismatches('On Monday Siobhán Kearney announced the €18.5 million package in Carrigmore, her office said on Tuesday.', blight), []);
  });

  it('takes a bound rounded past the figure left in a source sentence for a slip of it, where figures of its sentence restate it', () => {
    const source = sourceFrom('---\ndate: 2025-04-12\n---\nThe council met on Thursday and approved 412 new homes at a cost of £38m, to the delight of a crowd of about 2,900 residents.\n');
    // The bound holds no figure the source gives: "more than 3,000" for about 2,900 is past it, within a step of its last digit.
    assert.deepStrictEqual(mismatches('On Thursday the council approved 412 new homes at a cost of £38m before more than 3,000 cheering people.', [source]), [['more than 3,000', 'about 2,900']]);
    // A bound the source's figure meets is right; one far past it may be another figure; and one figure restated is not enough.
    assert.deepStrictEqual(mismatches('On Thursday the council approved 412 new homes at a cost of £38m before more than 2,000 cheering people.', [source]), []);
    assert.deepStrictEqual(mismatches('On Thursday the council approved 412 new homes at a cost of £38m before more than 5,000 cheering people.', [source]), []);
    // Past it by more than a step but within a tenth of it: rounded up as a writer does.
    const tram = sourceFrom('---\ndate: 2025-03-26\n---\nThe tram carried 61,437 passengers on its first day of service on Tuesday, two years late.\n');
    assert.deepStrictEqual(mismatches('More than 65,000 riders packed the tram on its first day, Tuesday, two years late.', [tram]), [['More than 65,000', '61,437']]);
    assert.deepStrictEqual(mismatches('More than 90,000 riders packed the tram on its first day, Tuesday, two years late.', [tram]), []);
    // With one figure of its sentence restated, a bound within a tenth of the figure left is that figure rounded the wrong way; one further off is not.
    assert.deepStrictEqual(mismatches('The council approved 412 new homes before more than 3,000 cheering people.', [source]), [['more than 3,000', 'about 2,900']]);
    assert.deepStrictEqual(mismatches('The council approved 412 new homes before more than 3,500 cheering people.', [source]), []);
    const waits = [sourceFrom(fixture('sources/hospital.md'), 'hospital.md')];
    assert.deepStrictEqual(mismatches(fixture('hospital_03.md'), waits).filter(([claim]) => claim.includes('300,000')), [['Over 300,000', 'Some 284,305']]);
  });

  it('leaves a fact to the figure beside the claim that states its value', () => {
    const facts = source(
      'Northgate Rail said on Monday that operating profit for the fourth quarter rose 14 per cent to £412m, as a 2.3 per cent fall in passenger numbers was offset by higher fares.',
      'Revenue in the three months to December rose 6.8 per cent to £3.27bn, slightly ahead of the £3.21bn analysts had forecast.',
      'The company employs about 38,400 people and runs 2,400 trains a day across 17 regions.',
    );
    const draft = 'Northgate Rail said fourth-quarter operating profit climbed 14% to £412 million, while revenue in the three months to December rose 8.6% to £3.72bn, ahead of analysts’ forecasts. Passenger numbers fell 2.3%.';
    assert.deepStrictEqual(mismatches(draft, facts), [['8.6%', '6.8%'], ['£3.72bn', '£3.27bn']]);
  });

  it('leaves a fact to the figure beside the claim that is the likelier copy of it', () => {
    const facts = source('Ana Ruiz put the hosts ahead in the 12th minute, and Li Wei headed a second three minutes after half-time. Kim Soo pulled one back in the 71st minute.');
    const draft = 'Ana Ruiz opened the scoring in the 21st minute, Li Wei headed a second in the 48th and Kim Soo replied in the 71st.';
    assert.deepStrictEqual(mismatches(draft, facts), [['21st', '12th']]);
  });

  it('holds a claim to a fact like a figure beside it when that figure states another of the source\'s facts', () => {
    // "A day later" is 15 March, which the 14th beside the claim is likelier a copy of, but the 14th
    // is the opening's own date.
    const line = source('The 214-kilometre line was formally opened on Friday, 14 March, by the transport secretary. A day later the first passenger service left Marlbridge with 614 passengers on board.');
    assert.deepStrictEqual(mismatches('The transport secretary opened the 214-kilometre line on Friday, March 14, 2025, and the first passenger service left Marlbridge on March 17.', line), [['March 17', 'March 15']]);
    assert.deepStrictEqual(mismatches('The transport secretary opened the 214-kilometre line on Friday, March 14, 2025, and the first passenger service left Marlbridge on March 15.', line), []);
    // Beside a claim that converts it, a figure giving the fact in another unit is its restatement;
    // beside the fact's slip, that figure restates the source's conversion, and leaves the slip its fact.
    const fire = source('The fire scorched 48,730 acres, or about 76 square miles, destroyed 212 homes and forced the evacuation of roughly 6,500 residents. About 62 percent of the burned area, some 30,200 acres, burned at high severity.');
    const draft = 'By then it had blackened nearly 49,000 acres, or about 76 sq miles (roughly 120 sq km), destroyed 212 homes and forced around 6,500 people from their homes.';
    assert.deepStrictEqual(mismatches(draft, fire).map(([claim]) => claim), ['120 sq km']);
    assert.deepStrictEqual(mismatches('By then it had blackened 47,830 acres, or about 76 sq miles, and destroyed 212 homes.', fire), [['47,830 acres', '48,730 acres']]);
  });

  it('flags the points between two shares of the claim’s sentence written as per cent, though another fact states that share', () => {
    const facts = [sourceFrom(fixture('sources/tidalenergy.md'))];
    const draft = (change: string) =>
      `The array should produce around 37 GWh a year, enough for some 9,500 homes and about 16 per cent of the islands' demand. Kelvra Grid says the islands' renewable share will climb from 47 per cent last year to 63 per cent, a rise of ${change}.`;
    // Was verified by the 16% of demand.
    assert.deepStrictEqual(mismatches(draft('16 per cent'), facts), [['16 per cent', '16 percentage points']]);
    assert.deepStrictEqual(mismatches(draft('16 percentage points'), facts), []);
  });

  it('flags per cent for the points between two shares the source gives in two sentences, when the claim tells a change', () => {
    const facts = source('A poll of 2,016 adults found that 71% approved of the levy. In a similar poll two weeks before the charge took effect, approval stood at 54%.');
    assert.deepStrictEqual(mismatches('A poll found 71 per cent approval, up 17 per cent on the 54 per cent recorded before the levy.', facts), [['17 per cent', '17 percentage points']]);
    assert.deepStrictEqual(mismatches('A poll found 71 per cent approval, up 17 percentage points on the 54 per cent recorded before the levy.', facts), []);
    // No change told: three shares of which one is the difference of the others by chance.
    const vote = source('Labour won 35% of the vote. The Conservatives took 25%, and the Liberals 10%.');
    assert.deepStrictEqual(mismatches('Labour won 35%, the Conservatives 25% and the Liberals 10%.', vote), []);
    // Of the pairs the claim's figure is a difference of, the nearest: 4.5 and 3.5, not 4.5 and 3.2.
    const offer = source('The employers offered 4.5% for this year and 3.2% for next. In January they had put forward 3.5%.');
    assert.deepStrictEqual(mismatches('They offered 4.5 percent for this year and 3.2 percent for next, 1 percent more than the 3.5 percent put forward in January.', offer), [['1 percent', '1 percentage point']]);
    // Told as below the other, to the finer of the two shares' steps: 10 - 7.6 is 2.4, not 2.
    const reserve = source('The rainy-day fund will fall to $31.2 million, or 7.6% of spending, below the 10% minimum the council set in 2019.');
    assert.deepStrictEqual(mismatches('The fund will drop to $31.2m, or 7.6 per cent of spending: 2.4 per cent below the 10 per cent minimum adopted in 2019.', reserve), [['2.4 per cent', '2.4 percentage points']]);
    // Nor one beside the points its sentence tells already.
    const recycling = source('In the trial, recycling rose from 34 per cent to 47 per cent, the council said.');
    assert.deepStrictEqual(mismatches('Recycling climbed from 34 percent to 47 percent, a 13-point jump, while residual waste fell 13 percent.', recycling), []);
    // The other share left to the source, in the restated share's sentence or else its paragraph, where the source compares them in no words of its own.
    const pay = source('Castellan\'s latest offer is a 4.5 per cent increase backdated to 1 January; its previous offer was 3.2 per cent. The union is demanding 9 per cent.');
    assert.deepStrictEqual(mismatches('Castellan is offering 4.5 per cent, a rise of 1.3 per cent on its previous offer.', pay), [['1.3 per cent', '1.3 percentage points']]);
    assert.deepStrictEqual(mismatches('Castellan is offering 4.5 per cent, a rise of 1.3 percentage points on its previous offer.', pay), []);
    const outage = source('At the height of the outage, 412,600 customers had lost power, about 41% of the utility\'s accounts. In Lorne itself, 188,000 customers were cut off, or 63% of the city\'s total.');
    assert.deepStrictEqual(mismatches('In Lorne, 63% of customers lost power, 22 per cent more than the province as a whole.', outage), [['22 per cent', '22 percentage points']]);
    // A change in per cent that is the relative one is no slip.
    assert.deepStrictEqual(mismatches('In Lorne, 63% of customers lost power, 54 per cent more than the province as a whole.', outage), []);
    // Not for a claim its words frame: the other share is that far by chance ("grew 15 percent" beside shares of 40 and 25 per cent, for "12.5 percent larger").
    const prizes = [sourceFrom(fixture('sources/esportsfinal.md'), 'esportsfinal.md')];
    assert.deepStrictEqual(mismatches(fixture('esportsfinal_01.md'), prizes).filter(([claim]) => claim === '15 percent'), [['15 percent', '12.5 percent']]);
    // Not a change the source states where the claim's words frame it, two shares beside it differing by it by chance.
    const slide = source('The shares fell 38 per cent on Monday and a further 21 per cent on Tuesday. Trading was suspended on Wednesday after the stock dropped 17 per cent in 19 minutes.');
    assert.deepStrictEqual(mismatches('The shares lost 38 per cent on Monday and a further 21 per cent on Tuesday, before trading was suspended on Wednesday after a 17 per cent slide in 19 minutes.', slide), []);
  });

  it('lets a count restate an ordinal but never contradict one', () => {
    const facts = source(
      'Harbour Rovers won the regional league on Saturday, beating Castleton 3-1 in front of 8,400 fans.',
      'Ana Ruiz’s goal was her 31st of the season in all competitions, breaking the club record of 29 set by Mia Holt in 1963.',
      'The team lost only twice, both times away from home.',
    );
    const { findings } = checkDocument('Ana Ruiz now has 31 goals this season in all competitions, beating the club record of 29 set by Mia Holt in 1963.', 'markdown', new FactIndex(facts));
    assert.deepStrictEqual(findings.map((f) => [f.claim.text, f.verdict, f.fact?.text]), [['31', 'verified', '31st'], ['29', 'verified', '29'], ['1963', 'verified', '1963']]);
  });

  it('reads a month alone as a plausible slip for another month', () => {
    const facts = source('The group sold its frozen-desserts unit for £310m in July.');
    assert.deepStrictEqual(mismatches('The group sold its frozen-desserts arm for £310m in June.', facts), [['June', 'July']]);
  });

  it('checks pence against pence', () => {
    const facts = source('The board raised the total dividend for the year to 32p, up from 29p.');
    assert.deepStrictEqual(mismatches('The board lifted the total dividend for the year to 32p from 23p.', facts), [['23p', '29p']]);
  });

  it('leaves the writer’s own asides alone, but not first-person quotes', () => {
    const facts = source(
      'Harbour Rovers, the club founded in 1998 by a group of dock workers, won the regional league on Saturday.',
      'The team scored 71 goals in 30 matches and lost only twice, both times away from home.',
      'Coach Ana Ruiz, who took over in June 2023, said the title was the reward for two years of patient work.',
    );
    assert.deepStrictEqual(mismatches('I first watched Harbour Rovers in 1994, the year the club was founded by dock workers.', facts), []);
    assert.deepStrictEqual(mismatches('“I was there from the start,” said a fan of Harbour Rovers, the club founded in 1994 by dock workers.', facts), [['1994', '1998']]);
    // A clause of its own before the writer speaks restates the source, unless it only times the aside.
    assert.deepStrictEqual(mismatches('Back when dock workers founded Harbour Rovers in 1994, I was a boy.', facts), [['1994', '1998']]);
    assert.deepStrictEqual(mismatches('In 1994, I watched Harbour Rovers for the first time.', facts), []);
    assert.deepStrictEqual(mismatches('Dock workers founded Harbour Rovers in 1994, and at 17 I thought it the best club in the world.', facts), []);
    assert.deepStrictEqual(mismatches('When I first watched Harbour Rovers, dock workers had founded the club in 1994.', facts), []);
  });

  it('leaves the draft’s own timestamp line alone', () => {
    const facts = [sourceFrom(fixture('sources/referendum.md'))];
    // Was flagged against the date of the final survey, "published a week before the vote".
    assert.deepStrictEqual(mismatches('# Estravia’s Senate abolition vote made official\n\n*Published Oct. 4, 2025, 7:30 a.m. EDT*\n', facts), []);
    assert.deepStrictEqual(mismatches('# Estravia’s Senate abolition vote made official\n\n*Last updated Oct. 4, 2025*\n', facts), []);
  });

  it('leaves the draft’s own dateline date alone, written either way round', () => {
    const facts = source('HALVERSTOKE, 21 March 2025 — Veridane Health was fined €18.6 million on Thursday.');
    // The draft's date is its own: it was flagged against the source's dateline.
    assert.deepStrictEqual(mismatches('HALVERSTOKE, Marrland (AP) — Tuesday, March 25, 2025\n\nVeridane Health was fined 18.6 million euros on Thursday.', facts), []);
    assert.deepStrictEqual(mismatches('HALVERSTOKE, 25 March 2025 — Veridane Health was fined 18.6 million euros on Thursday.', facts), []);
  });

  it('leaves the draft’s byline date alone, but not a sentence opening with "By"', () => {
    const facts = source('HALVERSTOKE, 21 March 2025 — Veridane Health, a resident health insurer, was fined €18.6 million on Thursday 20 March.');
    // Was flagged against the date of the fine, for the word the two share; so was a column's label line.
    for (const byline of ['*By a resident, 25 March 2025*', 'By Helen Marsh, Health Correspondent, 25 March 2025', '_By a health insurer · 25 March 2025_', '*Veridane Health insurer fined, 25 March 2025*']) {
      assert.deepStrictEqual(mismatches(`${byline}\n\nVeridane Health was fined 18.6 million euros on Thursday.`, facts), [], byline);
    }
    assert.deepStrictEqual(mismatches('By Thursday, 21 March, Veridane Health had been fined 18.6 million euros.', facts), [['Thursday, 21 March', 'Thursday, 20 March']]);
    // So is a line saying when the draft came out: "published 12 April 2025" was held to the source's
    // "until Saturday, 19 April" once no fact dated "two days later" from the article's day agreed with it.
    const zoo = [sourceFrom(readFixture('accuracy/sources/zoo.md'), 'zoo.md')];
    const opinion = readFixture('accuracy/zoo_03.md');
    assert.ok(opinion.includes('*Opinion column, published 12 April 2025*'));
    assert.deepStrictEqual(mismatches(opinion, zoo).filter(([claim]) => claim.includes('12 April')), []);
  });

  it('spares a weekday right in the year its sentence states', () => {
    // 18 October is a Saturday in 2025 (the draft's year) and a Sunday in 2026, the year the sentence gives.
    const facts = [sourceFrom('---\ndate: 2025-10-20\n---\nPortugal will be guest of honour in 2026, when the fair runs from 14 to 18 October.\n')];
    const returns = (on: string) => mismatches(`---\ndate: 2025-10-23\n---\n\nPortugal is guest of honour in 2026, when the fair returns from Wednesday, 14 October, to ${on}, 18 October.`, facts);
    assert.deepStrictEqual(returns('Sunday'), []);
    // Right in neither year, it is flagged as before.
    assert.deepStrictEqual(returns('Friday'), [['Friday', 'Saturday']]);
  });

  it('reads a dateline’s date as the report’s, not the date of the events its lead tells', () => {
    const facts = [sourceFrom('KALTENBURG, 21 October 2025 — At least 11 people have died after Storm Hella struck the region, authorities said.\n')];
    assert.deepStrictEqual(mismatches('At least 11 people have died after Storm Hella struck the region on Thursday, 16 October.', facts), []);
    // The same date in the lead's own clause is the event's.
    const event = [sourceFrom('---\ndate: 2025-10-22\n---\nAt least 11 people have died after Storm Hella struck the region on 21 October 2025.\n')];
    assert.deepStrictEqual(mismatches('At least 11 people have died after Storm Hella struck the region on 16 October 2025.', event), [['16 October 2025', '21 October 2025']]);
  });

  it('checks a ratio against the share it restates, and never against a count', () => {
    const facts = source('Single-person households now make up 38.7% of the total. "In twenty years, one in four of us will be over 65," the director said.');
    assert.deepStrictEqual(mismatches('Almost two in five households now have only one member.', facts), []);
    // Rough against a share in digits, but a fraction against the source's own words for one.
    assert.deepStrictEqual(mismatches('In twenty years, one in five of us will be over 65, the director said.', facts), [['one in five', 'one in four']]);
    assert.deepStrictEqual(mismatches('In twenty years, a quarter of us will be over 65, the director said.', facts), []);
  });

  it('flags no specific figure that the matched source states exactly for something else', () => {
    const facts = [sourceFrom(fixture('sources/merger.md'))];
    // The source: "for €16.0 billion ($18.6bn) including debt" in its lead, and "the rest is net debt
    // and pension liabilities of about €2.8 billion" beside the equity value.
    assert.deepStrictEqual(mismatches('Enterprise value is €16.0bn, equity value €13.2bn.', facts), []);
    // A figure of two significant figures is still read by its context: the source has no €3.8bn, but it could have.
    assert.deepStrictEqual(mismatches('Enterprise value is €16.0bn, equity value €13.2bn, net debt and pensions €3.8bn.', facts), [['€3.8bn', '€2.8bn']]);
  });

  it('flags a date a day off even when the source gives that date to something else', () => {
    // "Just a day later" makes 20 September the surrender's: an article's dates lie days apart.
    assert.deepStrictEqual(mismatches('Azerbaijan launched a large-scale military offensive in the region on 20 September.', [seedSource()]), [['20 September', '19 September']]);
  });
  it('takes a figure two digits off a fact for another figure, unless its sentence restates the fact firmly', () => {
    const facts = [seedSource()];
    assert.deepStrictEqual(mismatches('Nearly all of the area’s former 105,000 Armenian residents have now fled to Armenia, fearing reprisals from Azerbaijan.', facts), [['105,000', '120,000']]);
    assert.deepStrictEqual(mismatches('A further 55,000 residents were still waiting at the border with Armenia.', facts), []);
    // One digit off is a slip wherever it stands.
    assert.deepStrictEqual(mismatches('A further 130,000 residents were still waiting at the border with Armenia.', facts), [['130,000', '120,000']]);
  });
  it('takes a date sharing no part with a fact\'s for another date, unless a sentence of its own words restates the fact firmly', () => {
    const grants = source('Applications for the scheme open on 2 September and close on 31 October, the department said.', 'Bills for July will be sent on 5 August, and payment is due within 21 days.');
    assert.deepStrictEqual(mismatches('Applications for the scheme open on 2 September and close on 30 November.', grants), [['30 November', '31 October']]);
    // Restating little, the claim's sentence is about some other day.
    assert.deepStrictEqual(mismatches('The rules took effect on 12 June, after the department said they would.', grants), []);
    // A sentence of a date alone shares all it has with any date's, and one of three words little more.
    assert.deepStrictEqual(mismatches('**When does it start?**\n\nOn Tuesday, July 1.', grants), []);
    const talks = source('Mediated talks between the airline and its pilots are scheduled for 4 March, the union said.');
    assert.deepStrictEqual(mismatches('Mediated talks are scheduled for Thursday, April 3.', talks), []);
  });
  it('takes a bound past the source\'s figure by a tenth of it at most for that figure rounded the wrong way, on words that frame it weakly', () => {
    const source = sourceFrom(fixture('sources/trainderailment.md'), 'trainderailment.md');
    const draft = fixture('trainderailment_01.md');
    const evacuated = (text: string) => mismatches(text, [source]).filter(([claim]) => claim.startsWith('More than'));
    assert.deepStrictEqual(evacuated(draft), [['More than 4,500', '4,380']]);
    // Further off, another figure; on the right side, no slip.
    assert.deepStrictEqual(evacuated(draft.replace('More than 4,500 people', 'More than 6,000 people')), []);
    assert.deepStrictEqual(evacuated(draft.replace('More than 4,500 people', 'More than 4,000 people')), []);
  });
  it('takes a bound rounded past the source\'s figure the wrong way, or a digit off, for its slip on words that frame the figure weakly', () => {
    const source = sourceFrom(fixture('sources/carmaker.md'), 'carmaker.md');
    // "More than 3,000 of its workers will lose their jobs", after a sentence naming the factory,
    // against "include about 2,900 at Korvena, Veltrana's oldest factory".
    const draft = fixture('carmaker_02.md');
    const korvena = (bound: string) => mismatches(draft.replace('More than 3,000 of its workers', `${bound} of its workers`), [source]).filter(([claim]) => bound.endsWith(claim));
    assert.deepStrictEqual(korvena('More than 3,000'), [['More than 3,000', 'About 2,900']]);
    // On the side the bound says: loose, not wrong, a digit off or not.
    assert.deepStrictEqual(korvena('Almost 3,000'), []);
    assert.deepStrictEqual(korvena('More than 2,800'), []);
    // Further off than a writer rounding would put it, another figure; unhedged, no rounding at all.
    assert.deepStrictEqual(korvena('More than 3,500'), []);
    assert.deepStrictEqual(korvena('In all, 3,000'), []);
    // "Nearly" is close to its figure: a digit off it is the slip on either side.
    const outage = sourceFrom(fixture('sources/outage.md'), 'outage.md');
    const subscribers = (share: string) => mismatches(fixture('outage_03.md').replace('nearly 80 per cent of its subscribers', `${share} of its subscribers`), [outage]).filter(([claim]) => share.endsWith(claim));
    assert.deepStrictEqual(subscribers('nearly 80 per cent'), [['80 per cent', '70 per cent']]);
    assert.deepStrictEqual(subscribers('more than 60 per cent'), []);
  });
  it('takes a figure for the slip of a fact its sentence frames, not for another that its sentence does not frame but that it rounds', () => {
    // Beside the built-in article, as `factline check --source` has it.
    const sources = [seedSource(), sourceFrom(fixture('sources/carmaker.md'), 'carmaker.md')];
    // "… will cost €640 million", against the third quarter's "operating profit of just €455 million".
    const draft = fixture('carmaker_03.md');
    const charge = (figure: string) => mismatches(draft.replace('€460 million', figure), sources).filter(([claim]) => claim === figure);
    assert.deepStrictEqual(charge('€460 million'), [['€460 million', '€640 million']]);
    assert.deepStrictEqual(charge('€640 million'), []);
    // No slip of €640 million: the figure its words frame less is the one it restates.
    assert.deepStrictEqual(charge('€455 million'), []);
  });

  it('holds a count of one digit to a fact only on words that frame it firmly: its value tells no slip', () => {
    const sources = [seedSource(), sourceFrom(fixture('sources/tidalenergy.md'), 'tidalenergy.md')];
    // "A decision on a second phase of six turbines …" shares a few words with "Each of the four turbines has a rated output of 3 MW".
    const draft = fixture('tidalenergy_01.md');
    const sixes = (text: string) => mismatches(text, sources).filter(([claim]) => claim === 'six');
    assert.deepStrictEqual(sixes(draft), []);
    // Framed firmly, it is the slip.
    assert.deepStrictEqual(sixes(draft.replace(/A decision on a second phase of six turbines[^.]*\./, 'Each of the six turbines has a rated output of 3 MW and a three-bladed rotor.')), [['six', 'four']]);
  });

  it('takes a claim for the agreeing fact of the same source sentence only when it comes close to the best', () => {
    const facts = [sourceFrom(fixture('sources/outbreak.md'))];
    // "Eleven people have died, nine of them children under five, up from seven deaths two weeks ago":
    // the claim's "up from … two weeks earlier" stands beside the seven, though its nine agrees with the children.
    const draft = "On 2025-03-11 Valdoria's health ministry put the measles death toll at eleven, up from nine two weeks earlier. About 610 patients have been admitted to hospital and 48 have needed intensive care.";
    assert.deepStrictEqual(mismatches(draft, facts), [['nine', 'seven']]);
    assert.deepStrictEqual(mismatches(draft.replace('up from nine', 'up from seven'), facts), []);
  });

  it('reads a share in words hedged to one side as the writer\'s reading of the source\'s share, however its digits differ, but not of a bound', () => {
    const overrun = source('A Public Accounts Committee report in 2024 concluded that ground conditions accounted for 38 per cent of the overrun.');
    assert.deepStrictEqual(mismatches('A Public Accounts Committee report in 2024 concluded that ground conditions were responsible for almost half of the overrun.', overrun), [['almost half', 'almost two-fifths']]);
    assert.deepStrictEqual(mismatches('A Public Accounts Committee report in 2024 concluded that ground conditions were responsible for more than a third of the overrun.', overrun), []);
    // Further than half as much again as its words' width, it is some other share.
    assert.deepStrictEqual(mismatches('A Public Accounts Committee report in 2024 concluded that ground conditions were responsible for almost two-thirds of the overrun.', overrun), []);
    const cherries = source('Ana Lobo, who farms nine hectares near Pedra Fria, said her trees had lost at least half of their cherries.');
    assert.deepStrictEqual(mismatches('Ana Lobo, who farms nine hectares near Pedra Fria, said her trees had lost nearly two-thirds of their cherries.', cherries), []);
  });

  it('holds a share right after a restated figure to the share the source gives next after that figure', () => {
    const spill = source('Navy skimmer vessels have recovered about 2,100 tonnes of oil at sea — a third of the amount spilled — along with 1.9 million litres of oily water.');
    assert.deepStrictEqual(mismatches('At sea, about 2,100 metric tons of oil has been recovered, roughly half of what spilled.', spill), [['half', 'a third']]);
    assert.deepStrictEqual(mismatches('At sea, about 2,100 metric tons of oil has been recovered, roughly a third of what spilled.', spill), []);
    // In one clause with it too.
    const payouts = [sourceFrom(fixture('sources/streamingroyalties.md'))];
    assert.deepStrictEqual(mismatches('Inequality on the platform is stark: the top 10,000 artists took 69 per cent of all payouts last year.', payouts), [['69 per cent', '71 per cent']]);
    // Not the share of a figure after the one restated, one in a clause of its own, a change, nor a share of the sentence's own figures.
    const rinks = source('The six rinks sold 48,200 tickets last winter. The two the council wants to close sold 18,220 of them, or 31.6 per cent.');
    assert.deepStrictEqual(mismatches('The six rinks sold 48,200 tickets last winter; the two the council wants to close sold more than a third of them.', rinks), []);
    const power = source('By 6pm on Monday, 48,700 homes remained without power, meaning that about 84% of those who lost supply had been reconnected.');
    assert.deepStrictEqual(mismatches('By 6 p.m. Monday the number had fallen to 48,700, or about 3.9 percent of customers.', power), []);
    const sessions = source('Organisers said 498,300 spectators attended the 17 sessions, up 15.6 per cent on the 431,000 of 2023.');
    assert.deepStrictEqual(mismatches('Fourteen of the 17 sessions sold out, more than four in five, and 498,300 people came.', sessions), []);
  });

  it('takes a figure rounded as the claim is written for a restatement of the fact', () => {
    const facts = [sourceFrom(fixture('sources/drought.md'))];
    // "1.4" is a digit from the 1.1 million households of 2018 and two from 1.38 million: it was flagged against the first.
    assert.deepStrictEqual(mismatches('# Drought prompts garden hose ban for 1.4 million households', facts), []);
  });

  it('checks a length told in two units as one', () => {
    const facts = source('Reyvald needed three hours and 48 minutes to beat Merkel-Faye in the semi-final on Thursday.');
    // Was flagged against "48 minutes".
    assert.deepStrictEqual(mismatches('Reyvald needed nearly four hours to beat Merkel-Faye in the semi-final.', facts), []);
    assert.deepStrictEqual(mismatches('Reyvald needed five hours to beat Merkel-Faye in the semi-final.', facts), [['five hours', 'three hours and 48 minutes']]);
    // A length in another unit, the writer's own conversion, is no miscopy ("doubled in nine years" had
    // been fixed to the source's "twelve months"), but for a unit slipped with its amount kept.
    const surgeons = [
      sourceFrom(
        'Surgeons at the 31 transplant hospitals carried out 3,914 transplants in the twelve months to 31 March 2025, up from 3,658 a year earlier. The number of lung transplants was twice that of 2015-16.\n\nA storm shut 17 stations for up to nine days.',
      ),
    ];
    assert.deepStrictEqual(mismatches('Lung transplants, meanwhile, have doubled in nine years.', surgeons), []);
    assert.deepStrictEqual(mismatches('Surgeons carried out 3,914 transplants in the 13 months to 31 March 2025.', surgeons), [['13 months', '12 months']]);
    assert.deepStrictEqual(mismatches('A storm shut 17 stations for up to nine weeks.', surgeons), [['nine weeks', 'nine days']]);
    // Where two figures or more restate it, one digit changed in a figure of as many digits is a
    // slip; not with a power of ten changed too, nor hedged.
    const talks = [sourceFrom("In 2023, after contract talks that lasted 14 months, the guild's 3,100 members accepted a two-year wage freeze.")];
    const restating = (length: string) => `In 2023, after haggling that dragged on for ${length}, the guild's 3,100 members took a two-year freeze.`;
    assert.deepStrictEqual(mismatches(restating('18 months'), talks), [['18 months', '14 months']]);
    assert.deepStrictEqual(mismatches(restating('8 months'), talks), []);
    assert.deepStrictEqual(mismatches(restating('almost 18 months'), talks), []);
    // A weekday has no digits: in a sentence restated so, another weekday is the one left's slip.
    const walkout = [sourceFrom('---\ndate: 2025-03-26\n---\nSome 2,400 porters and 310 crane drivers walked out on Monday evening, the union said on Tuesday.\n')];
    assert.deepStrictEqual(mismatches('About 2,400 porters and 310 crane drivers stopped work on Sunday evening, the union said on Tuesday.', walkout), [['Sunday', 'Monday']]);
    assert.deepStrictEqual(mismatches('About 2,400 porters and 310 crane drivers stopped work on Monday evening, the union said on Tuesday.', walkout), []);
    // Two weekdays left, either of which it may be: none is taken.
    assert.deepStrictEqual(mismatches('About 2,400 porters and 310 crane drivers stopped work on Sunday evening.', walkout), []);
    // A day of the month with one part changed is the slip of the one date left, where the sentence tells that one day.
    const hold = [sourceFrom('---\ndate: 2025-03-13\n---\nThe bank kept its rate at 5.25 per cent on Thursday, 6 March, after three straight cuts.\n')];
    assert.deepStrictEqual(mismatches('The bank left its rate at 5.25 percent at its March 5 meeting, after three straight cuts.', hold), [['March 5', 'March 6']]);
    assert.deepStrictEqual(mismatches('The bank left its rate at 5.25 percent at its 6 March 2024 meeting, after three straight cuts.', hold), [['6 March 2024', '6 March 2025']]);
    assert.deepStrictEqual(mismatches('The bank left its rate at 5.25 percent at its March 6 meeting, after three straight cuts.', hold), []);
    // A dateline's date is a statement's, no day an event's date slipped from.
    const vote = [sourceFrom('PORT CALDER, March 19, 2025 — The Port Calder City Council voted 9-4 on Tuesday night to approve a $148 million plan for protected bike lanes.')];
    assert.deepStrictEqual(mismatches('Shortly before midnight on 18 March, the city council voted 9-4 to approve the $148 million plan.', vote), []);
    // Two parts changed, or a weekday of its own told with it: another day.
    assert.deepStrictEqual(mismatches('The bank left its rate at 5.25 percent at its 5 March 2024 meeting, after three straight cuts.', hold), []);
    assert.deepStrictEqual(mismatches('The bank left its rate at 5.25 percent on Wednesday, 5 March, after three straight cuts.', hold), []);
    // The time from one event to the next, told the same way, is the one left whatever its value; not
    // one many times it (the time since another event), nor in a sentence tied by its statement's day alone.
    const report = [sourceFrom('The 46-page report is dated Friday 21 March and was released at 10:30 a.m. four days later.')];
    assert.deepStrictEqual(mismatches('The 46-page report was signed off on 21 March and published a week later.', report), [['a week', 'four days']]);
    assert.deepStrictEqual(mismatches('The 46-page report was signed off on 21 March and published 40 days later.', report), []);
    // Nor in a sentence telling two, either of which may be the source's.
    assert.deepStrictEqual(mismatches('The 46-page report was signed off on 21 March, two days after the audit, and published a week later.', report), []);
    const campaign = [sourceFrom("KARSTEN, 12 March 2025 — Valdoria's health ministry on Tuesday reported 4,186 confirmed measles cases, and said the second phase of its vaccination campaign would begin on Monday, 17 March, a week earlier than planned.")];
    assert.deepStrictEqual(mismatches("On 11 March Valdoria's health ministry put the measles death toll at eleven, up from nine two weeks earlier.", campaign), []);
    // A slip in one part, the others copied: as a whole it was 36 minutes off, and left unverified.
    const buried = [seedSource(), sourceFrom(fixture('sources/avalanche.md'))];
    assert.deepStrictEqual(mismatches('The last survivor, a 34-year-old snowboarder, was dug out at 16:55 after two hours and 51 minutes under the snow.', buried), [['two hours and 51 minutes', 'two hours and 15 minutes']]);
  });

  it('takes a rounded figure beside the claim for a likely copy of a fact, but not for its statement', () => {
    const facts = [seedSource(), sourceFrom(fixture('sources/recall.md'))];
    // "nearly 7 per cent" (of profit) rounds the shares' 6.8% fall: it was taken for its restatement, and "8.6" left unchecked.
    const draft = 'Norrvik put the cost at €310m ($336m), nearly 7 per cent of its 2024 operating profit of €4.6bn. Its shares fell as much as 8.6 per cent to €41.26 by 11.30am, wiping around €1.9bn off its market value, before closing 4.9 per cent down at €42.10.';
    assert.deepStrictEqual(mismatches(draft, facts), [['8.6 per cent', '6.8 per cent']]);
  });

  it('flags no figure on a weak frame when the source states it exactly elsewhere', () => {
    const facts = [sourceFrom(fixture('sources/bridge.md'))];
    // "14 lives" shares only "23 vehicles" with "23 vehicles — among them four lorries", and the
    // source's "killed 14 people" states it: it was flagged against the four lorries.
    assert.deepStrictEqual(mismatches('At 17:42 on Tuesday 11 March, the central span of the Halvard Bridge gave way, taking 23 vehicles and 14 lives with it.', facts), []);
  });

  it('flags no month of a year that the source states exactly elsewhere', () => {
    const facts = [sourceFrom(fixture('sources/retailsales.md'))];
    // The four weeks "from Sunday 2 February" frame it better than "Compared with February 2024",
    // which states it: it was flagged against the February of the article's year.
    assert.deepStrictEqual(mismatches('Online sales reached £4.62 billion over four weeks, which is 3.9 per cent more than in February 2024.', facts), []);
    // One the source does not state is still held to the date its words frame.
    assert.deepStrictEqual(mismatches('Online sales reached £4.62 billion over four weeks, which is 3.9 per cent more than in February 2023.', facts).map(([claim]) => claim), ['February 2023']);
  });

  it('reads the first figure of a range as the range writes it', () => {
    const facts = source('The IMO said the eruption could continue for another four to six weeks, and that lava had covered 8 km.');
    // "two" was flagged against the count "four".
    assert.deepStrictEqual(mismatches('The IMO said two eruptions could continue.', facts), []);
    assert.deepStrictEqual(mismatches('The IMO said the eruption could continue for another three to six weeks.', facts), [['three', 'four']]);
  });

  it('takes two neighbouring digits swapped for the likeliest slip', () => {
    const facts = [sourceFrom(fixture('sources/wildfire.md'))];
    // Was verified against the 50 km/h sustained winds: "up to 58" allows 50.
    const draft = 'The blaze started on Sunday 10 August near the village of Lithari, 18km north of Kerata, and was fanned by gusts of up to 58km/h. It spread fastest on Wednesday, when the temperature hit 43.6C and humidity fell to 12 per cent.';
    assert.deepStrictEqual(mismatches(draft, facts), [['58km/h', '85km/h'], ['Wednesday', 'Tuesday']]);
  });

  it('takes a specific figure with two digits swapped for a slip on a few shared words, but no other figure', () => {
    const facts = source('The regulator received 1,127 complaints about the programme in 2024, up from 684 in 2023.');
    // Too little of the sentence is the source's ("climbing", "last year", "the year before") for a figure as such.
    assert.deepStrictEqual(mismatches('Complaints are climbing too: 1,127 last year, up from 864 the year before.', facts), [['864', '684']]);
    assert.deepStrictEqual(mismatches('Complaints are climbing too: 1,127 last year, up from 912 the year before.', facts), []);
    // A length is a specific figure too; a swap with a zero is a swap.
    const hours = source('The overflows discharged for a total of 287,400 hours last year, down 4.6% from 301,150 hours in 2023, when 35,309 spills were logged.');
    assert.deepStrictEqual(mismatches('2023: 35,390 spills, lasting a combined 310,150 hours.', hours), [['35,390', '35,309'], ['310,150 hours', '301,150 hours']]);
    // So is a length told in two units to the minute: "5 hours and 24 minutes" is 324 minutes.
    const final = source('The series began at 1:30 p.m. Pacific time and ended at 7:12 p.m., a running time of 5 hours and 42 minutes, the longest final in its history.');
    assert.deepStrictEqual(mismatches('The final lasted 5 hours and 24 minutes after opening at 1:30 p.m. Pacific time.', final), [['5 hours and 24 minutes', '5 hours and 42 minutes']]);
    // A short figure with its digits swapped, on so few shared words, is as likely another figure (see the next test).
    assert.deepStrictEqual(mismatches('Complaints are climbing too: 1,127 last year, up from 48 the year before.', source('The regulator received 1,127 complaints in 2024, up from 84 in 2023.')), []);
  });

  it('takes a figure of two digits swapped for a slip on fewer shared words than a figure as such, in the fact’s unit and size only', () => {
    const asteroid = source(
      'Astronomers at the Kessel observatory said on Tuesday that the asteroid Varenna will pass 4.2 million kilometres from Earth on 14 October.',
      'Varenna is about 870 metres across and spins once every 7.6 hours.',
      'It was discovered in 2019 by a survey telescope in Chile, and its orbit takes it around the Sun every 3.1 years.',
    );
    // "Varenna" and "every" are too little of the sentence to frame a figure as such...
    assert.deepStrictEqual(mismatches('Varenna turns every 6.7 hours.', asteroid), [['6.7 hours', '7.6 hours']]);
    assert.deepStrictEqual(mismatches('Varenna turns every 67 hours.', asteroid), [['67 hours', '7.6 hours']]);
    // ...so one digit changed, or the digits in another unit, are as likely another figure.
    assert.deepStrictEqual(mismatches('Varenna turns every 6.9 hours.', asteroid), []);
    assert.deepStrictEqual(mismatches('Varenna turns every 6.7 days.', asteroid), []);
    // A count or amount keeps the fact's size too: at another power of ten, even swapped, two digits are as likely another figure.
    assert.deepStrictEqual(mismatches('At its closest, Varenna will be 2.4 million kilometres away.', asteroid), [['2.4 million kilometres', '4.2 million kilometres']]);
    assert.deepStrictEqual(mismatches('At its closest, Varenna will be 42 million kilometres away.', asteroid), []);
    assert.deepStrictEqual(mismatches('At its closest, Varenna will be 24 million kilometres away.', asteroid), []);
    const cod = source(
      'Fisheries ministers agreed on Wednesday to cut the cod catch in the Skarn Sea by 18% next year, after two nights of talks in Brussels.',
      'Scientists at the Marine Council had recommended a cut of 32%, so the agreed reduction is 14 percentage points smaller than their advice.',
      'Some 1,240 boats hold cod licences, and a €64 million scheme will pay for up to 85 of them to be scrapped.',
    );
    assert.deepStrictEqual(mismatches('Researchers had urged a 23% cut.', cod), [['23%', '32%']]);
    // Per cent with the digits of percentage points is another figure, not the slip of one.
    assert.deepStrictEqual(mismatches('The final deal left the reduction roughly 14% short of what the scientists had wanted.', cod), []);
  });

  it('checks an age against an age, however each is written', () => {
    const facts = source('It reached 286,400 children aged between nine months and 14 years. The youngest victim was a seven-month-old girl and the oldest a 34-year-old man.');
    // "14 years old" was a count, the source's "14 years" a duration: the claim met only the 34-year-old.
    assert.deepStrictEqual(mismatches('It reached 286,400 children between nine months and 14 years old.', facts), []);
    assert.deepStrictEqual(mismatches('It reached 286,400 children between nine months and 15 years old.', facts), [['15', '14']]);
    // "in age" tells an age as "aged" does: the source's "43 years" is no length.
    const cases = source('The patients range in age from eight months to 43 years, the health authority said.');
    assert.deepStrictEqual(mismatches('Patients range from 8 months to 34 years old, the health authority said.', cases), [['34', '43']]);
  });

  it('checks a year against the year a dated fact states, and never against one only implied', () => {
    const facts = source('The last new stretch of the motorway opened in October 2016, when the 27-km bypass around Lissau entered service. Work on the bridge began on 14 March.');
    assert.deepStrictEqual(mismatches('The Lissau bypass opened in 2017.', facts), [['2017', '2016']]);
    assert.deepStrictEqual(mismatches('The Lissau bypass opened in 2016.', facts), []);
    // "14 March" is this year's by the article's date, which the source does not state.
    assert.deepStrictEqual(mismatches('Work on the bridge began in 2024.', facts), []);
  });

  it('takes a duration beside the claim in another unit for a conversion, not for the fact restated', () => {
    const facts = source('A day after the ceremony, on Wednesday morning, the publisher ordered a 25,000-copy reprint. Online sales rose sevenfold in the 24 hours after the announcement.');
    // "24 hours" equals "a day", and had left "a day after" to it: the claim was taken for another figure.
    assert.deepStrictEqual(mismatches('Two days after the ceremony, the publisher ordered a 25,000-copy reprint. Online sales jumped sevenfold in the 24 hours after the announcement.', facts), [['Two days', 'A day']]);
  });

  it('does not let a month agree with a day beside a fact of that day the claim gets wrong', () => {
    const facts = [sourceFrom(fixture('sources/rowingrecord.md'))];
    const draft = 'They hit the halfway point Monday, Feb. 25, and had their best day on Sunday, March 9, covering 92 nautical miles.';
    // Was verified by "mid-February" (a week of headwinds), the source's "Monday 24 February" left aside.
    assert.deepStrictEqual(mismatches(draft, facts), [['Monday, Feb. 25', 'Monday, Feb. 24']]);
  });

  it('checks an ordinal in words and fixes it in words', () => {
    const facts = source('The July increase will be the ninth consecutive annual rise, and the 27th since the wage was introduced.');
    assert.deepStrictEqual(mismatches('The July increase is the eighth consecutive annual rise, and the 27th since the wage was introduced.', facts), [['eighth', 'ninth']]);
    assert.deepStrictEqual(mismatches('The July increase is the ninth consecutive annual rise, and the twenty-seventh since the wage was introduced.', facts), []);
    assert.deepStrictEqual(mismatches('The July increase is the ninth consecutive annual rise, and the twenty-eighth since the wage was introduced.', facts), [['twenty-eighth', 'twenty-seventh']]);
  });

  it('reads days given together as dates of their shared month', () => {
    const facts = source('Pilots walked out on 6 and 7 February, grounding 300 flights. Talks on 3, 4 and 5 March failed.');
    // "February 6" was flagged against 7 February: the source's "6" was a count.
    assert.deepStrictEqual(mismatches('Pilots walked out on February 6 and 7, grounding 300 flights. Talks held on March 3, 4 and 5 failed.', facts), []);
    assert.deepStrictEqual(mismatches('Pilots walked out on February 6 and 7, grounding 300 flights. Talks held on March 3, 4 and 6 failed.', facts), [['6', '5']]);
    assert.deepStrictEqual(mismatches('Pilots walked out on 6 and 8 February, grounding 300 flights.', facts), [['8 February', '7 February']]);
  });

  it('holds a date of a sentence that merges two of the source\'s to the one the figure right before it restates', () => {
    const source = sourceFrom('---\ndate: 2025-03-25\n---\nThe warning service rated the danger at level 3, "considerable", on the five-level European scale on Monday. It had raised the rating to that level on Saturday, and raised it to level 4, "high", on Tuesday morning.\n');
    // "level 4" is the second sentence's: so is the Tuesday after it, which was held to the first's Monday.
    assert.deepStrictEqual(mismatches('Danger stood at level 3 of five on the European scale on the day and was raised to level 4 on Tuesday.', [source]), []);
    // A day right after a figure of the sentence it was held to stays held to it.
    assert.deepStrictEqual(mismatches('Danger stood at level 3 of five on the European scale on Tuesday, and was raised to level 4 that morning.', [source]), [['Tuesday', 'Monday']]);
  });

  it('holds a figure to the sentence its own words restate, not to another of that paragraph stating its value', () => {
    const summit = source('The final session began at 9.10am and closed at 12.17pm, after 23 speakers had taken the floor, and lasted 187 minutes including two recesses. When the summit opened in Valmora on Monday, the first session ran to 164 minutes. About 80 per cent of the agenda carried over from day to day, according to the summit secretary, Ines Varga.');
    // The paragraph's words raise both sentences' scores alike: the claim's own sentence is what
    // says which it restates, and it says the first, whose 187 minutes it gets wrong.
    assert.deepStrictEqual(mismatches('The final session ran from 9.10am to 12.17pm. The session, with 23 speakers and two recesses, lasted 164 minutes.', summit), [['164 minutes', '187 minutes']]);
    assert.deepStrictEqual(mismatches('The final session ran from 9.10am to 12.17pm. The session, with 23 speakers and two recesses, lasted 187 minutes.', summit), []);
    assert.deepStrictEqual(mismatches('The final session ran from 9.10am to 12.17pm. When the summit opened in Valmora, the first session ran to 164 minutes.', summit), []);
  });

  it('holds a figure in points to a share its sentence frames weakly that gives the same figure', () => {
    const coffee = [
      sourceFrom(
        '---\ndate: 2025-03-25\n---\nArabica coffee prices climbed to an all-time high on Monday after the worst drought in more than six decades ravaged plantations in the south. Arabica futures for May delivery settled at $4.38 a pound on the Westbrook exchange, up 6.2% on the day and 71% higher than a year earlier, when the contract traded at $2.56.\n\nThe previous record of $3.92, set on 10 February, exactly six weeks earlier, was broken within minutes of the opening bell.\n',
      ),
    ];
    const opening = 'I do not follow commodity markets. On Monday, arabica futures closed at a record $4.38 a pound, six weeks after the previous high of $3.92 and';
    assert.deepStrictEqual(mismatches(`${opening} 71 percentage points above where they stood a year ago.`, coffee), [['71 percentage points', '71%']]);
    assert.deepStrictEqual(mismatches(`${opening} 71 per cent above where they stood a year ago.`, coffee), []);
    // Hedged, a figure is as likely worked out as copied: "a cut of about 14%" from two limits.
    assert.deepStrictEqual(mismatches(`${opening} about 71 percentage points above where they stood a year ago.`, coffee), []);
  });

  it('checks a part of a length told before it as a length', () => {
    const source = sourceFrom('Brightwater blamed a shortage of installation vessels, which it said accounted for nine of the 14 months of delay.');
    assert.deepStrictEqual(mismatches('Brightwater blamed a shortage of installation vessels for nine months of the delay.', [source]), []);
    assert.deepStrictEqual(mismatches('Brightwater blamed a shortage of installation vessels for eight months of the delay.', [source]), [['eight months', 'nine months']]);
  });

  it('reads a range of days as every day in it', () => {
    const facts = [sourceFrom('---\ndate: 2025-02-27\n---\nThe pilots walked out for 48 hours on 6-7 February and again for 24 hours on Monday, 17 February.\n')];
    assert.deepStrictEqual(mismatches('The pilots walked out on Feb. 6-7 and again on Feb. 17.', facts), []);
    // Was flagged, as the range's first day.
    assert.deepStrictEqual(mismatches('The pilots walked out on 7 February and again on 17 February.', facts), []);
    // Was "fixed" to "Feb. 6-9": a range in a draft is never rewritten.
    assert.deepStrictEqual(mismatches('The pilots walked out on Feb. 8-9 and again on Feb. 17.', facts), []);
  });

  it("holds no count of things to a person's age", () => {
    const bank = [sourceFrom(fixture('sources/bankresults.md'), 'bankresults.md')];
    // Was "52" -> "51", the age of the union's regional secretary, who counted the closures.
    assert.deepStrictEqual(mismatches('Western Lakes will close 23 branches. Add the 17 shut in 2023 and the 12 in 2021, and 52 branches will have gone in four years.', bank), []);
    // An age is still held to the person's age, however written.
    assert.deepStrictEqual(mismatches('Patrick Oyelaran, 53, regional secretary of the Financial Services Union, said it was the third round of closures.', bank), [['53', '51']]);
    // Nor an age told of someone else to the age of the person the sentence names (was "41" -> "47").
    const heist = [sourceFrom(fixture('sources/museumheist.md'), 'museumheist.md')];
    assert.deepStrictEqual(mismatches("Detective Inspector Joost Verhagen, who leads the region's art crime unit, says one of the suspects, now 41, once worked for the firm that maintained the museum's alarm.", heist), []);
    assert.deepStrictEqual(mismatches("Detective Inspector Joost Verhagen, 49, who heads the regional police's art and heritage crime unit, said they had worked day and night.", heist), [['49', '47']]);
    // Was "67" -> "27": a name misspelt at its third letter is still the person's whose age it is.
    const plots = [sourceFrom(fixture('sources/allotments.md'), 'allotments.md')];
    assert.deepStrictEqual(mismatches(fixture('allotments_02.md'), plots).filter(([claim]) => claim === '67'), []);
    // An age told by "is" or "was" is the person's too: "Colquhoun is 47." was "fixed" to Braastad's 44.
    const swim = [sourceFrom(fixture('sources/channelswim.md'), 'channelswim.md')];
    assert.deepStrictEqual(mismatches('What strikes me most is her age. Colquhoun is 47. Ekdahl was 29 when he set the old mark.', swim), []);
  });

  it("leaves a year to another time than the source date its sentence's date restates", () => {
    const tourism = [sourceFrom(fixture('sources/tourismfigures.md'), 'tourismfigures.md')];
    const draft = 'Canadian carrier Altair Airways will begin the first direct flights between Toronto and Port Selena on Thursday, March 28, officials said Wednesday as Veloria reported a record 4.36 million overseas visitors for 2024.';
    // Was also "2024" -> "2025", the year of the flights' first day.
    assert.deepStrictEqual(mismatches(draft, tourism), [['Thursday', 'Friday']]);    // Was "Next year" -> "2025", the source's "this year's count": the date beside it restates the next.
    const count = [sourceFrom(fixture('sources/beachclean.md'), 'beachclean.md')];
    assert.deepStrictEqual(mismatches(fixture('beachclean_03.md'), count).filter(([claim]) => /year/i.test(claim)), []);
  });

  it("holds no weekday to a source's date read in the article's year where the draft gives the date another", () => {
    const regatta = sourceFrom('---\ndate: 2025-04-14\n---\nThe 2026 regatta is scheduled for 18 and 19 April.\n');
    assert.deepStrictEqual(mismatches("---\ndate: 2025-04-15\n---\nNext year's regatta is scheduled for Saturday, April 18, and Sunday, April 19, 2026.", [regatta]), []);
    // In the article's year, 18 April is a Friday.
    assert.deepStrictEqual(mismatches('---\ndate: 2025-04-15\n---\nThe regatta is scheduled for Saturday, April 18, and Sunday, April 19.', [regatta]), [
      ['Saturday', 'Friday'],
      ['Sunday', 'Saturday'],
    ]);
  });

  it('holds a rate per item to a rate the source gives per item, and to no figure of no item', () => {
    const fire = [sourceFrom(fixture('sources/heritagefire.md'), 'heritagefire.md')];
    const scale = (perEngine: string) => `The scale of the response tells you how close it came. Eighteen engines and 110 firefighters, or ${perEngine}, were on the scene at the peak.`;
    assert.deepStrictEqual(mismatches(scale('roughly six firefighters to every engine'), fire), []);
    // The same figure told of no item is held to the source's as before.
    assert.deepStrictEqual(mismatches(scale('six aerial ladder platforms'), fire), [['six', 'three']]);
    const pay = source('Staff will get a 5 per cent rise, plus a one-off payment of £750 for every employee, the company said.');
    assert.deepStrictEqual(mismatches('Staff will get a 5 per cent rise and a one-off £570 for every employee.', pay), [['£570', '£750']]);
    // Was "four" -> "nine" (nine of the crew are women): 147 launches shared by 38 crew.
    const station = [sourceFrom(fixture('sources/lifeboatstation.md'), 'lifeboatstation.md')];
    assert.deepStrictEqual(mismatches(fixture('lifeboatstation_03.md'), station).filter(([claim]) => claim.includes('four')), []);
  });

  it('holds a rank told of one name to no rank the source tells of another', () => {
    const regatta = source('Aldermoor University held off a late charge from Kessler University of Ontario to win the women\'s eights. Kessler stopped the clock at exactly 20 minutes. Trondvik University of Norway were third in 20 minutes 9 seconds.');
    const draft = (ranked: string) => `Aldermoor University took the women's eights, with ${ranked} in 20 minutes 9 seconds.`;
    assert.deepStrictEqual(mismatches(draft('Kessler University of Ontario second'), regatta), []);
    // The same name's rank, or one told of no name, is held to it.
    assert.deepStrictEqual(mismatches(draft('Trondvik University of Norway second'), regatta), [['second', 'third']]);
    const holderOf = (text: string, rank: string) => rankHolder(text, text.indexOf(rank));
    assert.strictEqual(holderOf('with Kessler University of Ontario second', 'second'), 'Kessler');
    assert.strictEqual(holderOf('Trondvik University of Norway were third', 'third'), 'Trondvik');
    assert.strictEqual(holderOf('The team finished second', 'second'), undefined);
  });

  it('holds a year to a date whose year the source tells in words ("in March last year", "by the end of last year")', () => {
    const depot = source('The council had promised 1,200 chargers by the end of last year, and it opened the depot in March last year.');
    assert.deepStrictEqual(mismatches('The council opened the depot in 2023.', depot), [['2023', '2024']]);
    assert.deepStrictEqual(mismatches('The council had promised 1,200 chargers by the end of 2023.', depot), [['2023', '2024']]);
    assert.deepStrictEqual(mismatches('The council had promised 1,200 chargers by the end of 2024.', depot), []);
  });

  it('holds the time of the level a change is from to no time of the change, only to another such time', () => {
    const final = [sourceFrom(readFixture('accuracy/sources/cricketfinal.md'), 'cricketfinal.md')];
    // "… get 15,000 pounds each from a total purse of 120,000 pounds, up from 100,000 pounds last year."
    const years = mismatches(readFixture('accuracy/cricketfinal_02.md'), final).filter(([claim]) => /year|20\d\d/.test(claim));
    assert.deepStrictEqual(years, [['November 2021', 'November 2022']]);
    const sessions = source('Sessions rose to 212,000 in 2024, up from 87,000 in 2023.');
    assert.deepStrictEqual(mismatches('Sessions rose to 212,000 in 2024, up from 87,000 in 2022.', sessions), [['2022', '2023']]);
  });

  it('holds a length per period to no rate over another period, nor to days a thing happens on per period', () => {
    const hours = source('Opening hours were extended in April from four hours a day to six, and the site now opens three days a week instead of two.', 'Pharmacists now spend an average of 95 minutes a day phoning wholesalers to find substitutes.');
    assert.deepStrictEqual(mismatches('The site now opens for 18 hours a week rather than eight.', hours).filter(([claim]) => claim === '18 hours'), []);
    // A length per period is held to another of the same period, in another unit.
    const shortages = [sourceFrom(readFixture('accuracy/sources/medicine.md'), 'medicine.md')];
    assert.deepStrictEqual(mismatches(readFixture('accuracy/medicine_03.md'), shortages).filter(([claim]) => claim.includes('hours')), [['more than two hours', '95 minutes']]);
  });

  it('holds a share in words to no share of the source where the part and whole told right before give it', () => {
    const waters = source('Nearly one in eight of the bathing waters failed the legal minimum standard this summer, the report said.', 'Nineteen of the 48 river sites were rated poor, compared with seven of the 164 beaches.');
    assert.deepStrictEqual(mismatches('On the rivers, 19 of 48 failed the standard: nearly two in five.', waters), []);
    // Words the figures do not give are held to the source.
    assert.deepStrictEqual(mismatches('On the rivers, 19 of 48 failed the standard: nearly one in five.', waters), [['one in five', 'one in eight']]);
    // So is a share in digits hedged, worked out from its sentence's figures: was "15 per cent" -> "14.4 per cent", the source's share of journeys cut.
    const buses = [sourceFrom(fixture('sources/busdrivers.md'), 'busdrivers.md')];
    assert.deepStrictEqual(mismatches('The company needs 486 drivers and has 412, a gap of 74, or about 15 per cent of the posts it needs filled.', buses), []);
    // A share in digits beside another of its value is another figure, held to the source.
    const hail = [sourceFrom(fixture('sources/hailstorm.md'), 'hailstorm.md')];
    assert.deepStrictEqual(mismatches(fixture('hailstorm_02.md'), hail).filter(([claim]) => claim.endsWith('14%')), [['14%', '41%']]);
  });

  it("holds a bound to the source's bound on its side in its sentence, not to a plain figure of that sentence it merely holds", () => {
    const cells = source('On a typical weekday, prisoners spent 21 hours a day locked in their cells, and at weekends as many as 23 hours. The prison holds 847 men.');
    assert.deepStrictEqual(mismatches('On a typical weekday men spent 21 hours locked in their cells, and up to 22 hours at weekends.', cells), [['22 hours', '23 hours']]);
    assert.deepStrictEqual(mismatches('On a typical weekday men spent 21 hours locked in their cells, and up to 23 hours at weekends.', cells), []);
  });

  it("holds a year to no time the source tells of the other end of a comparison", () => {
    const show = [sourceFrom(readFixture('accuracy/sources/dogshow.md'), 'dogshow.md')];
    const final = [sourceFrom(readFixture('accuracy/sources/cricketfinal.md'), 'cricketfinal.md')];
    const years = (draft: string, sources: typeof show) => mismatches(readFixture(`accuracy/${draft}.md`), sources).filter(([claim]) => /^(?:this|last|next) year$|^\d{4}$/i.test(claim));
    // "Dogs came from 24 countries this year" beside "Dogs came from 34 countries, up from 27 last year".
    assert.deepStrictEqual(years('dogshow_02', show), []);
    // "This year's show, the 124th" beside "up from 16,905 entries and 209 breeds last year".
    assert.deepStrictEqual(years('dogshow_03', show), [['2005', '2004']]);
    // "Harrowvale lost the 2022 final too" beside "up from 9,365 a year ago".
    assert.deepStrictEqual(years('cricketfinal_03', final).filter(([claim]) => claim === '2022'), []);
    // What the prize fund is compared with ("20 per cent more than last year") beside the time of its rise ("raised by a fifth this year from £100,000").
    assert.deepStrictEqual(years('cricketfinal_03', final).filter(([claim]) => claim === 'last year'), []);
    assert.deepStrictEqual(mismatches('The £120,000 prize fund was raised by a fifth in 2023 from £100,000.', final).filter(([claim]) => claim === '2023'), [['2023', '2025']]);
    // After a change, a year is the time of the level it is from: "up 22 percent since 2021" is the source's "up 22% from 97,000 crowns in 2022".
    const grants = [sourceFrom(readFixture('accuracy/sources/heatpumpgrants.md'), 'heatpumpgrants.md')];
    assert.deepStrictEqual(years('heatpumpgrants_02', grants).filter(([claim]) => claim === '2021'), [['2021', '2022']]);
    const datesBase = (text: string, year: string) => datesBaseFigure(text, text.lastIndexOf(year));
    assert.ok(datesBase('up from 16,905 entries and 209 breeds last year', 'last year'));
    assert.ok(datesBase('rose 12 per cent from 87,000 in 2023', '2023'));
    // "from" of where, not of a level before.
    assert.ok(!datesBase('Dogs came from 34 countries this year', 'this year'));
  });

  it('takes a share in words for a slip of another the source gives in words', () => {
    const fine = [sourceFrom(fixture('sources/workplacefine.md'), 'workplacefine.md')];
    assert.deepStrictEqual(mismatches('She reduced that to £960,000 and took a quarter off for the early guilty plea.', fine), [['a quarter', 'a third']]);
    assert.deepStrictEqual(mismatches('She reduced that to £960,000 and took a third off for the early guilty plea.', fine), []);
  });

  it('holds a share in words hedged with "about" to the share in words the source gives, however far their fractions lie apart', () => {
    const food = source('Even so, donated food covered only about two thirds of what was handed out, and the network spent £3.8 million buying the rest.', 'The grant of £5,000 covers only about a fifth of the typical bill.');
    assert.deepStrictEqual(mismatches('Donated food covered only about three-quarters of what went out, so the network spent £3.8 million buying food.', food), [['three-quarters', 'two thirds']]);
    assert.deepStrictEqual(mismatches('The grant covers only about a third of the typical bill.', food), [['a third', 'a fifth']]);
    assert.deepStrictEqual(mismatches('The grant covers only about a fifth of the typical bill.', food), []);
  });

  it('holds a year told of no statement to no year a source dates its telling by', () => {
    const chargers = [sourceFrom('# Chargers\n\nCASTLEGATE, 13 March 2025 — The region has installed 846 of the 1,200 public chargers it promised by the end of last year, the authority said on Wednesday.\n\nThe grant was £6.4 million.\n')];
    assert.deepStrictEqual(mismatches('More than two years after the scheme began in June 2022, 846 chargers are working out of the 1,200 promised by the end of 2024.', chargers), []);
  });
});

function fixture(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'accuracy', name), 'utf8');
}
