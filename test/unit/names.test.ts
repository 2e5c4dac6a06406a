import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FindingCode } from '../../server/src/core/check/codes';
import { IncrementalCheck } from '../../server/src/core/check/incrementalCheck';
import { findNames } from '../../server/src/core/extract/findNames';
import { readSpelledNames } from '../../server/src/core/facts/spelledNames';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { matchName } from '../../server/src/core/match/matchName';
import { tokenizeWords } from '../../server/src/core/text/words';
import { mismatches, sourceFrom } from '../helpers/core';
import { lookAlikeSources, paragraphAbout } from '../helpers/lookAlikeSources';
import { prng } from '../helpers/prng';

const namesIn = (text: string, shortest?: number) => findNames(text, { start: 0, end: text.length }, tokenizeWords(text, 0, text.length), shortest).map((n) => n.text);

const SOURCE = [
  '# Fair closes with a record',
  '',
  'The fair drew 312,480 visitors, its director Ana Hensler said on Monday, and 1,240 of them came from Valparaíso.',
  '',
  'Publishers sold 41,000 books, said Tomás Irarrázaval, who chairs the Brennholm Publishers Association.',
  '',
  'Hensler thanked the city. Next year Chile hands over to the Defense Ministry of Norland, which met 12 times.',
].join('\n');

