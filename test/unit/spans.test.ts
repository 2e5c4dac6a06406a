import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FindingCode } from '../../server/src/core/check/codes';
import { mismatchMessage } from '../../server/src/core/format/message';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { findingsOverRandomEdits, mismatches, seedSource, sourceFrom } from '../helpers/core';

describe('times between the dates of a sentence', () => {
  it('flags a time after or before a date that the two dates before it do not give, fixed in the draft\'s unit or in days', () => {
    const draft = 'Reinholt asked on 27 February; the board approved the recount on 3 March, a week after his request.';
    assert.deepStrictEqual(mismatches(draft, []), [['a week', 'four days']]);
    const finding = checkDocument(draft, 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.SpanMismatch)!;
    assert.strictEqual(mismatchMessage(finding), '"a week" — its figures give four days (the calendar\'s days from 27 February to 3 March: 4)');
    // The later date in the next year; a hedge kept.
    assert.deepStrictEqual(mismatches('The centre opened on Monday 7 October and formally closed on 15 March, more than six months later.', []), [['six months', 'five months']]);
    // The later date first; a weekday that slipped leaves its day and month as written.
    assert.deepStrictEqual(mismatches('---\ndate: 2025-10-03\n---\nOfficials on Thursday, Oct. 2, certified the results of the Saturday, Sept. 28, referendum, three days after the vote.', []), [
      ['Saturday', 'Sunday'],
      ['three days', 'four days'],
    ]);
    // Of three dates, a time right after the second is from the first.
    assert.deepStrictEqual(mismatches('The cabinet approved it on Wednesday 12 November; work begins on Monday 16 February, barely nine weeks later, and runs to 28 August.', []), [['nine weeks', '96 days']]);
    // A time on from another event told between the dates leaves one told as later alone to them.
    assert.deepStrictEqual(mismatches('The full council meets on Thursday 27 March, sixteen days after the committee vote, and the federation on Saturday 5 April, eight days later.', []), [['eight days', 'nine days']]);
  });

  it('leaves times the dates give, as a writer rounds and hedges them, and any it cannot tie to two dates', () => {
    for (const draft of [
      'The fair opened on 15 October and closed on 19 October, four days later.',
      'He asked on 27 February and had his answer on 13 March, two weeks later.',
      'The plant was switched on on 1 May, and reached full power on 9 May, about a week later.',
      'Ground was broken on 7 March 2022 and the plant opened on 13 May 2025, more than three years later.',
      // A date without a year may be of a later year than the one beside it, for a time of a year or more.
      'Lake Selvan began filling on Monday 5 February 2024 and was full on 4 April, some 14 months later.',
      'The lake began filling on 5 February and was full on 4 April, some 14 months later.',
      // Without a year, February may have had 29 days.
      'She filed on 27 February and the court ruled on 4 March, six days later.',
      'She filed on 27 February and the court ruled on 4 March, five days later.',
      // Three dates, or the time before the second: which two it lies between is not told.
      'Talks began on 1 May, stalled on 3 May and resumed on 9 May, a week later.',
      'He was arrested on 3 March, two weeks after the raid on 28 February.',
      // A time ago is held to the calendar elsewhere; a time of no relation is a length.
      'The dam opened on 4 June and closed on 8 June after a three-week test.',
      // A time on told between the dates: each is told from an event of its own.
      'The jobs fair on Saturday 5 July comes barely a fortnight after the announcement, while the consultation ends on Sunday 27 July, some six weeks after it began.',
      // The first time after the dates is theirs; the next is told from another event.
      'The trustees accepted the gift on Monday 22 April, and the painting goes on the wall on Saturday 7 June, just over six weeks later and almost five months after her death.',
    ]) {
      assert.deepStrictEqual(mismatches(draft, []), [], draft);
    }
  });

  it('flags a date told right after a time on from the date before it that the time does not give, in the date\'s own form', () => {
    const draft = 'A public comment period opens Monday, March 10, and closes three weeks later, on April 7.';
    assert.deepStrictEqual(mismatches(draft, []), [['April 7', 'March 31']]);
    const finding = checkDocument(draft, 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.SpanMismatch)!;
    assert.strictEqual(mismatchMessage(finding), '"April 7" — its figures give March 31 (three weeks on from Monday, March 10)');
    // A month date before the first day does not count; a length as well as a time later.
    assert.deepStrictEqual(mismatches('Bills for July go out on 5 August, with payment due three weeks later, on 29 August.', []), [['29 August', '26 August']]);
    assert.deepStrictEqual(mismatches('A redundancy scheme opens Feb. 10 and runs for three weeks, closing March 10.', []), [['March 10', 'March 3']]);
    // Months on from a month.
    assert.deepStrictEqual(mismatches('Work starts in January 2026 and, at 18 months, runs until July 2028.', []), [['July 2028', 'July 2027']]);
  });

  it('leaves a date the time gives, counted either way for a length, and one the time is not told right before', () => {
    for (const draft of [
      'A public comment period opens Monday, March 10, and closes three weeks later, on March 31.',
      'The fair opens on 15 October and runs for three days, closing 17 October.',
      'The fair opens on 15 October and runs for three days, closing 18 October.',
      'Work starts in January 2026 and, at 18 months, runs until July 2027.',
      // Hedged, or far from the date: not the time to it.
      'Hearings open on 3 March and close about three weeks later, on 28 March.',
      'The festival opens on 3 May for ten days of music, and tickets go on sale on 1 April.',
    ]) {
      assert.deepStrictEqual(mismatches(draft, []), [], draft);
    }
  });

  it('flags a length in hours or minutes told beside a range of two clock times that is not the time between them', () => {
    const draft = 'The nightly sort will run from 10 p.m. to 4:30 a.m., a window of five and a half hours.';
    assert.deepStrictEqual(mismatches(draft, []), [['five and a half hours', 'six and a half hours']]);
    const finding = checkDocument(draft, 'markdown', new FactIndex([])).findings.find((f) => f.code === FindingCode.SpanMismatch)!;
    assert.strictEqual(mismatchMessage(finding), '"five and a half hours" — its figures give six and a half hours (the time from 10 p.m. to 4:30 a.m.: 6:30)');
    // Before the range or after it; rounded as the hedge reads; in minutes, compound or not.
    assert.deepStrictEqual(mismatches('The debate ran from 10 a.m. to 11:42 p.m., roughly 13 hours.', []), [['13 hours', '14 hours']]);
    assert.deepStrictEqual(mismatches('The meeting lasted six hours, from 6:30 p.m. to 11:40 p.m.', []), [['six hours', 'five hours']]);
    assert.deepStrictEqual(mismatches('The ferry was adrift for more than 16 hours — from 9.40pm to 1.15pm.', []), [['16 hours', '15 hours']]);
    assert.deepStrictEqual(mismatches('The mayday went out between 1.52am and 2.40am, 38 minutes in all.', []), [['38 minutes', '48 minutes']]);
    assert.deepStrictEqual(mismatches('The final night ran from 8.15pm to 11.27pm, three hours and 21 minutes.', []), [['three hours and 21 minutes', 'three hours and 12 minutes']]);
  });

  it('flags a length in days or weeks told beside a range of two days that is not their span, counted with its first day or without', () => {
    assert.deepStrictEqual(mismatches('The town stayed above 35C for 11 days in a row, from 14 July to 30 July.', []), [['11 days', '17 days']]);
    assert.deepStrictEqual(mismatches('From 14 July to 30 July, a run of 12 days, the town stayed above 35C.', []), [['12 days', '17 days']]);
    assert.deepStrictEqual(mismatches('The fair runs for two weeks, from 3 March to 20 March.', []), [['two weeks', '18 days']]);
    // Counted with both days or with one, rounded as a hedge reads: right.
    assert.deepStrictEqual(mismatches('The town stayed above 35C for 17 days in a row, from 14 July to 30 July.', []), []);
    assert.deepStrictEqual(mismatches('The town stayed above 35C for 16 days, from 14 July to 30 July.', []), []);
    assert.deepStrictEqual(mismatches('The fair runs for two weeks, from 3 March to 16 March.', []), []);
    // Two days the source verifies hold the length to their span whatever else the source states of it.
    const heat = [sourceFrom('---\ndate: 2025-08-12\n---\nTemperatures in the town stayed above 35C for 17 consecutive days, from 14 July to 30 July, far longer than the previous record run of 11 days in 2003.\n')];
    assert.deepStrictEqual(mismatches('The town stayed above 35C for 11 days in a row, from 14 July to 30 July.', heat), [['11 days', '17 days']]);
  });

  it('leaves a length the clock times give, as a writer rounds and hedges it, and one that is not the range\'s', () => {
    for (const draft of [
      'The nightly sort will run from 10 p.m. to 4:30 a.m., a window of six and a half hours.',
      'The debate ran from 10 a.m. to 11:42 p.m., nearly 14 hours.',
      'The debate ran from 10 a.m. to 11:42 p.m., more than 13 hours.',
      'The count ran from 9 p.m. to 4:10 a.m., about seven hours.',
      'Rain fell between 4 p.m. and 7 p.m., in three hours.',
      'The gauge ran from 4:05 p.m. to 4:52 p.m., about 45 minutes.',
      // A hedged time of day.
      'The stall lasted about 20 hours, from around 10 a.m. to 6 a.m.',
      // A rate, a length of something else, another clause, another day between.
      'Shops open from 9 a.m. to 5 p.m., 12 hours a day on Saturdays.',
      'The ferry will run every 20 minutes from 6am to 10pm.',
      'Staff work from 9 a.m. to 5 p.m., with a 30-minute break.',
      'Shops open from 9 a.m. to 5 p.m., and a six-hour shift pays double.',
      'The strike ran from 10 p.m. Friday to 4 a.m., 30 hours in all.',
      // A time later is a time on from the range, not its length.
      'The vote ran from 9 a.m. to 5 p.m., and the count began two hours later.',
    ]) {
      assert.deepStrictEqual(mismatches(draft, []), [], draft);
    }
  });

  it('holds a length in hours beside a range of times on two weekdays to the hours between, and the range\'s end to a length a source gives', () => {
    // Was left alone: the range is one mention, and its end's weekday and both times were not read.
    assert.deepStrictEqual(mismatches('The storm sat nearly stationary for about 20 hours — from around 10 a.m. Thursday to 4 p.m. Friday.', []), [['20 hours', '30 hours']]);
    const source = sourceFrom('HALVERSTADT, 12 February 2025 — The snowstorm grounded flights at Halverstadt-Marrin airport for 31 hours, officials said.\n');
    const grounded = (range: string) => mismatches(`Flights at Halverstadt-Marrin airport were grounded for 31 hours, from ${range}.`, [source]);
    assert.deepStrictEqual(grounded('5 a.m. Monday until noon Wednesday'), [['Wednesday', 'Tuesday']]);
    assert.deepStrictEqual(grounded('5 a.m. Mon. until noon Wed.'), [['Wed.', 'Tue.']]);
    // Cited where the source gives the length.
    const end = checkDocument('Flights at Halverstadt-Marrin airport were grounded for 31 hours, from 5 a.m. Monday until noon Wednesday.', 'markdown', new FactIndex([source])).findings.find((f) => f.code === FindingCode.WeekdayMismatch)!;
    assert.strictEqual(mismatchMessage(end), '"5 a.m. Monday until noon Wednesday" — source says Tuesday (31 hours from 5 a.m. Monday, as the source gives the length) (source.md, ¶1)');
    assert.deepStrictEqual(grounded('5 a.m. Monday until noon Tuesday'), []);
    // The end's weekday is right; its hour, which no weekday's fix writes, is left alone.
    assert.deepStrictEqual(grounded('5 a.m. Monday until 2 p.m. Tuesday'), []);
    for (const draft of [
      'The storm sat nearly stationary for about 30 hours, from around 10 a.m. Thursday to 3 p.m. Friday.',
      'The closure lasted 55 hours, from 5 a.m. Monday until noon Wednesday.',
      'Shops open from 9 a.m. Monday to 5 p.m. Friday, and a six-hour shift pays double.',
    ]) {
      assert.deepStrictEqual(mismatches(draft, []), [], draft);
    }
  });

  it('leaves a time the sources decide, and one beside a date that is itself the slip', () => {
    const seed = seedSource();
    // The seed dates the dissolution to 1 January 2024; its 28 September 2023 decree stands.
    assert.deepStrictEqual(mismatches('The decree was signed on 28 September 2023 and the republic dissolved on 1 February 2024, three months later.', [seed]).map(([claim]) => claim), ['1 February 2024']);
  });

  it('leaves a time that is the time to the later date from another date its source gives', () => {
    const hall = sourceFrom('---\ndate: 2025-06-10\n---\nThe hall will be opened on Saturday 21 June. Volunteers and their families have been invited to a ceilidh in the hall the evening before, on Friday 20 June.\n');
    const draft = (days: string) => `Volunteers and their families have been invited to a ceilidh in the hall on Friday 20 June, and the playgroup moves back in on Monday 23 June, ${days} after the ribbon is cut.`;
    // Was "two days" -> "three days": counted from the opening on the 21st, not from the ceilidh.
    assert.deepStrictEqual(mismatches(draft('two days'), [hall]), []);
    assert.deepStrictEqual(mismatches(draft('a week'), [hall]), [['a week', 'three days']]);
  });

  it('gives what a fresh check gives as dates and times between them are typed and edited, incrementally', () => {
    const text = [
      'Reinholt asked on 27 February; the board approved it on 3 March, a week after his request.',
      'The centre opened on 7 October and closed on 15 March, six months later, 130,000 people said.',
      'The fair opened on 15 October and closed on 21 October, four days later.',
      'Talks began on 1 May and resumed on 19 May, a week later.',
      'The sort ran from 10 p.m. to 4:30 a.m., five and a half hours, as 120,000 parcels moved.',
      'The storm stalled for about 20 hours, from around 10 a.m. Thursday to 4 p.m. Friday.',
    ].join('\n\n');
    const met = findingsOverRandomEdits(`${text}\n`, new FactIndex([seedSource()]), 37, 200, FindingCode.SpanMismatch);
    assert.ok(met > 10, `only ${met} wrong times met in 200 steps`);
  });
});
