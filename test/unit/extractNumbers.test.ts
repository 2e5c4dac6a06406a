import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { readDigits } from '../../server/src/core/extract/findNumbers';
import { isPerItem } from '../../server/src/core/extract/perItem';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { mentionsOf, mismatches as mismatchesIn, onlyMention, sourceFrom } from '../helpers/core';

function value(text: string): { kind: string; values: number[]; text: string; currency?: string; qualifier?: string } {
  const m = onlyMention(text);
  return { kind: m.kind, values: m.number?.values ?? [], text: m.text, ...(m.number?.currency ? { currency: m.number.currency } : {}), ...(m.qualifier ? { qualifier: m.qualifier.kind } : {}) };
}

describe('figure extraction', () => {
  const cases: Array<[string, string, number[], string?]> = [
    ['They counted 120,000 people.', 'count', [120000]],
    ['They counted 120 000 people.', 'count', [120000]],
    ['They counted 120\u2009000 people.', 'count', [120000]],
    ['They counted 120\u202f000 people.', 'count', [120000]],
    ['They counted 120000 people.', 'count', [120000]],
    ['It grew 1,234.5 units.', 'count', [1234.5]],
    ['They counted 1.234.567 people.', 'count', [1234567]],
    // No grouped figure starts with a group of zero: "0.037" had been read as 37 too.
    ['The risk was 0.037 per cent.', 'percent', [0.037]],
    ['They counted 120 thousand people.', 'count', [120000]],
    ['They counted 120k people.', 'count', [120000]],
    ['They counted 1.2 million people.', 'count', [1200000]],
    ['They counted 1.2m people.', 'count', [1200000]],
    ['It cost $4.5bn last year.', 'money', [4.5e9], 'USD'],
    ['It cost £300m last year.', 'money', [3e8], 'GBP'],
    ['It cost €46.5 million last year.', 'money', [46.5e6], 'EUR'],
    ['They spent 46.5 million euros.', 'money', [46.5e6], 'EUR'],
    // Currencies told by name after the amount: local ones, and dollars of a country.
    ['The fund made 231.6 billion crowns.', 'money', [231.6e9], 'XCROWN'],
    ['A grant of 1 crown was paid.', 'money', [1], 'XCROWN'],
    ['It cost 500 krone.', 'money', [500], 'NOK'],
    ['It cost 20 korun.', 'money', [20], 'CZK'],
    ['It pledged 4.8 million Canadian dollars.', 'money', [4.8e6], 'CAD'],
    ['It pledged 3 Australian dollars.', 'money', [3], 'AUD'],
    ['The dividend was 21.5p a share.', 'money', [21.5], 'GBX'],
    ['Shares closed at 1,486 pence.', 'money', [1486], 'GBX'],
    // Joined as an adjective: was a count, compared with no sum.
    ['It leaves a 54-pence gap on every meal.', 'money', [54], 'GBX'],
    ['The 20-cent levy cut bag use.', 'money', [20], 'XCENT'],
    ['Each visitor pays a 5-euro fee.', 'money', [5], 'EUR'],
    // A weight, perhaps: no sum. Before a noun of money, a sum: were counts.
    ['They roasted a 10-pound turkey.', 'count', [10]],
    ['A 650,000-pound loan from the council paid the rest.', 'money', [650000], 'GBP'],
    ['It came from a 1.2 billion-pound contingency fund.', 'money', [1200000000], 'GBP'],
    // Percentage points: a difference of shares, not a share (a percent all the same).
    ['Support rose 13 percentage points.', 'percent', [13]],
    // A rank: "No. 1" was a count, flagged against a player's "top 10".
    ['He beat the world No. 1, Aurelio Brandt.', 'ordinal', [1]],
    ['Brandt stays at No 1 in the rankings.', 'ordinal', [1]],
    // A place in a sequence: "day three" was a count, flagged against a source's two of something.
    ['The shop ran out of bread on day three.', 'ordinal', [3]],
    ['She won in round 2.', 'ordinal', [2]],
    // "35 euro" was 35 euros, flagged against a dividend of €0.35.
    ['It kept its dividend of 35 euro cents a share.', 'money', [35], 'EUX'],
    ['It kept its dividend of 35 cents a share.', 'money', [35], 'XCENT'],
    ['It kept its dividend of 35 US cents a share.', 'money', [35], 'USX'],
    ['Turnout was 15%.', 'percent', [15]],
    ['Turnout was 15 per cent.', 'percent', [15]],
    ['Turnout was 15 percent.', 'percent', [15]],
    ['Turnout was 67.4 %.', 'percent', [67.4]],
    ['She finished 14th.', 'ordinal', [14]],
    // Spelled out, from "second": "the eighth consecutive rise" against the source's ninth was never read.
    ['It is the eighth consecutive annual rise.', 'ordinal', [8]],
    ['She won for the second time.', 'ordinal', [2]],
    ['They counted one hundred and twenty thousand people.', 'count', [120000]],
    ['Three other parties failed.', 'count', [3]],
    ['They won twenty-one seats.', 'count', [21]],
  ];
  for (const [text, kind, values, currency] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const v = value(text);
      assert.strictEqual(v.kind, kind);
      assert.deepStrictEqual(v.values, values);
      if (currency) assert.strictEqual(v.currency, currency);
    });
  }

  it('reads a fraction in words as a rough share, not as an ordinal', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.number?.values, m.qualifier?.kind]);
    assert.deepStrictEqual(read('Smoke covered about a fifth of the town, and one-third of its schools closed.'), [
      ['percent', 'a fifth', [20], 'approx'],
      ['percent', 'one-third', [100 / 3], undefined],
    ]);
    assert.deepStrictEqual(mentionsOf('He won for a third time.').map((m) => [m.kind, m.number?.values]), [['ordinal', [3]]]);
    // A fraction more than a figure is no rank (was "fifth" -> "third", the source's "third quarter"),
    // nor a share, whose whole may be a sentence away, but a change, as "20 per cent more than" is.
    const fifthMore = mentionsOf('Passengers rose to 9.6 million, nearly a fifth more than in 2023.');
    assert.deepStrictEqual(fifthMore.map((m) => [m.kind, m.text, m.number?.change]), [['count', '9.6 million', undefined], ['percent', 'a fifth', true], ['year', '2023', undefined]]);
    const facts = [sourceFrom('---\ndate: 2025-03-10\n---\nAbout 21 per cent of the 4,300 residents left their homes.\n')];
    const verdicts = (draft: string) => checkDocument(draft, 'markdown', new FactIndex(facts)).findings.map((f) => [draft.slice(f.claim.start, f.claim.end), f.verdict]);
    assert.deepStrictEqual(verdicts('About a fifth of the 4,300 residents left their homes.'), [['a fifth', 'verified'], ['4,300', 'verified']]);
    // Quarters and fractions of more than one part; after "by", a change of that share, when its clause ends or says when.
    assert.deepStrictEqual(read('A quarter of homes and two-thirds of schools lost power; three quarters of roads shut.'), [
      ['percent', 'A quarter', [25], undefined],
      ['percent', 'two-thirds', [200 / 3], undefined],
      ['percent', 'three quarters', [75], undefined],
    ]);
    assert.deepStrictEqual(read('It will fall short by more than a fifth. Profit fell by about a third in 2024.'), [
      ['percent', 'a fifth', [20], 'above'],
      ['percent', 'a third', [100 / 3], 'approx'],
      ['year', '2024', [2024], undefined],
    ]);
    // "a third party" is no share, "a quarter of an hour" no share either, but a length.
    assert.deepStrictEqual(read('Data was sold by a third party within a quarter of an hour.').map((m) => m[0]), ['ordinal', 'duration']);
    // Set off by ", or" after another figure, its clause ending there, it is one; not "for a third time".
    assert.deepStrictEqual(read('The bill ran €148m over, or almost a third.'), [
      ['money', '€148m', [148e6], undefined],
      ['percent', 'a third', [100 / 3], 'nearly'],
    ]);
    assert.deepStrictEqual(read('He won €148m, or won for a third time.').map((m) => m[0]), ['money', 'ordinal']);
    // Before "off", a cut of that share.
    assert.deepStrictEqual(read('She then took a third off for the guilty plea.'), [['percent', 'a third', [100 / 3], undefined]]);
    assert.ok(mentionsOf('She then took a third off for the guilty plea.')[0].number?.change);
    // Before a comparison, a change of that share, as "25 per cent more than" is.
    for (const told of ['a quarter more than last year\'s 118', 'a fifth fewer than in 2024', 'two-thirds higher', 'a third cheaper than before']) {
      const fraction = mentionsOf(`The rally drew 142 cars, ${told}.`)[1];
      assert.ok(fraction.kind === 'percent' && fraction.number?.change, told);
    }
    // Hedged as an amount, a fraction is a share of a whole its sentence leaves unsaid; unhedged, or a length or part of a number, none.
    assert.deepStrictEqual(read('In a poll of 212 firms, more than half feared losses. More than a quarter goes to rail; fewer than half voted.'), [
      ['count', '212', [212], undefined],
      ['percent', 'half', [50], 'above'],
      ['percent', 'a quarter', [25], 'above'],
      ['percent', 'half', [50], 'below'],
    ]);
    assert.deepStrictEqual(read('A quarter goes to rail. It took nearly half an hour, over a quarter century after almost half a million fled.').map((m) => m[1]), ['half an hour', 'half a million']);
    assert.deepStrictEqual(read('It cost less than half that. Wheat is more than a quarter above the level of January.').map((m) => m[1]), ['January']);
    // A part of a whole whose size follows is a share of it, as a part of "the" whole is; a part of
    // a number is that much of it, not the number.
    assert.deepStrictEqual(read('The cuts hit 1,240 posts, more than a fifth of a workforce of around 6,700.'), [
      ['count', '1,240', [1240], undefined],
      ['percent', 'a fifth', [20], 'above'],
      ['count', '6,700', [6700], 'approx'],
    ]);
    assert.deepStrictEqual(read('About a quarter of a million fled, three-quarters of a million stayed.'), [
      ['count', 'a quarter of a million', [250000], 'approx'],
      ['count', 'three-quarters of a million', [750000], undefined],
    ]);
    const exodus = [sourceFrom('---\ndate: 2025-03-25\n---\nAbout 320,000 people fled the region, officials said.\n')];
    assert.deepStrictEqual(mismatchesIn('About a quarter of a million people fled the region.', exodus), [['a quarter of a million', '320,000']]);
  });

  it('reads a figure whose hyphen hangs as what the next figure is, and no term of a colon ratio', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.number?.values[0] ?? m.duration?.amount, m.duration?.unit]);
    // "10- to 15-minute": a range of lengths, as "10 to 15 minutes" is.
    assert.deepStrictEqual(read('Passengers face 10- to 15-minute delays.'), [
      ['duration', '10', 10, 'minute'],
      ['duration', '15-minute', 15, 'minute'],
    ]);
    // "1- and 2-year-olds": two ages sharing one frame, the first of which was held to the source's
    // "two" as a miscopy; the last is read, as "2-year-olds" alone is.
    assert.deepStrictEqual(read('Rooms for 1- and 2-year-olds get more staff.'), [['count', '2', 2, undefined]]);
    // "1:6", "1:5": staff to children, not the counts 1, 6 and 5; a clock's time is read as one.
    assert.deepStrictEqual(read('Ratios tighten from 1:6 to 1:5 in 2027.'), [['year', '2027', 2027, undefined]]);
    assert.deepStrictEqual(mentionsOf('The train left at 10:30.').map((m) => m.kind), ['time']);
  });

  it('reads "one in four" as a quarter, chosen over one in three and one in five, which it does not cover', () => {
    const [quarter] = mentionsOf('One in four small providers could close.');
    assert.deepStrictEqual([quarter.kind, quarter.number!.values[0]], ['percent', 25]);
    const [low, high] = quarter.number!.vague!;
    assert.ok(low > 20 && high < 100 / 3, `${low}-${high}`);
    // "three in 10" is rounded in its part: 27% is three in 10.
    const [tenths] = mentionsOf('Three in 10 stores closed.');
    assert.ok(tenths.number!.vague![0] <= 27, String(tenths.number!.vague));
  });

  it('marks a percentage told as a change, and no other', () => {
    const changes = (text: string) => mentionsOf(text).filter((m) => m.number?.change).map((m) => m.text);
    assert.deepStrictEqual(changes('Almost 61 per cent came by rail, up seven per cent from 54 per cent; a rise of 1.3 per cent; a 5 percent jump; 7 percent higher.'), ['seven per cent', '1.3 per cent', '5 percent', '7 percent']);
    assert.deepStrictEqual(changes('Labour won 35%, the Tories 25% and the Liberals 10%; it will rise to 43 percent.'), []);
    // A share something makes or takes up is none; a price that ended up is.
    assert.deepStrictEqual(changes('Lorries make up 17.4 per cent of traffic and took up 30% of the road budget; shares ended up 5 per cent.'), ['5 per cent']);
  });

  it('reads "a week", "an hour" as a length after a hedge or a word of length, not as a rate or a phrase', () => {
    const lengths = (text: string) => mentionsOf(text).map((m) => [m.text, m.duration?.amount, m.duration?.unit, m.qualifier?.kind]);
    assert.deepStrictEqual(lengths('Results are due within a fortnight. The target slipped by a year. Two care homes needed more than an hour.'), [
      ['a fortnight', 2, 'week', undefined],
      ['a year', 1, 'year', undefined],
      ['Two', undefined, undefined, undefined],
      ['an hour', 1, 'hour', 'above'],
    ]);
    // Rates and phrases; a length with its half after its unit is read whole, as one with its half before it is.
    assert.deepStrictEqual(lengths('He trains twice a week, in a week when fees rose, and will serve for a year and a half.'), [['a year and a half', 1.5, 'year', undefined]]);
    assert.deepStrictEqual(
      mentionsOf('The fire burned for more than a day and a half. An hour and a half later it flared, a fortnight and a half ago.').map((m) => [m.text, m.duration?.amount, m.duration?.unit, m.duration?.relation, m.qualifier?.kind]),
      [
        ['a day and a half', 1.5, 'day', undefined, 'above'],
        ['An hour and a half', 1.5, 'hour', 'later', undefined],
        ['a fortnight and a half', 3, 'week', 'ago', undefined],
      ],
    );
    // A quarter likewise, and a length told as a delay (was none: "an hour" alone, or not read at all).
    assert.deepStrictEqual(lengths('The gala started an hour and a quarter late, and the report is a week overdue.'), [
      ['an hour and a quarter', 1.25, 'hour', undefined],
      ['a week', 1, 'week', undefined],
    ]);
    const fire = [sourceFrom('---\ndate: 2025-03-25\n---\nThe tanker fire burned for nearly 31 hours before crews put it out.\n')];
    assert.deepStrictEqual(mismatchesIn('The tanker fire burned for more than a day and a half before crews put it out.', fire), [['more than a day and a half', 'nearly 31 hours']]);
    // A part of one unit: "a quarter of an hour later" was an hour later, and "three-quarters of an hour" 75 per cent.
    assert.deepStrictEqual(lengths('The search began a quarter of an hour later, within three-quarters of an hour, and ran for most of a day.'), [
      ['a quarter of an hour', 0.25, 'hour', undefined],
      ['three-quarters of an hour', 0.75, 'hour', undefined],
    ]);
    assert.deepStrictEqual(lengths('He won by three tenths of a second on a third of a loaf.'), [['three tenths of a second', 0.3, 'second', undefined]]);
    const search = [sourceFrom('---\ndate: 2025-03-25\n---\nThe coastguard launched its search 33 minutes after the collision, officials said.\n')];
    assert.deepStrictEqual(mismatchesIn('The coastguard launched its search a quarter of an hour after the collision, officials said.', search), [['a quarter of an hour', '33 minutes']]);
    // "One" with its fraction before the unit, as "nine and a half days" was read.
    assert.deepStrictEqual(lengths('The meeting took one and a half hours.'), [['one and a half hours', 1.5, 'hour', undefined]]);
    const facts = [sourceFrom('---\ndate: 2025-03-25\n---\nDrug test results are expected within three weeks, officials said.\n')];
    assert.deepStrictEqual(mismatchesIn('Drug test results are due within a fortnight, officials said.', facts), [['a fortnight', 'three weeks']]);
    assert.deepStrictEqual(mismatchesIn('Drug test results are due within 21 days, officials said.', facts), []);
    // "a further fortnight" is a length wherever it stands, "another week" where a length is told.
    assert.deepStrictEqual(lengths('Schools stay shut until 31 March, a further fortnight, and the pool for another week; they met another day.'), [
      ['31 March', undefined, undefined, undefined],
      ['a further fortnight', 2, 'week', undefined],
      ['another week', 1, 'week', undefined],
    ]);
    const closure = [sourceFrom('---\ndate: 2025-03-25\n---\nHedby Primary will now stay shut until Monday 31 March, a further week, the council said.\n')];
    assert.deepStrictEqual(mismatchesIn('Hedby Primary will now stay shut until Monday 31 March, a further fortnight.', closure), [['a further fortnight', 'a further week']]);
  });

  it('reads one unit of a measure written with its article as a figure where a hedge tells it', () => {
    const measures = (text: string) => mentionsOf(text).map((m) => [m.text, m.number?.values[0], m.number?.unit, m.qualifier?.kind]);
    assert.deepStrictEqual(measures('The path was nearly a mile wide; they live a mile away and it weighs about a tonne.'), [
      ['a mile', 1, 'mi', 'nearly'],
      ['a tonne', 1, 't', 'approx'],
    ]);
    const queue = [sourceFrom('---\ndate: 2025-03-25\n---\nThe queue of lorries stretched for about 2.5 kilometres on the A40, police said.\n')];
    assert.deepStrictEqual(mismatchesIn('The queue of lorries stretched for about a kilometre on the A40.', queue), [['a kilometre', '2.5 kilometres']]);
  });

  it('marks the level a change goes to, and not the one it is from, a range\'s end or an upper bound', () => {
    const reached = (text: string) => mentionsOf(text).filter((m) => m.number?.reached).map((m) => m.text);
    assert.deepStrictEqual(reached("The standing charge rises to 54.30p. It drops the rocket's success rate to 96.2 percent."), ['54.30p', '96.2 percent']);
    assert.deepStrictEqual(reached('Sales rose 5.2% to 96,000, cutting the rate from 9.6 per cent to 8.1 per cent.'), ['96,000', '8.1 per cent']);
    assert.deepStrictEqual(reached('Prices range from €12 to €18; up to 40% were sold, 25 to 30 people came and 12 went to 14 shops.'), []);
  });

  it('reads "half of" as a share of 45-55%, and not "the first half of"', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.number?.values, m.qualifier?.kind]);
    assert.deepStrictEqual(read('Nearly half of all houses were destroyed, more than in the first half of the decade.'), [['percent', 'half', [50], 'nearly']]);
    // Was flagged against the 41% of another sentence: the source's "nearly half" was no figure.
    const facts = [sourceFrom('---\ndate: 2025-03-25\n---\nIn Hollis Fork, nearly half of all houses were destroyed, the mayor said.\n\nAbout 41% of the cooperative\'s members lost power.\n')];
    assert.deepStrictEqual(mismatchesIn('Hollis Fork lost nearly 50% of its houses, the mayor said.', facts), []);
    assert.deepStrictEqual(mismatchesIn('Hollis Fork lost nearly 30% of its houses, the mayor said.', facts), [['30%', '50%']]);
  });

  it('reads "half a million", "half an hour" as half the article\'s figure, and "half a loaf" as no figure', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.number?.values ?? m.duration?.amount, m.number?.unit ?? m.duration?.unit]);
    // "half a million" had been read as "a million", a figure twice its size.
    assert.deepStrictEqual(read('About half a million people fled.'), [['count', 'half a million', [500000], undefined]]);
    assert.deepStrictEqual(read('It cost half a billion dollars and bought half a dozen boats.'), [
      ['money', 'half a billion dollars', [5e8], undefined],
      ['count', 'half a dozen', [6], undefined],
    ]);
    assert.deepStrictEqual(read('The talks were adjourned for half an hour, and the rate rose by half a percentage point.'), [
      ['duration', 'half an hour', 0.5, 'hour'],
      ['percent', 'half a percentage point', [0.5], 'pp'],
    ]);
    assert.deepStrictEqual(read('Half a loaf is better than none.'), []);
    // Not "day after", a day later, as the days told relatively are read.
    assert.deepStrictEqual(read('The drill ended half a day after the alarm sounded.'), [['duration', 'half a day', 0.5, 'day']]);
    // A half is fixed in digits, not words.
    const fled = [sourceFrom('---\ndate: 2025-03-25\n---\nSome 800,000 people fled the fighting in the region last year.\n')];
    assert.deepStrictEqual(mismatchesIn('About half a million people fled the fighting in the region last year.', fled), [['half a million', '800,000']]);
  });

  it('reads "second" after "a" or "per" as the unit of time, and "first" as a word', () => {
    assert.deepStrictEqual(mentionsOf('A second later, the first car crossed at 30 metres per second.').map((m) => [m.kind, m.text]), [['duration', 'A second'], ['count', '30 metres per second']]);
  });

  it('keeps both readings of "120.000" (European grouping or three decimals)', () => {
    assert.deepStrictEqual(value('They counted 120.000 people.').values, [120000, 120]);
  });

  it('reads a length in feet and inches as one length in feet, and feet beside other inches apart', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.text, m.number?.values[0], m.number?.unit]);
    assert.deepStrictEqual(read('He cleared 6.27 meters (20 feet, 7 inches).'), [['6.27 meters', 6.27, 'm'], ['20 feet, 7 inches', 20 + 7 / 12, 'ft']]);
    assert.deepStrictEqual(read('He is 6 feet 2 inches tall.'), [['6 feet 2 inches', 6 + 2 / 12, 'ft']]);
    assert.deepStrictEqual(read('A wall 20 feet high and 7 inches thick.'), [['20 feet', 20, 'ft'], ['7 inches', 7, 'in']]);
  });

  it('reads a figure in words as round as the same figure in digits, to its spelled scale', () => {
    const read = (text: string) => {
      const m = onlyMention(text);
      return [m.text, m.number?.values[0], m.number?.precision, m.numberStyle?.scaleText];
    };
    assert.deepStrictEqual(read('The plant has built six million cars.'), ['six million', 6e6, 1e6, ' million']);
    assert.deepStrictEqual(read('The state paid twenty-five million euros.'), ['twenty-five million euros', 25e6, 1e6, ' million']);
    assert.deepStrictEqual(read('Some three hundred thousand people came.'), ['three hundred thousand', 3e5, 1e4, '']);
    assert.deepStrictEqual(read('The council has twenty-four members.'), ['twenty-four', 24, 1, '']);
    // A scale word inside the figure, or after an article, is no scale it is written to.
    assert.deepStrictEqual(read('Two million three hundred thousand came.'), ['Two million three hundred thousand', 2.3e6, 1e5, '']);
    assert.deepStrictEqual(read('They sold a million copies.'), ['a million', 1e6, 1e5, '']);
    // Read exact, "some two million" had been a slip of the source's "more than 6 million" beside its 2.3 million.
    const cars = [sourceFrom('---\ndate: 2025-03-25\n---\nThe plant has built more than 6 million cars since 1974, and 2.3 million since 2010.\n')];
    assert.deepStrictEqual(mismatchesIn('The plant has built some two million cars since 2010.', cars), []);
  });

  it('reads a unit of two words joined as one adjective', () => {
    assert.deepStrictEqual(mentionsOf('It opened a 129,000-square-foot hall.').map((m) => [m.text, m.number?.unit]), [['129,000-square-foot', 'ft2']]);
  });

  it('reads a sprint distance as metres, not millions', () => {
    assert.strictEqual(mentionsOf('She ran the 300m sprint.')[0].number!.values[0], 300);
    // A race's distance in sport copy.
    assert.strictEqual(mentionsOf('Reinholt took his fourth straight 1,500m title.')[1].number!.values[0], 1500);
    assert.strictEqual(mentionsOf('She won the 200m freestyle and the 400m medley.')[1].number!.values[0], 400);
  });

  it('reads "two in five" as a rough share, not two counts, and "12 in 20 matches" as counts', () => {
    const share = onlyMention('Almost two in five households have one member.');
    assert.deepStrictEqual([share.kind, share.text, share.number?.values, share.number?.vague, share.qualifier?.kind], ['percent', 'two in five', [40], [30, 50], 'nearly']);
    assert.deepStrictEqual(mentionsOf('One in four of us, 1 out of 10 voters.').map((m) => [m.text, m.number?.values[0]]), [['One in four', 25], ['1 out of 10', 10]]);
    // Was a count, "five", fixed to another count of the source.
    assert.deepStrictEqual(mentionsOf('Two in every five call-outs came after dark.').map((m) => [m.kind, m.text, m.number?.values[0]]), [['percent', 'Two in every five', 40]]);
    assert.deepStrictEqual(mentionsOf('They won 12 in 20 matches in 2024.').map((m) => [m.kind, m.text]), [['count', '12'], ['count', '20'], ['year', '2024']]);
  });

  it('reads "one boat in ten" as a share, naming what it counts, but not two figures of another kind', () => {
    assert.deepStrictEqual(mentionsOf('Roughly one boat in ten will go, and one household in five.').map((m) => [m.kind, m.text, m.number?.values[0], m.qualifier?.kind]), [
      ['percent', 'one boat in ten', 10, 'approx'],
      ['percent', 'one household in five', 20, undefined],
    ]);
    // Only "one" names what it counts, and never as a scale or unit: these are two figures each.
    assert.deepStrictEqual(mentionsOf('Two goals in 20 matches; one million in 12 towns.').map((m) => [m.kind, m.text]), [['count', 'Two'], ['count', '20'], ['count', 'one million'], ['count', '12']]);
    // Held to the source's share as "one in ten" is.
    const scrapped = [sourceFrom('---\ndate: 2025-12-12\n---\nAbout 2,310 vessels hold herring licences. A €48 million scheme will pay to scrap up to 150 of them, roughly one in 15.\n')];
    assert.deepStrictEqual(mismatchesIn('A €48 million scheme will pay to scrap up to 150 of them, roughly one boat in ten.', scrapped), [['one boat in ten', 'one in 15']]);
    assert.deepStrictEqual(mismatchesIn('A €48 million scheme will pay to scrap up to 150 of them, roughly one boat in 15.', scrapped), []);
  });

  it('reads a season or financial year ("2024-25", "1979/80") as one year of two, and no count', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.number?.values]);
    assert.deepStrictEqual(read('Crime fell in 2024-25, the lowest since the 1979/80 season and 1999–00.'), [
      ['year', '2024-25', [2024, 2025]],
      ['year', '1979/80', [1979, 1980]],
      ['year', '1999–00', [1999, 2000]],
    ]);
    // Not the next year's last digits: a year and a figure; an ISO date stays a date.
    assert.deepStrictEqual(read('Between 2024-26 it rose.'), [['year', '2024', [2024]], ['count', '26', [26]]]);
    assert.deepStrictEqual(read('It opened on 2024-05-25.').map((m) => m[0]), ['date']);
  });

  it('reads a race time and seconds as durations, and a clock time\'s minutes as no figure of their own', () => {
    const durations = mentionsOf('Kipkemboi won in 2:05:18, 41 seconds ahead, in 02:06:01 for Tola.').map((m) => [m.kind, m.text, m.duration?.amount, m.duration?.unit]);
    assert.deepStrictEqual(durations, [
      ['duration', '2:05:18', 7518, 'second'],
      ['duration', '41 seconds', 41, 'second'],
      ['duration', '02:06:01', 7561, 'second'],
    ]);
    assert.deepStrictEqual(mentionsOf('- 02:05 — the search began.').map((m) => [m.kind, m.text]), [['time', '02:05']]);
    // Minutes and seconds with their hundredths, which no time of day has, and a tenth after hours.
    assert.deepStrictEqual(mentionsOf('Varga swam 1:55.83, Kovel 1:55.47 at 9:30 p.m., the marathon 2:05:18.4.').map((m) => [m.kind, m.text, m.duration?.amount]), [
      ['duration', '1:55.83', 115.83],
      ['duration', '1:55.47', 115.47],
      ['time', '9:30 p.m.', undefined],
      ['duration', '2:05:18.4', 7518.4],
    ]);
  });

  it('reads the first figure of a range as what the last one writes once after it', () => {
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text, m.number?.values[0] ?? m.duration?.amount, m.number?.unit ?? m.duration?.unit]);
    assert.deepStrictEqual(read('It could continue for four to six weeks, or 4-6 weeks.'), [
      ['duration', 'four', 4, 'week'],
      ['duration', 'six weeks', 6, 'week'],
      ['duration', '4', 4, 'week'],
      ['duration', '6 weeks', 6, 'week'],
    ]);
    // So does a part of the length after it; not a count of other things, nor one as large as the whole.
    assert.deepStrictEqual(read('Vessels caused nine of the 14 months of delay; 40 of the 12 months; 3 of the 14 ships; 14 of the first 16 days.'), [
      ['duration', 'nine', 9, 'month'],
      ['duration', '14 months', 14, 'month'],
      ['count', '40', 40, undefined],
      ['duration', '12 months', 12, 'month'],
      ['count', '3', 3, undefined],
      ['count', '14', 14, undefined],
      ['duration', '14', 14, 'day'],
      ['duration', '16 days', 16, 'day'],
    ]);
    assert.deepStrictEqual(read('Between 40 and 60 per cent of 10-12 km were estimated at $45 to $65m, between 200 and 300 million.'), [
      ['percent', '40', 40, undefined],
      ['percent', '60 per cent', 60, undefined],
      ['count', '10', 10, 'km'],
      ['count', '12 km', 12, 'km'],
      ['money', '$45', 45e6, undefined],
      ['money', '$65m', 65e6, undefined],
      ['count', '200', 200e6, undefined],
      ['count', '300 million', 300e6, undefined],
    ]);
    // The currency written once before the range: "$18–26bn" is $18bn to $26bn.
    assert.deepStrictEqual(mentionsOf('Insured losses: $18–26bn.').map((m) => [m.kind, m.text, m.number?.values[0], m.number?.currency]), [
      ['money', '$18', 18e9, 'USD'],
      ['money', '26bn', 26e9, 'USD'],
    ]);
    // A first figure that writes its own size is no end of a range: it was €300 billion.
    assert.deepStrictEqual(mentionsOf('The city cut its subsidy by €300,000 to €1.2 million, and by 40,000 euros to 2.5 million euros.').map((m) => [m.text, m.number?.values[0]]), [
      ['€300,000', 300e3],
      ['€1.2 million', 1.2e6],
      ['40,000 euros', 40e3],
      ['2.5 million euros', 2.5e6],
    ]);
    // A level's unit is the earlier figure's after "from", but not the unit of a figure that names its own things.
    assert.deepStrictEqual(read('Waits fell to six and a half days from eleven; inflation rose to 4.5 per cent, up from 3.9 a year earlier.'), [
      ['duration', 'six and a half days', 6.5, 'day'],
      ['duration', 'eleven', 11, 'day'],
      ['percent', '4.5 per cent', 4.5, undefined],
      ['percent', '3.9', 3.9, undefined],
      ['duration', 'a year', 1, 'year'],
    ]);
    assert.deepStrictEqual(read('The share rose to 45%, up from 38 members. Attendance rose 9.4 percent from 1,648,300.').map((m) => m.slice(0, 2)), [
      ['percent', '45%'],
      ['count', '38'],
      ['percent', '9.4 percent'],
      ['count', '1,648,300'],
    ]);
    // A sum after "from" that writes the scale of the sum before it, but no currency, is in that one's currency.
    assert.deepStrictEqual(read('The bill has grown to 318 million euros from 245 million, and to 40 million homes from 35 million.').map((m) => m.slice(0, 3)), [
      ['money', '318 million euros', 318e6],
      ['money', '245 million', 245e6],
      ['count', '40 million', 40e6],
      ['count', '35 million', 35e6],
    ]);
    // The level reached after "from … to" that writes no unit or currency is in the unit of the level it is from.
    assert.deepStrictEqual(read('Sales fell from 1.12 billion litres to 957 million, while costs rose from £4.2m to 3.9m. Games rose from 12 to 15.').map((m) => m.slice(0, 4)), [
      ['count', '1.12 billion litres', 1.12e9, 'l'],
      ['count', '957 million', 957e6, 'l'],
      ['money', '£4.2m', 4.2e6, undefined],
      ['money', '3.9m', 3.9e6, undefined],
      ['count', '12', 12, undefined],
      ['count', '15', 15, undefined],
    ]);
    // The level a change in a length reached, after "by … to", is a length in its unit; a count's stays a count.
    assert.deepStrictEqual(read('He lowered the record by 0.03 seconds to 59.84. Prices rose by 5 to 40.').map((m) => m.slice(0, 4)), [
      ['duration', '0.03 seconds', 0.03, 'second'],
      ['duration', '59.84', 59.84, 'second'],
      ['count', '5', 5, undefined],
      ['count', '40', 40, undefined],
    ]);
    // A range after "from" is read as a range.
    assert.deepStrictEqual(read('Guidance was trimmed to €9.3–9.5bn from €9.6–9.9bn.').map((m) => m.slice(0, 3)), [
      ['money', '€9.3', 9.3e9],
      ['money', '9.5bn', 9.5e9],
      ['money', '€9.6', 9.6e9],
      ['money', '9.9bn', 9.9e9],
    ]);
    // Figures joined by "and" without "between" are two; a count after a count carries nothing.
    assert.deepStrictEqual(read('They scored 3 and 4 per cent, from 10 to 12 people.').map((m) => m.slice(0, 2)), [
      ['count', '3'],
      ['percent', '4 per cent'],
      ['count', '10'],
      ['count', '12'],
    ]);
  });

  it('keeps qualifiers as tolerance, outside the value span', () => {
    const cases: Array<[string, string]> = [
      ['Nearly 3,000 fled.', 'nearly'], ['About 3,000 fled.', 'approx'], ['Some 3,000 fled.', 'approx'],
      ['More than 3,000 fled.', 'above'], ['At least 3,000 fled.', 'atLeast'], ['Almost 3,000 fled.', 'nearly'],
      ['Fewer than 3,000 fled.', 'below'], ['Up to 3,000 fled.', 'atMost'], ['They said 3,000 or more fled.', 'atLeast'],
    ];
    for (const [text, qualifier] of cases) {
      const v = value(text);
      assert.strictEqual(v.qualifier, qualifier, text);
      assert.strictEqual(v.text, '3,000', text);
    }
  });

  it('reads a comparison whose clause opens with a negated subject and a modal as a bound from the other side', () => {
    const cases: Array<[string, string]> = [
      ['From next month none of them will be allowed to charge more than 3,000 a year.', 'atMost'],
      ['No household can receive more than 3,000 in support.', 'atMost'],
      ['No one would wait less than 3,000 hours.', 'atLeast'],
      // A negation of another clause, or none at all.
      ['He cannot give in to demands that would add more than 3,000 posts.', 'above'],
      ['More than 3,000 people came, and no one was hurt.', 'above'],
    ];
    for (const [text, qualifier] of cases) assert.strictEqual(value(text).qualifier, qualifier, text);
  });

  it('finds every phrase of a qualifier, however it ends or is spelled', () => {
    const cases: Array<[string, string]> = [
      ['no fewer than', 'atLeast'], ['not less than', 'atLeast'], ['no more than', 'atMost'], ['not more than', 'atMost'], ['upwards of', 'above'], ['in excess of', 'above'], ['exceeding', 'above'],
      ['topped', 'above'], ['surpassed', 'above'], ['beyond', 'above'], ['a minimum of', 'atLeast'],
      // The top of an estimate ("as many as 2,300 workers at the peak"): was read as a least.
      ['as many as', 'atMost'], ['as much as', 'atMost'],
      ['under', 'below'], ['below', 'below'], ['at most', 'atMost'], ['a maximum of', 'atMost'], ['close to', 'nearly'],
      ['approaching', 'nearly'], ['around', 'approx'], ['approximately', 'approx'], ['approx.', 'approx'],
      ['roughly', 'approx'], ['circa', 'approx'], ['an estimated', 'approx'], ['~', 'approx'],
      ['≈', 'approx'], ['exactly', 'exact'], ['precisely', 'exact'], ['a total of', 'exact'], ['totalling', 'exact'], ['totaling', 'exact'],
      ['AS MANY AS', 'atMost'], ['\u017fome', 'approx'],
    ];
    for (const [phrase, qualifier] of cases) assert.strictEqual(value(`They counted ${phrase} 3,000 people.`).qualifier, qualifier, phrase);
    for (const text of ['They counted 3,000 people.', 'The seas count 3,000 people.', 'A whereabout 3,000 people.']) assert.strictEqual(value(text).qualifier, undefined, text);
  });

  it('reads "exceed" and "top" as verbs of a figure above, and either negated as at most; not "the top 10"', () => {
    // Were plain figures: "could exceed €60 million" agreed with no "could top €16 million", and a
    // headline's "visitors top 4.3 million" was taken for 4.36 million miscopied.
    const cases: Array<[string, string | undefined]> = [
      ['Losses could exceed €60 million.', 'above'], ['The bill exceeds €60 million.', 'above'], ['It may surpass €60 million.', 'above'],
      ['Visitors top 4.3 million', 'above'], ['Sales could top 4.3 million.', 'above'], ['It is expected to top 4.3 million.', 'above'],
      ['Costs must not exceed €60 million.', 'atMost'], ['Numbers will not top 4.3 million.', 'atMost'],
      ['It is among the top 10 clubs.', undefined], ['In its top 10 clubs.', undefined], ['This top 10 list.', undefined],
    ];
    for (const [text, qualifier] of cases) assert.strictEqual(value(text).qualifier, qualifier, text);
  });

  it('reads "over" a length as more than it only after a word of length, not as the span something happens across', () => {
    const over = (text: string) => mentionsOf(text).filter((m) => m.kind === 'duration').map((m) => [m.text, m.qualifier?.kind]);
    // A span: "£1.5 million over three years" was more than three years, and agreed with "over five years".
    assert.deepStrictEqual(over('The government promised £1.5 million over three years.'), [['three years', undefined]]);
    assert.deepStrictEqual(over('Bag use fell from 190 to 48 over five years.'), [['five years', undefined]]);
    assert.deepStrictEqual(over('Over five years, the council spent £2m.'), [['five years', undefined]]);
    // A bound.
    assert.deepStrictEqual(over('The project ran for over three years.'), [['three years', 'above']]);
    assert.deepStrictEqual(over('The repair took over an hour.'), [['an hour', 'above']]);
    assert.deepStrictEqual(over('It has been over three years since the fire.'), [['three years', 'above']]);
    assert.deepStrictEqual(over('It opened over three years ago.'), [['three years', 'above']]);
    assert.deepStrictEqual(over('The deadline is 11 April, over two weeks away.'), [['two weeks', 'above']]);
    assert.deepStrictEqual(over('It lasted more than three years.'), [['three years', 'above']]);
    assert.deepStrictEqual(over('Offers are due in a little over two weeks, just over a fortnight away.'), [
      ['two weeks', 'above'],
      ['a fortnight', 'above'],
    ]);
  });

  it('reads durations, with their relation and adjectival form', () => {
    const later = onlyMention('Just a day later, they left.');
    assert.deepStrictEqual(later.duration, { amount: 1, unit: 'day', relation: 'later', adjectival: false, standalone: true });
    // Later than what follows it, not than the time told before it.
    assert.deepStrictEqual(onlyMention('They left just a day after the vote.').duration, { amount: 1, unit: 'day', relation: 'later', adjectival: false });
    assert.deepStrictEqual(onlyMention('It was a 12-year high.').duration, { amount: 12, unit: 'year', relation: undefined, adjectival: true });
    assert.deepStrictEqual(onlyMention('He waited 48 hours.').duration, { amount: 48, unit: 'hour', relation: undefined, adjectival: false });
    // A run's word between the figure and its unit: a length, which a figure of days alone was not.
    assert.deepStrictEqual(onlyMention('It stayed above 18C for 11 consecutive days.').duration, { amount: 11, unit: 'day', relation: undefined, adjectival: false, run: 'consecutive ' });
    // A length added: was a count, "25 more" told as a difference. Added to another length, a difference of lengths.
    assert.deepStrictEqual(onlyMention('She sat on a siding for 25 more years.').duration, { amount: 25, unit: 'year', relation: undefined, adjectival: false, run: 'more ' });
    assert.deepStrictEqual(onlyMention('The union wants three more months on top of that.').duration, { amount: 3, unit: 'month', relation: undefined, adjectival: false, run: 'more ', difference: true });
    assert.deepStrictEqual(onlyMention('It took 3 more days than planned.').kind, 'count');
    assert.deepStrictEqual(mentionsOf('It was their second straight year of losses, after three straight defeats.').map((m) => m.kind), ['ordinal', 'count']);
    assert.deepStrictEqual(mentionsOf('- Stall: ~30 h; talks took 90 mins and 2 hrs.').map((m) => [m.text, m.duration?.amount, m.duration?.unit]), [
      ['30 h', 30, 'hour'],
      ['90 mins', 90, 'minute'],
      ['2 hrs', 2, 'hour'],
    ]);
    // A fraction after a whole number is the figure's: "1" of "1/2" was flagged as a figure of its own.
    assert.deepStrictEqual(
      mentionsOf('It took 5 1/2 seasons, a 2 1/2-hour show, about 1½ hours and nine and a half days; the 1/2 mark.').map((m) => [m.text, m.number?.values[0] ?? m.duration?.amount]),
      [
        ['5 1/2', 5.5],
        ['2 1/2-hour', 2.5],
        ['1½ hours', 1.5],
        ['nine and a half days', 9.5],
        ['1', 1],
        ['2', 2],
      ],
    );
    // Its figure is written in no fix (a duration's is written in words of its own).
    assert.strictEqual(onlyMention('It took 5 1/2 seasons.').numberStyle, undefined);
    // Run on, as sports copy writes them: were no figures at all, read as names.
    assert.deepStrictEqual(mentionsOf('Her last lap took 59.8sec; the match ran 90mins, the vigil 24hrs, in the 1990s.').map((m) => [m.text, m.duration?.amount, m.duration?.unit]), [
      ['59.8sec', 59.8, 'second'],
      ['90mins', 90, 'minute'],
      ['24hrs', 24, 'hour'],
    ]);
    // A length in two or three units is one: "nearly four hours" met "three hours" and "48 minutes" apart, and contradicted the second.
    assert.deepStrictEqual(mentionsOf('He needed three hours and 48 minutes; she took 1 minute 16 seconds, and the record is 2 hours, 4 minutes and 37 seconds.').map((m) => [m.text, m.duration?.amount, m.duration?.unit]), [
      ['three hours and 48 minutes', 228, 'minute'],
      ['1 minute 16 seconds', 76, 'second'],
      ['2 hours, 4 minutes and 37 seconds', 7477, 'second'],
    ]);
    // "An hour and 27 minutes" too: its "an hour" was no figure, and the 27 minutes were held to the source's 87.
    assert.deepStrictEqual(mentionsOf('It came down an hour and 27 minutes later, and an hour and 5 people left.').map((m) => [m.text, m.duration?.amount, m.duration?.unit]), [
      ['an hour and 27 minutes', 87, 'minute'],
      ['5', undefined, undefined],
    ]);
    assert.deepStrictEqual(mentionsOf('It lasted between 2 and 3 hours, then 90 minutes.').map((m) => m.text), ['2', '3 hours', '90 minutes']);
    // A length whose unit a clause without its verb leaves to the length before it: "five" had been a count.
    assert.deepStrictEqual(mentionsOf('Red cells keep for 35 days, platelets for only five. Red cells keep for 35 days, and 12 donors for five hours.').map((m) => [m.text, m.duration?.amount, m.duration?.unit]), [
      ['35 days', 35, 'day'],
      ['five', 5, 'day'],
      ['35 days', 35, 'day'],
      ['12', undefined, undefined],
      ['five hours', 5, 'hour'],
    ]);
    assert.strictEqual(mentionsOf('Fiona Lattimer, who has held the job for 11 years, says skippers have been ringing her for twenty.')[1].duration?.unit, 'year');
    const stocks = [sourceFrom('Red cells can be stored for 35 days, but platelets last only seven days, the blood service said.')];
    assert.deepStrictEqual(mismatchesIn('Red cells can be stored for 35 days, platelets for only five, the blood service said.', stocks), [['five', 'seven']]);
    // The smaller unit left unwritten at the clause's end: "1 hour 35" had been "1 hour" and a count of 35.
    assert.deepStrictEqual(mentionsOf('It falls from 1 hour 50 minutes to 1 hour 35, saving 15 minutes; 2 hours 10 people waited.').map((m) => [m.text, m.duration?.amount, m.duration?.unit]), [
      ['1 hour 50 minutes', 110, 'minute'],
      ['1 hour 35', 95, 'minute'],
      ['15 minutes', 15, 'minute'],
      ['2 hours', 2, 'hour'],
      ['10', undefined, undefined],
    ]);
    assert.strictEqual(onlyMention('They left two days later.').text, 'two days');
    assert.strictEqual(onlyMention('It fell two days after the vote.').duration?.relation, 'later');
    // A time to come told from the day of writing: was a length, which the source's "another ten days" contradicted.
    assert.strictEqual(onlyMention('The drones fly until then, nearly a fortnight from now.').duration?.relation, 'later');
    assert.deepStrictEqual(mismatchesIn('Crews will watch the moss until 6 June, nearly a fortnight from now.', [sourceFrom('Crews will stay on the moss for at least another ten days.')]), []);
    // Was a length, which a source's "over five days" contradicted.
    assert.strictEqual(onlyMention('It opened in Seoul two days ahead of the US.').duration?.relation, 'earlier');
    // An age after "aged", alone or as a range of ages, is a count, as "14 years old" is.
    const read = (text: string) => mentionsOf(text).map((m) => [m.kind, m.text]);
    assert.deepStrictEqual(read('It reached children aged between nine months and 14 years.'), [['duration', 'nine months'], ['count', '14']]);
    assert.deepStrictEqual(read('It reached children between nine months and 14 years old.'), [['duration', 'nine months'], ['count', '14']]);
    assert.deepStrictEqual(read('The man, aged 23, had served for 5 years.'), [['count', '23'], ['duration', '5 years']]);
    // In the plural too: "two-year-olds" was a length of two years, which a source's "nine months" contradicted.
    assert.deepStrictEqual(read('Free hours go to two-year-olds, then 18-year-olds.'), [['count', 'two'], ['count', '18']]);
    // A length, though "before" follows it: "for" says so.
    assert.strictEqual(onlyMention('The jury deliberated for five days before convicting him.').duration?.relation, undefined);
    assert.strictEqual(onlyMention('Savers queued for nearly four hours before the doors opened.').duration?.relation, undefined);
    // So does a wait: the ships waited 6.5 days, not until 6.5 days before berthing.
    assert.strictEqual(onlyMention('Ships waited an average of 6.5 days before berthing.').duration?.relation, undefined);
    assert.strictEqual(onlyMention('Six days before berthing, the ships were held.').duration?.relation, 'earlier');
    // "in" opens a length too: "after" then opens the clause's time ("after a six-hour meeting").
    assert.strictEqual(onlyMention('The council raised the rate for the first time in eight years after the vote.').duration?.relation, undefined);
    const budget = [sourceFrom('---\ndate: 2025-03-25\n---\nThe council voted 7-4 to raise the property-tax rate for the first time in nine years at the end of a marathon meeting.\n')];
    assert.deepStrictEqual(mismatchesIn('The council raised the property-tax rate for the first time in eight years after a marathon meeting.', budget), [['eight years', 'nine years']]);
  });

  it('reads a length told in two units after "lasted" as a length, not a time after another', () => {
    assert.strictEqual(onlyMention('The final lasted 5 hours and 24 minutes after the opening.').duration?.relation, undefined);
    assert.strictEqual(onlyMention('Help came 2 hours and 10 minutes after the crash.').duration?.relation, 'later');
  });

  it('reads years and vague amounts', () => {
    assert.strictEqual(onlyMention('It has not been this high since 2008.').kind, 'year');
    assert.deepStrictEqual(onlyMention('Thousands of people left.').number?.vague, [2000, 1e6]);
    assert.deepStrictEqual(onlyMention('Scores of people left.').number?.vague, [40, 200]);
    // A score is no score of things: "It scores 40 points" was an amount of 40 to 200 beside the 40.
    assert.deepStrictEqual(mentionsOf('It scores 40 points, and average scores rose.').map((m) => m.text), ['40']);
  });

  it('ignores identifiers, times and lone "one"', () => {
    assert.deepStrictEqual(mentionsOf('COVID-19 and the F-16 and A4 paper were one of the topics.').map((m) => m.text), []);
    assert.deepStrictEqual(mentionsOf('It opened at 7 a.m. sharp.').map((m) => m.kind), ['time']);
  });

  it('takes a whole number after a capitalised word for part of a name, not a figure', () => {
    // "Line 2" of a draft was flagged against the source's "Line 6".
    const figures = (text: string) => mentionsOf(text).map((m) => m.text);
    assert.deepStrictEqual(figures('Compare that with Line 2, which opened in 1998. Line 6 opens later. The Lyra 7 costs €1,149.'), ['1998', '€1,149']);
    // Words that open a sentence with its figure, qualifiers, dates and scores are not names.
    assert.deepStrictEqual(figures('Some 120 came. Nearly 40 left. Another 30 stayed. By Tuesday 40 had left. Redmoor Athletic lost 3-1.'), ['120', '40', '30', 'Tuesday', '40', '3', '1']);
    assert.deepStrictEqual(figures('Vallholm outshot Norrbrink 41 to 29 in the final.'), ['41', '29']);
    assert.deepStrictEqual(figures('Across 152 shows she sold out. Within 48 hours it was over. Despite 300 complaints it ran.'), ['152', '48 hours', '300']);
    // Nor is a degree or a place in a sequence, which a writer may miscopy.
    assert.deepStrictEqual(figures('It struck as a Category 4 storm and won Stage 12.'), ['4', '12']);
    // Nor the items of a list whose verb and noun its first gives; names joined otherwise still are.
    assert.deepStrictEqual(figures('Thornbeck Dale vendors sent 884 cattle, Swinside 531 and Garrowdale 731.'), ['884', '531', '731']);
    assert.deepStrictEqual(figures('The trains ran on Line 2 and Line 3, and the Lyra 7 and Terminal 5 stayed shut.'), []);
  });

  it('reports UTF-16 offsets after emoji and non-Latin text', () => {
    const text = '😀 Ереван: 120,000 жителей 🇦🇲 and 15%.';
    const [count, percent] = mentionsOf(text);
    assert.strictEqual(text.slice(count.start, count.end), '120,000');
    assert.strictEqual(count.start, 11);
    assert.strictEqual(text.slice(percent.start, percent.end), '15%');
  });

  it('reads words that name properties of plain objects as words', () => {
    assert.deepStrictEqual(mentionsOf('The constructor built 5 houses, said the hasOwnProperty valueOf toString blog.').map((m) => m.text), ['5']);
  });

  it('gives figures written alike one style object, and figures written otherwise their own', () => {
    const [a, b, c, d, e, f] = mentionsOf('They counted 120,000 people, 130,000 cars, 145,500 trees, 1.2m bikes, Five vans and five carts.');
    assert.strictEqual(a.numberStyle, b.numberStyle);
    assert.strictEqual(a.numberStyle, c.numberStyle);
    assert.notStrictEqual(a.numberStyle, d.numberStyle);
    assert.notStrictEqual(e.numberStyle, f.numberStyle);
    assert.deepStrictEqual([d.numberStyle?.scaleText, e.numberStyle?.words, f.numberStyle?.words], ['m', { capitalized: true }, { capitalized: false }]);
  });

  it('gives figures written alike one style object with any number of other styles between them', () => {
    const others = ['1', '12', '1,234', '1.5', '2.25', '3k', '4m', '5bn', '6%', '7 per cent', '$8', '£9'];
    const [first, ...rest] = mentionsOf(`They counted 120,000 people, then ${others.join(', ')} and 130,000 cars.`);
    assert.strictEqual(rest.length, others.length + 1);
    assert.strictEqual(first.numberStyle, rest[rest.length - 1].numberStyle);
    assert.strictEqual(new Set(rest.map((m) => m.numberStyle)).size, rest.length);
  });

  it('reads no figure that ends within a run of digits, and groups only whole groups of three', () => {
    // The front of longer digits, which a fix would cut: a version, an address, a time's minutes.
    assert.deepStrictEqual(mentionsOf('Release 12.345.6789 shipped.'), []);
    assert.deepStrictEqual(mentionsOf('Address 192.168.1.1 answered.'), []);
    assert.deepStrictEqual(mentionsOf('The count was 1,234,56 people.'), []);
    assert.deepStrictEqual(mentionsOf('It opened at 10:305 on Monday.').filter((m) => m.kind === 'time'), []);
    // "1,234" of "1,2345" is no group: the figure is the whole of it, in decimals.
    assert.deepStrictEqual(value('They counted 1,2345 tonnes.').values, [1.2345]);
    assert.deepStrictEqual(value('It cost £1.2345m.').values, [1234500]);
    assert.deepStrictEqual(value('It rose 0.000001 per cent.').values, [0.000001]);
  });

  it('reads no figure that digits cannot write back: 1e21 and above, or a step finer than a millionth', () => {
    assert.deepStrictEqual(mentionsOf(`The count was ${'9'.repeat(400)} people.`), []);
    assert.deepStrictEqual(mentionsOf('The count was 1,000,000,000,000,000,000,000 people.'), []);
    // Scaled past it by its scale word.
    assert.deepStrictEqual(mentionsOf('The debt was 1,000,000,000 trillion euros.'), []);
    assert.deepStrictEqual(mentionsOf('It lasted 0.0000001 days.'), []);
    assert.deepStrictEqual(value('The count was 100,000,000,000,000,000,000 people.').values, [1e20]);
  });

  it('reads digits alone with their zeros', () => {
    const read = (raw: string) => {
      const { values, integerDigits, trailingZeros, decimals } = readDigits(raw);
      return [values, integerDigits, trailingZeros, decimals];
    };
    assert.deepStrictEqual(read('2024'), [[2024], 4, 0, 0]);
    assert.deepStrictEqual(read('120000'), [[120000], 6, 4, 0]);
    assert.deepStrictEqual(read('0070'), [[70], 2, 1, 0]);
    assert.deepStrictEqual(read('000'), [[0], 1, 2, 0]);
    assert.deepStrictEqual(read('12345678901234567890'), [[12345678901234567890], 20, 1, 0]);
  });
});

