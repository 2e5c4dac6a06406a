import * as assert from 'assert';
import type { NumberStyle } from '../../server/src/core/extract/mention';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { formatDuration } from '../../server/src/core/format/formatDuration';
import { formatNumber } from '../../server/src/core/format/formatNumber';
import { mentionsOf, mismatches, onlyMention, sourceFrom } from '../helpers/core';

/** The fix for the only mismatch of a claim against a one-paragraph source. */
function fixOf(claim: string, source: string): string {
  const found = mismatches(claim, [sourceFrom(`---\ndate: 2023-10-02\n---\n${source}\n`)]);
  assert.strictEqual(found.length, 1, `${claim}: ${JSON.stringify(found)}`);
  return found[0][1];
}

describe('fixes in the draft’s style', () => {
  const people = 'Nearly all of the area’s former 120,000 Armenian residents have now fled to Armenia.';
  it('keeps grouping, suffixes and words', () => {
    assert.strictEqual(fixOf('Nearly all of the area’s former 130 000 Armenian residents have fled to Armenia.', people), '120 000');
    assert.strictEqual(fixOf('Nearly all of the area’s former 130k Armenian residents have fled to Armenia.', people), '120k');
    assert.strictEqual(fixOf('Nearly all of the area’s former 130000 Armenian residents have fled to Armenia.', people), '120000');
    assert.strictEqual(fixOf('The area’s former Armenian residents: about 1.2 million, all fled to Armenia.', people), '120,000');
    // A figure more precise than three decimals of the draft's scale is written in full; three are kept.
    const tickets = 'The board said 63,214,870 tickets were sold for the draw.';
    assert.strictEqual(fixOf('The board said 41.5 million tickets were sold for the draw.', tickets), '63,214,870');
    assert.strictEqual(fixOf('The board said 41.5 million tickets were sold for the draw.', 'The board said 63,215,000 tickets were sold for the draw.'), '63.215 million');
    // Words past those spelled out are written in digits, grouped as long figures are.
    assert.strictEqual(formatNumber(2788600, 100, onlyMention('Riders took three million trips.').numberStyle!), '2,788,600');
  });

  it('replaces a hedge that points the wrong way with the source\'s, capitalised as written', () => {
    const reefers = (draft: string, source: string) => mismatches(draft, [sourceFrom(`---\ndate: 2025-03-25\n---\n${source}\n`)]);
    assert.deepStrictEqual(reefers('More than 2,000 refrigerated containers were waiting at the port.', 'Nearly 1,900 refrigerated containers were waiting at the port.'), [['More than 2,000', 'Nearly 1,900']]);
    // The source's own words of its hedge, "less than" of what is not counted.
    assert.deepStrictEqual(reefers('Yards held more than 2,000 refrigerated containers waiting at the port.', 'Some 1,940 refrigerated containers were waiting at the port.'), [['more than 2,000', 'some 1,940']]);
    assert.deepStrictEqual(reefers('The calf suckled more than three hours after birth.', 'The calf suckled just under three hours after birth.'), [['more than three hours', 'just under three hours']]);
    assert.deepStrictEqual(reefers('The repair cost more than £5 million, the port said.', 'The repair cost under £4 million, the port said.'), [['more than £5 million', 'under £4 million']]);
    assert.deepStrictEqual(reefers('Yards held more than 2,000 refrigerated containers waiting at the port.', 'Exactly 1,960 refrigerated containers were waiting at the port.'), [['more than 2,000', '1,960']]);
    // A plain "about" is the writer's own caution, and stays.
    assert.deepStrictEqual(reefers('Yards held about 2,900 refrigerated containers waiting at the port.', 'Nearly 1,900 refrigerated containers were waiting at the port.'), [['2,900', '1,900']]);
  });

  it('replaces a bound past a range the source gives with the range, and keeps a bound on the end\'s own side', () => {
    const entries = 'The organisers turned away between 150 and 200 late entries.';
    assert.deepStrictEqual(mismatches('The organisers turned away more than 200 late entries.', [sourceFrom(entries)]), [['more than 200', 'between 150 and 200']]);
    assert.deepStrictEqual(mismatches('More than €3,000 was raised each evening.', [sourceFrom('Between €2,000 and €3,000 was raised each evening.')]), [['More than €3,000', 'Between €2,000 and €3,000']]);
    assert.strictEqual(fixOf('The final toll could be up to 15% higher.', 'The final toll could be between 5% and 10% higher.'), '10%');
    assert.strictEqual(fixOf('The network will run fewer than 30 freight trains a day.', 'The network will run between 30 and 40 freight trains a day.'), 'between 30 and 40');
  });

  it('writes the source\'s scale word for its digits written at another scale', () => {
    assert.strictEqual(fixOf('The survey cost €460,000, officials said.', 'The survey cost €4.6 million, officials said.'), '€4.6 million');
    assert.strictEqual(fixOf('The chamber put losses at more than 390,000 euros since the storm.', 'The chamber put losses at more than €390 million since the storm.'), '390 million euros');
  });

  it('writes a duration in the source\'s unit when the draft\'s cannot hold it exactly', () => {
    const campaign = 'Officials warned that the outbreak could last at least another three months.';
    assert.strictEqual(fixOf('Officials warned that the outbreak could last at least another three weeks.', campaign), 'three months');
    assert.strictEqual(fixOf('Officials warned that the outbreak could last at least another 10 days.', 'Officials warned that the outbreak could last at least another two weeks.'), '14 days');
  });

  it('fixes a temperature converted into the other scale as a reading unless it is told, or far nearer, as a difference', () => {
    // 41F is 5C as a reading; 41 degrees of difference (23C) were nearer the draft's 15C, and written.
    assert.strictEqual(fixOf('With the water at about 41F (about 15C), the oil breaks down slowly.', 'With the water at about 41 degrees Fahrenheit, the oil is breaking down slowly.'), '5C');
    // No word of heat: the other scale beside it says both are temperatures.
    assert.strictEqual(fixOf('By mid-afternoon the hall had reached 27C (about 91F).', 'By mid-afternoon the hall had reached 27C, which is about 81F.'), '81F');
  });

  it('writes the unit in the number of the figure it fixes to', () => {
    // Were "1 miles" and "3 mile".
    assert.strictEqual(fixOf('The nearest pharmacy is 3 miles away.', 'The nearest pharmacy is 1 mile away.'), '1 mile');
    assert.strictEqual(fixOf('The nearest pharmacy is 1 mile away.', 'The nearest pharmacy is 3 miles away.'), '3 miles');
    assert.strictEqual(fixOf('The nearest pharmacy is 3 miles away.', 'The nearest pharmacy is 1.6 km away.'), '1 mile');
    // Converted, a figure in words is fixed in words: was "4 miles".
    assert.strictEqual(fixOf('The nearest pharmacy is six miles away.', 'The nearest pharmacy is 6 km away.'), 'four miles');
    assert.strictEqual(fixOf('It is a 1-mile walk to the nearest pharmacy.', 'It is a 3-mile walk to the nearest pharmacy.'), '3-mile');
  });

  it('rounds a figure converted between metric and imperial units to the source\'s step or three significant figures, two when hedged', () => {
    // Was "150,695 square feet" and "232,500 square feet": digits the source's figure does not give.
    assert.strictEqual(fixOf('The bakery covers 46,000 square feet.', 'The bakery covers 14,000 square metres.'), '151,000 square feet');
    assert.strictEqual(fixOf('The roof covers 300,000 square feet.', 'The roof covers 21,600 square metres.'), '233,000 square feet');
    // A hedged figure is round: two significant figures.
    assert.strictEqual(fixOf('The slide began at about 8,400 feet.', 'The slide began at 2,870 metres.'), '9,400 feet');
    // 14.48 km, rounded once: twice (to 14.5, then to the unit) it was 15.
    assert.strictEqual(fixOf('The line runs 16 km.', 'The line runs 9 miles.'), '14 km');
  });

  it('writes a season with the draft\'s mark between its years', () => {
    assert.strictEqual(fixOf('The previous record, 29.1 percent, was set in the winter of 2013/14.', 'The previous record of 29.1% was set in the winter of 2012-13.'), '2012/13');
  });

  it('writes a length\'s digits grouped as the draft does, and spells one to nine as style guides do', () => {
    assert.strictEqual(fixOf('The overflows discharged for 301,510 hours in 2023.', 'The overflows discharged for 301,150 hours in 2023.'), '301,150 hours');
    // "nine days" fixed to 19 is "19 days"; a 12-day strike fixed to nine days is a nine-day one; a
    // writer who spells "ten" spells to ten, as some style guides do, and writes 11 in digits.
    assert.strictEqual(fixOf('Schools lost nine days of teaching to the strike.', 'Schools lost 19 days of teaching to the strike.'), '19 days');
    assert.strictEqual(fixOf('Nurses held a 12-day strike in March.', 'Nurses held a nine-day strike in March.'), 'nine-day');
    assert.strictEqual(fixOf('Reservoirs will last ten weeks at this rate.', 'Reservoirs will last 11 weeks at this rate.'), '11 weeks');
    assert.strictEqual(fixOf('Reservoirs will last 12 weeks at this rate.', 'Reservoirs will last ten weeks at this rate.'), '10 weeks');
    // A half spelled out stays spelled out.
    assert.strictEqual(fixOf('The flight took five and a half hours.', 'The flight took six and a half hours.'), 'six and a half hours');
  });

  it('fixes a share in words to the source\'s words for it, and leaves one the source gives in digits', () => {
    assert.strictEqual(fixOf('On current trends the grant scheme will fall short of its target by more than a quarter.', 'The grant scheme is on course to fall short of its target by more than a fifth.'), 'a fifth');
    const digits = mismatches('Almost a fifth of the grant scheme money went unspent.', [sourceFrom('---\ndate: 2023-10-02\n---\nSome 17.8 per cent of the grant scheme money went unspent.\n')]);
    assert.deepStrictEqual(digits, []);
  });

  it('holds a share in words hedged to one side to the side it asserts, and fixes it in words', () => {
    const rinks = (draft: string, source: string) => mismatches(draft, [sourceFrom(`---\ndate: 2024-11-04\n---\n${source}\n`)]);
    const closures = 'The six rinks sold 48,200 tickets last winter. The two the council wants to close sold 18,220 of them, or 37.8 per cent.';
    assert.deepStrictEqual(rinks('The six rinks sold 48,200 tickets last winter. The two the council wants to close sold more than four in ten of them.', closures), [['more than four in ten', 'nearly four in ten']]);
    const samples = 'Inspectors took 212 samples at the rinks. Thirty of them, or 14.1 per cent, failed the hygiene test.';
    assert.deepStrictEqual(rinks('Inspectors took 212 samples at the rinks, and nearly one in five failed the hygiene test.', samples), [['nearly one in five', 'about one in seven']]);
    // The hedge is what is wrong: unhedged, "four in ten" holds 37.8 per cent, and a share the
    // sentence's own figures give is held to them (18,220 of 48,200), not to the source.
    assert.deepStrictEqual(rinks('The two the council wants to close sold four in ten of the tickets.', closures), []);
    assert.deepStrictEqual(rinks('The six rinks sold 48,200 tickets last winter; the two the council wants to close sold more than a third of them, 18,220.', closures.replace('37.8', '31.6')), []);
  });

  it('writes a race time as the draft’s clock does', () => {
    const race = 'Kipkemboi won in 2:05:18, and Abebe was third in 2:21:31.';
    assert.strictEqual(fixOf('Kipkemboi won in 2:05:18, and Abebe was third in 2:23:15.', race), '2:21:31');
    assert.strictEqual(fixOf('Kipkemboi won in 02:05:18, and Abebe was third in 02:23:15.', race), '02:21:31');
    // To the hundredth the draft gives, a slip of which is no rounding: 1:55.83 for 1 minute 55.38 seconds.
    const swim = 'Varga won the 200 metres freestyle final on Thursday in 1 minute 55.38 seconds, inside the old record.';
    assert.strictEqual(fixOf('Varga won the 200 metres freestyle final on Thursday in 1:55.83, inside the old record.', swim), '1:55.38');
    // Told in parts, the last to the source's decimals.
    assert.strictEqual(fixOf('The colt covered the mile and a half in 2 minutes 33.48 seconds.', 'The colt covered the mile and a half in 2 minutes 33.84 seconds.'), '2 minutes 33.84 seconds');
  });

  it('writes percentage points for per cent (and the other way round) as the source words it', () => {
    assert.strictEqual(fixOf('Reservoir stocks fell by 9.6 per cent in July.', 'Reservoir stocks fell by 9.6 percentage points in July.'), '9.6 percentage points');
    assert.strictEqual(fixOf('Attendance rose 15.6 percentage points on 2023.', 'Attendance rose 15.6 per cent on 2023.'), '15.6 per cent');
  });

  it('reads basis points as hundredths of a percentage point, and writes a fix in them', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.text, m.number?.values[0], m.number?.unit]);
    assert.deepStrictEqual(read('It cut by 25 basis points, then made a 50bp cut, a 10 basis-point move.'), [
      ['25 basis points', 0.25, 'pp'],
      ['50bp', 0.5, 'pp'],
      ['10 basis-point', 0.1, 'pp'],
    ]);
    const rate = [sourceFrom('---\ndate: 2025-03-10\n---\nThe central bank cut its benchmark rate by a quarter of a percentage point to 3.5% on Wednesday.\n')];
    assert.deepStrictEqual(mismatches('The central bank cut its benchmark rate by 50 basis points to 3.5% on Wednesday.', rate), [['50 basis points', '25 basis points']]);
    assert.deepStrictEqual(mismatches('The central bank cut its benchmark rate by 50bp to 3.5% on Wednesday.', rate), [['50bp', '25bp']]);
    assert.deepStrictEqual(mismatches('The central bank cut its benchmark rate by 25 basis points to 3.5% on Wednesday.', rate), []);
  });

  it('writes a difference of shares the source only implies in points, in the draft\'s percent style', () => {
    const share = 'Women directed 44%, up from 35% last year, and 12% of the films were debuts, against 11% in 2023.';
    assert.strictEqual(fixOf('Women directed 44%, up 9% on last year.', share), '9 percentage points');
    assert.strictEqual(fixOf('12 per cent of the films were debuts, 1 per cent more than in 2023.', share), '1 percentage point');
  });

  it('writes points before the noun they describe as one point joined to it, and points told apart from it as many', () => {
    const share = 'The share of the crop planted with resistant varieties climbed to 14 percent from 9 percent.';
    assert.strictEqual(fixOf('The share of resistant varieties climbed to 14 percent from 9 percent, a 5 percent increase.', share), '5-percentage-point');
    assert.strictEqual(fixOf('The share of resistant varieties climbed to 14 percent from 9 percent, a 5% rise growers call too little.', share), '5-percentage-point');
    assert.strictEqual(fixOf('The share of resistant varieties climbed to 14 percent from 9 percent, up 5 percent.', share), '5 percentage points');
    // The message quotes the points on their own.
    const index = new FactIndex([sourceFrom(`---\ndate: 2023-10-02\n---\n${share}\n`)]);
    const [finding] = checkDocument('The share of resistant varieties climbed to 14 percent from 9 percent, a 5 percent increase.', 'markdown', index).findings.filter((f) => f.verdict === 'mismatch');
    assert.strictEqual(finding.sourceSays, '5 percentage points (the difference between 14 percent and 9 percent)');
    const turnout = 'Turnout rose 4.5 percentage points to 61 percent, the electoral commission said.';
    assert.strictEqual(fixOf('Turnout rose by 4.5 per cent to 61 percent, the electoral commission said.', turnout), '4.5 percentage points');
  });

  it('writes a length told in two or three units as the draft tells it, number by number', () => {
    const final = 'Reyvald won a final that lasted four hours and 12 minutes, and the record stood at 2 hours, 4 minutes and 37 seconds.';
    assert.strictEqual(fixOf('Reyvald won a final that lasted four hours and 21 minutes.', final), 'four hours and 12 minutes');
    assert.strictEqual(fixOf('Reyvald won a final that lasted 4 hours, 21 minutes.', final), '4 hours, 12 minutes');
    assert.strictEqual(fixOf('The record stood at 2 hours, 4 minutes and 39 seconds.', final), '2 hours, 4 minutes and 37 seconds');
    // In one unit, the draft's cannot hold it: said as the source says it, not as "252 minutes".
    assert.strictEqual(fixOf('Reyvald won a final that lasted five hours.', final), 'four hours and 12 minutes');
  });

  it('moves the scale up for a value a thousand times the draft\'s, as down for one below it', () => {
    const loan = 'The buyer arranged a €1.1bn bridge loan from three banks.';
    assert.strictEqual(fixOf('The buyer arranged a €1.1m bridge loan from three banks.', loan), '€1.1bn');
    assert.strictEqual(fixOf('The buyer arranged a €1.1 million bridge loan from three banks.', loan), '€1.1 billion');
    assert.strictEqual(fixOf('The buyer arranged a €4.12bn bridge loan from three banks.', 'The buyer arranged a €412m bridge loan from three banks.'), '€412m');
  });

  it('keeps currency, scale word and percent wording', () => {
    const money = 'Parties spent a combined 46.5 million euros on the campaign, the commission said.';
    assert.strictEqual(fixOf('Parties spent a combined €64.5 million on the campaign, the commission said.', money), '€46.5 million');
    const percent = 'Turnout reached 67.4 per cent, the highest since 2008.';
    assert.strictEqual(fixOf('Turnout reached 64.7 per cent, the highest since 2008.', percent), '64.7 per cent'.replace('64.7', '67.4'));
  });

  it('steps down to the next scale of the draft’s kind when the value is below its own', () => {
    const profit = 'Annual profit rose to £412m.';
    assert.strictEqual(fixOf('Annual profit rose to £4.21bn.', profit), '£412m');
    assert.strictEqual(fixOf('Annual profit rose to £4.12 billion.', profit), '£412 million');
    assert.strictEqual(fixOf('Annual profit rose to £4.12B.', profit), '£412M');
    assert.strictEqual(fixOf('Annual profit rose to £0.42 million.', 'Annual profit rose to £412,000.'), '£412,000');
    // Not to thousands written "k", a draft's own shorthand: was "£412k".
    assert.strictEqual(fixOf('Annual profit rose to £4.12m.', 'Annual profit rose to £412,000.'), '£412,000');
    assert.strictEqual(fixOf('Annual profit rose to £214k.', 'Annual profit rose to £412,000.'), '£412k');
  });

  it('writes spelled-out numbers back in words, capitalised as written', () => {
    const parties = 'Three other parties, including the liberal New Path, fell below the threshold.';
    assert.strictEqual(fixOf('Four other parties, including the liberal New Path, fell below the threshold.', parties), 'Three');
    // Past nineteen, tens are hyphenated and hundreds joined by "and", as the draft writes them.
    assert.strictEqual(fixOf('Twenty-five councillors voted for the plan on Monday.', 'In all, 24 councillors voted for the plan on Monday.'), 'Twenty-four');
    assert.strictEqual(fixOf('The ferry carried three hundred and twelve passengers when it ran aground.', 'The ferry carried 321 passengers when it ran aground.'), 'three hundred and twenty-one');
    assert.strictEqual(fixOf('Nearly all of the area’s former one hundred and thirty thousand Armenian residents have fled to Armenia.', people), 'one hundred and twenty thousand');
    // To a spelled scale, a whole number of it in words; else the source's figure in digits to the scale, or below it in digits.
    assert.strictEqual(fixOf('The state paid fifteen million euros for the site.', 'The state paid 12 million euros for the site.'), 'twelve million euros');
    assert.strictEqual(fixOf('The state paid fifteen million euros for the site.', 'The state paid 12.4 million euros for the site.'), '12.4 million euros');
    assert.strictEqual(fixOf('Four million people visited the fair.', 'In all, 450,000 people visited the fair.'), '450,000');
  });

  it('keeps the date order, abbreviations and padding', () => {
    const dissolution = 'The republic sealed its self-dissolution on January 1, 2024.';
    assert.strictEqual(fixOf('The republic sealed its self-dissolution on Feb. 1, 2024.', dissolution), 'Jan. 1, 2024');
    assert.strictEqual(fixOf('The republic sealed its self-dissolution on 31 January 2024.', dissolution), '1 January 2024');
    assert.strictEqual(fixOf('The republic sealed its self-dissolution on 2024-02-01.', dissolution), '2024-01-01');
    assert.strictEqual(fixOf('The republic sealed its self-dissolution on 01/01/2025.', dissolution), '01/01/2024');
    // Two-digit days stay two digits in a numeric date (was "2024-01-1"), not in a written one.
    assert.strictEqual(fixOf('The republic sealed its self-dissolution on 2024-01-11.', dissolution), '2024-01-01');
    assert.strictEqual(fixOf('The republic sealed its self-dissolution on 11/01/2024.', dissolution), '01/01/2024');
    assert.strictEqual(fixOf('The republic sealed its self-dissolution on 11 January 2024.', dissolution), '1 January 2024');
  });

  it('writes a month abbreviated with a period as news style does, unless the draft abbreviates the short months', () => {
    const vote = (date: string) => `The council will vote on the budget on ${date}, officials said.`;
    assert.strictEqual(fixOf(vote('Feb. 3'), vote('March 3')), 'March 3');
    assert.strictEqual(fixOf(vote('Aug. 29'), vote('September 29')), 'Sept. 29');
    assert.strictEqual(fixOf(vote('Dec. 4'), vote('July 4')), 'July 4');
    assert.strictEqual(fixOf(vote('Mar. 3'), vote('April 3')), 'Apr. 3');
    assert.strictEqual(fixOf(vote('Jun. 3'), vote('September 3')), 'Sep. 3');
    // Without a period, an abbreviation is the draft's own short form of every month.
    assert.strictEqual(fixOf(vote('3 Feb'), vote('3 March')), '3 Mar');
  });

  it('writes the source\'s currency where and as the source writes it, for a sum in the wrong one', () => {
    assert.strictEqual(fixOf('Norvane is worth about $14.9 billion.', 'Norvane is worth about £14.9bn.'), '£14.9 billion');
    assert.strictEqual(fixOf('It paid $17 million for the licence.', 'It paid 17 million euros for the licence.'), '17 million euros');
    assert.strictEqual(fixOf('It paid 17 million dollars for the licence.', 'It paid €17m for the licence.'), '€17 million');
  });

  it('keeps the duration unit and wording', () => {
    const later = 'Azerbaijan attacked on 19 September. Just a day later, the fighters announced surrender.';
    assert.strictEqual(fixOf('Azerbaijan attacked on 19 September. The fighters announced surrender 48 hours later.', later), '24 hours');
    assert.strictEqual(fixOf('Azerbaijan attacked on 19 September. Two days later, the fighters announced surrender.', later), 'A day');
    assert.strictEqual(fixOf('The drill ended more than an hour after the alarm sounded.', 'The drill ended half an hour after the alarm sounded.'), 'half an hour');
    assert.strictEqual(fixOf('The warning strike at the port lasted two days on Monday.', 'The warning strike at the port lasted half a day on Monday.'), 'half a day');
    // Less than the claim's one unit is told in the source's: "half an hour" for 40 minutes was "1 hour", "a quarter of an hour" for 33 minutes "a hour".
    const search = (length: string) => `The coastguard launched its search ${length} after the collision.`;
    assert.strictEqual(fixOf(search('half an hour'), search('40 minutes')), '40 minutes');
    assert.strictEqual(fixOf(search('a quarter of an hour'), search('33 minutes')), '33 minutes');
    assert.strictEqual(fixOf(search('a quarter of an hour'), search('five minutes')), 'five minutes');
    assert.strictEqual(fixOf(search('two hours'), search('70 minutes')), 'an hour');
    // A part of a unit that is no length, as the source writes its figure.
    const recount = (margin: string) => `A recount is mandatory when the margin is under ${margin}, the board said.`;
    assert.strictEqual(fixOf(recount('a quarter of a percentage point'), recount('half a percentage point')), 'half a percentage point');
    assert.strictEqual(fixOf(recount('a quarter of a percentage point'), recount('0.5 percentage points')), '0.5 percentage points');
    const run = 'Readings stayed above the threshold for 11 consecutive days.';
    assert.strictEqual(fixOf('Readings stayed above the threshold for 14 consecutive days.', run), '11 consecutive days');
    assert.strictEqual(fixOf('Readings stayed above the threshold for 14 straight days.', run), '11 straight days');
  });

  it('writes minutes that hold no whole hours in the claim\'s hours, rounded, and days in days', () => {
    assert.strictEqual(formatDuration(onlyMention('It followed a six-hour meeting.'), { amount: 310, unit: 'minute' }, '11:40 p.m.'), 'five-hour');
    assert.strictEqual(formatDuration(onlyMention('The debate lasted 13 hours.'), { amount: 822, unit: 'minute' }, '11:42 p.m.'), '14 hours');
    // Rounded to the claim's own figure, the minutes say what the hours cannot.
    assert.strictEqual(formatDuration(onlyMention('The debate lasted 14 hours.'), { amount: 822, unit: 'minute' }, '11:42 p.m.'), '822 minutes');
    assert.strictEqual(formatDuration(onlyMention('It lasted three weeks.'), { amount: 10, unit: 'day' }, '10 days'), '10 days');
  });

  it('writes a count spelled out from one to nine in digits when the fix is 10 or more, as style guides do', () => {
    assert.strictEqual(fixOf('The fire was fought by nine helicopters on Monday.', 'The fire was fought by 13 helicopters on Monday.'), '13');
    // A draft that spells out larger numbers, or opens its sentence with one, keeps words.
    assert.strictEqual(fixOf('The fire was fought by thirteen helicopters on Monday.', 'The fire was fought by 14 helicopters on Monday.'), 'fourteen');
    assert.strictEqual(fixOf('Nine helicopters fought the fire on Monday.', 'Thirteen helicopters fought the fire on Monday.'), 'Thirteen');
    assert.strictEqual(fixOf('The fire was fought by nine helicopters on Monday.', 'The fire was fought by seven helicopters on Monday.'), 'seven');
  });

  it('keeps a unit the claim writes in the singular before its noun so', () => {
    assert.strictEqual(formatDuration(onlyMention('Casual users bought 21,840 day passes.'), { amount: 218_400, unit: 'day' }, '218,400 day'), '218,400 day');
    assert.strictEqual(formatDuration(onlyMention('Casual users stayed 21,840 days.'), { amount: 218_400, unit: 'day' }, '218,400 days'), '218,400 days');
  });

  it('writes no value that digits cannot write back, so that no fix is "Infinity"', () => {
    const style: NumberStyle = { grouping: ',', integerDigits: 6, decimal: '.', decimals: 0, scaleText: '', scale: 1, prefix: '', suffix: ' per cent' };
    assert.strictEqual(formatNumber(120000, 1, style), '120,000 per cent');
    for (const value of [Infinity, -Infinity, NaN, 1e21, 1e308]) assert.strictEqual(formatNumber(value, 1, style), undefined, String(value));
    const days = onlyMention('It lasted 3 days.');
    assert.strictEqual(formatDuration(days, { amount: Infinity, unit: 'day' }, 'Infinity days'), undefined);
    // Writable in days, not in the claim's seconds.
    assert.strictEqual(formatDuration(onlyMention('It lasted 3 seconds.'), { amount: 1e17, unit: 'day' }, '1e17 days'), undefined);
    // A source's figure too long for a double is no fact, and fixes no claim.
    const huge = sourceFrom(`The count was ${'9'.repeat(400)} people. Rent rose ${'1'.repeat(400)}.5 per cent.`);
    assert.deepStrictEqual(mismatches('The count was 8999999999 people. Rent rose 12.5 per cent.', [huge]), []);
  });
});
