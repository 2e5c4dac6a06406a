import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FindingCode } from '../../server/src/core/check/codes';
import { findPlaces } from '../../server/src/core/extract/findPlaces';
import { readStatedPlaces } from '../../server/src/core/facts/statedPlaces';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { tokenizeWords } from '../../server/src/core/text/words';
import { findingsOverRandomEdits, mismatches, sourceFrom } from '../helpers/core';

/** Each place a sentence gives a name: the place as spanned, how it is given, and the holder's words. */
const placesIn = (text: string) => findPlaces(text, { start: 0, end: text.length }, tokenizeWords(text, 0, text.length)).map((p) => [text.slice(p.start, p.end), p.place.form, p.place.holder.join(' ')]);

const SOURCE = [
  '# Barrier opens',
  '',
  'The gates were made by the Dutch contractor Van Ossel Waterbouw under a €410m contract.',
  '',
  'Redfern, a subsidiary of Calgary-based Redfern Energy, has 30 days to contest the $4.2 million fine.',
  '',
  'Dana Whitcombe, 49, finance chief of Brightmoor Logistics in Columbus, Ohio, starts on 17 November.',
  '',
  'Coach Ingrid Solberg, a Norwegian, won 3 titles. The first centre opens in Kilbrack, Co Clare, with 96 places.',
  '',
  'Medivaart, which has 2 plants in Eindhoven, signed a €14.2 million deal with the trust.',
  '',
  'The British partner, Brennock Marine Engineering of Newcastle, built the piers.',
  '',
  'The youngest, Isla Pendry from Kellford, is 11; the oldest, Arthur Bellow of Merrow, is 93.',
].join('\n');