describe('names', () => {
  describe('findNames', () => {
    it('takes the words a writer capitalised within a sentence, without a possessive, and none that opens it', () => {
      assert.deepStrictEqual(namesIn('Publishers sold books, said Hensler’s deputy, Tomás Irarrázaval, in “Valparaíso”.'), ['Hensler', 'Tomás', 'Irarrázaval', 'Valparaíso']);
      assert.deepStrictEqual(namesIn('Hensler thanked the city.'), []);
      // Was "Dunmore" alone: after an "&" a name goes on.
      assert.deepStrictEqual(namesIn('said Omar Castellanos of Dunmore & Reid.'), ['Omar', 'Castellanos', 'Dunmore', 'Reid']);
    });

    it('leaves out acronyms, short words, months and weekdays, and words after a colon or dash, where any word has a capital', () => {
      assert.deepStrictEqual(namesIn('The NATO and EU envoys met Ana on Monday in March: Visitors came — Most stayed.'), []);
    });

    it('takes no name from a byline, the writer’s own, but does from a sentence that opens with "By"', () => {
      for (const line of ['By Dana Whitcomb', '*By Helen Marsh, Education Correspondent · 26 March 2025*', 'By Ruth Calder and Tom Ede, staff reporters']) assert.deepStrictEqual(namesIn(line), [], line);
      assert.deepStrictEqual(namesIn('By Christmas Eve, the shelter Dana Whitcomb runs had 40 beds.'), ['Christmas', 'Dana', 'Whitcomb']);
      assert.deepStrictEqual(namesIn('By March, Whitcomb had left.'), ['Whitcomb']);
    });

    it('takes the first word of a sentence when a capitalised word follows it at once, as a name of two words', () => {
      assert.deepStrictEqual(namesIn('Yarran Creek took 391 mm. Visitors Came.'), ['Yarran', 'Creek', 'Visitors', 'Came']);
      assert.deepStrictEqual(namesIn('Yarran, Creek and Hills.'), ['Creek', 'Hills']);
      // Not a function word: "The Tanner Street site" names no one "The", whom "Selling Tanner Street" misspelt.
      assert.deepStrictEqual(namesIn('Their Tanner Street site is for sale.', 3), ['Tanner', 'Street']);
      const depot = sourceFrom('The Tanner Street site is expected to sell for about £2 million.');
      assert.deepStrictEqual(mismatches('Selling Tanner Street should bring in about £2 million.', [depot]), []);
    });

    it('takes the first word of a sentence when a verb of speech follows it, as its speaker', () => {
      assert.deepStrictEqual(namesIn('Hensler said so. Hensler, 54, said so. Nobody knows.'), ['Hensler']);
    });

    it('takes each capitalised part of a hyphenated name, and reads names in any script that has capitals', () => {
      assert.deepStrictEqual(namesIn('said Grace Okafor-Hale and Сергей Иванов, with 東京, 😀 and Kanani'), ['Grace', 'Okafor', 'Hale', 'Сергей', 'Иванов', 'Kanani']);
    });

    it('takes a given name whose second half is in lower case as one name after a capitalised word, and no compound after a word in lower case', () => {
      assert.deepStrictEqual(namesIn("said head coach Lee Dong-hyun's side, and Tsai Ing-wen too"), ['Lee', 'Dong-hyun', 'Tsai', 'Ing-wen']);
      assert.deepStrictEqual(namesIn('said a Paris-based firm and the Tory-led council of NATO-backed Lvivska'), ['Paris', 'Tory', 'Lvivska']);
    });

    it("takes a dateline's place in capitals, and no other word in capitals", () => {
      assert.deepStrictEqual(namesIn('BRACKNEY, Thursday 13 November 2025 — HMP Harrowden was full.'), ['BRACKNEY', 'Harrowden']);
      assert.deepStrictEqual(namesIn('*STANFORD ABBAS, England (AP)* — A mosaic was found.'), ['STANFORD', 'ABBAS', 'England']);
      assert.deepStrictEqual(namesIn('NHS England said, on Monday — in a statement — that it was full.'), ['England']);
      assert.deepStrictEqual(namesIn('LONDON, the capital, said so.'), []);
    });
  });

  describe('matchName', () => {
    const facts = sourceFrom(SOURCE).facts;
    const names = readSpelledNames(SOURCE.split('\n'), facts);

    it('finds the one name of the source a word misspells: a letter off in a short name, two in a long one', () => {
      assert.strictEqual(matchName('Hessler', [names])?.fact.text, 'Hensler');
      assert.strictEqual(matchName('Irarrazabal', [names])?.fact.text, 'Irarrázaval');
      assert.strictEqual(matchName('Irarrázabel', [names])?.fact.text, 'Irarrázaval');
      assert.strictEqual(matchName('Hesnler', [names])?.fact.text, 'Hensler');
      assert.strictEqual(matchName('Hesnlre', [names]), undefined);
    });

    it('finds a name one letter further off where it starts as the source\'s does, and is of its length but for a letter', () => {
      const text = 'On 3 May, Siobhán Kearney met Mariela Sandoval and 2 others.';
      const spelled = readSpelledNames([text], sourceFrom(text).facts);
      assert.strictEqual(matchName('Kearns', [spelled])?.fact.text, 'Kearney');
      assert.strictEqual(matchName('Mariana', [spelled])?.fact.text, 'Mariela');
      // Further off at the start, or longer by two letters: another name.
      assert.strictEqual(matchName('Kenney', [spelled]), undefined);
      assert.strictEqual(matchName('Marielanne', [spelled]), undefined);
      // A third slip in a longer name is too many.
      const longer = 'On 3 May, Kessaly Brandt met 2 others.';
      assert.strictEqual(matchName('Kessaria', [readSpelledNames([longer], sourceFrom(longer).facts)]), undefined);
    });

    it('takes a long name sharing its first five letters with one of the source\'s for it, however it ends', () => {
      const text = 'On 3 May, trains stopped at Millbeck 36 times a day, and at Marrick twice.';
      const spelled = readSpelledNames([text], sourceFrom(text).facts);
      assert.strictEqual(matchName('Millbrook', [spelled], true)?.fact.text, 'Millbeck');
      assert.strictEqual(matchName('Millbank', [spelled], true)?.fact.text, 'Millbeck');
      // Not beside other name words, whose own rules tell a person's last name.
      assert.strictEqual(matchName('Millbrook', [spelled]), undefined);
      // Four letters shared are another place; so is a name too short to have parts, or one that goes on where the other ends.
      assert.strictEqual(matchName('Marrowby', [spelled], true), undefined);
      const short = 'On 3 May, 36 trains stopped at Millby.';
      assert.strictEqual(matchName('Millbrook', [readSpelledNames([short], sourceFrom(short).facts)], true), undefined);
      assert.strictEqual(matchName('Millbecks', [spelled], true), undefined);
      const source = sourceFrom('On 3 May, 1,240 passengers took trains at Millbeck, and 310 at Marrick.');
      assert.deepStrictEqual(mismatches('On 3 May, 1,240 passengers took trains at Millbrook.', [source]), [['Millbrook', 'Millbeck']]);
      assert.deepStrictEqual(mismatches('On 3 May, 1,240 passengers took trains at Millbrook Park.', [source]), []);
    });

    it('finds none for a word the source uses, in any case or accent, nor for a word far from its names', () => {
      for (const word of ['Hensler', 'HENSLER', 'Irarrazaval', 'Publishers', 'Henley', 'Hassle', 'Pensler']) assert.strictEqual(matchName(word, [names]), undefined, word);
    });

    it('finds none for another form of a name: a plural, a demonym, a derivation, a British spelling', () => {
      for (const word of ['Norlands', 'Norlander', 'Ministers', 'Defence']) assert.strictEqual(matchName(word, [names]), undefined, word);
      // A Russian name's ending transliterated the other way.
      const composer = 'Harada played Rachmaninov at 6 concerts.';
      assert.strictEqual(matchName('Rachmaninoff', [readSpelledNames([composer], sourceFrom(composer).facts)]), undefined);
      // "-re" for "-er" is a spelling at the end only: inside a name, two letters swapped.
      const orchestra = 'The Brenholt Philharmonic drew 27,840 people to the Centre.';
      assert.strictEqual(matchName('Bernholt', [readSpelledNames([orchestra], sourceFrom(orchestra).facts)])?.fact.text, 'Brenholt');
      assert.strictEqual(matchName('Center', [readSpelledNames([orchestra], sourceFrom(orchestra).facts)]), undefined);
      const council = readSpelledNames(['The City Council met 3 times.'], sourceFrom('The City Council met 3 times.').facts);
      assert.strictEqual(matchName('Councilor', [council]), undefined);
      // A doubled "l" is a British spelling only before the endings that double it.
      const counsellor = readSpelledNames(['The Travelling Counsellor met 3 times.'], sourceFrom('The Travelling Counsellor met 3 times.').facts);
      assert.strictEqual(matchName('Counselor', [counsellor]), undefined);
      assert.strictEqual(matchName('Traveling', [counsellor]), undefined);
      const hallworth = 'Commissioner Martin Hallworth wants 14 more officers.';
      assert.strictEqual(matchName('Halworth', [readSpelledNames([hallworth], sourceFrom(hallworth).facts)])?.fact.text, 'Hallworth');
      const halloran = 'Mirek Halloran said 264 crew were paid nothing.';
      assert.strictEqual(matchName('Haloran', [readSpelledNames([halloran], sourceFrom(halloran).facts)])?.fact.text, 'Halloran');
      // One ending put for another of as many letters is a slip, not another form.
      const wierzbicki = 'Tomasz Wierzbicki, 41, opened the shop.';
      assert.strictEqual(matchName('Wierzbicky', [readSpelledNames([wierzbicki], sourceFrom(wierzbicki).facts)])?.fact.text, 'Wierzbicki');
      // So is a letter dropped inside one: "-n" and "-an" end no two forms of "Vaughan".
      const vaughan = 'The judge, Eleri Vaughan, gave 3 prizes.';
      assert.strictEqual(matchName('Vaughn', [readSpelledNames([vaughan], sourceFrom(vaughan).facts)])?.fact.text, 'Vaughan');
      // And a last letter undoubled or doubled: "-n" ends no other form of "Kortmann".
      const kortmann = 'The German entrant Anneliese Kortmann, 63, drove 3 stages.';
      assert.strictEqual(matchName('Kortman', [readSpelledNames([kortmann], sourceFrom(kortmann).facts)])?.fact.text, 'Kortmann');
      const bennet = 'The judge, Ann Bennet, gave 3 prizes.';
      assert.strictEqual(matchName('Bennett', [readSpelledNames([bennet], sourceFrom(bennet).facts)])?.fact.text, 'Bennet');
    });

    it('finds none for a word as near two names, since which it misspells is unknown', () => {
      const two = readSpelledNames(['On 3 May, Maren Holt met Karen Holt, 2 sisters.'], sourceFrom('On 3 May, Maren Holt met Karen Holt, 2 sisters.').facts);
      assert.strictEqual(matchName('Taren', [two]), undefined);
      assert.strictEqual(matchName('Marren', [two])?.fact.text, 'Maren');
    });

    it('cites a name by the first fact whose quote holds it, at its place in the source, and knows no name no such quote holds', () => {
      const hensler = names.names.find((n) => n.fact.text === 'Hensler')!.fact;
      assert.strictEqual(hensler.quote, 'The fair drew 312,480 visitors, its director Ana Hensler said on Monday, and 1,240 of them came from Valparaíso.');
      assert.strictEqual(hensler.quote.slice(hensler.quoteOffset, hensler.quoteOffset + 7), 'Hensler');
      const line = SOURCE.split('\n')[hensler.source.range.start.line];
      assert.strictEqual(line.slice(hensler.source.range.start.character, hensler.source.range.end.character), 'Hensler');
      const onlyWithoutFigures = readSpelledNames(['Grace Okafor spoke.'], []);
      assert.deepStrictEqual(onlyWithoutFigures.names, []);
      assert.ok(onlyWithoutFigures.words.has('okafor'));
    });

    it('cites a name of a sentence without a figure in that sentence, at its paragraph, placed by a figure of the paragraph or else the line it starts on', () => {
      const text = ['# Levy', '', 'The levy raises £14 a year. Lars Hedvig, the opposition spokesman, called it unfair.', '', 'Councillor Anita Brereton chairs the panel.'].join('\n');
      const index = new FactIndex([sourceFrom(text)]);
      const [{ names }] = index.spelledNames();
      const hedvig = names.find((n) => n.fact.text === 'Hedvig')!.fact;
      assert.strictEqual(hedvig.quote, 'Lars Hedvig, the opposition spokesman, called it unfair.');
      assert.strictEqual(hedvig.quote.slice(hedvig.quoteOffset, hedvig.quoteOffset + 6), 'Hedvig');
      assert.deepStrictEqual([hedvig.source.paragraph, hedvig.source.range.start], [1, { line: 2, character: 0 }]);
      assert.deepStrictEqual(mismatches('The levy raises £14 a year. Lars Hedwig, the opposition spokesman, called it unfair.', [sourceFrom(text)]), [['Hedwig', 'Hedvig']]);
      // A paragraph without a figure is placed at the line it starts on.
      const brereton = names.find((n) => n.fact.text === 'Brereton')!.fact;
      assert.deepStrictEqual([brereton.source.paragraph, brereton.source.range.start, brereton.quote], [2, { line: 4, character: 0 }, 'Councillor Anita Brereton chairs the panel.']);
      assert.deepStrictEqual(mismatches('The levy raises £14 a year. Councillor Anita Brereten chairs the panel.', [sourceFrom(text)]), [['Brereten', 'Brereton']]);
    });
  });

  describe('checked in a draft', () => {
    const source = sourceFrom(SOURCE);

    it('flags a misspelt name beside the figures, with the source’s spelling as the fix, in order among them', () => {
      const draft = 'The fair drew 312,840 visitors, director Ana Hessler said, and Tomas Irarrazabal counted 41,000 books sold.';
      assert.deepStrictEqual(mismatches(draft, [source]), [
        ['312,840', '312,480'],
        ['Hessler', 'Hensler'],
        ['Irarrazabal', 'Irarrázaval'],
      ]);
      const finding = checkDocument(draft, 'markdown', new FactIndex([source])).findings.find((f) => f.claim.text === 'Hessler')!;
      assert.strictEqual(finding.code, FindingCode.NameMismatch);
      assert.strictEqual(finding.fact?.source.paragraph, 1);
      // A name after an "&" was no name of the source's, and its misspelling went unflagged.
      const firm = sourceFrom('# Results\n\nShares rose 4% on Friday, said Omar Castellanos of Dunmore & Reid.');
      assert.deepStrictEqual(mismatches('Shares rose 4% on Friday, said Omar Castellanos of Dunmore & Reed.', [firm]), [['Reed', 'Reid']]);
      // A last name alone opening a sentence, its speaker's, went unread.
      assert.deepStrictEqual(mismatches('The fair drew 312,480 visitors. Hessler said the city had helped.', [source]), [['Hessler', 'Hensler']]);
    });

    it('holds names to a lone source only in a draft that restates it, as a figure it gives rightly says, incrementally too', () => {
      const index = new FactIndex([source]);
      const unrelated = 'Our choir of 40 singers, led by Ana Hessler, meets on Fridays.\n';
      const restating = `${unrelated}\nThe fair drew 312,480 visitors.\n`;
      assert.deepStrictEqual(mismatches(unrelated, [source]), []);
      assert.deepStrictEqual(mismatches(restating, [source]), [['Hessler', 'Hensler']]);
      const checker = new IncrementalCheck('markdown', index);
      for (const text of [unrelated, restating, unrelated, restating.replace('<!--', ''), `<!-- factline-ignore -->\n${restating}`]) {
        const result = checker.check(text);
        const fresh = checkDocument(text, 'markdown', index);
        const verdicts = result.verdicts();
        assert.deepStrictEqual(verdicts.mismatches.map((f) => f.claim.text), fresh.findings.filter((f) => f.verdict === 'mismatch').map((f) => f.claim.text), text);
        assert.deepStrictEqual(result.findingAt(text.indexOf('Hessler')), fresh.findings.find((f) => f.claim.text === 'Hessler'), text);
        assert.deepStrictEqual(result.findings, fresh.findings, text);
      }
    });

    it('takes a last name after the source\'s first name, started as the source\'s, for that person\'s name', () => {
      const airport = sourceFrom('Airport authority director Celeste Marchetti said 12 flights a week would start on 3 March.');
      // Three letters off a name of nine: too far for a misspelling alone, but the first name is hers.
      assert.deepStrictEqual(mismatches('Airport authority director Celeste Marchese said 12 flights a week would start.', [airport]), [['Marchese', 'Marchetti']]);
      // Another first name, or a last name started otherwise, is another person.
      assert.deepStrictEqual(mismatches('Airport authority director Helen Marchese said 12 flights a week would start.', [airport]), []);
      assert.deepStrictEqual(mismatches('Airport authority director Celeste Marino said 12 flights a week would start.', [airport]), []);
      // A middle word is no first name.
      assert.deepStrictEqual(mismatches('Airport authority director Celeste Marchese Lund said 12 flights a week would start.', [airport]), []);
      // A short last name two letters off after her first name, started alike but for a letter or two, is hers too.
      const officer = sourceFrom('The returning officer, Deborah Lyall, declared the result at 6.20pm, after 32 hours of counting.');
      assert.deepStrictEqual(mismatches('The returning officer, Deborah Lyle, declared the result after 32 hours of counting.', [officer]), [['Lyle', 'Lyall']]);
      assert.deepStrictEqual(mismatches('The returning officer, Deborah Lowe, declared the result after 32 hours of counting.', [officer]), []);
      // A short first name opening a sentence is a first name too, but for a function word.
      const council = sourceFrom('Tom Ashdown, 47, the opposition transport spokesman, said the 212-metre bridge had been neglected.');
      assert.deepStrictEqual(mismatches('Tom Ashton, the opposition transport spokesman, said the 212-metre bridge had been neglected.', [council]), [['Ashton', 'Ashdown']]);
      assert.deepStrictEqual(namesIn('The Ashton report is due.', 3), ['Ashton']);
      // Three letters off, of as many letters or one more, started with the same three: "Gordon Ashford" for Gordon Ashworth.
      const show = sourceFrom('The chairman, Gordon Ashworth, 63, said 69,740 people came.');
      assert.deepStrictEqual(mismatches('The chairman, Gordon Ashford, said 69,740 people came.', [show]), [['Ashford', 'Ashworth']]);
      assert.deepStrictEqual(mismatches('The chairman, Gordon Ashcroft, said 69,740 people came.', [show]), []);
      // A last name after her first takes no plural, and a long one may slip at its first letter alone.
      const residents = sourceFrom('Gemma Thwaite, 52, and Martin Calloway, 68, said 87 homes would go, and Maren Lund-Hagen agreed.');
      assert.deepStrictEqual(mismatches('Gemma Thwaites and Martin Galloway said 87 homes would go.', [residents]), [
        ['Thwaites', 'Thwaite'],
        ['Galloway', 'Calloway'],
      ]);
      assert.deepStrictEqual(mismatches('Gemma Whaite and Martin Callaway said 87 homes would go.', [residents]), [['Callaway', 'Calloway']]);
      // Nor one part of a last name the source joins with a hyphen.
      assert.deepStrictEqual(mismatches('Maren Lund-Hansen said 87 homes would go.', [residents]), [['Hansen', 'Hagen']]);
    });

    it('reads a last name after its first name past a role spanning both, and takes the plural of an "-er" name for a slip, not its singular', () => {
      const festival = sourceFrom('Festival director Pieter Rademaker, 56, said 212,000 tickets were sold. The Social Democrats won 71 seats.');
      // Was none: the role "Pieter Rademakers, its director" stood between the two names, and "-ers" read as another form.
      assert.deepStrictEqual(mismatches('Pieter Rademakers, its director, said 212,000 tickets were sold.', [festival]), [['Rademakers', 'Rademaker']]);
      // A plural dropped is another form: a party's name as an adjective.
      assert.deepStrictEqual(mismatches('Social Democrat leader Pavel Brenner said they won 71 seats.', [festival]), []);
    });

    it('takes a last name after a first name too short to check for that person\'s, and checks no short name itself', () => {
      const board = sourceFrom('Borealis CEO Luc Arseneau, 63, will become executive chairman for 18 months, and St Brannock\'s Hospital will close 2 wards.');
      // "Luc" was no name word, so "Arsenault", three letters off, had no first name to tell it by.
      assert.deepStrictEqual(mismatches('Borealis CEO Luc Arsenault, 63, becomes executive chairman for 18 months.', [board]), [['Arsenault', 'Arseneau']]);
      assert.deepStrictEqual(mismatches('Two wards at St Brannigan\'s Hospital close, 2 of them soon.', [board]), [['Brannigan', 'Brannock']]);
      // The short name is read, not checked, in the draft or the source: "Lux" and "Lucy" are no slips of "Luc".
      assert.deepStrictEqual(findNames('said Borealis CEO Luc Arsenault.', { start: 0, end: 31 }, tokenizeWords('said Borealis CEO Luc Arsenault.', 0, 31)).map((n) => [n.text, !!n.short]), [['Borealis', false], ['Luc', true], ['Arsenault', false]]);
      assert.deepStrictEqual(mismatches('Borealis CEO Lux Arseneau, 63, becomes executive chairman for 18 months.', [board]), []);
      assert.deepStrictEqual(mismatches('Borealis adviser Lucy Marsh, 63, becomes executive chairman for 18 months.', [board]), []);
    });

    it('takes a name a letter off a three-letter name of the source for it, though a three-letter name is checked against none', () => {
      const shelling = sourceFrom('The ministry said the shelling happened near Vel village in the east of the country, where 3 soldiers were wounded.');
      assert.deepStrictEqual(mismatches('The ministry said 3 soldiers were wounded near the village of Verl.', [shelling]), [['Verl', 'Vel']]);
      assert.deepStrictEqual(mismatches('The ministry said 3 soldiers were wounded near the village of Vel.', [shelling]), []);
      // A draft's three-letter name is a letter from too many words to be held to a source's: "Val" is no slip of Vel.
      assert.deepStrictEqual(mismatches('The ministry said 3 soldiers were wounded near the village of Val.', [shelling]), []);
    });

    it('takes a given name of two halves a letter off the source\'s for it, and the source\'s as its own', () => {
      const final = sourceFrom('# Final\n\nHead coach Lee Dong-hyun, 36, said the players had rehearsed the final 40 times.\n');
      assert.deepStrictEqual(mismatches('Head coach Lee Dong-hyuk, 36, said his players rehearsed it 40 times.', [final]), [['Dong-hyuk', 'Dong-hyun']]);
      assert.deepStrictEqual(mismatches('Head coach Lee Dong-hyun, 36, said his players rehearsed it 40 times.', [final]), []);
    });

    it('takes a first name before the source\'s last name, of its first letter, for that person\'s first name', () => {
      const guild = sourceFrom('Guild president Teresa Vallejo said 1,200 musicians would march on 3 March.');
      assert.deepStrictEqual(mismatches('Guild president Tamara Vallejo said 1,200 musicians would march.', [guild]), [['Tamara', 'Teresa']]);
      // The source's first name is another person's first too: it is held to where it stands before Holt.
      const flights = sourceFrom('Director Anna Berg said 12 flights would start on 3 March. Her deputy Anna Holt said 3 more would follow.');
      assert.deepStrictEqual(mismatches('Director Anna Berg said 12 flights would start. Her deputy Alina Holt said 3 more would follow.', [flights]), [['Alina', 'Anna']]);
      // A first name of another letter may be a relative's, and one the source uses another person's.
      assert.deepStrictEqual(mismatches('Guild president Lucia Vallejo said 1,200 musicians would march.', [guild]), []);
      assert.deepStrictEqual(mismatches('Guild president Teresa said 1,200 musicians would march. Tamara Vallejo agreed.', [sourceFrom('Guild president Teresa Vallejo and her deputy Tamara Lind said 1,200 musicians would march on 3 March.')]), []);
      // Behind a title written as a name's words, the title is no part of the name; another name's word is.
      const audit = sourceFrom('Auditor General Maren Holt, 58, said 1,200 grants were paid late.');
      assert.deepStrictEqual(mismatches('Auditor General Marit Holt said 1,200 grants were paid late.', [audit]), [['Marit', 'Maren']]);
      assert.deepStrictEqual(mismatches('Auditor Anna Marit Holt said 1,200 grants were paid late.', [audit]), []);
      // Another form of the word is no slip.
      assert.deepStrictEqual(mismatches('The Defense Ministry said 1,200 troops would march.', [sourceFrom('The Defence Ministry said 1,200 troops would march on 3 March.')]), []);
    });

    it('takes a point of the compass before or after a word of the source\'s name for its own, whatever its letters', () => {
      const vote = sourceFrom("She carried 16 of the city's 28 wards, and Desai one, Riverside North, where her party holds 3 seats. Trains to North Calder rose 4% in May.");
      const draft = (text: string) => mismatches(`She carried 16 of the city's 28 wards. ${text}`, [vote]);
      assert.deepStrictEqual(draft('Desai won one, Riverside South, where her party holds 3 seats.'), [['South', 'North']]);
      assert.deepStrictEqual(draft('Trains to South Calder rose 4% in May.'), [['South', 'North']]);
      // Another word is another place; a point of the compass the source uses is its own.
      assert.deepStrictEqual(draft('Desai won one, Riverside Park, where her party holds 3 seats.'), []);
      assert.deepStrictEqual(mismatches("She carried 16 of the city's 28 wards. Trains to North Calder rose 4% in May.", [sourceFrom("She carried 16 of the city's 28 wards. Trains to South Calder rose 4% in May, and to North Calder 2%.")]), []);
    });

    it('takes a word of a name of three words or more, the others the source\'s in order, for the source\'s word there', () => {
      const pools = sourceFrom('Lessons would move to Drumlee Leisure Centre and Strand Road Pool, where 2,900 pupils would swim. Council President Marisol Vega said so on 3 March.');
      assert.deepStrictEqual(mismatches('Swimmers will be left with Drumlee Leisure Centre and Shore Road Pool, and 2,900 pupils.', [pools]), [['Shore', 'Strand']]);
      assert.deepStrictEqual(mismatches('Council President Marisol Vargas said 2,900 pupils would swim.', [pools]), [['Vargas', 'Vega']]);
      // Two words do not tell one name from another that shares a word ("Suez Canal", "Varnholm Canal"),
      assert.deepStrictEqual(mismatches('Swimmers will use Marine Road, and 2,900 pupils.', [pools]), []);
      // nor do other words, or words in another order, or a word the source uses.
      assert.deepStrictEqual(mismatches('Swimmers will be left with Shore Road Baths, and 2,900 pupils.', [pools]), []);
      assert.deepStrictEqual(mismatches('Swimmers will be left with Road Shore Pool, and 2,900 pupils.', [pools]), []);
      assert.deepStrictEqual(mismatches('Swimmers will be left with Drumlee Road Pool, and 2,900 pupils.', [pools]), []);
    });

    it('leaves alone a name of several words of which the source uses none: the draft’s own person', () => {
      const storm = sourceFrom('At least 11 people died after Storm Hella hit the region on 20 October.');
      assert.deepStrictEqual(mismatches('At least 11 people died. Helga Brandt, who runs a bakery, said so.', [storm]), []);
      assert.deepStrictEqual(mismatches('At least 11 people died. Then Helga, who runs a bakery, said so.', [storm]), [['Helga', 'Hella']]);
      assert.deepStrictEqual(mismatches('At least 11 people died after Storm Helga hit the region.', [storm]), [['Helga', 'Hella']]);
    });

    it('leaves names alone in headings, and where an ignore comment silences them', () => {
      assert.deepStrictEqual(mismatches('# Director Hessler hails the fair\n\nIt drew 312,480 visitors.\n', [source]), []);
      assert.deepStrictEqual(mismatches('It drew 312,480 visitors, said Ana Hessler <!-- factline-ignore -->.\n', [source]), []);
    });

    it("flags a misspelt dateline place, fixed in the draft's capitals", () => {
      const jail = [sourceFrom('BRACKNEY, Thursday 13 November 2025 — HMP Harrowden, built to hold 612 men, was holding 847 when inspectors arrived.\n')];
      assert.deepStrictEqual(mismatches('BROCKNEY, Nov. 14 — HMP Harrowden, built for 612 men, held 847 when inspectors arrived.\n', jail), [['BROCKNEY', 'BRACKNEY']]);
      assert.deepStrictEqual(mismatches('HMP Harrowden in the town of Brockney, built for 612 men, held 847 when inspectors arrived.\n', jail), [['Brockney', 'Brackney']]);
      assert.deepStrictEqual(mismatches('HMP Harrowden in the town of Brackney, built for 612 men, held 847 when inspectors arrived.\n', jail), []);
    });

    it('gives names in UTF-16 code units after emoji and non-Latin text, with CRLF line breaks', () => {
      const draft = '😀 Привет.\r\n\r\nThe fair 🎉 drew 312,480 visitors, said Ana Hessler.\r\n';
      const finding = checkDocument(draft, 'markdown', new FactIndex([source])).findings.find((f) => f.code === FindingCode.NameMismatch)!;
      assert.strictEqual(draft.slice(finding.claim.start, finding.claim.end), 'Hessler');
    });

    it('holds a name among many sources to those its paragraph restates, and to none when the draft says of none', () => {
      const { arden, bexley, others } = lookAlikeSources();
      const many = new FactIndex([arden, bexley, ...others]);
      const spelt = (text: string) => checkDocument(text, 'markdown', many).findings.filter((f) => f.code === FindingCode.NameMismatch).map((f) => [f.claim.text, f.fix]);
      const arden1 = paragraphAbout('Arden');
      const named = namesIn(arden1).find((n) => n.length >= 5 && !/^Arden$/.test(n));
      if (!named) return assert.fail(`the look-alike paragraph names no one: ${arden1}`);
      const misspelt = named.slice(0, -1) + (named.endsWith('z') ? 'y' : 'z');
      assert.deepStrictEqual(spelt(arden1.replace(named, misspelt)), [[misspelt, named]]);
      assert.deepStrictEqual(spelt(`The town thanked ${misspelt} for the help.\n`), []);
    });

    it('gives what a fresh check gives as names are typed and misspelt, incrementally, among one source and many', () => {
      const { arden, bexley, others } = lookAlikeSources();
      for (const [index, base, seed] of [
        [new FactIndex([source]), `${SOURCE.split('\n').slice(2).join('\n')}\n\nA note without figures, to Ana Hensler.\n`, 21],
        [new FactIndex([arden, bexley, ...others]), `${paragraphAbout('Arden')}\n\nThanks went to the volunteers of Arden.\n\n${paragraphAbout('Bexley')}\n`, 22],
      ] as Array<[FactIndex, string, number]>) {
        const r = prng(seed);
        const checker = new IncrementalCheck('markdown', index);
        let text = base;
        let misspelt = 0;
        for (let step = 0; step < 120; step++) {
          const words = [...text.matchAll(/\p{Lu}\p{Ll}{3,}/gu)];
          const word = words[Math.floor(r() * words.length)];
          const at = word.index! + 1 + Math.floor(r() * (word[0].length - 1));
          text = r() < 0.7 ? text.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 26)] + text.slice(at + 1) : text.slice(0, at) + text.slice(at + 1);
          const result = checker.check(text);
          const fresh = checkDocument(text, 'markdown', index);
          const verdicts = result.verdicts();
          misspelt += fresh.findings.filter((f) => f.code === FindingCode.NameMismatch).length;
          assert.deepStrictEqual(result.findings, fresh.findings, `seed ${seed}, step ${step}`);
          assert.deepStrictEqual(
            verdicts.mismatches.map((f, i) => [f.claim.start + verdicts.moves[i], f.claim.text, f.fix]),
            fresh.findings.filter((f) => f.verdict === 'mismatch').map((f) => [f.claim.start, f.claim.text, f.fix]),
            `seed ${seed}, step ${step}`,
          );
          for (const f of fresh.findings) assert.deepStrictEqual(result.findingAt(f.claim.start), fresh.findings.find((g) => g.claim.start <= f.claim.start && f.claim.start <= g.claim.end), `seed ${seed}, step ${step}`);
        }
        assert.ok(misspelt > 20, `seed ${seed}: only ${misspelt} misspelt names met in 120 steps`);
      }
    });
  });
});