describe('isPerItem', () => {
  it('reads a rate per item after a figure, and no rate per unit or period', () => {
    const after = (text: string, figure: string) => isPerItem(text, text.indexOf(figure) + figure.length);
    assert.ok(after('roughly six firefighters to every engine', 'six'));
    assert.ok(after('£750 for every employee', '£750'));
    assert.ok(after('about €430 for each of the residents', '€430'));
    assert.ok(after('capped at €150 a head', '€150'));
    assert.ok(after('roughly €15 per resident', '€15'));
    assert.ok(!after('24 cents per mile', '24 cents'));
    assert.ok(!after('€11.5m a day', '€11.5m'));
    assert.ok(!after('six firefighters and every engine', 'six'));
    assert.ok(!after('three aerial ladder platforms were there for every shift', 'three'));
    // "each" ending its clause after what is counted: the writer's quotient; after a measure, what each item is.
    assert.ok(after('its 38 crew made nearly four launches each, and', 'four'));
    assert.ok(after('they paid £20 apiece, or two tickets each.', 'two'));
    assert.ok(!after('four smaller radial gates of 460 tonnes each.', '460 tonnes'));
    assert.ok(!after('made four launches each year', 'four'));
  });

  it('reads no count in a thing named by its number ("hit a six off Breslin"), only in a number a noun or unit follows', () => {
    const texts = (text: string) => mentionsOf(text).map((m) => m.text);
    assert.deepStrictEqual(texts('Penhallow reached his hundred from 114 balls with a six off seamer Tom Breslin.'), ['114']);
    assert.deepStrictEqual(texts('She rolled a six and then a four.'), []);
    assert.deepStrictEqual(texts('He hit a four, then two sixes.'), ['two']);
    assert.deepStrictEqual(texts('They formed a three-person panel after a five per cent rise in a hundred towns.'), ['three', 'five per cent', 'a hundred']);
  });
});