describe('places', () => {
  describe('findPlaces', () => {
    it('reads a place a firm is based in, before or after its name', () => {
      assert.deepStrictEqual(placesIn('Redfern, a subsidiary of Toronto-based Redfern Energy, has 30 days.'), [['Toronto', 'place', 'redfern energy']]);
      assert.deepStrictEqual(placesIn('about C$120 million for its Montreal-based parent, Laurentide Financial Group.'), [['Montreal', 'place', 'laurentide financial group']]);
      assert.deepStrictEqual(placesIn('to Greystone, whose parent company, Van Dijk Milieu, is based in Amsterdam.'), [['Amsterdam', 'place', 'van dijk milieu']]);
      assert.deepStrictEqual(placesIn('went to Vandermeer Mobiliteit, a Dutch consultancy headquartered in Rotterdam.'), [
        ['Rotterdam', 'place', 'vandermeer mobiliteit'],
        ['Dutch', 'modifier', 'vandermeer mobiliteit'],
      ]);
      assert.deepStrictEqual(placesIn('a contract with Quebec’s Northshore Coach for 18 buses'), [['Quebec', 'place', 'northshore coach']]);
      assert.deepStrictEqual(placesIn('Priya Ramaswamy, an analyst at Halvorsen Capital in Boston, said.'), [['Boston', 'place', 'halvorsen capital']]);
      assert.deepStrictEqual(placesIn('the Cerro Alto Verde Observatory in northern Argentina.'), [['Argentina', 'place', 'cerro alto verde observatory']]);
      assert.deepStrictEqual(placesIn('the St. Brigid’s Hospital in Ballycarra'), [['Ballycarra', 'place', 'brigid hospital']]);
    });

    it('reads a nationality or place before what a firm is, and a nationality after a name', () => {
      assert.deepStrictEqual(placesIn('built by the Belgian contractor Van Ossel Waterbouw under a contract'), [['Belgian', 'modifier', 'van ossel waterbouw']]);
      assert.deepStrictEqual(placesIn('a dispute with the U.S. operator Northbound Aviation.'), [['U.S.', 'modifier', 'northbound aviation']]);
      assert.deepStrictEqual(placesIn('a contract with Ontario manufacturer Northshore Coach, priced at C$26.5 million.'), [['Ontario', 'modifier', 'northshore coach']]);
      assert.deepStrictEqual(placesIn('Halvorsen Signal Systems, the Swedish company that installed it, will pay.'), [['Swedish', 'modifier', 'halvorsen signal systems']]);
      assert.deepStrictEqual(placesIn('Ferrandi, 63, a Spaniard, lasted three years.'), [['Spaniard', 'nationality', 'ferrandi']]);
      assert.deepStrictEqual(placesIn('Ferrandi, a 63-year-old Italian, was sacked.'), [['Italian', 'nationality', 'ferrandi']]);
      assert.deepStrictEqual(placesIn('said Dr Miriam Okonjo-Hale, a Kenyan who leads it.'), [['Kenyan', 'nationality', 'miriam okonjo hale']]);
      // A story's first word after its dateline is capitalised whatever it is: "Rail" is no place.
      assert.deepStrictEqual(placesIn('HARLOWMERE — Rail network operator Railpath will spend £23.6 million.'), []);
      assert.deepStrictEqual(placesIn('LONDON, Dec. 4 (AP) — Rail network operator Railpath will spend £23.6 million.'), []);
      assert.deepStrictEqual(placesIn('HARLOWMERE — Dutch contractor Van Ossel will spend £23.6 million.'), [['Dutch', 'modifier', 'van ossel']]);
    });

    it('reads the place a town lies in, a county word left out, and an abbreviation with its point', () => {
      assert.deepStrictEqual(placesIn('The final in Alder Bay, Ore., was the biggest.'), [['Ore.', 'place', 'alder bay']]);
      assert.deepStrictEqual(placesIn('ALDER BAY, Wash., Oct. 27 — Seoul-based Halcyon Rift won.'), [
        ['Wash.', 'place', 'alder bay'],
        ['Seoul', 'place', 'halcyon rift'],
      ]);
      assert.deepStrictEqual(placesIn('speaking at a crèche in Ballinacarrig, Co Wexford, she said.'), [['Wexford', 'place', 'ballinacarrig']]);
      assert.deepStrictEqual(placesIn('The first, in Kilbrack, County Kerry, opens in spring.'), [['Kerry', 'place', 'kilbrack']]);
    });

    it('reads no place in a list, a clause, a name "of" goes on, or a month', () => {
      assert.deepStrictEqual(placesIn('In Kelsbridge, Marsh won 41,321 votes.'), []);
      assert.deepStrictEqual(placesIn('The Seoul-based side beat Northwind Vanguard of Copenhagen.'), [['Copenhagen', 'place', 'northwind vanguard']]);
      assert.deepStrictEqual(placesIn('Offices in Paris, London and Berlin were shut.'), []);
      assert.deepStrictEqual(placesIn('Hearings in Oakmere, Linden Ridge, and Ashby follow.'), []);
      assert.deepStrictEqual(placesIn('the Bank of England and the Ministry of Defence said.'), []);
      assert.deepStrictEqual(placesIn('Halvern Systems in March reported a loss.'), []);
      assert.deepStrictEqual(placesIn('Pryce, a Labour councillor, won.'), []);
      assert.deepStrictEqual(placesIn('A crash at Brigid’s Hospital was reported.'), []);
      assert.deepStrictEqual(placesIn('Lucia Ferrante’s Future Host Commission and the IOC’s Future Host Commission visit.'), []);
    });
  });

  describe('readStatedPlaces', () => {
    it('cites a place where a fact’s quote holds it, and keeps the words of each sentence naming the holder', () => {
      const source = sourceFrom(SOURCE);
      const stated = readStatedPlaces(SOURCE.split('\n').filter(Boolean), source.facts);
      const dutch = stated.places.find((p) => p.fact.text === 'Dutch')!;
      assert.strictEqual(dutch.phrase, 'Dutch contractor Van Ossel Waterbouw');
      assert.ok(dutch.fact.quote.includes('Van Ossel Waterbouw'));
      // A place in a sentence of no figure has no fact to cite.
      assert.ok(!stated.places.some((p) => p.fact.text === 'Newcastle'));
      assert.ok(stated.toldOf.get('medivaart') === undefined || stated.toldOf.get('medivaart')!.has('eindhoven'));
    });
  });

  describe('checked in a draft', () => {
    const source = sourceFrom(SOURCE);
    const index = new FactIndex([source]);
    const RESTATES = 'The gates cost €410m. ';

    it('flags a place the source gives the name otherwise, and fixes it in the draft’s own words', () => {
      assert.deepStrictEqual(mismatches(`${RESTATES}They were made by the Belgian contractor Van Ossel Waterbouw.`, [source]), [['Belgian', 'Dutch']]);
      assert.deepStrictEqual(mismatches(`${RESTATES}Redfern, owned by Toronto-based Redfern Energy, will appeal.`, [source]), [['Toronto', 'Calgary']]);
      assert.deepStrictEqual(mismatches(`${RESTATES}Dana Whitcombe comes from Brightmoor Logistics in Cleveland, Ohio.`, [source]), [['Cleveland', 'Columbus']]);
      assert.deepStrictEqual(mismatches(`${RESTATES}Ingrid Solberg, a Swede, won 3 titles.`, [source]), [['Swede', 'Norwegian']]);
      assert.deepStrictEqual(mismatches(`${RESTATES}The first opens in Kilbrack, County Kerry, with 96 places.`, [source]), [['Kerry', 'Clare']]);
      // A place the source's sentence gives another name is no place of this one's.
      assert.deepStrictEqual(mismatches(`${RESTATES}The youngest was Isla Pendry of Merrow.`, [source]), [['Merrow', 'Kellford']]);
      // Given in a paragraph without a figure, at the line it starts on.
      assert.deepStrictEqual(mismatches(`${RESTATES}Brennock Marine Engineering of Sunderland built the piers.`, [source]), [['Sunderland', 'Newcastle']]);
      assert.deepStrictEqual(checkDocument(`${RESTATES}Brennock Marine Engineering of Sunderland built the piers.`, 'markdown', index).findings.find((f) => f.code === FindingCode.PlaceMismatch)?.fact?.source.range.start, { line: 12, character: 0 });
      const finding = checkDocument(`${RESTATES}They were made by the Belgian contractor Van Ossel Waterbouw.`, 'markdown', index).findings.find((f) => f.code === FindingCode.PlaceMismatch)!;
      assert.strictEqual(finding.sourceSays, 'Dutch contractor Van Ossel Waterbouw');
      assert.strictEqual(finding.fact?.source.paragraph, 1);
    });

    it('flags nothing where the source gives the draft’s place, a form of it, or names it with the holder, or gives none of that kind', () => {
      assert.deepStrictEqual(mismatches(`${RESTATES}The Dutch firm Van Ossel Waterbouw made them.`, [source]), []);
      assert.deepStrictEqual(mismatches(`${RESTATES}Ingrid Solberg, a Norwegian, won 3 titles.`, [source]), []);
      // A nationality before a firm is not held to the town it is based in.
      assert.deepStrictEqual(mismatches(`${RESTATES}The Canadian firm Redfern Energy will appeal.`, [source]), []);
      assert.deepStrictEqual(mismatches(`${RESTATES}Medivaart, based in Eindhoven, signed the deal.`, [source]), []);
      // A place shortened, to its initials or first letters.
      assert.deepStrictEqual(mismatches(`${RESTATES}Brightmoor Logistics in Columbus, Oh., hired her.`, [source]), []);
      // Another firm of one of the holder's words is another firm.
      assert.deepStrictEqual(mismatches(`${RESTATES}Redfern Marine of Toronto will appeal.`, [source]), []);
    });

    it('holds a country only to a country: a country holds the county or region the source names', () => {
      assert.deepStrictEqual(mismatches(`${RESTATES}The first opens in Kilbrack, Ireland, with 96 places.`, [source]), []);
      assert.deepStrictEqual(mismatches(`${RESTATES}Brennock Marine Engineering of England built the piers.`, [source]), []);
      const observatory = sourceFrom('The rock was found on 28 November 2030 by the 1.6-metre telescope of the Cerro Verde Observatory in Chile’s Atacama region.');
      assert.deepStrictEqual(mismatches('It was found on 28 November 2030 by the 1.6-metre telescope of the Cerro Verde Observatory in Argentina.', [observatory]), [['Argentina', 'Chile']]);
      assert.deepStrictEqual(mismatches('It was found on 28 November 2030 by the 1.6-metre telescope of the Cerro Verde Observatory in Chile.', [observatory]), []);
    });

    it('holds no place of a draft that restates none of the source’s figures', () => {
      assert.deepStrictEqual(mismatches('Redfern, owned by Toronto-based Redfern Energy, will appeal.', [source]), []);
    });

    it('gives places in UTF-16 code units after emoji and non-Latin text, with CRLF line breaks', () => {
      const draft = '😀 Привет.\r\n\r\nThe gates 🎉 cost €410m, said the Belgian contractor Van Ossel Waterbouw.\r\n';
      const finding = checkDocument(draft, 'markdown', index).findings.find((f) => f.code === FindingCode.PlaceMismatch)!;
      assert.strictEqual(draft.slice(finding.claim.start, finding.claim.end), 'Belgian');
    });

    it('gives what a fresh check gives as places are typed and edited, incrementally', () => {
      const places = findingsOverRandomEdits(`${RESTATES}\n\nThe Belgian contractor Van Ossel Waterbouw built them.\n\nRedfern, owned by Toronto-based Redfern Energy, will appeal.\n`, index, 1, 200, FindingCode.PlaceMismatch);
      assert.ok(places > 10, `only ${places} wrong places met in 200 steps`);
    });
  });
});
