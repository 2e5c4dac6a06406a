import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { datesDependOnReference, findDates } from '../../server/src/core/extract/findDates';
import { alone, mentionsOf, onlyMention } from '../helpers/core';
import { buildFacts } from '../../server/src/core/facts/buildFacts';
import { readDocument } from '../../server/src/core/extract/readDocument';

function parts(text: string): Record<string, number> {
  const m = onlyMention(text);
  assert.strictEqual(m.kind, 'date', `${text}: ${m.kind}`);
  const out: Record<string, number> = {};
  for (const key of ['year', 'month', 'day', 'weekday'] as const) if (m.date![key]) out[key] = m.date![key]!.value;
  return out;
}

const kindsAndTexts = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text]);

describe('date extraction', () => {
  const full = { year: 2024, month: 1, day: 1 };
  const cases: Array<[string, Record<string, number>]> = [
    ['It ends on 1 January 2024.', full],
    ['It ends on January 1, 2024.', full],
    ['It ends on Jan. 1, 2024.', full],
    ['It ends on the 1st of January 2024.', full],
    ['It ends on 2024-01-01.', full],
    ['It began on 19 September.', { month: 9, day: 19 }],
    ['It began on September 19.', { month: 9, day: 19 }],
    ['It began on 19 Sep. last year.', { month: 9, day: 19 }],
    ['It happened in April 2020.', { year: 2020, month: 4 }],
    ['He spoke on Monday.', { weekday: 1 }],
    ['It convenes on October 14, a Tuesday.', { month: 10, day: 14, weekday: 2 }],
    ['It convenes on Tuesday, October 14.', { month: 10, day: 14, weekday: 2 }],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepStrictEqual(parts(text), expected));
  }

  it('leaves a sum before "today" or a weekday a sum, though chrono reads its digits as a time of that day', () => {
    assert.deepStrictEqual(kindsAndTexts('---\ndate: 2025-10-10\n---\n\nParents will pay €4.50 an hour, against an average of €7.58 today.'), [
      ['money', '€4.50'],
      ['money', '€7.58'],
      ['date', 'today'],
    ]);
    // Was the date "4.12 on Tuesday", the share price lost.
    assert.deepStrictEqual(kindsAndTexts('Shares closed at £4.12 on Tuesday, down 18 per cent.'), [
      ['money', '£4.12'],
      ['date', 'Tuesday'],
      ['percent', '18 per cent'],
    ]);
    assert.deepStrictEqual(kindsAndTexts('Shares closed at €4.12 on Tuesday 11 March.'), [
      ['money', '€4.12'],
      ['date', 'Tuesday 11 March'],
    ]);
  });

  it('reads a range written with a word starting a date every few characters as its two dates, its year given once at its end', () => {
    // Cut into a window per word, it was "Friday 5 February to Sunday 21" with no year, dated 2027.
    // Read whole, its end was never checked: it is a date of its own, and the year is both dates'.
    const dates = mentionsOf('The Games run for 17 days, from Friday 5 February to Sunday 21 February 2038, then the Paralympics.').filter((m) => m.kind === 'date');
    assert.deepStrictEqual(
      dates.map((m) => [m.text, m.date!.year?.value ?? m.date!.implied?.year, m.date!.day?.value, m.date!.weekday?.value, m.date!.through]),
      [
        ['Friday 5 February', 2038, 5, 5, undefined],
        ['Sunday 21 February 2038', 2038, 21, 0, undefined],
      ],
    );
    // Words further apart are read apart: "two days before the Good Friday" is a length, not a date.
    assert.deepStrictEqual(kindsAndTexts('---\ndate: 2025-03-20\n---\n\nFigures come on April 17, two days before the Good Friday holiday.'), [
      ['date', 'April 17'],
      ['duration', 'two days'],
      ['date', 'Friday'],
    ]);
  });

  it('gives a date without a year the year stated before it in its clause, not a dateline\'s or a name\'s', () => {
    const years = (text: string) => mentionsOf(text).filter((m) => m.kind === 'date').map((m) => [m.text, m.date!.sentenceYear]);
    assert.deepStrictEqual(years('The Games open Friday, Feb. 5, 2038, and close Sunday, Feb. 21.'), [
      ['Friday, Feb. 5, 2038', undefined],
      ['Sunday, Feb. 21', 2038],
    ]);
    assert.deepStrictEqual(years('Portugal is guest in 2026, when the fair runs to Sunday, 18 October.'), [['Sunday, 18 October', 2026]]);
    assert.deepStrictEqual(years('VALMORA, 25 March 2025 — Waits grew from 1.4 days in March last year.'), [
      ['25 March 2025', undefined],
      ['March', undefined],
    ]);
    assert.deepStrictEqual(years('The asteroid 2030 WQ17 passes on 13 March.'), [['13 March', undefined]]);
    // The year a list or range of dates ends with, for the dates before it of the same or an earlier month.
    assert.deepStrictEqual(years("Next year's regatta is set for Saturday, April 18, and Sunday, April 19, 2026."), [
      ['Saturday, April 18', 2026],
      ['Sunday, April 19, 2026', undefined],
    ]);
    assert.deepStrictEqual(years('The show runs from Dec. 28 to Jan. 3, 2027.'), [
      ['Dec. 28', undefined],
      ['Jan. 3, 2027', undefined],
    ]);
  });

  it('gives a month "of that year" the year last stated before it in its paragraph, and no other', () => {
    const years = (text: string) => mentionsOf(text).filter((m) => m.kind === 'date' && !m.date!.year).map((m) => [m.text, m.date!.implied?.year]);
    const built = 'The plant was completed on 19 September 2023. Its tanks were lifted in over three weeks in January of that year, and tested in May the same year.';
    assert.deepStrictEqual(years(built), [
      ['January', 2023],
      ['May', 2023],
    ]);
    // "that year" of another paragraph, or no year before it: the year stays the article's to imply.
    assert.deepStrictEqual(years('The plant was completed in 2023.\n\nIts tanks came in January of that year.'), [['January', undefined]]);
    assert.deepStrictEqual(years('Its tanks came in January of that year, when it rained.'), [['January', undefined]]);
  });

  it('gives a date a sentence opens a time later with the year of the last date of its paragraph, or the next', () => {
    const years = (text: string) => mentionsOf(text).filter((m) => m.kind === 'date' && !m.date!.year).map((m) => [m.text, m.date!.implied?.year]);
    assert.deepStrictEqual(years('It closed on Saturday 31 March 2018. Three days later, on 3 April, the ceiling fell.'), [['3 April', 2018]]);
    assert.deepStrictEqual(years('It closed on 20 December 2017. Two weeks later, on 3 January, it reopened.'), [['3 January', 2018]]);
    // Not a date told otherwise, nor one after a date of another paragraph.
    assert.deepStrictEqual(years('It closed on Saturday 31 March 2018. On 3 April the ceiling fell.'), [['3 April', undefined]]);
    assert.deepStrictEqual(years('It closed on Saturday 31 March 2018.\n\nThree days later, on 3 April, the ceiling fell.'), [['3 April', undefined]]);
  });

  it('reads numeric dates in both orders when both are possible', () => {
    const m = onlyMention('Due 01/02/2025.');
    assert.deepStrictEqual([m.date!.day!.value, m.date!.month!.value, m.date!.year!.value], [1, 2, 2025]);
    assert.deepStrictEqual(m.date!.swapped, { month: 1, day: 2 });
    const us = onlyMention('Due 12/31/2025.');
    assert.deepStrictEqual([us.date!.day!.value, us.date!.month!.value], [31, 12]);
    assert.strictEqual(us.date!.swapped, undefined);
  });

  it('puts the value span on the date, not its preposition, and records each part', () => {
    const text = 'sealed on January 1, 2024.';
    const m = onlyMention(text);
    assert.strictEqual(m.text, 'January 1, 2024');
    assert.strictEqual(text.slice(m.date!.day!.start, m.date!.day!.end), '1');
    assert.strictEqual(text.slice(m.date!.year!.start, m.date!.year!.end), '2024');
  });

  it('ends a date at its last written part: a figure after it is no year', () => {
    assert.deepStrictEqual(mentionsOf('On 6 September, 42 people died.').map((m) => [m.kind, m.text]), [['date', '6 September'], ['count', '42']]);
    assert.deepStrictEqual(mentionsOf('On September 6, 42 people died.').map((m) => [m.kind, m.text]), [['date', 'September 6'], ['count', '42']]);
    // Nor is the front of a figure after a month a day: "August, 21" of "August, 21,340".
    assert.deepStrictEqual(mentionsOf('On a Saturday in August, 21,340 people came.').map((m) => [m.kind, m.text]), [['date', 'Saturday'], ['date', 'August'], ['count', '21,340']]);
    assert.deepStrictEqual(mentionsOf('In March, 12 people died.').map((m) => [m.kind, m.text]), [['date', 'March'], ['count', '12']]);
    assert.deepStrictEqual(onlyMention('They met on Monday, 2 February 2024, in Rome.').text, 'Monday, 2 February 2024');
  });

  it('reads a time in figures on from a date as a length, and the date as written, not the date the time leads to', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.date?.weekday?.value ?? m.date?.day?.value ?? m.duration?.amount]);
    // chrono read "351 days after Saturday" as one date, a Sunday written "Saturday".
    assert.deepStrictEqual(read("The next comes 351 days after Saturday's, they said."), [['duration', '351 days', 351], ['date', 'Saturday', 6]]);
    assert.deepStrictEqual(read('It opens 10 days after 12 March.'), [['duration', '10 days', 10], ['date', '12 March', 12]]);
    assert.deepStrictEqual(read('It opens 3 weeks before Friday 12 March 2027.'), [['duration', '3 weeks', 3], ['date', 'Friday 12 March 2027', 5]]);
  });

  it('ends no date within a run of digits: digits that run on from its year are a figure, kept whole', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.date?.year?.value ?? m.number?.values[0]]);
    // chrono reads the front of the digits as the year (2024, 2757, 1000), which a fix would cut.
    assert.deepStrictEqual(read('It dissolved on 1 February 20244.'), [['date', '1 February', undefined], ['count', '20244', 20244]]);
    assert.deepStrictEqual(read('It dissolved on Jan. 5th 20244.'), [['date', 'Jan. 5th', undefined], ['count', '20244', 20244]]);
    assert.deepStrictEqual(read('It began on 19 September 275760.'), [['date', '19 September', undefined], ['count', '275760', 275760]]);
    assert.deepStrictEqual(read('The festival ends on 1 January 10000.'), [['date', '1 January', undefined], ['count', '10000', 10000]]);
    assert.deepStrictEqual(read('It dissolved on 1 January 2024.'), [['date', '1 January 2024', 2024]]);
  });

  it('marks a date whose year is written with more digits than a year has as one whose year cannot be read, not as one without a year', () => {
    const unreadable = (text: string) => mentionsOf(text).flatMap((m) => (m.kind === 'date' ? [[m.text, !!m.date?.yearUnreadable]] : []));
    assert.deepStrictEqual(unreadable('It dissolved on 1 January 20244.'), [['1 January', true]]);
    assert.deepStrictEqual(unreadable('It dissolved on Monday, 1 January 20244.'), [['Monday, 1 January', true]]);
    assert.deepStrictEqual(unreadable('It dissolved on January 1, 20244.'), [['January 1', true]]);
    assert.deepStrictEqual(unreadable('It began on 19 September 275760.'), [['19 September', true]]);
    // A figure after the month's comma, a grouped figure and a year are no year slot gone wrong.
    assert.deepStrictEqual(unreadable('On 6 September, 42000 people fled.'), [['6 September', false]]);
    assert.deepStrictEqual(unreadable('On 1 January 20,244 people came.'), [['1 January', false]]);
    assert.deepStrictEqual(unreadable('It dissolved on 1 January 2024, and 20244 people left.'), [['1 January 2024', false]]);
  });

  it('reads a range of days within a month whole, and a range whose end is a date of its own as two dates', () => {
    const ranges = mentionsOf('Pilots struck on 6-7 September, 42 km away, from 6 to 7 October, on April 12-22, 2026, and from July 28 to Aug. 10.');
    assert.deepStrictEqual(ranges.map((m) => [m.kind, m.text, m.date?.day?.value, m.date?.through]), [
      ['date', '6-7 September', 6, 7],
      ['count', '42 km', undefined, undefined],
      ['date', '6 to 7 October', 6, 7],
      ['date', 'April 12-22, 2026', 12, 22],
      ['date', 'July 28', 28, undefined],
      ['date', 'Aug. 10', 10, undefined],
    ]);
    // Read as one range, "11 April" was never held to the source's 10 April.
    assert.deepStrictEqual(kindsAndTexts('A second walkout runs from Monday 7 April to 11 April.'), [
      ['date', 'Monday 7 April'],
      ['date', '11 April'],
    ]);
    // A weekday alone at the end is read with the first, as before: the days of a week named are no claims of a date.
    assert.deepStrictEqual(kindsAndTexts('The trade days, from Wednesday to Friday, drew 194,230 people.'), [
      ['date', 'Wednesday to Friday'],
      ['count', '194,230'],
    ]);
  });

  it('reads the date after a range that ends at a time: the time is no part of a date', () => {
    // Was one date "9pm on Tuesday 11 March until 11am", hiding the second, whose 18 was then a count.
    const read = mentionsOf('It ran from 9pm on Tuesday 11 March until 11am on Monday 18 March: 134 hours.').map((m) => [m.kind, m.text, m.date?.day?.value]);
    assert.deepStrictEqual(read, [
      ['date', '9pm on Tuesday 11 March', 11],
      ['date', '11am on Monday 18 March', 18],
      ['duration', '134 hours', undefined],
    ]);
  });

  it('reads days given together as dates of the month and year written once, and "between" two days as a range', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.date?.day?.value, m.date?.month?.value ?? m.date?.implied?.month, m.date?.year?.value ?? m.date?.implied?.year, m.date?.through]);
    assert.deepStrictEqual(read('Strikes were held on 6 and 7 February 2025, on the 9th and 10th of May and on 3, 4 or 5 March.'), [
      ['date', '6', 6, 2, 2025, undefined],
      ['date', '7 February 2025', 7, 2, 2025, undefined],
      ['date', '9th', 9, 5, undefined, undefined],
      ['date', '10th of May', 10, 5, undefined, undefined],
      ['date', '3', 3, 3, undefined, undefined],
      ['date', '4', 4, 3, undefined, undefined],
      ['date', '5 March', 5, 3, undefined, undefined],
    ]);
    assert.deepStrictEqual(read('Talks ran on February 12 and 13, 2025, and on March 3, 4 and 6 failed.').map((m) => m.slice(1, 4)), [
      ['February 12', 12, 2],
      ['13', 13, 2],
      ['2025', undefined, undefined],
      ['March 3', 3, 3],
      ['4', 4, 3],
      ['6', 6, 3],
    ]);
    assert.deepStrictEqual(read('Flights stopped between 20 and 24 March and between April 2 and 5.').map((m) => m.slice(1)), [
      ['20 and 24 March', 20, 3, undefined, 24],
      ['April 2 and 5', 2, 4, undefined, 5],
    ]);
    // Not days: figures after a month-first date that a noun follows, or money.
    assert.deepStrictEqual(read('On February 12 and 13 people died; £6 and 7 March.').map((m) => m.slice(0, 2)), [
      ['date', 'February 12'],
      ['count', '13'],
      ['money', '£6'],
      ['date', '7 March'],
    ]);
  });

  it('gives weekdays given together after as many dates each its own date, in turn', () => {
    const read = (text: string) => mentionsOf(`---\ndate: 2025-02-20\n---\n${text}`).map((m) => [m.text, m.date?.weekday?.value, m.date?.implied?.day]);
    // "Thursday" joined 2025-02-07, a Friday, and was flagged.
    assert.deepStrictEqual(read('They walked out on 2025-02-06 and 2025-02-07, a Thursday and a Friday.'), [
      ['2025-02-06', undefined, undefined],
      ['2025-02-07', undefined, undefined],
      ['Thursday', 4, 6],
      ['Friday', 5, 7],
    ]);
    assert.deepStrictEqual(read('They walked out on 6 and 7 February, a Thursday and a Friday.').slice(2), [
      ['Thursday', 4, 6],
      ['Friday', 5, 7],
    ]);
    assert.deepStrictEqual(read('It convenes on October 14, a Tuesday.'), [['October 14, a Tuesday', 2, undefined]]);
  });

  it('reads a short weekday without its dot right before a numeric date, and nowhere else', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.text, m.date?.weekday?.value]);
    assert.deepStrictEqual(read('- Investor briefing: Thu 2025-09-03.'), [['Thu 2025-09-03', 4]]);
    assert.deepStrictEqual(read('- Statement: Mon, 2025-08-12.'), [['Mon, 2025-08-12', 1]]);
    assert.deepStrictEqual(read('The Sun 2025 awards; a Wed 12 deal.'), [['2025', undefined], ['12', undefined]]);
  });

  it('reads "the next day" as a one-day duration', () => {
    assert.deepStrictEqual(onlyMention('They surrendered the next day.').duration, { amount: 1, unit: 'day', relation: 'later', adjectival: false });
  });

  it('resolves relative days only against a known date', () => {
    assert.deepStrictEqual(mentionsOf('They left yesterday.'), []);
    const dated = mentionsOf('---\ndate: 2023-10-02\n---\nThey left yesterday.');
    assert.deepStrictEqual(dated[0].date?.implied, { year: 2023, month: 10, day: 1 });
  });

  it('reads a relative date against each reference, though the same words were read against another first', () => {
    // A window without relative words is parsed once for every reference: these must not be.
    const at = (date: string, sentence: string) => mentionsOf(`---\ndate: ${date}\n---\n${sentence}`)[0]?.date?.implied;
    for (const sentence of ['They left yesterday.', 'It ends at the end of the month.']) {
      const first = at('2023-10-02', sentence);
      const second = at('2024-03-15', sentence);
      assert.ok(first && second, sentence);
      assert.notDeepStrictEqual(first, second, sentence);
    }
    assert.deepStrictEqual(at('2024-03-15', 'They left yesterday.'), { year: 2024, month: 3, day: 14 });
    assert.deepStrictEqual(at('2024-03-15', 'It ends at the end of the month.'), { year: 2024, month: 3, day: 31 });
  });

  it('reads a date without relative words alike whatever the reference', () => {
    const read = (date: string) => mentionsOf(`---\ndate: ${date}\n---\nOn Monday, 12 March, the council met.`).map((m) => [m.text, m.date?.weekday?.value, m.date?.month?.value, m.date?.day?.value]);
    assert.deepStrictEqual(read('2023-10-02'), [['Monday, 12 March', 1, 3, 12]]);
    assert.deepStrictEqual(read('2024-03-15'), read('2023-10-02'));
  });

  it('takes no month from the end of a longer word, an astral letter before it included', () => {
    assert.deepStrictEqual(mentionsOf('The McMay 5 memo and the ÉMarch 7 one and the \u{1d400}May 6 entry.').map((m) => m.kind), ['count', 'count', 'count']);
    assert.deepStrictEqual(mentionsOf('It began (May 5) and x.May 6 too.').map((m) => m.text), ['May 5', 'May 6']);
  });

  it('reads "last year", "this year" and "next year" as years only against a known date', () => {
    const read = (text: string) => readDocument(text, 'markdown').mentions.filter((m) => m.kind === 'year').map((m) => [m.text, m.number?.values[0]]);
    assert.deepStrictEqual(read('---\ndate: 2025-03-25\n---\nWind supplied 17.5% last year, up from 14.8% in 2023, and will pass 20% this year.\n'), [['last year', 2024], ['2023', 2023], ['this year', 2025]]);
    assert.deepStrictEqual(read('Wind supplied 17.5% last year.\n'), []);
  });

  it('dates a month followed by "last year" or "next year" in that year, not the nearest', () => {
    const read = (text: string) => readDocument(`---\ndate: 2025-03-25\n---\n${text}\n`, 'markdown').mentions.map((m) => [m.text, m.kind, m.date?.implied?.year ?? m.number?.values[0]]);
    assert.deepStrictEqual(read('Waits were 1.4 days in March last year.'), [['1.4 days', 'duration', undefined], ['March last year', 'date', 2024]]);
    assert.deepStrictEqual(read('It opens on 3 June next year.'), [['3 June next year', 'date', 2026]]);
    // Apart, the month is left to the article's date.
    assert.deepStrictEqual(read('It rose in March, last year, again.'), [['March', 'date', undefined], ['last year', 'year', 2024]]);
  });

  it('marks a date whose year is told in words as stating it, and a source’s fact of it as stating it too', () => {
    const text = '---\ndate: 2025-03-25\n---\nIt promised 1,200 by the end of last year and opened in March last year, on 3 June.\n';
    const told = (m: { text: string; date?: { yearInWords?: true } }) => [m.text, !!m.date?.yearInWords];
    assert.deepStrictEqual(readDocument(text, 'markdown').mentions.filter((m) => m.kind === 'date').map(told), [['end of last year', true], ['March last year', true], ['3 June', false]]);
    const years = buildFacts(alone('s.md', text)).facts.filter((f) => f.kind === 'date').map((f) => [f.text, f.value.date?.year]);
    assert.deepStrictEqual(years, [['end of last year', 2024], ['March last year', 2024], ['3 June', undefined]]);
  });

  it('reads the hours a range from a time on one weekday to one on another spans, with its end\'s weekday as written', () => {
    const spanned = (text: string) => mentionsOf(text).filter((m) => m.kind === 'date').map((m) => m.date?.spanned && [m.date.spanned.hours, m.date.spanned.fromHour, m.date.spanned.until.text, text.slice(m.date.spanned.until.start, m.date.spanned.until.end), !!m.date.spanned.hedged]);
    assert.deepStrictEqual(spanned('Closed from 5 a.m. Monday until noon Wednesday.'), [[55, 5, 'Wednesday', 'Wednesday', false]]);
    assert.deepStrictEqual(spanned('It sat there from around 10:30 a.m. Thu. to 4 p.m. Fri.'), [[29.5, 10.5, 'Fri.', 'Fri.', true]]);
    // A range of days, or one whose end has no weekday of its own, spans no hours read here.
    assert.deepStrictEqual(spanned('Open from Monday to Friday.'), [undefined]);
    assert.deepStrictEqual(spanned('The strike ran from 10 p.m. Friday to 4 a.m.'), [undefined]);
  });

  it('dates "the same month last year" as the month the sentence named before, in that year', () => {
    const read = (text: string) => readDocument(`---\ndate: 2025-03-13\n---\n${text}\n`, 'markdown').mentions.filter((m) => m.kind === 'date' || m.kind === 'year').map((m) => [m.text, m.kind, m.date?.implied?.month, m.date?.year?.value ?? m.number?.values[0]]);
    assert.deepStrictEqual(read('Seen within four hours in February: 68.4 per cent, down 3.1 points from the same month last year.'), [
      ['February', 'date', undefined, undefined],
      ['the same month last year', 'date', 2, 2024],
    ]);
    // With no month before it, the year alone.
    assert.deepStrictEqual(read('Exports fell 8 per cent from the same month last year.'), [['last year', 'year', undefined, 2024]]);
  });

  it('ends a range at its date, not in a figure after "at"', () => {
    // Was "week to 2 February at 1", which took the 1 of 1,874 for an hour.
    assert.deepStrictEqual(mentionsOf('Admissions peaked in the week to 2 February at 1,874.').map((m) => m.text), ['week to 2 February', '1,874']);
  });

  it('dates a period named by its end ("the week to 2 February") at its end, not at the article\'s week', () => {
    const read = (text: string) => readDocument(`---\ndate: 2025-04-10\n---\n${text}\n`, 'markdown').mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.month?.value, m.date?.day?.value]);
    // Was read as a range from 17 April (the week of the article), with April for its month.
    assert.deepStrictEqual(read('The peak came in the week to 2 February, when 1,874 were admitted.'), [['week to 2 February', 2, 2]]);
    assert.deepStrictEqual(read('Inflation was 3% in the year to March 2024.'), [['year to March 2024', 3, undefined]]);
  });

  it('reads a date after "lasts" as written, not as chrono\'s "last second"', () => {
    // Was "lasts until 9 September" with the month of yesterday's date.
    const [m] = mentionsOf('The mandate lasts until 9 September.');
    assert.deepStrictEqual([m.text, m.date?.month?.value, m.date?.day?.value], ['9 September', 9, 9]);
  });

  it('reads the date after "the following morning," and "the night (on)", which chrono read as a time with no date', () => {
    assert.deepStrictEqual(kindsAndTexts('The body was recovered the following morning, 26 March.'), [['date', '26 March']]);
    assert.deepStrictEqual(kindsAndTexts('Forecasters warned of another cold night Saturday, April 27, and said buds would push.'), [['date', 'Saturday, April 27']]);
    assert.deepStrictEqual(kindsAndTexts('Rescuers worked through the night on Monday, 24 March.'), [['date', 'Monday, 24 March']]);
    assert.deepStrictEqual(kindsAndTexts('That evening, Oct. 3, the road reopened.'), [['date', 'Oct. 3']]);
  });

  it('joins a weekday set off after its date by dashes or in brackets, and not a clause after a dash', () => {
    assert.deepStrictEqual(kindsAndTexts('The first attempt, on 26 February — a Tuesday — collapsed.'), [['date', '26 February — a Tuesday']]);
    assert.deepStrictEqual(kindsAndTexts('The operation began on October 14, 2024 (a Tuesday).'), [['date', 'October 14, 2024 (a Tuesday)']]);
    // The bracket closes in the date, whoever read it ("(Thursday" was the claim, and in its message).
    assert.deepStrictEqual(kindsAndTexts('- 2024-11-20 (Thursday) — Unions hold a strike.'), [['date', '2024-11-20 (Thursday)']]);
    assert.deepStrictEqual(mentionsOf('The fair opens on 14 October (Tuesday).')[0].date?.weekday?.value, 2);
    assert.deepStrictEqual(kindsAndTexts("It closed on 5 March — Tuesday's vote changed that."), [['date', '5 March'], ['date', 'Tuesday']]);
  });

  it('reads a weekday\'s date before a comma and a figure, which chrono read as the figure\'s first digit', () => {
    // Was "Thursday", the figure 6, "August" and 4.6: chrono read "August, 4" as the fourth.
    assert.deepStrictEqual(kindsAndTexts('The sea peaked on Thursday 6 August, 4.6 degrees above the average.'), [['date', 'Thursday 6 August'], ['count', '4.6']]);
    assert.deepStrictEqual(kindsAndTexts('On Monday 3 March, 4,600 people marched.'), [['date', 'Monday 3 March'], ['count', '4,600']]);
    assert.deepStrictEqual(kindsAndTexts('In August, 4.6 per cent of them left.'), [['date', 'August'], ['percent', '4.6 per cent']]);
  });

  it('reads the date after "the night of", not chrono\'s tonight', () => {
    // Was the figure 9 alone: chrono read "night of Sunday 9 March" as this evening, with no part certain.
    const read = (text: string) => mentionsOf(text).map((m) => [m.text, m.kind, m.date?.month?.value, m.date?.day?.value]);
    assert.deepStrictEqual(read('The train left the rails on the night of Sunday 9 March.'), [['Sunday 9 March', 'date', 3, 9]]);
    assert.deepStrictEqual(read('Shelling began on the morning of 4 June.'), [['4 June', 'date', 6, 4]]);
  });

  it('reads the day of "from 1 July" as a day, not as chrono\'s one o\'clock', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.text, m.date?.month?.value, m.date?.day?.value]);
    // Were "1 July, until 29 Sep[tember]" with July alone, and June alone.
    assert.deepStrictEqual(read('Landlords have 90 days from 1 July, until 29 September, to register.').slice(1), [['1 July', 7, 1], ['29 September', 9, 29]]);
    assert.deepStrictEqual(read('From 14 June to 2 July the gallery opens from 9am to 5pm.')[0].slice(1), [6, 14]);
  });

  it('does not take a lowercase "may" or "march" for a month', () => {
    assert.deepStrictEqual(mentionsOf('They may march on.'), []);
  });

  it('gives each part its written text when the same texts come again (parts share their strings)', () => {
    const texts = mentionsOf('It began on 19 September 2023, ended on 19 September 2023 and was signed on 2023-09-19.').map((m) =>
      (['day', 'month', 'year'] as const).map((k) => m.date?.[k]?.text),
    );
    assert.deepStrictEqual(texts, [
      ['19', 'September', '2023'],
      ['19', 'September', '2023'],
      ['19', '09', '2023'],
    ]);
  });
});

