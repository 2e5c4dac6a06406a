import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ownWordsOf } from '../../server/src/core/match/ownWords';
import { tokenizeWords } from '../../server/src/core/text/words';
import { mismatches, ROOT, sourceFrom } from '../helpers/core';

/** The spans of `figures` in `text`, each the first after the one before. */
function spansOf(text: string, ...figures: string[]) {
  let from = 0;
  return figures.map((figure) => {
    const start = text.indexOf(figure, from);
    from = start + figure.length;
    return { start, end: from };
  });
}

describe('swappedFigures', () => {
  const felling = [
    sourceFrom(
      '---\ndate: 2025-03-10\n---\n' +
        'The forestry service felled 2,400 trees along the Kessel valley road last winter after a storm weakened their roots.\n\n' +
        'Oaks made up 52% of the trees felled, beeches 31% and ashes 12%, the service said on Monday.\n\n' +
        'Felling slowed 5% in January and 7% in February as the ground froze.\n',
    ),
  ];

  it('splits a list sentence into the words each figure has to itself, at the clause break between two figures', () => {
    const text = 'Oaks made up 52% of the trees felled, beeches 31% and ashes 12%, the service said on Monday.';
    const spans = spansOf(text, '52%', '31%', '12%');
    const owned = ownWordsOf(text, tokenizeWords(text, 0, text.length), spans, spans);
    // An irregular verb's form is its base's: "made" is "make", "said" is "say".
    assert.deepStrictEqual(owned, [
      { before: ['oak', 'make'], after: ['tree', 'fell'] },
      { before: ['beech'], after: [] },
      { before: ['ash'], after: ['servic', 'say', 'monday'] },
    ]);
    // With no break, each takes the words nearer it, and a word as near both is neither's; words of time are no one's.
    const plain = 'It fell 5 points in a year to 40 points.';
    const figures = spansOf(plain, '5 points', '40 points');
    assert.deepStrictEqual(ownWordsOf(plain, tokenizeWords(plain, 0, plain.length), figures, figures), [
      { before: ['fall'], after: [] },
      { before: [], after: [] },
    ]);
  });

  it("takes a figure given to another item of a source's list for a slip of that item's", () => {
    // The beeches' 31% given to the oaks: the words around it are the oaks' item's.
    assert.deepStrictEqual(mismatches('Oaks made up 31% of the trees felled.', felling), [['31%', '52%']]);
    // Both figures swapped, each told by its own words.
    assert.deepStrictEqual(mismatches('Oaks made up 31% of the trees felled and beeches 52%.', felling), [
      ['31%', '52%'],
      ['52%', '31%'],
    ]);
    // Both swapped where the words of each frame both items alike: the pair is taken together.
    const herd = [sourceFrom('---\ndate: 2025-03-10\n---\nOf the 412 deer counted in the Kessel valley, 348 were adults. Among the adults, 191 were female and 157 male.\n')];
    assert.deepStrictEqual(mismatches('Of the adults, 157 were female and 191 male.', herd), [
      ['157', '191'],
      ['191', '157'],
    ]);
    assert.deepStrictEqual(mismatches('Of the adults, 191 were female and 157 male.', herd), []);
    // Right, and right in other words.
    assert.deepStrictEqual(mismatches('Beeches accounted for 31% of the trees felled and oaks for 52%.', felling), []);
    assert.deepStrictEqual(mismatches('Of the trees felled, 31% were beeches.', felling), []);
  });

  it('lists the figures of one unit of measure, whose words the figures of another unit between them are part of', () => {
    const berths = [sourceFrom('Of the 214 new berths, 150 are designed for boats between 8 and 15 metres long, 36 for vessels over 15 metres and 28 for small craft under 8 metres.')];
    // "over 15 metres" had parted the 36 from its vessels, whose word was then no one's.
    assert.deepStrictEqual(mismatches('Of the new berths, 150 are for boats between 8 and 15 metres long, 28 for vessels over 15 metres and 36 for small craft under 8 metres.', berths), [
      ['28', '36'],
      ['36', '28'],
    ]);
    assert.deepStrictEqual(mismatches('Of the new berths, 150 are for boats between 8 and 15 metres long, 36 for vessels over 15 metres and 28 for small craft under 8 metres.', berths), []);
  });

  it('leaves alone an item whose words are the whole list\'s, and a figure the sentence gives with the other item\'s', () => {
    // "Felling slowed" frames both months: 7% has no words of its own before it.
    assert.deepStrictEqual(mismatches('Felling slowed 7% last month as the ground froze.', felling), []);
    // The oaks' figure is given, and right, beside the beeches': the draft holds both.
    assert.deepStrictEqual(mismatches('Oaks made up 52% of the trees felled; 31% were beeches.', felling), []);
  });

  it('takes "from" for where things come from, not for the start of a change, unless a change is told', () => {
    const fair = [
      sourceFrom(
        'The book fair, which closed on Sunday, showed 380 titles from 41 countries, including 26 debut novels and 12 translations.\n\n' +
          'The fair drew 61,000 visitors this year, up from 48,000 in 2023, the organisers said.\n',
      ),
    ];
    // The countries' figure given to the debut novels: "from" opened no range ("from 41 … to").
    assert.deepStrictEqual(mismatches('The fair showed 41 debut novels.', fair), [['41', '26']]);
    assert.deepStrictEqual(mismatches('The fair showed titles from 41 countries, with 26 debut novels.', fair), []);
    // "up from 48,000 in 2023" is what the change is from, the same visitors a year before.
    assert.deepStrictEqual(mismatches('In 2023 the fair drew 48,000 visitors.', fair), []);
  });

  it('takes the figure a change is from, given without the words of its time, for a slip of the figure it goes to', () => {
    const clinic = [
      sourceFrom(
        'The clinic treated 3,250 patients in March, up from 2,870 a year earlier, its annual report said.\n\n' +
          'Waiting times fell to 41 minutes, down from 58 in 2024.\n',
      ),
    ];
    // The old figure as the new: the draft has none of "a year earlier".
    assert.deepStrictEqual(mismatches('The clinic treated 2,870 patients in March.', clinic), [['2,870', '3,250']]);
    // Told as the earlier year's, or as the change itself, it is right.
    assert.deepStrictEqual(mismatches('A year earlier the clinic had treated 2,870 patients.', clinic), []);
    assert.deepStrictEqual(mismatches('The clinic treated 3,250 patients in March, up from 2,870.', clinic), []);
    // An earlier time told by a year alone is looked for in the paragraph: a draft may give it as a label.
    assert.deepStrictEqual(mismatches('Waiting times were 58 minutes.', clinic), [['58 minutes', '41 minutes']]);
    assert.deepStrictEqual(mismatches('- **2024**: New wards opened. Waiting times were 58 minutes.', clinic), []);
    // Told after a long clause about the figure it goes to: "…, down from 47 per cent in 2015".
    const cards = [sourceFrom("Only 38 per cent of Merrowgate's 265,000 residents now hold an active library card, down from 47 per cent in 2015, the council said.\n")];
    assert.deepStrictEqual(mismatches('Only 47 per cent of Merrowgate residents now hold a library card.', cards), [['47 per cent', '38 per cent']]);
    assert.deepStrictEqual(mismatches('In 2015, 47 per cent of Merrowgate residents held a library card.', cards), []);
    const shares = [
      sourceFrom(
        'Digital sales now make up 41 per cent of revenue, up 6 percentage points from 35 per cent in 2021.\n\n' +
          'The share of trained staff rose to 72% at the end of 2024, from 51% a year earlier.\n',
      ),
    ];
    // The change's figures of one unit, whatever another unit's stands between them.
    assert.deepStrictEqual(mismatches('Digital sales now make up 35 per cent of revenue.', shares), [['35 per cent', '41 per cent']]);
    // The change told before the figure it goes to; the earlier time's words looked for in the
    // claim's sentence, not in a neighbour's "every year".
    assert.deepStrictEqual(mismatches('Only 51 per cent of staff were trained by the end of 2024. Rivals train their staff every year.', shares), [['51 per cent', '72 per cent']]);
    // The change told by its verb some words before "to": "fell 1.7% to", "raised its fee for an extension to".
    const permits = [
      sourceFrom(
        'Building permits in the county fell 1.7% to 14,520 from 14,770 in January, the planning office said.\n\n' +
          'The office raised its fee for an extension to €240 from €180 in March.\n',
      ),
    ];
    assert.deepStrictEqual(mismatches('The county issued 14,770 building permits, the planning office said.', permits), [['14,770', '14,520']]);
    assert.deepStrictEqual(mismatches('The fee for an extension is €180.', permits), [['€180', '€240']]);
    assert.deepStrictEqual(mismatches('In January the county issued 14,770 building permits.', permits), []);
    // A source telling no earlier time: the claim's sentence must tell none either, nor a change.
    const library = [sourceFrom('The library now lends 9,450 e-books, up from 7,980.\n')];
    assert.deepStrictEqual(mismatches('The library lends 7,980 e-books.', library), [['7,980', '9,450']]);
    assert.deepStrictEqual(mismatches('The library previously lent 7,980 e-books.', library), []);
    assert.deepStrictEqual(mismatches('Its e-book loans rose from 7,980.', library), []);
  });

  it('takes the figure a change is from, given as the one a change goes to, for a slip of that one', () => {
    // The draft tells the change, and gives the old figure as where it went.
    const library = [sourceFrom('The library now lends 9,450 e-books, up from 7,980.\n')];
    assert.deepStrictEqual(mismatches('The e-books the library lends rose to 7,980.', library), [['7,980', '9,450']]);
    assert.deepStrictEqual(mismatches('The e-books the library lends rose from 7,980 to 9,450.', library), []);
    // The change told old figure first, "from … to", where the verb tells a change and not a range.
    const grants = [
      sourceFrom(
        'The council cut the arts grant from €4.2 million to €3.6 million in its budget on Tuesday.\n\n' +
          'A day pass for the festival will be priced from €12 to €18 a head, depending on the stage.\n',
      ),
    ];
    assert.deepStrictEqual(mismatches('The council cut the arts grant to €4.2 million.', grants), [['€4.2 million', '€3.6 million']]);
    assert.deepStrictEqual(mismatches('The arts grant was €4.2 million before the cut.', grants), []);
    assert.deepStrictEqual(mismatches('A day pass for the festival costs €12 a head.', grants), []);
  });

  it('leaves alone a figure its words as a whole frame as it stands, whatever its own words tell', () => {
    // "Eli Voss" is the words 67 (his age) has to itself, and the claim has them: but 22 cows are
    // what the claim's words, all of them, restate.
    const farm = [sourceFrom('Eli Voss, 67, whose family has farmed the land since 1931, said the tornado killed 22 of his 90 dairy cows.\n')];
    assert.deepStrictEqual(mismatches('Eli Voss, who lost 22 cows to the tornado, says his family has farmed there since 1931.', farm), []);
  });
  it('takes a count for the one its noun names, where the count it states names something else', () => {
    const inspection = [
      sourceFrom(
        '---\ndate: 2025-06-02\n---\n' +
          'Inspectors stopped 264 lorries at the Varn crossing on Friday and found 38 overloaded trailers and 17 faulty brake systems.\n\n' +
          'The operators of the lorries face fines.\n',
      ),
    ];
    // The noun right after the figure is the brake systems', the figure the trailers'; words elsewhere naming the trailers do not hold it back.
    assert.deepStrictEqual(mismatches('Inspectors found 38 faulty brake systems on the trailers at the Varn crossing.', inspection), [['38', '17']]);
    assert.deepStrictEqual(mismatches('At the Varn crossing inspectors found 17 overloaded trailers.', inspection), [['17', '38']]);
    // Right, and a noun that is not the other count's ("trailers", not "overloaded trailers"): the noun the claim states may be a wider one.
    assert.deepStrictEqual(mismatches('Inspectors at the Varn crossing found 38 overloaded trailers and 17 faulty brake systems.', inspection), []);
    assert.deepStrictEqual(mismatches('At the Varn crossing 17 trailers had faults.', inspection), []);
    // The first count, larger than the others together, is their whole: 38 of the lorries were overloaded.
    assert.deepStrictEqual(mismatches('At the Varn crossing 38 lorries were overloaded.', inspection), []);
    // The claim's noun is a word the source gives its own count ("seat"), or holds not all of the other count's noun ("poultry sheds").
    const venue = [sourceFrom('---\ndate: 2025-06-02\n---\nThe main hall of the Varn arts centre will seat 1,200 people, and a second, 300-seat hall will host recitals.\n')];
    assert.deepStrictEqual(mismatches('The Varn arts centre will have a 1,200-seat main hall.', venue), []);
    const farms = [sourceFrom('---\ndate: 2025-06-02\n---\nFarm losses at Varn include 12 grain silos and four poultry sheds that held about 30,000 birds.\n')];
    assert.deepStrictEqual(mismatches('Farm losses at Varn include 12 grain silos and some 30,000 poultry.', farms), []);
  });
  it('takes two figures of a list given each other\'s items for an exchange, whatever else frames them', () => {
    const fire = [sourceFrom('---\ndate: 2025-06-02\n---\nAbout 1,240 firefighters, supported by 310 fire engines and 22 aircraft — nine water-bombing planes and 13 helicopters — were deployed at the peak.\n')];
    assert.deepStrictEqual(mismatches('Roughly 1,240 firefighters, 310 fire engines, nine helicopters and 13 water-bombing planes battled the blaze.', fire), [
      ['nine', '13'],
      ['13', '9'],
    ]);
    assert.deepStrictEqual(mismatches('Roughly 1,240 firefighters, 310 fire engines, nine water-bombing planes and 13 helicopters battled the blaze.', fire), []);
  });

  it('takes a figure holding another item\'s words for a slip of it, where its own item is told by words it lacks', () => {
    const savings = [sourceFrom('---\ndate: 2025-06-02\n---\nThe Calderbrook trust will close four wards and remove 212 of its 1,486 beds.\n\nThe trust expects the ward closures to save £14.2 million a year once complete, with a further £6.5 million coming from lower spending on agency staff, which cost it £31.7 million last year.\n\nUnions said the plan would lengthen waiting lists.\n')];
    assert.deepStrictEqual(mismatches('Closing the wards should save £6.5 million a year, and trimming agency staff another £14.2 million.', savings), [
      ['£6.5 million', '£14.2 million'],
      ['£14.2 million', '£6.5 million'],
    ]);
    assert.deepStrictEqual(mismatches('Closing the wards should save £14.2 million a year, and trimming agency staff another £6.5 million.', savings), []);
    // An item told by no words of its own ("the figure had reached"): the claim's words may be its.
    const traffic = [sourceFrom('---\ndate: 2025-06-02\n---\nBy Monday evening, 58 percent of normal traffic volume had been restored; by Thursday the figure had reached 83 percent.\n')];
    assert.deepStrictEqual(mismatches('By Thursday, 83 percent of normal volume had been restored.', traffic), []);
  });

  it("takes two figures given each other's items for an exchange, past the whole they are parts of and a verb both share", () => {
    const flights = [sourceFrom('---\ndate: 2025-06-04\n---\nOf the 2,846 completed flights, 1,648 carried pathology samples, mostly blood, and 1,198 carried medicines, including chemotherapy drugs and plasma.\n')];
    assert.deepStrictEqual(mismatches('Of the completed flights, 1,198 carried blood and other pathology samples and 1,648 carried medicines, among them chemotherapy drugs.', flights), [
      ['1,198', '1,648'],
      ['1,648', '1,198'],
    ]);
    assert.deepStrictEqual(mismatches('Of the completed flights, 1,648 carried blood and other pathology samples and 1,198 carried medicines, among them chemotherapy drugs.', flights), []);
    // A word both items have, but on either side of their figures, still tells them apart: "a 1,850-seat hall" is the 1,850.
    const hall = [sourceFrom('---\ndate: 2025-06-04\n---\nThe main auditorium of the Harbour Concert Hall will seat 1,850 people under a ceiling 21 metres high, and a second, 240-seat hall will be used for chamber music.\n')];
    assert.deepStrictEqual(mismatches('Compare that with the money going into the 1,850-seat Harbour Concert Hall.', hall), []);
  });

  it('takes the figure left in the restated sentence nearest the claim, where its sentence restates two', () => {
    const match = [
      sourceFrom(
        '---\ndate: 2025-03-09\n---\n' +
          "Morrow opened the scoring with a 48-metre penalty in the fourth minute, and centre Callum Rees crossed in the 12th minute after a lineout drive to make it 10-0. Ostmark replied through their captain, Mikkel Strand, in the 21st minute and flanker Jonas Veld in the 29th, and when No 8 Anders Holm went over in the 38th minute, Brandt's conversion put the visitors 19-10 ahead. A second Morrow penalty on the stroke of half-time cut the gap to 19-13.\n\n" +
          "Strand restored Ostmark's advantage with his second try in the 61st minute, finishing a move that began inside his own 22, but Brandt's conversion attempt struck the post to leave the score at 24-20. Brevania then lost flanker Sam Kettering to a yellow card in the 66th minute for a high tackle, and Morrow missed a 52-metre penalty in the 71st. Rees had already limped off with a hamstring injury in the 55th minute and is expected to be out for between three and five weeks.\n",
      ),
    ];
    const draft = (metres: string) => `Morrow opened the scoring with a ${metres} penalty in the fourth minute and centre Callum Rees crossed in the 12th, but Ostmark led 19-13 at half-time.`;
    assert.deepStrictEqual(mismatches(draft('52-metre'), match), [['52-metre', '48-metre']]);
    assert.deepStrictEqual(mismatches(draft('48-metre'), match), []);
  });

  it("takes a change told the other way round, each end in the other's place, for two slips", () => {
    const sales = [sourceFrom('---\ndate: 2025-04-16\n---\nLike-for-like sales grew 4.1 per cent over the year, but the pace slowed to 2.7 per cent in the final quarter, the 12 weeks to 1 March, from 3.4 per cent in the third quarter.\n')];
    const draft = (reached: string, from: string) => `Like-for-like sales grew 4.1 per cent over the year, although growth slowed to ${reached} in the fourth quarter from ${from} in the third.`;
    assert.deepStrictEqual(mismatches(draft('3.4 per cent', '2.7 per cent'), sales), [
      ['3.4 per cent', '2.7 per cent'],
      ['2.7 per cent', '3.4 per cent'],
    ]);
    assert.deepStrictEqual(mismatches(draft('2.7 per cent', '3.4 per cent'), sales), []);
  });

  it("reads an item's words past a time after its figure: \"23 per cent for last year's favourite\"", () => {
    const betting = [sourceFrom("---\ndate: 2025-06-07\n---\nKing of Brenn attracted 23 per cent of all the money bet on the race, compared with 31 per cent for last year's favourite, a fall of eight percentage points.\n")];
    // Dated, the draft reads "last year" as a time.
    const draft = (first: string, second: string) => `---\ndate: 2025-06-08\n---\nKing of Brenn attracted ${first} of the money, against ${second} for last year's favourite.`;
    assert.deepStrictEqual(mismatches(draft('31 per cent', '23 per cent'), betting), [
      ['31 per cent', '23 per cent'],
      ['23 per cent', '31 per cent'],
    ]);
    assert.deepStrictEqual(mismatches(draft('23 per cent', '31 per cent'), betting), []);
  });

  it("takes the other figure of an exchange for a slip too where its words lean to the other item, though no single word tells it", () => {
    const levy = [sourceFrom('---\ndate: 2026-03-11\n---\nThe ministry said 386 of the 1,648 products on its register were reformulated. Of those, 241 were brought below the 5-gram threshold and now escape the levy altogether, while 145 moved from the higher to the lower band.\n')];
    const reformulated = 'The ministry said 386 of the 1,648 products were reformulated.';
    assert.deepStrictEqual(mismatches(`${reformulated} Of those, 145 were brought below the 5-gram threshold, while 241 dropped from the higher band to the lower one.`, levy), [
      ['145', '241'],
      ['241', '145'],
    ]);
    assert.deepStrictEqual(mismatches(`${reformulated} Of those, 241 were brought below the 5-gram threshold, while 145 dropped from the higher band to the lower one.`, levy), []);
  });

  it('takes a rank for the one its noun names, where the rank it states is of something else', () => {
    const chart = [
      sourceFrom(
        '---\ndate: 2025-06-02\n---\n' +
          'Further down the chart, "Paper Kings" came second in its third weekend with $11.4m.\n\n' +
          'It is the third cable cut in the region in 18 months and the second affecting Marvalia since last year, when a fault on the Coral Gate cable took nine days to fix.\n',
      ),
    ];
    assert.deepStrictEqual(mismatches('"Paper Kings", in its second weekend, took $11.4m.', chart), [['second', 'third']]);
    assert.deepStrictEqual(mismatches('It is the second cable cut in the region in 18 months.', chart), [['second', 'third']]);
    // Right: a rank with no noun, and one whose noun is its own.
    assert.deepStrictEqual(mismatches('"Paper Kings" came second, taking $11.4m in its third weekend.', chart), []);
    assert.deepStrictEqual(mismatches('It is the second cut affecting Marvalia in 18 months.', chart), []);
  });

  it('takes a figure for the one of the time its clause gives (a date, a year, this or next year), where the figure it states is of another time', () => {
    const shares = [
      sourceFrom('---\ndate: 2025-06-12\n---\nThe rescue at the Varn mine began on Friday.\n\nVarn Metals shares fell 14.6 per cent on Friday and a further 3.2 per cent on Monday before recovering 5.1 per cent on Wednesday.\n'),
    ];
    assert.deepStrictEqual(mismatches('Varn Metals shares fell 14.6 percent Friday and another 5.1 percent Monday.', shares), [['5.1 percent', '3.2 percent']]);
    assert.deepStrictEqual(mismatches('Varn Metals shares recovered 3.2 per cent on Wednesday.', shares), [['3.2 per cent', '5.1 per cent']]);
    // Of its own time, or of none its clause gives, it stands.
    assert.deepStrictEqual(mismatches('Varn Metals shares fell 14.6 percent Friday and another 3.2 percent Monday.', shares), []);
    assert.deepStrictEqual(mismatches('Varn Metals shares fell on Monday but recovered 5.1 per cent later in the week.', shares), []);
    // A change's two figures are told apart by their years too.
    const turnout = [sourceFrom('---\ndate: 2025-06-06\n---\nTurnout in Varn rose from 58% in 2019 to 71% in 2024, the election office said.\n')];
    assert.deepStrictEqual(mismatches('Turnout in Varn was 58% in 2024, the election office said.', turnout), [['58%', '71%']]);
    assert.deepStrictEqual(mismatches('Turnout in Varn was 58% in 2019, the election office said.', turnout), []);
    // A year told by its distance from the article's is that year: "this year" is 2025 in an article of 2025.
    const forecast = [sourceFrom('---\ndate: 2025-02-14\n---\nThe Varn central bank sees economic growth of 1.4 per cent in 2025 and 2.1 per cent next year.\n')];
    assert.deepStrictEqual(mismatches('The Varn central bank expects economic growth of 2.1 percent this year.', forecast), [['2.1 percent', '1.4 percent']]);
    assert.deepStrictEqual(mismatches('The Varn central bank expects economic growth of 2.1 percent in 2026.', forecast), []);
    assert.deepStrictEqual(mismatches('The Varn central bank expects economic growth of 1.4 percent this year.', forecast), []);
  });

  it('takes a figure of another source sentence, in a sentence two of whose figures restate one, for the figure left there', () => {
    const exams = [
      sourceFrom(
        '---\ndate: 2025-08-14\n---\nMathematics, taken by 96,340 candidates, saw top grades rise 1.3 points to 41.5 per cent, while its pass rate held at 96.2 per cent. ' +
          'In English, taken by 88,910 candidates, top grades fell 0.9 points to 23.1 per cent and the pass rate was 98.4 per cent.\n',
      ),
    ];
    // The maths pass rate given to English: the sentence restates the English one.
    assert.deepStrictEqual(mismatches('English top grades fell 0.9 points to 23.1 per cent, and its pass rate was 96.2 per cent.', exams), [['96.2 per cent', '98.4 per cent']]);
    // Its own words are the maths pass rate's ("held"), or one figure alone restates the English sentence: it is left alone.
    assert.deepStrictEqual(mismatches('English top grades fell 0.9 points to 23.1 per cent, while the maths pass rate held at 96.2 per cent.', exams), []);
    assert.deepStrictEqual(mismatches('In English, top grades were 23.1 per cent, and its pass rate was 96.2 per cent.', exams), []);
    // Figures of other sizes are not given each other's places: the candidates are no pass rate.
    assert.deepStrictEqual(mismatches('English top grades fell 0.9 points to 23.1 per cent, and 96,340 sat it.', exams), []);
  });

  it('takes no figure a restated multiple is of for a figure left in the restated sentence', () => {
    const hall = [sourceFrom('Its main room seats 180 people, twice as many as the 90 the old hall could hold. With the chairs cleared it can take 240.')];
    // Was "240" -> "90": the draft tells the old hall's 90 by "twice as many".
    assert.deepStrictEqual(mismatches('The main room seats 180, twice as many as the old hall, and holds 240 people standing.', hall), []);
    // A figure standing further on is left there all the same.
    const tiered = [sourceFrom("Its main room seats 180 people, twice the old hall's capacity, and 90 of the seats are tiered. With the chairs cleared it can take 240.")];
    assert.deepStrictEqual(mismatches("The main room seats 180, twice the old hall's capacity, and 240 of the seats are tiered.", tiered), [['240', '90']]);
  });

  it('leaves a figure stating its own item where another figure of the sentence is the slip of the other item', () => {
    const ferries = [sourceFrom('---\ndate: 2025-08-14\n---\nHarbour Ferries (HF), which runs 9 routes and 23 boats, carries about 2,800 passengers on an average summer day, still below the 3,400 recorded in 2019.\n')];
    // The 2,300 is the slip of the 2,800: the 3,400 is the 2019 figure, rightly, not a swap for the 2,800.
    assert.deepStrictEqual(mismatches('Harbour Ferries (HF) runs 9 routes and 23 boats and carries about 2,300 passengers on a typical summer day, fewer than the 3,400 it carried in 2019.', ferries), [['2,300', '2,800']]);
  });

  it("frames a swapped figure without the facts its sentence's other figures restate", () => {
    const turtles = [sourceFrom('---\ndate: 2025-06-02\n---\nBy Friday evening 2,310 stranded turtles had been found on the beaches: 540 were dead and 760 were taken alive to rescue centres.\n')];
    // "Turtles had been found" frames the 2,310 best, and the draft's 2,310 is that one.
    assert.deepStrictEqual(mismatches('By Friday evening 2,310 stranded turtles had been found on the beaches, 760 of them dead.', turtles), [['760', '540']]);
    assert.deepStrictEqual(mismatches('By Friday evening 2,310 stranded turtles had been found on the beaches, 540 of them dead.', turtles), []);
  });

  it('takes no figure its own sentence tells a change from for the level the source changes it to', () => {
    const clinics = [
      sourceFrom(
        '---\ndate: 2025-06-02\n---\nAnnouncing the year\'s figures in Halden at 10 a.m., the minister said take-up among children was "better than ever". ' +
          'Coverage in the group rose from 61.2% last season, an increase of 4.1 percentage points. About 1.8 million residents are under 12, meaning that nearly 610,000 of them went without.\n\n' +
          'A total of 1,846 clinics took part, out of about 2,700 in the country, up from 1,310 last season. Nurses gave 1.16 million of the 2.95 million doses given, or 39.3%, and were paid €6.50 for each one.\n',
      ),
    ];
    // The 2,700 before "up from 1,310" is no level the 1,310 rose to: the draft says which is.
    assert.deepStrictEqual(mismatches('In all, 1,846 clinics took part, up from 1,310 a year earlier.', clinics), []);
  });

  it("leaves the words before a colon to the whole list, not to its first item", () => {
    const text = 'Ports on the east coast were worst hit: Harwick lost 61% of its sailings on Friday, and Dunmere 38%.';
    const spans = spansOf(text, '61%', '38%');
    assert.deepStrictEqual(ownWordsOf(text, tokenizeWords(text, 0, text.length), spans, spans)[0].before, ['harwick', 'lose']);
    const ports = [sourceFrom('---\ndate: 2025-02-14\n---\n' + text + '\n')];
    // Dunmere's 38% given to Harwick: its words are Harwick's item's, not the list's.
    assert.deepStrictEqual(mismatches('Harwick lost 38% of its sailings on Friday.', ports), [['38%', '61%']]);
    assert.deepStrictEqual(mismatches('Harwick lost 61% of its sailings on Friday, at 10:30 the worst hour.', ports), []);
  });

  it("frames a swapped figure without the facts its paragraph's other figures restate", () => {
    const starts = [
      sourceFrom(
        "# Velmar's housing starts rise 6.1% in March as builders shrug off a wet February\n\n" +
          'Building permits, a gauge of future construction, fell 2.3% to 1,384,000 from 1,417,000 in February. Single-family permits dipped 0.6% to 902,000. ' +
          'Completions dropped 3.1% to 1,502,000, and the number of homes under construction fell to 1,411,000, the fewest since May 2020.\n',
      ),
    ];
    // February's level given as March's: the next sentence's 1,411,000 homes, which frames it best otherwise, is that sentence's.
    const next = ' Completions slid 3.1 per cent to 1,502,000 and 1,411,000 homes were under construction, the fewest since May 2020.';
    assert.deepStrictEqual(mismatches('Permits fell 2.3 per cent to 1,417,000.' + next, starts), [['1,417,000', '1,384,000']]);
    assert.deepStrictEqual(mismatches('Permits fell 2.3 per cent to 1,384,000.' + next, starts), []);
  });

  it('gives no figure the place of an item of the other sign', () => {
    const store = [sourceFrom('---\ndate: 2025-04-02\n---\nThe store houses 8 freezer rooms held at minus 25C, where samples are sealed in glass vials after being dried to 12 per cent humidity in a drying room kept at 12C.\n')];
    // "Dried" and "kept" are the drying room's words, but a writer copying its 12C would not write "minus".
    assert.deepStrictEqual(mismatches('Samples are dried and then kept at minus 25C in eight freezer rooms.', store), []);
  });

  it("leaves a dateline's words to no item of the list after it", () => {
    const meet = [
      sourceFrom(
        "HALMSTAD, 24 March 2025 — Sixteen-year-old Mira Dahl broke the oldest record in Norrland women's rowing at the national championships, which ended on Sunday at the Lindvik course after five days of racing that produced four national records and 12 qualifiers for the world championships.\n",
      ),
    ];
    // "Halmstad" opens both datelines: it tells the sixteen-year-old no more than the records.
    assert.deepStrictEqual(mismatches('HALMSTAD, Norrland (AP) — Mira Dahl broke a national record that had stood for more than 15 years, and the Norrland rowing championships wrapped up Sunday, March 23, with four national records in five days.', meet), []);
  });

  it("leaves words past a figure of another kind after a claim to that figure, not to the claim's item", () => {
    const rain = [
      sourceFrom(
        "Vale Rica, which grows nearly a quarter of Marenta's wine, received just 214 millimetres of rain between November and March, against a long-term average of 396 mm for those five months, a shortfall of 182 mm, or 46%. The weather service said it was the driest winter in the province since 1971. Temperatures topped 31 degrees Celsius on 14 days in March alone.",
      ),
    ];
    // "shortfall" is the 46%'s: the usual 396mm is no slip of the 182 mm shortfall.
    const draft = "The cause is weather. Vale Rica, the Marentan province that grows nearly a quarter of that country's wine, had 214mm of rain this winter instead of the usual 396mm, a 46% shortfall and the driest winter there since 1971. The board now expects a harvest of 21.6 million litres.";
    assert.deepStrictEqual(mismatches(draft, rain), []);
  });

  it("gives no count the place of a person's age told after their name, nor an age a count's", () => {
    const result = [accuracySource('byelection.md')];
    // Was "11,236 -> 52": the name framed the age, and the draft's words held the name.
    assert.deepStrictEqual(mismatches("Eight months later Tom Redgrave managed 11,236 for the same party, fewer than half of Hanbury's total.", result), []);
    assert.deepStrictEqual(mismatches('The independent who ran on that single issue, Wilfred Oakes, polled only 1,129.', result), []);
    // An age given another's place is still held to that person's.
    assert.deepStrictEqual(mismatches('Tom Redgrave, 73, a former leader of the district council, came second with 11,236 votes.', result), [['73', '52']]);
  });

  it('gives no figure the place of what "all but" leaves out of a whole', () => {
    const coins = [sourceFrom('# Coins\n\nAll but four of the coins were recovered, police said: 19 were found in the garage, and officers believe the other four were sold.\n')];
    // Was "Nineteen" -> "Four": the words "of the coins were recovered" are the four's.
    assert.deepStrictEqual(mismatches('Nineteen of the coins were recovered, police said.', coins), []);
  });

  it("takes no rank for another by a noun every rank has ('place')", () => {
    const prizes = [accuracySource('citymarathonrecord.md')];
    // Was also "third" -> "Second": "third-placed" shares "place" with "Second place".
    assert.deepStrictEqual(mismatches('Each winner collected £20,000, including a £5,000 record bonus. Runners-up received £8,000 and third-placed finishers £6,000.', prizes), []);
  });

  it('gives no change between two items of a list the place of either', () => {
    const staff = [accuracySource('schoolbudget.md')];
    // Was "58" -> "1,342": "teachers" are the 1,342's words, but the 58 is the increase between the two.
    assert.deepStrictEqual(mismatches('What does the money buy? The district gains 58 teachers while enrolment grows by 455 pupils.', staff), []);
  });

  it("swaps no figure that the source gives as another's times a count the sentence tells", () => {
    const fares = [accuracySource('busfares.md')];
    // Was "£34" -> "£6.80": the day ticket's words, but five of them.
    assert.deepStrictEqual(mismatches('For Marta Ilievska, 29, a nurse who buys a day ticket five days a week, the weekly bill will fall from £34 to £25.', fares), []);
  });

  it('takes a figure put "instead of" another for the level the other is from, and swaps neither', () => {
    const parking = [accuracySource('hospitalparking.md')];
    // Were "£42" -> "£36" and "£36" -> "£42".
    assert.deepStrictEqual(mismatches('Full-time staff will pay £42 a month for a permit instead of £36, although around 1,500 employees earning less than £26,000 a year will stay on the current rate until April 2026.', parking).filter(([claim]) => claim === '£42' || claim === '£36'), []);
  });

  it('takes no level a change is from for the figure left in a restated sentence that nothing is compared with', () => {
    const uptake = [accuracySource('vaccinationrates.md')];
    const draft = 'Figures released Monday by the Harrowfield Health Protection Unit show that 86.4 percent of 5-year-olds in the county had received both doses of the measles, mumps and rubella vaccine in the year ending Dec. 31, down from 88.1 percent the year before.';
    // Was "88.1 percent" -> "95 percent", the target left in the lead the sentence restates.
    assert.deepStrictEqual(mismatches(draft, uptake).filter(([claim]) => claim.startsWith('88.1')), []);
  });

  it("leaves a draft's words after a multiple, and its hedges, to no item: they tell the thing compared", () => {
    const plan = [sourceFrom('In total the company will invest £2.84 billion between 2025 and 2030, nearly twice the £1.47 billion it spent in the previous five years.')];
    const draft = 'The £2.84 billion plan is nearly twice what the company spent in the previous five years, some £1.73 billion more.';
    // Was "£2.84 billion" -> "£1.47 billion": "nearly … spent … previous" are the £1.47 billion's words in the source.
    assert.ok(!mismatches(draft, plan).some(([claim]) => claim === '£2.84 billion'));
    const spans = spansOf(draft, '£2.84 billion', 'twice', 'five years', '£1.73 billion');
    const [money, multiple, , more] = spans;
    const own = ownWordsOf(draft, tokenizeWords(draft, 0, draft.length), [money, more], spans, { endsAt: spans, comparisons: [multiple] });
    assert.deepStrictEqual(own[0].after, ['plan']);
  });

  it('swaps no part told of its whole ("164 of 212") with that whole', () => {
    const buses = [accuracySource('busfares.md')];
    // Were "164" -> "212" and "212" -> "164".
    assert.deepStrictEqual(mismatches("More than three-quarters of the region's routes (164 of 212) are run commercially, which means operators set their own timetables.", buses), []);
  });
});

/** A source of the accuracy fixtures, by its file name. */
function accuracySource(name: string) {
  return sourceFrom(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'accuracy', 'sources', name), 'utf8'));
}
