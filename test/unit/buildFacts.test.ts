import * as assert from 'assert';
import * as chrono from 'chrono-node';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { readDocument } from '../../server/src/core/extract/readDocument';
import { buildFacts, buildFactsAndReading } from '../../server/src/core/facts/buildFacts';
import { fullDate } from '../../server/src/core/facts/fact';
import { serializeFactFile } from '../../server/src/core/facts/factFile';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { alone, mismatches, ROOT, seedSource, sourceFrom } from '../helpers/core';

describe('buildFacts', () => {
  it('turns every figure of the seed into a fact with subject, quote and location', () => {
    const source = seedSource();
    assert.strictEqual(source.title, 'Nagorno-Karabakh after the Azerbaijani offensive');
    assert.deepStrictEqual(source.date, { year: 2023, month: 10, day: 2 });
    const residents = source.facts.find((f) => f.text === '120,000')!;
    assert.strictEqual(residents.id, 'karabakh-2023/former-armenian-residents');
    assert.strictEqual(residents.kind, 'count');
    assert.strictEqual(residents.subject, 'former Armenian residents');
    assert.strictEqual(residents.source.paragraph, 7);
    assert.ok(residents.quote.startsWith('Nearly all of the area’s former 120,000'));
    assert.strictEqual(residents.quote.slice(residents.quoteOffset, residents.quoteOffset + 7), '120,000');
    const line = fs.readFileSync(path.join(ROOT, 'facts', 'karabakh-2023.md'), 'utf8').split('\n')[residents.source.range.start.line];
    assert.strictEqual(line.slice(residents.source.range.start.character, residents.source.range.end.character), '120,000');
  });

  it('derives the difference in points of two shares a sentence compares, and of no others', () => {
    const points = (text: string) => buildFacts(alone('shares.md', text)).facts.filter((f) => f.derived).map((f) => [f.text, f.value.number!.values[0], f.value.number!.unit]);
    assert.deepStrictEqual(points('Orbit had 71% of downloads last year, up from 58% in 2019.'), [['58%', 13, 'pp']]);
    assert.deepStrictEqual(points('The margin narrowed to 11.4% from 14.9%.'), [['14.9%', 3.5, 'pp']]);
    assert.deepStrictEqual(points('Tourists made up 58 per cent of visitors, compared with 52 per cent a year earlier.'), [['52 per cent', 6, 'pp']]);
    assert.deepStrictEqual(points('The share will rise from 38% to 43%.'), [['43%', 5, 'pp']]);
    assert.deepStrictEqual(points('The share rated poor rose from 23% in 2019 to 31% last year.'), [['31%', 8, 'pp']]);
    // A share hedged near its figure gives a difference hedged alike.
    const hedged = (text: string) => buildFacts(alone('shares.md', text)).facts.filter((f) => f.derived).map((f) => [f.value.number!.values[0], f.value.qualifier]);
    assert.deepStrictEqual(hedged('Turnout was about 64%, up from 60%.'), [[4, 'approx']]);
    assert.deepStrictEqual(hedged('Renters are nearly 58% of residents, up from 49% in 2011.'), [[9, 'approx']]);
    assert.deepStrictEqual(hedged('Turnout was 64%, up from 60%.'), [[4, undefined]]);
    // Shares of different things, a share bounded, and shares a sentence apart imply no difference.
    assert.deepStrictEqual(points('Women bought 62% of tickets and 23% of buyers travelled from abroad.'), []);
    assert.deepStrictEqual(points('Turnout was more than 64%, up from 60%.'), []);
    assert.deepStrictEqual(points('The share rose from 23% in the north to 31% in the south.'), []);
    assert.deepStrictEqual(points('Turnout was 64%. It was up from 60% four years earlier.'), []);
  });

  it('derives the difference a change between two sums or counts makes, held to a draft\'s difference alone', () => {
    const differences = (text: string) => buildFacts(alone('changes.md', text)).facts.filter((f) => f.derived).map((f) => [f.text, f.value.number!.values[0], !!f.value.number!.difference]);
    assert.deepStrictEqual(differences('He becomes chief executive on a salary of £265,000, up from £228,000 in his current post.'), [['£265,000', 37000, true]]);
    assert.deepStrictEqual(differences('The subsidy has grown to €212 million this year from €168 million in 2021.'), [['€212 million', 44e6, true]]);
    assert.deepStrictEqual(differences('It reported revenue of $4.87 billion on Wednesday, up 12.4% from $4.33 billion a year earlier.'), [['$4.87 billion', 540e6, true]]);
    // To the figures' precision, and none between figures that are no change's levels.
    assert.deepStrictEqual(differences('Fares rise from €7.50 to €8.80.'), [['€8.80', 1.3, true]]);
    assert.deepStrictEqual(differences('It employs 4,300 people and sold 1,850 cars.'), []);
    const revenue = sourceFrom('---\ndate: 2025-10-23\n---\nHalvern Technologies reported third-quarter revenue of $4.87 billion on Wednesday, up 12.4% from $4.33 billion a year earlier, as demand for its cloud services offset a slowdown in hardware sales.\n');
    assert.deepStrictEqual(mismatches('Halvern Technologies said third-quarter revenue came to $4.87 billion, up 12.4% and roughly $450 million more than a year earlier.', [revenue]), [['$450 million', '$540 million']]);
  });

  it('derives the difference a change between two lengths in one unit makes, held to a draft\'s difference alone', () => {
    const text = '---\ndate: 2025-10-02\n---\nStorm overflows upstream of the bathing sites discharged for a combined 18,640 hours during the season, up from 14,920 hours in 2024.\n';
    const derived = buildFacts(alone('spills.md', text)).facts.filter((f) => f.derived);
    assert.deepStrictEqual(derived.map((f) => [f.text, f.value.duration]), [['18,640 hours', { amount: 3720, unit: 'hour', difference: true }]]);
    const spills = [sourceFrom(text)];
    const draft = (told: string) => `Storm overflows upstream of bathing sites discharged for 18,640 hours this season, ${told}.`;
    assert.deepStrictEqual(mismatches(draft('3,270 hours more than in 2024'), spills), [['3,270 hours', '3,720 hours']]);
    // "an extra" amount on what it is compared with is a difference too.
    assert.deepStrictEqual(mismatches(draft('an extra 3,270 hours on 2024'), spills), [['3,270 hours', '3,720 hours']]);
    assert.deepStrictEqual(mismatches(draft('an extra 3,720 hours on 2024'), spills), []);
    // No length of another unit, nor a time after another, gives one.
    assert.deepStrictEqual(buildFacts(alone('x.md', 'The trial ran for 40 days, up from four weeks last year; it ended two days later, not five days later as planned.')).facts.filter((f) => f.derived && f.value.duration?.difference), []);
  });

  it('derives "a day later" from the date before it, and resolves weekdays against the article date', () => {
    const facts = seedSource().facts;
    const derived = facts.find((f) => f.derived?.includes('after 19 September'))!;
    assert.deepStrictEqual(fullDate(derived.value.date!), { year: 2023, month: 9, day: 20, weekday: 3 });
    const monday = facts.find((f) => f.text === 'Monday')!;
    assert.deepStrictEqual(fullDate(monday.value.date!), { year: 2023, month: 10, day: 2, weekday: 1 });
    const september = facts.find((f) => f.text === '19 September')!;
    assert.strictEqual(fullDate(september.value.date!).year, 2023);
  });

  it("gives a date's implied parts, then its stated ones, in the order spreading them would", () => {
    const dates = seedSource().facts.flatMap((f) => (f.value.date ? [f.value.date] : []));
    assert.ok(dates.some((d) => d.implied && d.year === undefined) && dates.some((d) => d.implied && d.year !== undefined));
    for (const d of dates) {
      const stated = Object.fromEntries(Object.entries({ year: d.year, month: d.month, day: d.day, weekday: d.weekday }).filter(([, v]) => v !== undefined));
      assert.deepStrictEqual(Object.entries(fullDate(d)), Object.entries({ ...d.implied, ...stated }));
    }
  });

  it('takes the article date from a dateline when there is no front matter, and reads weekdays in the future after "would"', () => {
    const source = sourceFrom('# T\n\nVELDA, 23 September 2024 — Results came on Monday. She said she would begin talks on Wednesday.\n');
    assert.deepStrictEqual(source.date, { year: 2024, month: 9, day: 23 });
    const wednesday = source.facts.find((f) => f.text === 'Wednesday')!;
    assert.deepStrictEqual(fullDate(wednesday.value.date!), { year: 2024, month: 9, day: 25, weekday: 3 });
  });

  it("takes the article date from a byline's date further along its line, and from no date told in the future", () => {
    const plan = 'Entries for next year\'s run, to be held on Sunday 29 March 2026, open on 1 September.';
    // Was 29 March 2026, the latest full date, which put every "last year" of the text in 2025.
    const byline = sourceFrom(`# Run\n\n*By Fiona Gallacher, Harrowbridge Evening Courier. Published Monday 7 April 2025*\n\nLast year 3,940 people entered.\n\n${plan}\n`);
    assert.deepStrictEqual(byline.date, { year: 2025, month: 4, day: 7 });
    assert.deepStrictEqual(byline.facts.find((f) => f.text === 'Last year')?.value.number?.values, [2024]);
    // Without a byline, the latest date told of the past.
    const undated = sourceFrom(`# Run\n\nThe run was held on Sunday 6 April 2025. Last year 3,940 people entered.\n\n${plan}\n`);
    assert.deepStrictEqual(undated.date, { year: 2025, month: 4, day: 6 });
  });

  it('dates a deadline by the tense of its verb: a passive infinitive is to come, a past perfect after the comma has passed', () => {
    const dated = (text: string, written: string) => fullDate(sourceFrom(`---\ndate: 2025-03-12\n---\n\n${text}\n`).facts.find((f) => f.text === written)!.value.date!);
    // "restored" after "to be" tells no past: it was 29 March 2024, which flagged a draft's right "March 29, 2025".
    assert.deepStrictEqual(dated('Tethys expects full service to be restored by March 29, weather permitting.', 'March 29'), { year: 2025, month: 3, day: 29, weekday: 6 });
    // Was the coming Monday (17 March): "By" read as a deadline, the verb after the comma unread.
    assert.deepStrictEqual(dated('By Monday evening, 58 percent of normal traffic had been restored.', 'Monday'), { year: 2025, month: 3, day: 10, weekday: 1 });
  });

  it("gives a wire's yearless dateline the year the text's weekdays and past tell, and none when nothing does", () => {
    const date = (text: string) => sourceFrom(`# T\n\n${text}\n`).date;
    // "Monday, July 21" falls on a Monday in 2025 (and 2014), near the 2024 told of; the 2012 storm is no dateline.
    const storm = 'CALDER RIDGE, Alberta, July 17 (Reuters) - A storm hit on Tuesday evening, a data firm said on Thursday. Losses beat those of 2024. Council meets on Monday, July 21. The last storm, on Friday, Aug. 3, 2012, cost less.';
    assert.deepStrictEqual(date(storm), { year: 2025, month: 7, day: 17 });
    const tuesday = sourceFrom(`# T\n\n${storm}\n`).facts.find((f) => f.text === 'Tuesday')!;
    assert.deepStrictEqual(fullDate(tuesday.value.date!), { year: 2025, month: 7, day: 15, weekday: 2 });
    // A weekday dated in a year told as past later in the text: "from Jan. 1, 2026" misread as past does not pull the year on.
    assert.deepStrictEqual(date('VALMERA, March 13 (Reuters) - Workers voted on Wednesday. Pay rises from Jan. 1, 2026. Talks resumed on Friday, Feb. 21.'), { year: 2025, month: 3, day: 13 });
    // No weekday of a dated day: the lead's weekday is the dateline's in 2025, not in 2024; a plan for 2030 is no past.
    assert.deepStrictEqual(date('LONDON, Oct 14 (Reuters) - Ofwat on Tuesday fined the firm for spills in 2024. It must cut them by 2030.'), { year: 2025, month: 10, day: 14 });
    assert.strictEqual(date('LONDON, Oct 14 (Reuters) - Ofwat fined the firm for spills in 2024. It must cut them by 2030.'), undefined);
    // A past date after the dateline's day rules its year out.
    assert.deepStrictEqual(date('LONDON, Oct 14 (Reuters) - Ofwat fined the firm for spills it reported on Nov. 9, 2024.'), { year: 2025, month: 10, day: 14 });
  });

  it('counts back from a date that a duration stands beside ("on 8 May, two days after …")', () => {
    const source = sourceFrom('---\ndate: 2025-03-20\n---\nThe group will hold its meeting on 8 May, two days after it publishes an update. It sold a unit on 3 March. Just a day later, it bought another.\n');
    const dates = source.facts.filter((f) => f.derived).map((f) => fullDate(f.value.date!));
    assert.deepStrictEqual(dates, [{ year: 2025, month: 5, day: 6, weekday: 2 }, { year: 2025, month: 3, day: 4, weekday: 2 }]);
  });

  /** How each date an article dated `date` implies was derived, and its date. */
  /** A source of `text` whose front matter dates it `date`. */
  const dated = (date: string, text: string) => sourceFrom(`---\ndate: ${date}\n---\n${text}\n`);

  const derivedDates = (date: string, text: string) =>
    dated(date, text)
      .facts.filter((f) => f.derived && f.kind === 'date')
      .map((f) => [f.derived, fullDate(f.value.date!)]);

  it('counts "N after <event>" from the date that event has, and derives nothing when no date has it', () => {
    const text =
      'The ministry said the outbreak was declared on 9 December, and that the second phase of the campaign would begin on Monday, 17 March.\n\n' +
      'The first phase began five weeks after the outbreak was declared. Some 450,000 doses arrived on Friday. The rest are due two days after the second phase begins. More come two days after the minister visits.';
    assert.deepStrictEqual(derivedDates('2025-03-12', text), [
      ['5 weeks after 9 December', { year: 2025, month: 1, day: 13, weekday: 1 }],
      ['2 days after Monday, 17 March', { year: 2025, month: 3, day: 19, weekday: 3 }],
    ]);
  });

  it('counts "a day after <event>" from that event\'s date, not the article\'s, when the mention holds its "after"', () => {
    // Was "1 day after the article's date": the press conference's day is the article's, the notification's a day before.
    assert.deepStrictEqual(derivedDates('2025-03-18', 'Oskvik announced the decision at a press conference that began at 11:30, a day after the board had been notified.'), []);
  });

  it('counts "N earlier than <event>" from that event\'s date, as "N before <event>"', () => {
    // Was "2 weeks before 16 March", the paragraph's last date.
    const text = 'Admissions between 1 October and 16 March totalled 14,380. The peak came in the week to 2 February, two weeks earlier than last winter\'s peak.';
    assert.deepStrictEqual(derivedDates('2025-03-25', text), []);
  });

  it('derives no date from a date "N earlier than" one of another year or season ("than in 2023", "than this season\'s")', () => {
    // Was "1 week after Monday, 7 October 2024" and "6 days after Wednesday, 1 October 2025": the
    // dates compared are a year apart, and neither derived date was any event's.
    const text =
      'The campaign began on Monday, 7 October 2024, a week earlier than in 2023. The next campaign is due to start on Wednesday, 1 October 2025, six days earlier than this season\'s. ' +
      'The line opened on Monday, 17 March, a week earlier than planned.';
    assert.deepStrictEqual(derivedDates('2025-03-25', text), [['1 week after Monday, 17 March', { year: 2025, month: 3, day: 24, weekday: 1 }]]);
  });

  it('counts back from a date that "the day after" stands beside ("on Monday, a day after the race")', () => {
    // Was 1 day after Monday: the gala dinner's Tuesday, which then verified a draft's wrong "Tuesday".
    assert.deepStrictEqual(derivedDates('2025-04-11', 'Winners will receive their trophies at a gala dinner on Monday, a day after the race.'), [['1 day before Monday', { year: 2025, month: 4, day: 13, weekday: 0 }]]);
  });

  it('counts "later" and "earlier" from the last date of their paragraph, else from the article\'s, and not when a date stands beside', () => {
    const text =
      'The office said on Monday, 24 March, that the census was complete.\n\nThe survey, published a day earlier, showed a fall.\n\n' +
      'The quake struck on Tuesday, 18 March. Two days later, on Thursday, an aftershock hit. Rescuers left a day later.';
    assert.deepStrictEqual(derivedDates('2025-03-26', text), [
      ["1 day before the article's date", { year: 2025, month: 3, day: 25, weekday: 2 }],
      ['1 day after Thursday', { year: 2025, month: 3, day: 21, weekday: 5 }],
    ]);
    // Opening its sentence, it counts from the story's last day an earlier paragraph told: it was the
    // article's day (a Sunday, which then flagged a right "Wednesday"), or would be the ban's.
    const story = 'Varga won on Thursday evening. The suits were banned from 1 January 2010.\n\n"I looked at the board," said Varga.\n\nA day earlier, Pell lowered his record.';
    assert.deepStrictEqual(derivedDates('2025-03-24', story), [['1 day before Thursday', { year: 2025, month: 3, day: 19, weekday: 3 }]]);
  });

  it('counts "later" from no day of the article\'s own: a story\'s events come before it is told', () => {
    // "64 percent a day later" was dated the day after the article (13 March), which flagged a right "3 March".
    const text = 'The cable went dark on Sunday, March 2.\n\nTraffic on the older cable jumped from 18 percent before the cut to 64 percent a day later.';
    assert.deepStrictEqual(derivedDates('2025-03-12', text), []);
  });

  it('dates "a year earlier" beside a month as that month of the year before', () => {
    // Only a year was derived, from the article's day: "141 litres in July 2024" met "July" (2025) and was flagged.
    const text = 'Customers used 163 litres a day in July, up from 141 litres a year earlier. Prices rose in March, and two months later fell back.';
    assert.deepStrictEqual(derivedDates('2025-08-08', text), [
      ['1 year before July', { year: 2024, month: 7 }],
      ['2 months after March', { year: 2025, month: 5 }],
    ]);
    assert.ok(dated('2025-08-08', text).facts.some((f) => f.kind === 'year' && f.value.number?.values[0] === 2024));
    // Not from a month before the last full date; "18 months later than planned" beside it dates the plan.
    assert.deepStrictEqual(derivedDates('2025-05-02', 'Work began in October 2022, and it opens on 15 March 2027, 18 months later than planned.').map(([how]) => how), ['18 months before 15 March 2027']);
  });

  it('dates an undated day told in the past before the article, one told in the future after it, and others nearest', () => {
    const yearOf = (sentence: string) => fullDate(dated('2025-11-21', sentence).facts.find((f) => f.kind === 'date')!.value.date!).year;
    assert.strictEqual(yearOf('The trial opened on 3 March and ran for 142 hearing days.'), 2025);
    assert.strictEqual(yearOf('The appeal will be heard on 3 March.'), 2026);
    assert.strictEqual(yearOf('The appeal hearing is on 3 March.'), 2026);
    assert.strictEqual(yearOf('Talks began on 28 November.'), 2024);
    // After an infinitive, the date is its action's: "ordered" read as past gave the 4 April before the article.
    assert.strictEqual(yearOf('The regulator ordered the company to write to every affected customer by 4 April.'), 2026);
    // Nor is a date a plan is for: "pencilled" read as past gave the 3 March before the article.
    assert.strictEqual(yearOf('A further round of talks has been pencilled in for 3 March.'), 2026);
    // Nor a period a statement sets going: "announced" read as past gave the 3 January before the article, and its weekday.
    assert.strictEqual(yearOf('The union has announced a second walkout of three days starting on 3 January.'), 2026);
    assert.strictEqual(yearOf('The union announced a walkout starting on 3 November.'), 2025);
    // Nor a payment it sets: "raised" read as past gave 12 January 2025, and its weekday.
    assert.strictEqual(yearOf('The board raised the quarterly dividend to 22 cents a share, payable 12 January.'), 2026);
    // Nor the end of a period it sets going, which may be to come: "banned" read as past gave the 3 December before the article.
    assert.strictEqual(yearOf('The town has closed four beaches and banned swimming for three weeks, until 3 December.'), 2025);
    assert.strictEqual(yearOf('The bridge was closed until 3 October.'), 2025);
    // A verb in the present nearer the date than a past participle: "directed" read as past gave 12 February 2025.
    assert.strictEqual(yearOf("The company's next major production, a revival of the musical *Harbour Lights* directed by Ms Faraday-Lusk, opens on 12 February."), 2026);
    // A stated weekday tells the year: "followed" read as past gave 5 April 2024, a Friday.
    const strike = dated('2025-03-13', 'Members will walk out for 48 hours from Tuesday, 25 March, followed by 24-hour strikes on Saturday, 5 April.');
    assert.deepStrictEqual(fullDate(strike.facts.find((f) => f.text.includes('5 April'))!.value.date!), { year: 2025, month: 4, day: 5, weekday: 6 });
    // A month alone has begun by the article's date: "fell in November" is this November.
    assert.strictEqual(yearOf('Sales fell in November.'), 2025);
    // A day told in the future is to come though the one before is nearer: was 29 September 2024, a Sunday.
    const yearsIn = (date: string, sentence: string) => dated(date, sentence).facts.filter((f) => f.kind === 'date').map((f) => [f.text, fullDate(f.value.date!).year]);
    assert.deepStrictEqual(yearsIn('2025-03-12', 'Landlords will have 90 days from 1 July, until 29 September, to register.'), [['1 July', 2025], ['29 September', 2025]]);
    // "Planned" naming what was planned is no future word: was January 2026.
    assert.deepStrictEqual(yearsIn('2025-03-13', 'Planned operations were cancelled during the first three weeks of January.').slice(-1), [['January', 2025]]);
    // The future word may stand a long verb phrase before the date.
    const sunday = sourceFrom('---\ndate: 2025-01-31\n---\nFerreira is expected to make his debut at home to Redmoor Town on Sunday.\n').facts[0];
    assert.deepStrictEqual(fullDate(sunday.value.date!), { year: 2025, month: 2, day: 2, weekday: 0 });
  });

  it('dates a weekday told in the present as the coming one, read from its clause when nothing before it tells', () => {
    const dayOf = (sentence: string) => dated('2025-07-17', sentence).facts.filter((f) => f.kind === 'date').map((f) => [f.text, fullDate(f.value.date!).day]);
    // Were the Friday and weekend before the article (11-13 July).
    assert.deepStrictEqual(dayOf("Friday's stage is a time trial. Two more stages follow on Saturday and Sunday."), [['Friday', 18], ['Saturday', 19], ['Sunday', 20]]);
    assert.deepStrictEqual(dayOf('The final is on Sunday.'), [['Sunday', 20]]);
    // A past word wins, before the date or in its clause after it; a present progressive tells nothing.
    assert.deepStrictEqual(dayOf('Ilarregui, who is 27, won on Sunday.'), [['Sunday', 13]]);
    assert.deepStrictEqual(dayOf('On Tuesday the rider crashed, and is out of the race.'), [['Tuesday', 15]]);
    assert.deepStrictEqual(dayOf('Police are investigating a crash on Tuesday.'), [['Tuesday', 15]]);
    // A deadline is to come, unless a verb after it says it has passed: was the Thursday before.
    assert.deepStrictEqual(dayOf('Candidates have until 6 p.m. on Thursday to lodge a challenge.'), [['6 p.m. on Thursday', 17]]);
    assert.deepStrictEqual(dayOf('Engineers laid an air line, and by Saturday oxygen had recovered.'), [['Saturday', 12]]);
    // A forecast told in the past is of a day to come: was the Saturday before.
    assert.deepStrictEqual(dayOf('Forecasters warned that another cold night was possible on Saturday.'), [['Saturday', 19]]);
    assert.deepStrictEqual(dayOf('The agency said storms were likely on Sunday, and it cancelled flights on Tuesday.'), [['Sunday', 20], ['Tuesday', 15]]);
    // So is a day of a month: was the 14 December before the article of March, the nearer one.
    const yearOf = (sentence: string) => dated('2025-03-12', sentence).facts.filter((f) => f.kind === 'date').map((f) => [f.text, fullDate(f.value.date!).year]);
    assert.deepStrictEqual(yearOf('A second phase, adding late-evening trains, follows on 14 December.'), [['14 December', 2025]]);
    assert.deepStrictEqual(yearOf('A first phase of late-evening trains began on 14 December.'), [['14 December', 2024]]);
  });

  it('gives the time of day a date opens with as a fact of its own, which a time told apart from its day restates', () => {
    const drill = dated('2025-03-13', 'The drill began at 10.30am on 12 March, when the office issued a simulated alert. Sirens were due to sound at 10.34am.');
    assert.deepStrictEqual(drill.facts.filter((f) => f.kind === 'time').map((f) => [f.text, f.value.number!.values]), [['10.30am', [630]], ['10.34am', [634]]]);
    const { findings } = checkDocument('At 10.30am on that Wednesday the office issued a simulated alert.', 'markdown', new FactIndex([drill]));
    assert.deepStrictEqual(findings.filter((f) => f.claim.kind === 'time').map((f) => [f.verdict, f.fact?.text]), [['verified', '10.30am']]);
  });

  it('derives durations from "since YEAR" and years from "N years ago"', () => {
    const source = sourceFrom('---\ndate: 2024-09-23\n---\nTurnout was the highest since 2008, up from four years ago.\n');
    assert.ok(source.facts.some((f) => f.kind === 'duration' && f.value.duration?.amount === 16 && f.value.duration.unit === 'year'));
    assert.ok(source.facts.some((f) => f.kind === 'year' && f.value.number?.values[0] === 2020));
    // And from "since" a full date: "deadliest in 14 years" was flagged against another duration of the paragraph.
    const dated = sourceFrom('---\ndate: 2025-03-25\n---\nIt is the deadliest outbreak since May 14, 2011, and the first EF4 in nearly six years.\n');
    assert.ok(dated.facts.some((f) => f.kind === 'duration' && f.value.duration?.amount === 14 && f.derived === '14 years, since May 14, 2011'));
  });

  it('derives the year a year alone is compared with, and the year after it, from that year rather than the article\'s', () => {
    const source = sourceFrom(
      '---\ndate: 2025-03-20\n---\nThe airport handled 21.6 million passengers in 2024, 7 per cent more than a year earlier. Over the whole of 2024 the network handled 211 million journeys, up 6% on the previous year. It drew 1.8 million visitors in 2024, more than the 1.6 million who came the year before. Fares rose in 2024, as in the year before last. The prize was founded in 1998 and first awarded a year later.\n',
    );
    const years = source.facts.filter((f) => f.kind === 'year' && f.derived).map((f) => [f.text, f.value.number?.values[0], f.derived]);
    assert.deepStrictEqual(years, [
      ['a year', 2023, '1 year before 2024'],
      ['the previous year', 2023, '1 year before 2024'],
      ['the year before', 2023, '1 year before 2024'],
      ['a year', 1999, '1 year after 1998'],
    ]);
  });

  it('derives the years since a founding, as a time so long and one ago, and none from a year of another verb', () => {
    const source = sourceFrom('---\ndate: 2025-03-20\n---\nBrightwell, founded in 1938, will close 60 shops. The alert scale was introduced in 2016. The bridge was repaired in 2019.\n');
    const since = source.facts.filter((f) => f.kind === 'duration').map((f) => [f.value.duration, f.derived]);
    assert.deepStrictEqual(since, [
      [{ amount: 87, unit: 'year' }, '87 years, since 1938'],
      [{ amount: 87, unit: 'year', relation: 'ago' }, '87 years, since 1938'],
      [{ amount: 9, unit: 'year' }, '9 years, since 2016'],
      [{ amount: 9, unit: 'year', relation: 'ago' }, '9 years, since 2016'],
    ]);
    // Up to the time the sentence dates before it, not the article's.
    const peak = sourceFrom('---\ndate: 2025-03-20\n---\nInflation peaked at 14.2 per cent in October 2022, the highest rate since 1996.\n');
    assert.deepStrictEqual(peak.facts.filter((f) => f.kind === 'duration').map((f) => [f.value.duration?.amount, f.derived]), [
      [26, '26 years, from 1996 to October 2022'],
      [26, '26 years, from 1996 to October 2022'],
    ]);
    assert.deepStrictEqual(mismatches('Inflation peaked at 14.2 percent in October 2022, the highest in 26 years.', [peak]), []);
    assert.deepStrictEqual(mismatches('Inflation peaked at 14.2 percent in October 2022, the highest in 29 years.', [peak]), [['29 years', '26 years']]);
    // Not up to a time the sentence compares with.
    const growth = sourceFrom('---\ndate: 2025-03-20\n---\nCompared with February 2024, sales volumes were 2.3 per cent higher, the strongest annual growth since August 2022.\n');
    assert.deepStrictEqual(growth.facts.filter((f) => f.kind === 'duration').map((f) => f.derived), ['3 years, since August 2022', '3 years, since August 2022']);
  });

  it('derives the length of a stretch between two times of day, past midnight once, and a fix in the claim\'s hours', () => {
    const source = sourceFrom('The council approved the budget 7-4. The meeting began at 6:30 p.m. and ended at 11:40 p.m., when the vote was taken.\n\nThe sort runs from 10 p.m. to 4 a.m. each night.\n');
    const lengths = source.facts.filter((f) => f.kind === 'duration').map((f) => [f.value.duration, f.derived]);
    assert.deepStrictEqual(lengths, [
      [{ amount: 310, unit: 'minute' }, 'from 6:30 p.m. to 11:40 p.m.'],
      [{ amount: 6, unit: 'hour' }, 'from 10 p.m. to 4 a.m.'],
    ]);
    assert.deepStrictEqual(mismatches('The vote was taken after a six-hour meeting.', [source]), [['six-hour', 'five-hour']]);
    assert.deepStrictEqual(mismatches('The vote was taken after a five-hour meeting.', [source]), []);
    assert.deepStrictEqual(mismatches('The nightly sort runs for five hours.', [source]), [['five hours', 'six hours']]);
    // Two times of day that are no stretch: another clause, or words that may put them on two days.
    const apart = sourceFrom('The polls opened at 7 a.m., and results came at 11 p.m. The count began at 9 p.m. Friday and ended at 2 a.m.\n');
    assert.deepStrictEqual(apart.facts.filter((f) => f.kind === 'duration'), []);
  });

  it('gives ids that do not change when an unrelated paragraph is added', () => {
    const text = fs.readFileSync(path.join(ROOT, 'facts', 'karabakh-2023.md'), 'utf8');
    const before = buildFacts(alone('karabakh-2023.md', text)).facts.map((f) => f.id);
    const edited = text.replace('People who are still', 'A new opening paragraph about the weather.\n\nPeople who are still');
    const after = buildFacts(alone('karabakh-2023.md', edited)).facts.map((f) => f.id);
    assert.deepStrictEqual(after, before);
  });

  it('matches the checked-in built-in fact base (regenerate with `npm run facts:build`)', () => {
    const file = path.join(ROOT, 'facts', 'karabakh-2023.facts.json');
    const source = buildFacts(alone('karabakh-2023.md', fs.readFileSync(path.join(ROOT, 'facts', 'karabakh-2023.md'), 'utf8')));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), serializeFactFile([source]));
  });

  it("keeps a source's date windows to itself: the drafts' cache of them is not crowded with windows no later text meets", () => {
    const parse = chrono.casual.parse;
    let parsed = 0;
    chrono.casual.parse = function (...args: Parameters<typeof parse>) {
      parsed++;
      return parse.apply(this, args);
    };
    try {
      const draft = 'The ferry sank on 14 March 1987, the inquiry said.';
      readDocument(draft, 'markdown');
      const once = parsed;
      readDocument(draft, 'markdown');
      assert.strictEqual(parsed, once, "a draft's windows are kept");
      const sources = new Map([
        [buildFacts, 'The bridge reopened on 9 November 1993, officials said.'],
        [buildFactsAndReading, 'The tunnel opened on 6 May 1994, officials said.'],
      ]);
      for (const [build, source] of sources) {
        build(alone('works.md', source));
        const read = parsed;
        readDocument(source, 'markdown');
        assert.ok(parsed > read, `${build.name}: the source's windows were let go`);
      }
      const before = parsed;
      readDocument(draft, 'markdown');
      assert.strictEqual(parsed, before, "the draft's windows are still kept");
    } finally {
      chrono.casual.parse = parse;
    }
  });
});