describe('datesDependOnReference', () => {
  const reference = { year: 2024, month: 3, day: 1 };

  it('says whether a sentence may read differently with a reference date than without', () => {
    const sentences: Array<[string, boolean]> = [
      ['Turnout reached 67% on 4 March 2024, up from 61%.', false],
      ['Fans came on Saturday, their 7th win of the season.', false],
      ['The count took 16 hours.', false],
      ['Turnout reached 67% yesterday.', true],
      ['It opens next Monday, 4 March.', true],
      ['Revenue for the quarter to May fell 5%.', true],
      ['By the end of the month 12 more came.', true],
    ];
    for (const [text, depends] of sentences) {
      assert.strictEqual(datesDependOnReference(text, 0, text.length), depends, text);
      if (!depends) assert.deepStrictEqual(findDates(text, 0, text.length), findDates(text, 0, text.length, reference), text);
    }
    const yesterday = 'Turnout reached 67% yesterday.';
    assert.notDeepStrictEqual(findDates(yesterday, 0, yesterday.length), findDates(yesterday, 0, yesterday.length, reference));
  });
});

describe('preparing the date parser (prepareDateParsing, without regexp optimization)', () => {
  /**
   * Runs in a process of its own, where nothing compiled chrono's patterns before: the dates read
   * in texts of both kinds (one byte per character, and two), after preparing the parser or not,
   * and which of the patterns read them had been compiled by the preparation for both kinds.
   */
  function readInFreshProcess(prepare: boolean): { dates: unknown[]; unprepared: number; patterns: number } {
    const script = `
      const { withoutRegExpOptimization } = require(${JSON.stringify(require.resolve('../../server/src/node/regexpTiers'))});
      const { findDates, prepareDateParsing } = require(${JSON.stringify(require.resolve('../../server/src/core/extract/findDates'))});
      const chrono = require('chrono-node');
      const prepared = new Set();
      let seen = prepared;
      for (const parser of chrono.casual.parsers) {
        const pattern = parser.pattern.bind(parser);
        parser.pattern = (context) => {
          const re = pattern(context);
          seen.add(re);
          return re;
        };
      }
      if (${prepare}) withoutRegExpOptimization(prepareDateParsing);
      const compiled = new Set([...prepared].filter((re) => %RegexpHasBytecode(re, true) && %RegexpHasBytecode(re, false)));
      seen = new Set();
      const texts = [
        'It ended on 1 March 2024, three days after the vote on Friday, 26 February.',
        'It ended on 1 March 2024 – three days after the vote – and “2 hours later” they left.',
        'Within 5 years, by the end of the month, a week ago and the next day: 12 Sept. 2023.',
      ];
      const dates = texts.map((text) => [findDates(text, 0, text.length), findDates(text, 0, text.length, { year: 2024, month: 3, day: 1 })]);
      process.stdout.write(JSON.stringify({ dates, unprepared: [...seen].filter((re) => !compiled.has(re)).length, patterns: seen.size }));
    `;
    return JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' }));
  }

  it('compiles every pattern that findDates then runs, for both kinds of text, and reads the same dates', () => {
    const prepared = readInFreshProcess(true);
    const unprepared = readInFreshProcess(false);
    assert.ok(prepared.patterns > 10, `${prepared.patterns} of chrono's patterns seen`);
    assert.strictEqual(prepared.unprepared, 0, 'patterns findDates ran that the preparation had not compiled for both kinds of text');
    assert.strictEqual(unprepared.unprepared, unprepared.patterns, 'without preparation, none is compiled beforehand');
    assert.deepStrictEqual(prepared.dates, unprepared.dates);
  });
});
