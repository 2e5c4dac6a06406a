import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { mismatches, readFixture, seedSource, sourceFrom } from '../helpers/core';

describe('checkDocument against the seed article', () => {
  const seed = () => [seedSource()];

  it('flags a wrong figure and verifies right ones in any wording', () => {
    const draft = 'Nearly all of Nagorno-Karabakh’s former 130,000 Armenian residents have fled to Armenia since Azerbaijan attacked on 19 September.';
    assert.deepStrictEqual(mismatches(draft, seed()), [['130,000', '120,000']]);
    const { findings } = checkDocument(draft.replace('130,000', '120 000'), 'markdown', new FactIndex(seed()));
    assert.deepStrictEqual(findings.map((f) => f.verdict), ['verified', 'verified']);
  });

  it('flags a wrong figure quoted deeper than Markdown nests, and one in a list past that depth', () => {
    const claim = 'Nearly all of Nagorno-Karabakh’s former 130,000 Armenian residents have fled to Armenia.';
    assert.deepStrictEqual(mismatches(`${'>'.repeat(100)} ${claim}\n`, seed()), [['130,000', '120,000']]);
    const list = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- Level ${i + 1}.`).join('\n');
    assert.deepStrictEqual(mismatches(`${list}\n${'  '.repeat(50)}- ${claim}\n`, seed()), [['130,000', '120,000']]);
  });

  // "1 January 20244" was verified as a yearless "1 January" against the source's 1 January 2024.
  it('verifies no date whose year cannot be read, but flags its wrong day', () => {
    const source = sourceFrom('---\ndate: 2024-01-05\n---\nThe new law took effect on 1 January 2024, the ministry said.\n');
    const verdicts = (draft: string) => checkDocument(draft, 'markdown', new FactIndex([source])).findings.filter((f) => f.claim.kind === 'date').map((f) => [f.claim.text, f.verdict]);
    assert.deepStrictEqual(verdicts('The new law took effect on 1 January, the ministry said.'), [['1 January', 'verified']]);
    for (const written of ['1 January 20244', 'Monday, 1 January 20244', 'January 1, 20244']) {
      assert.deepStrictEqual(verdicts(`The new law took effect on ${written}, the ministry said.`), [[written.replace(/,? 20244$/, ''), 'unverified']], written);
    }
    assert.deepStrictEqual(mismatches('The new law took effect on 2 January 20244, the ministry said.', [source]), [['2 January', '1 January']]);
  });

  it('flags a date derived from "a day later" and a wrong weekday', () => {
    const draft = 'Azerbaijan launched its offensive on 19 September. The fighters announced their surrender on 21 September, a day later.\n\nAzerbaijani President Ilham Aliyev stressed at an event on Sunday that the country had many ethnicities.';
    assert.deepStrictEqual(mismatches(draft, seed()), [['21 September', '20 September'], ['Sunday', 'Monday']]);
  });

  it('leaves unrelated figures alone: writer context, code, URLs, front matter', () => {
    const draft = '---\ndate: 2023-10-05\n---\nI wrote this in 2025 after 3 cups of tea; see `table_120000` and https://example.com/2024/130000.\n';
    assert.deepStrictEqual(mismatches(draft, seed()), []);
  });

  it('reads a road named by its number ("I-47") as no first person', () => {
    const draft = 'On the I-95 corridor, nearly all of Nagorno-Karabakh’s former 130,000 Armenian residents have fled to Armenia.';
    assert.deepStrictEqual(mismatches(draft, seed()), [['130,000', '120,000']]);
    assert.deepStrictEqual(mismatches('I hear nearly all of Nagorno-Karabakh’s former 130,000 Armenian residents have fled to Armenia.', seed()), []);
  });

  it('checks the answer under a question heading in the first person, which is no aside of the writer', () => {
    const draft = '**Where will I go?**\nNearly all of Nagorno-Karabakh’s former 130,000 Armenian residents have fled to Armenia.';
    assert.deepStrictEqual(mismatches(draft, seed()), [['130,000', '120,000']]);
  });

  it('gives exact UTF-16 ranges after emoji and non-Latin text, with CRLF line breaks', () => {
    const draft = '# Карабах 🇦🇲\r\n\r\n😀 Nearly all of the area’s former 130,000 Armenian residents have now fled to Armenia.\r\n';
    const { findings, reading } = checkDocument(draft, 'markdown', new FactIndex(seed()));
    const mismatch = findings.find((f) => f.verdict === 'mismatch')!;
    assert.deepStrictEqual(reading.prose.lines.rangeOf(mismatch.claim.start, mismatch.claim.end), { start: { line: 2, character: 35 }, end: { line: 2, character: 42 } });
  });

  it('takes a change in per cent for the difference in points of two shares the source compares only when the figures are that difference', () => {
    const source = sourceFrom("VELDA, 23 September 2024 — Orbit's share of app downloads rose to 71% last year, up from 58% in 2019, the regulator found.\n\nPellway, its nearest rival, had 22% and paid a fine of 4 million euros on 3 May.\n");
    const rose = (change: string) => mismatches(`Orbit's share of app downloads rose ${change} last year, to 71 percent.`, [source]);
    assert.deepStrictEqual(rose('13 percent'), [['13 percent', '13 percentage points']]);
    assert.deepStrictEqual(rose('13 percentage points'), []);
    assert.deepStrictEqual(rose('13 points'), []);
    // 71/58 is a rise of 22 per cent, which is no slip.
    assert.deepStrictEqual(rose('22 percent'), []);
  });

  it('takes a change in per cent beside one share for the points between it and the share the source compares it with', () => {
    const source = sourceFrom("VELDA, 23 September 2024 — Fenwright's long-pot success rate was 68 per cent, compared with 61 per cent for Vell, the organisers said.\n");
    const higher = (change: string) => mismatches(`Fenwright's long-pot success rate of 68 percent was ${change} higher than Vell's.`, [source]);
    assert.deepStrictEqual(higher('7 percent'), [['7 percent', '7 percentage points']]);
    assert.deepStrictEqual(higher('7 percentage points'), []);
    // 68/61 is 11 per cent more, which is no slip.
    assert.deepStrictEqual(higher('11 percent'), []);
  });

  it('verifies a month with its year where the source tells the year as "last year"', () => {
    const source = sourceFrom('VALMORA, 25 March 2025 — The average wait for a berth has reached 6.8 days, up from 1.4 days in March last year, the port authority said.\n');
    assert.deepStrictEqual(mismatches('The average wait for a berth is 6.8 days, against 1.4 days in March 2024.', [source]), []);
    assert.deepStrictEqual(mismatches('The average wait for a berth is 6.8 days, against 1.4 days in March 2023.', [source]), [['March 2023', 'March 2024']]);
  });

  it('verifies a month with its year where the source tells it as "the same month last year"', () => {
    // Was held to the sentence's "February" of the article's year, and fixed to February 2025.
    const source = sourceFrom('---\ndate: 2025-03-13\n---\n\nAt Calderbridge Royal, 68.4 per cent of A&E patients were seen within four hours in February, down 3.1 percentage points from the same month last year.\n');
    assert.deepStrictEqual(mismatches('At Calderbridge Royal, 68.4 percent of patients were seen within four hours last month, down 3.1 points from February 2024.', [source]), []);
  });

  it('compares an amount in cents or pence with the source\'s in the currency they are the hundredth of, and fixes it in cents', () => {
    const fee = sourceFrom('RADMOUTH, 12 March 2025 — The port authority will raise its handling fee from €1.85 to €1.95 a tonne on 1 July.\n');
    const raise = (by: string) => mismatches(`The port authority will raise its handling fee by ${by} to €1.95 a tonne on 1 July.`, [fee]);
    assert.deepStrictEqual(raise('15 cents'), [['15 cents', '10 cents']]);
    assert.deepStrictEqual(raise('10 cents'), []);
    assert.deepStrictEqual(raise('€0.15'), [['€0.15', '€0.10']]);
    const shares = sourceFrom('LONDON, 12 March 2025 — Shares in Castlebridge closed at £4.12 on Tuesday, down 18 per cent.\n');
    const closed = (price: string) => mismatches(`Shares in Castlebridge closed at ${price} on Tuesday, down 18 per cent.`, [shares]);
    assert.deepStrictEqual(closed('421p'), [['421p', '412p']]);
    assert.deepStrictEqual(closed('412p'), []);
    const gap = sourceFrom('WESTMOOR, 12 March 2025 — A hot lunch now costs £3.05 to produce, leaving a gap of 44p on every meal.\n');
    assert.deepStrictEqual(mismatches('A hot lunch now costs £3.05 to produce, a 54-pence gap on every meal.', [gap]), [['54-pence', '44-pence']]);
    // Not a whole sum: "70 cents" is no slip of a €2 fee.
    const entry = sourceFrom('RADMOUTH, 12 March 2025 — The park will charge an entry fee of €2 from 1 July.\n');
    assert.deepStrictEqual(mismatches('The park will charge an entry fee of 70 cents from 1 July.', [entry]), []);
    // Not the cents of another currency: a conversion, left alone.
    assert.deepStrictEqual(closed('412 US cents'), []);
  });

  it('holds a month the source dates "of that year" to the year it stated last, not to its own date', () => {
    const source = sourceFrom('---\ndate: 2025-05-13\n---\n\nThe vaccine plant was completed on 19 September 2023. Its four bioreactors had been lifted into place over three weeks in January of that year.\n');
    assert.deepStrictEqual(mismatches('The bioreactors were lifted into place over three weeks in January 2023.', [source]), []);
    assert.deepStrictEqual(mismatches('The bioreactors were lifted into place over three weeks in January 2025.', [source]), [['January 2025', 'January 2023']]);
  });

  it('checks a conversion written beside the figure it converts against the source\'s figure', () => {
    const source = sourceFrom('SELNA, 12 March 2025 — The span gave way at 17:42, dropping 23 vehicles 28 metres into the Selna River. Ari Vestmann cleared 6.27 metres in the pole vault.\n');
    const fell = (feet: string) => mismatches(`The span collapsed, dropping 23 vehicles about 28 meters (${feet}) into the Selna River.`, [source]);
    assert.deepStrictEqual(fell('about 62 feet'), [['62 feet', '92 feet']]);
    assert.deepStrictEqual(fell('about 92 feet'), []);
    assert.deepStrictEqual(mismatches('Ari Vestmann cleared 6.27 meters (20 feet, 7 inches) in the pole vault.', [source]), []);
  });

  it('checks a year against the event it dates even when the source gives that year to another event', () => {
    const source = sourceFrom("MARROWGATE, 3 March 2025 — The single fare went up from €2.20 to €2.40 in 2019, and the monthly pass rose from €59 to €64 in 2022.\n\nThe council's annual subsidy to MCT has grown to €212 million this year, from €186 million in 2021.\n");
    const rose = (year: string) => mismatches(`The single fare went up from €2.20 to €2.40 in 2019, and the monthly pass rose from €59 to €64 in ${year}.`, [source]);
    assert.deepStrictEqual(rose('2021'), [['2021', '2022']]);
    assert.deepStrictEqual(rose('2022'), []);
  });

  it('takes a weekday the source gives alone for either of the dates a week apart it may be', () => {
    const source = sourceFrom('VALMORA, 25 March 2025 — One of the damaged cranes is back in service on Thursday, the port authority said.\n');
    const back = (date: string) => mismatches(`One of the damaged cranes returns to service on ${date}, the port authority said.`, [source]);
    // The source's "Thursday" reads as the 27th ("is back" nearer it than "damaged" tells the present,
    // a day to come); the 20th is as likely.
    assert.deepStrictEqual(back('Thursday 27 March'), []);
    assert.deepStrictEqual(back('Thursday 20 March'), []);
    assert.deepStrictEqual(back('Friday 28 March'), [['Friday 28 March', 'Thursday 27 March']]);
  });

  it('checks a weekday beside a date without a year in the year of the source fact stating that day, even when the sentence matches it weakly', () => {
    const source = sourceFrom(readFixture('accuracy/sources/fares.md'), 'fares.md');
    const draft = readFixture('accuracy/fares_02.md');
    const weekdays = (text: string) => mismatches(text, [source]).filter(([claim]) => /day$/.test(claim));
    // "Sunday, March 1" met the source's "Saturday, 1 March" (of 2025) too weakly to be its restatement.
    assert.deepStrictEqual(weekdays(draft), [['Sunday', 'Saturday']]);
    assert.deepStrictEqual(weekdays(draft.replace('Sunday, March 1', 'Saturday, March 1')), []);
  });

  it('checks a weekday beside a date against the calendar', () => {
    const source = sourceFrom('VELDA, 23 September 2024 — The new assembly will convene on 14 October.\n');
    assert.deepStrictEqual(mismatches('The new assembly convenes on October 14, a Tuesday.', [source]), [['Tuesday', 'Monday']]);
    // A weekday a verb gives the date before it is the date's.
    assert.deepStrictEqual(mismatches('The new assembly convenes on October 14, which falls on a Tuesday.', [source]), [['Tuesday', 'Monday']]);
    assert.deepStrictEqual(mismatches('The new assembly convenes on October 14, which is a Tuesday.', [source]), [['Tuesday', 'Monday']]);
    assert.deepStrictEqual(mismatches('The new assembly convenes on October 14, which falls on a Monday.', [source]), []);
  });

  it('spares a yearless weekday right in the draft\'s year that its fact, of a year its sentence tells, would contradict', () => {
    const source = sourceFrom('---\ndate: 2025-10-20\n---\nThe book fair drew 298,400 visitors this year. Portugal will be guest of honour in 2026, when the fair runs from 14 to 18 October.\n');
    // 15 October 2025 was a Wednesday, 15 October 2026 a Thursday: the writer dated this year's fair.
    assert.deepStrictEqual(mismatches('The book fair drew 298,400 visitors. The fair ran from Wednesday, 15 October.', [source]), []);
    // A weekday wrong in the draft's year too is the slip, whichever year.
    assert.deepStrictEqual(mismatches('The book fair drew 298,400 visitors. The fair ran from Tuesday, 15 October.', [source]), [['Tuesday', 'Thursday']]);
  });

  it('holds a date told beside a time from an earlier date to the date the source\'s time gives, when the time is a slip', () => {
    const port = [sourceFrom('---\ndate: 2025-03-12\n---\nThe dock workers walked out on 3 March. Just two days later, the port company tabled a new pay offer.\n')];
    assert.deepStrictEqual(mismatches('The dock workers walked out on 3 March. The port company tabled a new pay offer on 6 March, three days later.', port), [['6 March', '5 March'], ['three days', 'two days']]);
    assert.deepStrictEqual(mismatches('The dock workers walked out on 3 March. Three days later, on 6 March, the port company tabled a new pay offer.', port), [['Three days', 'Two days'], ['6 March', '5 March']]);
    // The date right, the time alone slipped.
    assert.deepStrictEqual(mismatches('The dock workers walked out on 3 March. The port company tabled a new pay offer on 5 March, three days later.', port), [['three days', 'two days']]);
    // A source sentence dating its own event derives the other end: "resigned on 14 March, three days after the collapse" is no date of the resignation.
    const bridge = [sourceFrom('---\ndate: 2025-03-20\n---\nThe authority\'s director resigned on 14 March, three days after the collapse.\n')];
    assert.deepStrictEqual(mismatches('The authority\'s director resigned on 14 March, four days after the collapse.', bridge), [['four days', 'three days']]);
  });

  it('holds a yearless weekday of a draft without a date to the calendar near its source\'s date, in a block that restates the source', () => {
    const source = sourceFrom('---\ndate: 2025-03-24\n---\nThe bakery chain collapsed with 2,860 employees and 118 shops, its administrators said.\n');
    const restating = 'The chain had 2,860 employees. Its shops will close from Wednesday 10 April.';
    // 10 April 2025, near the source's date, is a Thursday.
    assert.deepStrictEqual(mismatches(restating, [source]), [['Wednesday', 'Thursday']]);
    assert.deepStrictEqual(mismatches(restating.replace('Wednesday', 'Thursday'), [source]), []);
    // A block restating none of the source's figures may be of any year.
    assert.deepStrictEqual(mismatches('Its shops will close from Wednesday 10 April.', [source]), []);
    // The draft's own date comes first: 10 April 2024 was a Wednesday.
    assert.deepStrictEqual(mismatches(`---\ndate: 2024-04-01\n---\n${restating}`, [source]), []);
  });

  it('holds a time ago beside the date it is of to the years up to the draft\'s date, or its article\'s in a block that restates it', () => {
    const source = sourceFrom('---\ndate: 2025-03-24\n---\nThe mill, which employs 412 people, was last flooded in 1968.\n');
    const restating = (ago: string) => `The mill employs 412 people. It was last flooded in 1968, ${ago} ago.`;
    assert.deepStrictEqual(mismatches(restating('47 years'), [source]), [['47 years', '57 years']]);
    assert.deepStrictEqual(mismatches(restating('57 years'), [source]), []);
    assert.deepStrictEqual(mismatches('The mill employs 412 people. It was last flooded 47 years ago, in 1968.', [source]), [['47 years', '57 years']]);
    // Whole years, counted either way: October 2016 was more than eight years before March 2025.
    const october = (ago: string) => `The mill employs 412 people. It was last flooded in October 2016, ${ago} ago.`;
    assert.deepStrictEqual(mismatches(october('seven years'), [source]), [['seven years', 'eight years']]);
    assert.deepStrictEqual(mismatches(october('eight years'), [source]), []);
    assert.deepStrictEqual(mismatches(october('more than eight years'), [source]), []);
    // The draft's own date comes first; a block restating nothing may be of any year.
    assert.deepStrictEqual(mismatches(`---\ndate: 2015-06-01\n---\n${restating('47 years')}`, [source]), []);
    assert.deepStrictEqual(mismatches('Her grandfather emigrated in 1978, 37 years ago.', [source]), []);
    assert.deepStrictEqual(mismatches('The mill employs 412 people. Her grandfather emigrated in 1978, 37 years ago.', [source]), [['37 years', '47 years']]);
  });

  it('holds a year compared with to the year its source compares with, and a year of an event to the year of the event', () => {
    const source = sourceFrom("---\ndate: 2025-03-20\n---\nThe airport handled 21.6 million passengers in 2024, 7 per cent more than a year earlier, making it the region's third-busiest. The remaining 28,500 rental homes, in buildings completed less than 15 years ago, are exempt.\n");
    assert.deepStrictEqual(mismatches('The airport handled 21.6 million passengers last year, up 7 percent from 2023.', [source]), []);
    assert.deepStrictEqual(mismatches('The airport handled 21.6 million passengers last year, 7 percent up on 2023.', [source]), []);
    // The year the passengers were handled in is no year compared with: it was taken for "a year earlier".
    assert.deepStrictEqual(mismatches("The airport handled 21.6 million passengers in 2023, making it the region's third-busiest.", [source]), [['2023', '2024']]);
    // A time ago is when something happened, though hedged by "less than".
    assert.deepStrictEqual(mismatches('Rental homes in buildings completed since 2015 are exempt.', [source]), [['2015', '2010']]);
  });

  it('leaves a date a day off one its source counts in weeks from another, and flags one further off or counted in days', () => {
    const source = sourceFrom(
      "---\ndate: 2025-03-13\n---\nThe council voted on Wednesday 12 March. A petition against the rise, launched two weeks earlier, had gathered more than 6,000 signatures by Wednesday morning. The council's budget was published a day before the vote.\n",
    );
    const petition = (date: string) => `The council voted on 12 March. A petition launched on ${date} had gathered more than 6,000 signatures by Wednesday morning.`;
    assert.deepStrictEqual(mismatches(petition('26 February'), [source]), []);
    assert.deepStrictEqual(mismatches(petition('27 February'), [source]), []);
    assert.deepStrictEqual(mismatches(petition('24 February'), [source]), [['24 February', '26 February']]);
    assert.deepStrictEqual(mismatches("The council voted on 12 March. The council's budget was published on 10 March.", [source]), [['10 March', '11 March']]);
  });

  it('holds a time ago to the years since a founding, unless it is beside a date of its own that the calendar allows', () => {
    const source = sourceFrom('---\ndate: 2025-03-24\n---\nThe Ashcombe Road library, which opened in 1908, will close. Norvane, founded in 2011, made its first launch in June 2015.\n');
    assert.deepStrictEqual(mismatches('The Ashcombe Road library will close after 107 years.', [source]), [['107 years', '117 years']]);
    assert.deepStrictEqual(mismatches('The Ashcombe Road library, which opened 107 years ago, will close.', [source]), [['107 years', '117 years']]);
    assert.deepStrictEqual(mismatches('The Ashcombe Road library will close after 117 years.', [source]), []);
    // Of its own date, not of the founding the source counts from: the calendar decides it.
    assert.deepStrictEqual(mismatches('Norvane, founded in 2011, made its first launch nearly a decade ago, in June 2015.', [source]), []);
    // June 2015 was nine years and nine months before: nearer ten.
    assert.deepStrictEqual(mismatches('Norvane, founded in 2011, made its first launch 14 years ago, in June 2015.', [source]), [['14 years', '10 years']]);
    // A time in years that lasts to now dates its start: "has lived there for 52 years" is since 1973.
    const lived = sourceFrom('---\ndate: 2025-03-13\n---\nHarold Pennock, 81, who has lived on Cliff Terrace for 52 years, said four streets once stood there. He worked at the mill for 30 years.\n');
    assert.deepStrictEqual(mismatches('Harold Pennock, 81, has lived on Cliff Terrace since 1963 and remembers four streets.', [lived]), [['1963', '1973']]);
    assert.deepStrictEqual(mismatches('Harold Pennock, 81, has lived on Cliff Terrace since 1973 and remembers four streets.', [lived]), []);
    // A time that may have ended dates nothing.
    assert.deepStrictEqual(mismatches('Harold Pennock, 81, started at the mill in 1990 and remembers four streets.', [lived]), []);
    // A word of emphasis between the date and the time ago is no other clause: "in 2019, just four years ago".
    assert.deepStrictEqual(mismatches('The library will close. Norvane made its first launch in 2015, just eight years ago.', [source]), [['eight years', '10 years']]);
    // Nor is it a slip of a time ago of another year; one of its own year is more exact than the calendar.
    const ago = sourceFrom(
      "---\ndate: 2025-03-24\n---\nThe last book from an independent publisher to win was in 2016, nine years ago. Dario Fensholt was 29 when he won in 2011.\n\nIn November 2019 — more than five years ago — the commission fined it €4.2 million for tracking riders' locations after their trips had ended.\n",
    );
    assert.deepStrictEqual(mismatches('The last book from an independent publisher to win was in 2016. Dario Fensholt was 29 when he won fourteen years ago, in 2011.', [ago]), []);
    assert.deepStrictEqual(mismatches('The commission fined it €4.2 million in 2019, six years ago, for tracking riders after they had left the car.', [ago]), [['six years', 'five years']]);
    // Nor of a time ago the source writes beside no year: the calendar allows "just over 30 years".
    const rhinos = sourceFrom('---\ndate: 2026-03-10\n---\nPoaching drove numbers down by 96 per cent to a low of 2,410 in 1995. First-year survival has risen to 78 per cent, from 64 per cent a decade ago.\n');
    assert.deepStrictEqual(mismatches('---\ndate: 2026-03-14\n---\nPoaching cut the population by 96 per cent, to 2,410 in 1995, just over 30 years ago, and survival rose to 78 per cent from 64 per cent.', [rhinos]), []);
    assert.deepStrictEqual(mismatches('---\ndate: 2026-03-14\n---\nPoaching cut the population by 96 per cent, to 2,410 in 1995, some 20 years ago, and survival rose to 78 per cent from 64 per cent.', [rhinos]), [['20 years', '31 years']]);
  });

  it('holds a time in years since or after the date beside it to the years up to now, or up to the year its sentence tells first', () => {
    const source = sourceFrom('---\ndate: 2025-04-08\n---\nThe show, first held in 2011, drew 41,500 visitors. The first race, in May 2013, drew 612 runners. The target is met in 2033, after the 2030 deadline.\n');
    const show = (years: string) => `The show drew 41,500 visitors. It is ${years} since the first show in 2011.`;
    assert.deepStrictEqual(mismatches(show('twelve years'), [source]), [['twelve years', 'fourteen years']]);
    assert.deepStrictEqual(mismatches(show('14 years'), [source]), []);
    // Counted in whole years or rounded, never rounded up past the most it can be: 2011 is at most 14 years and four months before.
    assert.deepStrictEqual(mismatches(show('15 years'), [source]), [['15 years', '14 years']]);
    // From a month, the nearest whole years: May 2013 to April 2025 is nearly twelve.
    assert.deepStrictEqual(mismatches('The first race drew 612 runners. Thirteen years after the first race in May 2013, the field has grown.', [source]), [['Thirteen years', 'Twelve years']]);
    assert.deepStrictEqual(mismatches('The first race drew 612 runners. More than twelve years after the first race in May 2013, the field has grown.', [source]), [['twelve years', 'eleven years']]);
    // After a year the sentence tells first, the time is counted to that year.
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. The target will be met in 2033, five years after the 2030 deadline.', [source]), [['five years', 'three years']]);
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. The target will be met in 2033, three years after the 2030 deadline.', [source]), []);
    // To the year a season opens in: was counted to now, 2025, and fixed to 79 years.
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. Its 2026-27 season will mark 80 years since the first show was staged in 1946.', [source]), []);
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. Its 2026-27 season will mark 85 years since the first show was staged in 1946.', [source]), [['85 years', '80 years']]);
    // Not a time of a clause that ends at another time, a change by years, or a time since told in the past.
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. The mill sat empty for 20 years after spinning ended in 1981, before it became flats.', [source]), []);
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. Life expectancy has climbed by almost three years since 1990.', [source]), []);
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. It was 20 years since the mill closed in 1981 when the flats opened.', [source]), []);
    // Decades are counted as decades: 2011 is nearly two decades before 2025, not one.
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. The first show in 2011, nearly two decades ago, drew fewer.', [source]), []);
    assert.deepStrictEqual(mismatches('The show drew 41,500 visitors. The first show in 2011, three decades ago, drew fewer.', [source]), [['three decades', '14 years']]);
  });

  it('holds a year told in words ("this year") to no month of a year', () => {
    const source = sourceFrom(
      '---\ndate: 2025-04-16\n---\nIt plans to open between 30 and 35 more in the current financial year, most of them in the north-west. Work will start in July on a 620,000 sq ft distribution centre at Castlemere, a £95m project that is expected to create 850 jobs when it opens in September 2026.\n',
    );
    const draft = '---\ndate: 2025-04-17\n---\nBrackenfield opened 23 stores and closed nine during the year, leaving it with 1,648. It plans between 30 and 35 openings this year and in July will begin building a £95m distribution centre at Castlemere, which is expected to create 850 jobs.';
    assert.deepStrictEqual(mismatches(draft, [source]), []);
    // A year in figures is still held to it.
    assert.deepStrictEqual(mismatches('The £95m distribution centre at Castlemere is expected to create 850 jobs when it opens in 2027.', [source]), [['2027', '2026']]);
  });

  it('makes no finding whose fix writes the claim as it stands', () => {
    const trawler = [sourceFrom(readFixture('accuracy/sources/trawlerrescue.md'), 'trawlerrescue.md')];
    // Was "7 metres" -> "7 metres".
    const found = mismatches('Waves were running at between 6 and 7 metres (20 to 23 feet), with gusts of 65 knots.', trawler);
    assert.ok(found.every(([claim, fix]) => claim !== fix), JSON.stringify(found));
    assert.deepStrictEqual(found, [['65 knots', '55 knots']]);
  });

  it("holds a yearless date far from the draft's date to the calendar of either year around it", () => {
    // Was "Sunday": 7 September 2025, nearer the draft's date than 7 September 2026, a Monday.
    assert.deepStrictEqual(mismatches('---\ndate: 2026-02-21\n---\nIf the bulldozers arrive on Monday 7 September as planned, the build should be finished in 2029.', []), []);
    assert.deepStrictEqual(mismatches('---\ndate: 2026-02-21\n---\nIf the bulldozers arrive on Tuesday 7 September as planned, the build should be finished in 2029.', []), [['Tuesday', 'Sunday']]);
    // Within a third of a year, the nearest year alone: 7 March 2026 is a Saturday.
    assert.deepStrictEqual(mismatches('---\ndate: 2026-02-21\n---\nThe bulldozers arrived on Monday 7 March, as planned, and the build should be finished in 2029.', []), [['Monday', 'Saturday']]);
  });

  it('takes a weekday and date the calendar contradicts for the one date of that weekday its source writes a part away', () => {
    const source = sourceFrom('---\ndate: 2025-03-24\n---\nThe bakery chain collapsed with 2,860 employees, its administrators said. The last of its shops will close on Saturday, 29 March.\n');
    const restating = (date: string) => `The chain had 2,860 employees. Staff will hold a farewell party on ${date}.`;
    // 29 April 2025 is a Tuesday: the writer who copied "Saturday 29" got the month wrong; "Saturday
    // 28 March" (a Friday) is a digit away from the day.
    assert.deepStrictEqual(mismatches(restating('Saturday 29 April'), [source]), [['Saturday 29 April', 'Saturday 29 March']]);
    assert.deepStrictEqual(mismatches(restating('Saturday 28 March'), [source]), [['Saturday 28 March', 'Saturday 29 March']]);
    // A day no slip of the source's is another day, and its weekday the calendar's business (the
    // source's Saturday of that month is no copy it got wrong): 14 March 2025 was a Friday, but a
    // party to come on it is in 2026, a Saturday; 26 April 2025 was a Saturday.
    assert.deepStrictEqual(mismatches(restating('Saturday 14 March'), [source]), []);
    assert.deepStrictEqual(mismatches('The chain had 2,860 employees. Staff held a farewell party on Saturday 14 March.', [source]), [['Saturday', 'Friday']]);
    assert.deepStrictEqual(mismatches(restating('Saturday 26 April'), [source]), []);
  });

  it('spares a yearless weekday and date told in the future that is right in the first year it comes', () => {
    const source = sourceFrom('---\ndate: 2025-03-24\n---\nThe bakery chain collapsed with 2,860 employees, its administrators said on Monday.\n');
    const told = (sentence: string) => mismatches(`The chain had 2,860 employees. ${sentence}`, [source]);
    // 10 March 2025 was a Monday, 10 March 2026 a Tuesday; 30 March 2025 a Sunday.
    assert.deepStrictEqual(told('Talks will resume on Tuesday 10 March.'), []);
    assert.deepStrictEqual(told('Talks resumed on Tuesday 10 March.'), [['Tuesday', 'Monday']]);
    assert.deepStrictEqual(told('The last shop will close on Saturday 30 March.'), [['Saturday', 'Sunday']]);
    // A past verb may report a day to come: the nearest year holds it.
    assert.deepStrictEqual(told('Forecasters warned of frost on Saturday 30 March.'), [['Saturday', 'Sunday']]);
  });

  it('takes a weekday and date the calendar contradicts for the weekday its source names alone, a day off the date', () => {
    const source = sourceFrom('---\ndate: 2025-03-25\n---\nSix skiers were killed when an avalanche swept across a piste at the Kaltenfeld resort on Monday afternoon, the regional authorities said. Rescuers worked through Monday night.\n');
    const restating = (date: string) => `Six skiers died at Kaltenfeld. The slide came down a marked run on ${date}, as crowds queued below.`;
    // 23 March 2025 was a Sunday; the article's Monday, named twice, was the 24th.
    assert.deepStrictEqual(mismatches(restating('Monday, March 23'), [source]), [['Monday, March 23', 'Monday, March 24']]);
    // However the draft is dated: its date gives the calendar, the source still tells which Monday.
    assert.deepStrictEqual(mismatches(`---\ndate: 2025-03-28\n---\n${restating('Monday, March 23')}`, [source]), [['Monday, March 23', 'Monday, March 24']]);
    // In the year its sentence states, the weekday is right.
    assert.deepStrictEqual(mismatches(`---\ndate: 2025-03-28\n---\nSix skiers died at Kaltenfeld. In 2026 the resort opens a new run on Monday, March 23.`, [source]), []);
  });

  it('takes a weekday and date the calendar contradicts, matched to a date of the source without its weekday, for the weekday that date\'s sentence names alone', () => {
    const source = sourceFrom('---\ndate: 2025-02-26\n---\nCARRICK MOOR, 26 February 2025 — The cap on household energy bills will rise by 5.3% from 1 April, adding £97 a year to the bill of a typical household, the National Energy Regulator (NER) announced on Tuesday.\n');
    // 26 February 2025 is a Wednesday: the writer took the dateline's day for the announcement's.
    assert.deepStrictEqual(mismatches('The cap on household energy bills will rise by 5.3% from April 1, the National Energy Regulator announced Tuesday, Feb. 26.', [source]), [['Tuesday, Feb. 26', 'Tuesday, Feb. 25']]);
    // A Tuesday the source tells of in another sentence leaves the date the claim restates, and its weekday is the slip.
    const meet = sourceFrom('---\ndate: 2025-03-21\n---\nMarkhus opened the meet on Tuesday by winning the 400 metres freestyle.\n\nVarga broke the 200 metres record on Thursday, 20 March. A day earlier, Dario Pell lowered his own national record in the 100 metres breaststroke to 59.84 seconds.\n');
    assert.deepStrictEqual(mismatches('On Tuesday, March 19, Dario Pell lowered his own national record in the 100 metres breaststroke to 59.84 seconds.', [meet]), [['Tuesday', 'Wednesday']]);
  });

  it('fixes the weekday alone of a date the calendar contradicts, rather than the day too, to a fact of another weekday', () => {
    const source = sourceFrom(readFixture('accuracy/sources/minimumwage.md'));
    const found = mismatches(readFixture('accuracy/minimumwage_01.md'), [source]).filter(([claim]) => /day/.test(claim));
    // 4 March 2025 was a Tuesday: one slip, of the weekday, not two, to the announcement's "Tuesday 25 March".
    assert.deepStrictEqual(found, [['Monday', 'Tuesday']]);
    // Where the paragraph of the fact gives the draft's weekday ("…arrested on Monday … before a
    // prosecutor on Thursday"), the day is what slipped in "Thursday, Nov. 22", and all of it is flagged.
    const arrests = mismatches(readFixture('accuracy/shipwreck_02.md'), [sourceFrom(readFixture('accuracy/sources/shipwreck.md'))]);
    assert.ok(arrests.some(([claim]) => claim === 'Thursday, Nov. 22'), JSON.stringify(arrests));
    // Where the calendar agrees with the draft, its date and weekday slipped together.
    const both = sourceFrom('---\ndate: 2025-03-25\n---\nThe list of 412 medicines in short supply was published on Friday 21 March, the agency said.\n');
    assert.deepStrictEqual(mismatches('The list of 412 medicines in short supply was published on Saturday 22 March, the agency said.', [both]), [['Saturday 22 March', 'Friday 21 March']]);
  });

  it('reads a negated comparison as its bound: "no more than" a figure above the source\'s agrees with it', () => {
    const source = sourceFrom('The flood on 3 May 2024 displaced 120,000 residents of the valley, officials said.\n');
    const said = (qualifier: string) => mismatches(`Officials said the flood on 3 May 2024 displaced ${qualifier} 130,000 residents of the valley.`, [source]);
    for (const bound of ['no more than', 'not more than', 'at most']) assert.deepStrictEqual(said(bound), [], bound);
    // The bound goes with the figure: the source gives 120,000, not a least.
    for (const bound of ['no fewer than', 'not less than', 'at least']) assert.deepStrictEqual(said(bound), [[`${bound} 130,000`, '120,000']], bound);
  });

  it('checks plain text as well as Markdown', () => {
    assert.deepStrictEqual(mismatches(readFixture('drafts/plain.txt'), seed(), 'plaintext'), [['130 000', '120 000']]);
  });
});
