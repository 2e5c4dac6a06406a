import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FindingCode } from '../../server/src/core/check/codes';
import { findRoles } from '../../server/src/core/extract/findRoles';
import { definedAcronyms } from '../../server/src/core/facts/acronyms';
import { readStatedRoles } from '../../server/src/core/facts/statedRoles';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { matchRole } from '../../server/src/core/match/matchRole';
import { tokenizeWords, wordsOfSentences } from '../../server/src/core/text/words';
import { findingsOverRandomEdits, mismatches, seedSource, sourceFrom } from '../helpers/core';

const rolesIn = (text: string) =>
  findRoles(text, { start: 0, end: text.length }, tokenizeWords(text, 0, text.length)).map((r) => [text.slice(r.start + r.role.offset, r.start + r.role.offset + r.role.length), r.role.person, r.role.head]);

const SOURCE = [
  '# Budget passes',
  '',
  'The budget of €41 billion passed by 88 votes, Finance Minister Tobias Wrenfield said on Monday.',
  '',
  'Lucas Brandt, minister of digital affairs, said 12 towns would get fibre.',
  '',
  'The opposition, led by former finance minister Pavel Brenner, won 71 seats.',
  '',
  'Lorna Pettigrew, AANS chief executive, said 3 radars failed. Its president, Raymond Tull, spoke on 2 May.',
  '',
  'Brenner, 61, said in 2019 that the party had chaired 4 committees.',
].join('\n');

describe('roles', () => {
  describe('findRoles', () => {
    it('takes a role before a name, after it between commas, and before it with a comma, each with the person it is of', () => {
      assert.deepStrictEqual(rolesIn('said Armenian Foreign Minister Armen Grigoryan on Monday'), [['Armenian Foreign Minister', 'grigoryan', 'minister']]);
      assert.deepStrictEqual(rolesIn('Social Democrat leader Pavel Brenner, 61, a former foreign minister, has ruled it out.'), [
        ['Social Democrat leader', 'brenner', 'leader'],
        ['former foreign minister', 'brenner', 'minister'],
      ]);
      assert.deepStrictEqual(rolesIn('Its president, Raymond Tull, said so.'), [['president', 'tull', 'president']]);
      assert.deepStrictEqual(rolesIn('He was met by the sporting director, Lena Ostrowska.'), [['sporting director', 'ostrowska', 'director']]);
      assert.deepStrictEqual(rolesIn('Speaking to the minister, Lena Ostrowska said so.'), []);
      assert.deepStrictEqual(rolesIn('said Minister for Public Expenditure Ciarán Devlin.'), [['Minister for Public Expenditure', 'devlin', 'minister']]);
      assert.deepStrictEqual(rolesIn('Helen Strand, a toxicologist at Eastern Ardell University, said.'), [['toxicologist at Eastern Ardell University', 'strand', 'toxicologist']]);
      // An "and" within a title: was "Crime Commissioner", its fix leaving "Police and" before the source's role.
      assert.deepStrictEqual(rolesIn("The county's Police and Crime Commissioner Ruth Adeyemi said so."), [["county's Police and Crime Commissioner", 'adeyemi', 'commissioner']]);
      assert.deepStrictEqual(rolesIn('They met Merkel and Finance Minister Wolfgang Schauble.'), [['Finance Minister', 'schauble', 'minister']]);
      assert.deepStrictEqual(rolesIn('The Competition Bureau and Transport Minister Omar Hale agreed.'), [['Transport Minister', 'hale', 'minister']]);
      // An "and" within what the office is of goes on with it; one before another phrase ends it.
      assert.deepStrictEqual(rolesIn("Martin Kells, the council's director of leisure and communities, said so."), [["council's director of leisure and communities", 'kells', 'director']]);
      assert.deepStrictEqual(rolesIn('Lena Trask, director of finance and a former banker, said so.'), [['director of finance', 'trask', 'director']]);
      assert.deepStrictEqual(rolesIn('Daniel Hurst, chief executive of the consortium, said.'), [['chief executive of the consortium', 'hurst', 'chief executive']]);
      // Two nouns before an office where its phrase plainly starts before them: "works director" was
      // the role, and its fix left "public Transit director".
      assert.deepStrictEqual(rolesIn('Six buses arrive in March, and public works director Helen Marsh says so.'), [['public works director', 'marsh', 'director']]);
      assert.deepStrictEqual(rolesIn('He met finance minister Pavel Brenner on Monday.'), [['finance minister', 'brenner', 'minister']]);
    });

    it('reads a role either side of a name with letters after it, which are no name nor role', () => {
      assert.deepStrictEqual(rolesIn('The opposition spokeswoman on children, Niamh Corrigan TD, said 4 things.'), [['opposition spokeswoman on children', 'corrigan', 'spokesperson']]);
      assert.deepStrictEqual(rolesIn('Jane Ashdown MP, the shadow health secretary, spoke.'), [['shadow health secretary', 'ashdown', 'secretary']]);
      assert.deepStrictEqual(rolesIn('Mayor Tom Reyes Jr said so.'), [['Mayor', 'reyes', 'mayor']]);
      assert.deepStrictEqual(rolesIn('Tom Reyes Jr, the mayor, said so.'), [['mayor', 'reyes', 'mayor']]);
      const childcare = sourceFrom('The scheme will cost €120 million. The opposition spokeswoman on children, Niamh Corrigan TD, said the plan was 2 years late.');
      assert.deepStrictEqual(mismatches('The scheme will cost €120 million. Niamh Corrigan, the opposition finance spokeswoman, said the plan was 2 years late.', [childcare]).map(([claim]) => claim), ['Niamh Corrigan, the opposition finance spokeswoman']);
    });

    it('reads a role set off before a title and its name, as well as the title', () => {
      // Was the title alone: the role before it went unread, so "deputy mayor" met only "Councillor".
      assert.deepStrictEqual(rolesIn("It was started by the city's mayor, Councillor Priya Sandhu, who ran it."), [
        ['Councillor', 'sandhu', 'councillor'],
        ["city's mayor", 'sandhu', 'mayor'],
      ]);
      const race = sourceFrom("The race was started by the city's mayor, Councillor Priya Sandhu, who ran the course in 2 hours.");
      assert.deepStrictEqual(mismatches('The deputy mayor, Councillor Priya Sandhu, started the race and ran it in 2 hours.', [race]), [
        ['deputy mayor, Councillor Priya Sandhu', 'mayor, Councillor Priya Sandhu'],
      ]);
    });

    it('reads an abbreviated title before a name, its stop with it', () => {
      assert.deepStrictEqual(rolesIn('It now goes to Gov. Ellen Marsh, who will sign it. Supt. Gareth Lowe agreed.'), [
        ['Gov.', 'marsh', 'governor'],
        ['Supt.', 'lowe', 'superintendent'],
      ]);
      assert.deepStrictEqual(rolesIn('It went to Lt. Gov. Tom Ede on Monday.'), [['Lt. Gov.', 'ede', 'governor']]);
      // Not another abbreviation: an honorific is no role.
      assert.deepStrictEqual(rolesIn('It went to Dr. Tom Ede. It went to Gov Tom Ede.'), []);
      const bill = sourceFrom('The bill passed by 71 votes to 28. It now goes to Gov. Ellen Marsh, who has said she will sign it.');
      assert.deepStrictEqual(mismatches('The bill passed by 71 votes to 28. It now goes to Lieutenant Governor Ellen Marsh.', [bill]), [['Lieutenant Governor Ellen Marsh', 'Gov. Ellen Marsh']]);
      assert.deepStrictEqual(mismatches('The bill passed by 71 votes to 28. It now goes to Sen. Ellen Marsh.', [bill]), [['Sen. Ellen Marsh', 'Gov. Ellen Marsh']]);
      assert.deepStrictEqual(mismatches('The bill passed by 71 votes to 28. It now goes to Governor Ellen Marsh.', [bill]), []);
    });

    it('reads a role after a verb that keeps a person in it, and "as"', () => {
      assert.deepStrictEqual(rolesIn("Priya Raman stays on as Northway's chief operating officer."), [["Northway's chief operating officer", 'raman', 'chief operating officer']]);
      assert.deepStrictEqual(rolesIn('Priya Raman, who will remain as chief executive until June, said so.'), [['chief executive', 'raman', 'chief executive']]);
      assert.deepStrictEqual(rolesIn('Tom Ede remains as popular as ever. Tom Ede works as a guide.'), []);
      // A clause after the name that says the person holds a role now.
      assert.deepStrictEqual(rolesIn("Anjali Venkatesan, 44, who has been the hospital's head vet since 2019, said so."), [["hospital's head vet", 'venkatesan', 'veterinarian']]);
      assert.deepStrictEqual(rolesIn('Anna Rees, who is a keen swimmer, said so. Tom Ede, who was the head vet, said so.'), []);
      const hospital = sourceFrom('"Hoglets come in at 150 grams," said Anjali Venkatesan, 44, who has been the hospital\'s head vet since 2019. "We need volunteers," said Tom Bellamy, 51, the hospital manager.');
      assert.deepStrictEqual(mismatches('Anjali Venkatesan, the hospital manager, said hoglets come in at 150 grams.', [hospital]), [['Anjali Venkatesan, the hospital manager', 'Anjali Venkatesan, the head vet']]);
      // The American word for a kind of school is the British one's.
      const parent = sourceFrom('Declan Moorhouse, 39, a secondary school teacher, said his mother spent her last 11 days at the hospice.');
      assert.deepStrictEqual(mismatches('Declan Moorhouse, 39, a high school teacher, said his mother spent 11 days there.', [parent]), []);
      assert.deepStrictEqual(mismatches('Declan Moorhouse, 39, a primary school teacher, said his mother spent 11 days there.', [parent]), [['primary school teacher', 'secondary school teacher']]);
      const merger = sourceFrom("The deal is worth €2.1 billion. Northway's chief financial officer, Priya Raman, will keep that role.");
      assert.deepStrictEqual(mismatches("The deal is worth €2.1 billion. Priya Raman stays on as Northway's chief operating officer.", [merger]), [
        ["Priya Raman stays on as Northway's chief operating officer", "Priya Raman stays on as Northway's chief financial officer"],
      ]);
    });

    it('reads a role told by a clause right after a name, its verb the office and its object what it is of', () => {
      assert.deepStrictEqual(rolesIn("said council member Rosa Delgado, who chairs the city council's transportation committee. Trains ran."), [
        ['council member', 'delgado', 'council member'],
        ["who chairs the city council's transportation committee", 'delgado', 'chair'],
      ]);
      assert.deepStrictEqual(rolesIn('Declan Mulcahy, who chairs the Irish Potato Federation and farms 200 acres, spoke.'), [['who chairs the Irish Potato Federation', 'mulcahy', 'chair']]);
      // After an age, and beside a title.
      assert.deepStrictEqual(rolesIn("Councillor Morag Lindqvist, 58, who chairs the council's transport committee, spoke."), [
        ['Councillor', 'lindqvist', 'councillor'],
        ["who chairs the council's transport committee", 'lindqvist', 'chair'],
      ]);
      assert.deepStrictEqual(rolesIn('Sarah Whitcombe, who leads the Liberal Democrat group, spoke.'), [['who leads the Liberal Democrat group', 'whitcombe', 'leader']]);
      // Not another verb, nor a clause with nothing after its verb, nor one not set off by a comma.
      assert.deepStrictEqual(rolesIn('Tom Ede, who chairs, spoke. Tom Ede, who represents the ward, spoke. Tom Ede who chairs the board spoke.'), []);
    });

    it('gives no role where none stands beside a name: a verb, a title of the next name, a weekday, a count', () => {
      assert.deepStrictEqual(rolesIn('The talks were after leaving Prime Minister Irena Vasko.').map((r) => r[0]), ['Prime Minister']);
      assert.deepStrictEqual(rolesIn('Aliyev, Armenian Prime Minister Nikol Pashinyan and others met.'), [['Armenian Prime Minister', 'pashinyan', 'prime minister']]);
      assert.deepStrictEqual(rolesIn('He met the minister on Monday, and Dr Helena Marsh, who runs it.'), []);
      assert.deepStrictEqual(rolesIn('One economist, Ines Varga, reckons so.'), [['economist', 'varga', 'economist']]);
    });

    it('takes a hyphenated last name whole, so a title before its given name is its role', () => {
      // Was none: "Okonjo" was taken for the given name, and "Daniel" stood between it and the role.
      assert.deepStrictEqual(rolesIn('a rise that performance director Daniel Okonjo-Reyes credited to a squad.'), [['performance director', 'reyes', 'director']]);
      const given = (text: string) => findRoles(text, { start: 0, end: text.length }, tokenizeWords(text, 0, text.length)).map((r) => r.role.given);
      assert.deepStrictEqual(given('said head coach Daniel Okonjo-Reyes.'), ['daniel']);
      assert.deepStrictEqual(given('said head coach Okonjo-Reyes.'), [undefined]);
    });

    it('spans the role and the name, but for a figure between them, which is a claim of its own', () => {
      const spans = (text: string) => findRoles(text, { start: 0, end: text.length }, tokenizeWords(text, 0, text.length)).map((r) => text.slice(r.start, r.end));
      assert.deepStrictEqual(spans('said Trade Minister Tobias Wrenfield.'), ['Trade Minister Tobias Wrenfield']);
      assert.deepStrictEqual(spans('Pavel Brenner, a former foreign minister, said.'), ['Pavel Brenner, a former foreign minister']);
      assert.deepStrictEqual(spans('Dana Whitcombe, 49, currently chief financial officer of Brightmoor Logistics, said.'), ['currently chief financial officer of Brightmoor Logistics']);
      assert.deepStrictEqual(spans('said Lucia Ferreyra, a 34-year-old postdoctoral researcher.'), ['postdoctoral researcher']);
      assert.deepStrictEqual(rolesIn('said the 29-year-old graduate student Lucia Ferreyra.'), [['graduate student', 'ferreyra', 'student']]);
    });
  });

  describe('matchRole', () => {
    const source = sourceFrom(SOURCE);
    const stated = [readStatedRoles(SOURCE.split('\n'), source.facts)];
    const role = (text: string) => findRoles(text, { start: 0, end: text.length }, tokenizeWords(text, 0, text.length))[0].role;
    const said = (text: string) => matchRole(role(text), stated)?.stated.fact.text;
    /** The roles a source of these sentences states. */
    const statedIn = (...sentences: string[]) => [readStatedRoles(sentences, sourceFrom(sentences.join(' ')).facts)];

    it('finds the role the source gives the person where the draft gives another of the same office, or another office', () => {
      assert.strictEqual(said('said Trade Minister Tobias Wrenfield.'), 'Finance Minister');
      assert.strictEqual(said('Pavel Brenner, a former foreign minister, said.'), 'former finance minister');
      assert.strictEqual(said('said Speaker Tobias Wrenfield.'), 'Finance Minister');
      assert.strictEqual(said('Lucas Brandt, finance minister, said.'), 'minister of digital affairs');
      assert.strictEqual(said('Pavel Brenner, a former Supreme Court justice, said.'), 'former finance minister');
    });

    it('finds none where the draft says the same in other words, adds a word the source uses of the person, or names an unknown person', () => {
      for (const text of [
        'said Finance Minister Tobias Wrenfield.',
        'said Kestavian finance minister Tobias Wrenfield.',
        'said digital affairs minister Lucas Brandt.',
        'said Digital Affairs Minister Lucas Brandt.',
        'Lorna Pettigrew, chief executive of Aldmere Air Navigation Services, said.',
        'said opposition leader Pavel Brenner.',
        'said committee chairman Pavel Brenner.',
        'said Trade Minister Tobias Wrenfeld.',
        'said Trade Minister Anna Wrenfield.',
        'said Professor Tobias Wrenfield.',
      ]) {
        assert.strictEqual(said(text), undefined, text);
      }
    });

    it('holds a vague office to the source\'s other office only where the draft says what it heads, and the source\'s heads nothing', () => {
      const roles = statedIn('Thirty-seven people were treated, hospital spokesperson Jordan Whitfield said.', 'Union president Tobias Wren called 2 strikes.');
      assert.strictEqual(matchRole(role('37 people were treated, fire chief Jordan Whitfield said.'), roles)?.stated.fact.text, 'hospital spokesperson');
      // A chief of nothing named may be anyone's; a union's leader is its president.
      assert.strictEqual(matchRole(role('37 people were treated, the chief, Jordan Whitfield, said.'), roles), undefined);
      assert.strictEqual(matchRole(role('said union leader Tobias Wren.'), roles), undefined);
      // A deputy heads nothing: was undefined, as a union's leader may be its president.
      assert.strictEqual(matchRole(role('said union deputy leader Tobias Wren.'), roles)?.stated.fact.text, 'Union president');
    });

    it('holds an office to its deputy\'s, and a deputy to the office, though neither says more', () => {
      const roles = statedIn('It fell 2 km, FESA deputy administrator Gerald Fitch said.', 'The association chair Ines Korbel named 3 firms.');
      assert.strictEqual(matchRole(role('It fell, FESA administrator Gerald Fitch said.'), roles)?.stated.fact.text, 'FESA deputy administrator');
      assert.strictEqual(matchRole(role('It fell, FESA deputy administrator Gerald Fitch said.'), roles), undefined);
      // Stems are compared: "association" is no "associate".
      assert.strictEqual(matchRole(role('said association chair Ines Korbel.'), roles), undefined);
    });

    it('takes no word of another person\'s role in a sentence naming the person for one told of them', () => {
      const roles = statedIn('Kjeldsen, 51, was presented by the VFF president, Karol Wendt, and the sporting director, Lena Ostrowska.');
      // Was undefined: "president" stood in a sentence naming Ostrowska.
      assert.strictEqual(matchRole(role('said Federation vice-president Lena Ostrowska.'), roles)?.stated.fact.text, 'sporting director');
      // A role read for a place after it too is still the person's.
      const cfo = statedIn('Dana Whitcombe, 49, currently chief financial officer of Brightmoor Logistics in Columbus, Ohio, will join on Nov. 17.');
      assert.strictEqual(matchRole(role('Dana Whitcombe, 49, chief financial officer of Brightmoor Logistics, will join.'), cfo), undefined);
    });

    it("takes no word told of a person for theirs where it is another's office of the draft's", () => {
      const roles = statedIn("Head coach Rhona Callister, 52, praised her side's defence, overhauled by defence coach Martin Quayle, 45.");
      // Was undefined: "defence" stood in the sentence naming Callister.
      assert.strictEqual(matchRole(role('said defense coach Rhona Callister.'), roles)?.stated.fact.text, 'Head coach');
      assert.strictEqual(matchRole(role('said head coach Rhona Callister.'), roles), undefined);
      // A word told of her that is no other's office still is hers.
      assert.strictEqual(matchRole(role("said the side's coach Rhona Callister."), roles), undefined);
    });

    it('reads an acronym the source defines as the words it stands for', () => {
      const roles = statedIn(
        'The deficit hit 1.42 billion marka, the National Statistics Office (NSO) said on Tuesday.',
        'Ilse Varnholt, 52, the NSO\'s chief economist, told a press conference.',
        'Priya Doshan, 39, chief economist at Kestrava Commercial Bank (KCB), expects 900 million.',
      );
      assert.strictEqual(matchRole(role('Ilse Varnholt, 53, the statistics office\'s chief economist, told reporters.'), roles), undefined);
      assert.strictEqual(matchRole(role('Ilse Varnholt, 53, the office\'s chief economist, told reporters.'), roles), undefined);
      // Another body's office is still another.
      assert.strictEqual(matchRole(role('Ilse Varnholt, the bank\'s chief economist, said.'), roles)?.stated.fact.text, 'NSO\'s chief economist');
      const sentences = ['the National Statistics Office (NSO) said', 'Anna Berg (CEO) said', 'the Office for National Statistics (ONS) said'];
      assert.deepStrictEqual(
        [...definedAcronyms(sentences, wordsOfSentences(sentences))].map(([a, words]) => [a, words.join(' ')]),
        [
          ['nso', 'nation statist offic'],
          ['ons', 'offic nation statist'],
        ],
      );
    });

    it("takes the draft's common noun for a body ('the course's') for the body the source names, unless the source names a body by that noun", () => {
      const roles = statedIn(
        "Kestrel Down's chief executive, Helen Drummond, said the attendance was 118,400.",
        'Priya Doshan, 39, chief economist at Kestrava Commercial Bank, expects 900 million.',
        "Ilse Varnholt, the NSO's chief economist, said 1.42 billion.",
      );
      assert.strictEqual(matchRole(role("said the course's chief executive, Helen Drummond."), roles), undefined);
      assert.strictEqual(matchRole(role("said the racecourse's chief executive, Helen Drummond."), roles), undefined);
      assert.strictEqual(matchRole(role("said the bank's chief economist, Ilse Varnholt."), roles)?.stated.fact.text, "NSO's chief economist");
    });

    it("takes the source's common noun for a body ('the party's') for the body the draft names", () => {
      const roles = statedIn("The party's leader, Helen Marchbank, 57, visited the constituency seven times.", "Ruth Ellingham, the group's chair, said 4 branches would close.");
      // Was "party's leader": the source says nothing of Reform Liberal beside her.
      assert.strictEqual(matchRole(role('The Reform Liberal leader, Helen Marchbank, visited seven times.'), roles), undefined);
      assert.strictEqual(matchRole(role('said Ruth Ellingham, chair of the Friends of Merrowgate Libraries.'), roles), undefined);
      // Another office is still another.
      assert.strictEqual(matchRole(role('The Reform Liberal deputy leader, Helen Marchbank, visited.'), roles)?.stated.fact.text, "party's leader");
    });

    it("reads a study's authors as roles, and puts no owner's word in the place of a word of the office", () => {
      const study = [
        sourceFrom(
          "---\ndate: 2025-03-12\n---\nThe study followed 8,412 people. The study's senior author, Dr Tomas Bellweather, 52, a consultant audiologist at Carrow General Hospital, said the effect held.\n",
        ),
      ];
      // Was "Study author Tomas Bellweather": the owner's "study" took the place of "Lead"; then
      // "study's senior author Tomas Bellweather", a title with its owner's possessive.
      assert.deepStrictEqual(mismatches('The study followed 8,412 people. Lead author Tomas Bellweather, 52, said the effect held.', study), [
        ['Lead author Tomas Bellweather', 'Senior author Tomas Bellweather'],
      ]);
      assert.deepStrictEqual(mismatches('The study followed 8,412 people. Senior author Tomas Bellweather, 52, said the effect held.', study), []);
    });

    it('takes a rank for no office: a professor may be the rector', () => {
      const text = 'She succeeds Professor Henrik Albers, 66, who has led the university since 2017.';
      const roles = [readStatedRoles([text], sourceFrom(text).facts)];
      assert.strictEqual(matchRole(role('Henrik Albers, 66, rector since 2017, said.'), roles), undefined);
    });

    it('holds a trade to another trade, and takes no trade for a slip of an office: a physicist may be the rector', () => {
      const roles = statedIn(
        'She succeeds Professor Henrik Albers, 66, a physicist who has led the university since 2017.',
        'The film was shot by Sofie Lindqvist, a Danish cinematographer, in 31 days.',
        'Dr Tomasz Wilk, 44, a consultant paediatric dentist at the infirmary, removed 8 teeth.',
      );
      assert.strictEqual(matchRole(role('Henrik Albers, 66, rector since 2017, said.'), roles), undefined);
      // Were none: "cinematographer", "producer", "dentist" and "orthodontist" were no roles, and
      // "paediatric" ended the role at "consultant".
      assert.strictEqual(matchRole(role('It was shot by producer Sofie Lindqvist in 31 days.'), roles)?.stated.fact.text, 'Danish cinematographer');
      assert.strictEqual(matchRole(role('Tomasz Wilk, 44, a consultant orthodontist at the infirmary, said.'), roles)?.stated.fact.text, 'consultant paediatric dentist at the infirmary');
    });

    it('reads no participle opening a clause after a comma as part of a role', () => {
      // Was "handing trainer", fixed to the source's "giving trainer".
      assert.deepStrictEqual(rolesIn('The colt won on Saturday, handing trainer Margaret Ashcombe her second win.'), [['trainer', 'ashcombe', 'trainer']]);
      assert.deepStrictEqual(rolesIn('He met housing minister Jane Ward on Monday.'), [['housing minister', 'ward', 'minister']]);
    });

    it('tells British and American spellings of a role apart from other roles', () => {
      const defence = sourceFrom('Defence Minister Lena Trask signed the deal for 4 ships.');
      const roles = [readStatedRoles(['Defence Minister Lena Trask signed the deal for 4 ships.'], defence.facts)];
      assert.strictEqual(matchRole(role('said Defense Minister Lena Trask.'), roles), undefined);
      assert.strictEqual(matchRole(role('said Labor Minister Lena Trask.'), roles)?.stated.fact.text, 'Defence Minister');
    });

    it("takes a school's head teacher, headteacher, headmaster and principal for one office", () => {
      const roles = statedIn('Alison Kettleby, 49, a primary school head teacher, has served for 22 years.');
      // Was "primary school principal" fixed to "primary school head teacher".
      for (const office of ['primary school principal', 'primary school headteacher', 'primary school headmistress']) {
        assert.strictEqual(matchRole(role(`said Alison Kettleby, 49, a ${office} who has served for 22 years.`), roles), undefined, office);
      }
      assert.strictEqual(matchRole(role('said Alison Kettleby, 49, a primary school deputy headteacher who has served for 22 years.'), roles)?.stated.fact.text, 'primary school head teacher');
    });

    it('cites the role where the source gives it, and knows no role given only in a sentence without a figure', () => {
      const wrenfield = stated[0].roles.find((r) => r.role.person === 'wrenfield')!.fact;
      const line = SOURCE.split('\n')[wrenfield.source.range.start.line];
      assert.strictEqual(line.slice(wrenfield.source.range.start.character, wrenfield.source.range.end.character), 'Finance Minister');
      assert.strictEqual(wrenfield.quote.slice(wrenfield.quoteOffset, wrenfield.quoteOffset + wrenfield.text.length), 'Finance Minister');
      assert.deepStrictEqual(readStatedRoles(['Its president, Raymond Tull, spoke.'], []).roles, []);
    });
  });

  describe('checked in a draft', () => {
    const source = sourceFrom(SOURCE);

    it('flags the role with the name, and fixes the role in place, the name and commas kept', () => {
      const draft = 'The budget of €41 billion passed by 88 votes. Pavel Brenner, a former foreign minister, objected, as did Trade Minister Tobias Wrenfield.';
      assert.deepStrictEqual(mismatches(draft, [source]), [
        ['Pavel Brenner, a former foreign minister', 'Pavel Brenner, a former finance minister'],
        ['Trade Minister Tobias Wrenfield', 'Finance Minister Tobias Wrenfield'],
      ]);
      const finding = checkDocument(draft, 'markdown', new FactIndex([source])).findings.find((f) => f.code === FindingCode.RoleMismatch)!;
      assert.strictEqual(finding.sourceSays, 'former finance minister');
      // The source's office is bare ("Its president"): the draft's owner stays (was "Raymond Tull, the president").
      assert.deepStrictEqual(mismatches("Lorna Pettigrew said 3 radars failed. Raymond Tull, the union's general secretary, spoke on 2 May.", [source]), [
        ["Raymond Tull, the union's general secretary", "Raymond Tull, the union's president"],
      ]);
    });

    it("holds a cleric's office, a librarian's and a player's position to the one the source gives, a keeper to a goalkeeper", () => {
      const final = sourceFrom('# Final\n\nPenhallow was named player of the match by the adjudicator, the former Dunmoor bowler Keith Ormerod, 64, after 11,842 watched. The Rev Matthew Oduya, 47, the parish\'s vicar, handed out 9,845 parcels. Redmoor goalkeeper Piet Jansen, 38, played his 600th match.');
      assert.deepStrictEqual(mismatches('The award went to Penhallow, chosen by former Dunmoor batsman Keith Ormerod, 64, as 11,842 watched.', [final]), [['former Dunmoor batsman Keith Ormerod', 'former Dunmoor bowler Keith Ormerod']]);
      assert.deepStrictEqual(mismatches('The Rev Matthew Oduya, curate of the parish, handed out 9,845 parcels.', [final]), [['Matthew Oduya, curate of the parish', 'Matthew Oduya, vicar of the parish']]);
      assert.deepStrictEqual(mismatches('Redmoor keeper Piet Jansen, 38, made his 600th appearance.', [final]), []);
    });

    it("holds a member of a body's office to the body's office the source gives, and reads no office in a member of the public", () => {
      const housing = sourceFrom('# Housing\n\nCouncillor Rajesh Bhandari, 52, the cabinet member for housing, said 312 students were in hotels. Ann Lowe, 40, a local resident, said rents rose 11 per cent.');
      assert.deepStrictEqual(mismatches("Rajesh Bhandari, the council's cabinet member for finance, said 312 students were in hotels.", [housing]), [["Rajesh Bhandari, the council's cabinet member for finance", "Rajesh Bhandari, the council's cabinet member for housing"]]);
      assert.deepStrictEqual(mismatches('Rajesh Bhandari, the head of housing services, said 312 students were in hotels.', [housing]), [['Rajesh Bhandari, the head of housing services', 'Rajesh Bhandari, the cabinet member for housing']]);
      assert.deepStrictEqual(mismatches('Ann Lowe, a member of the public, said rents rose 11 per cent.', [housing]), []);
    });

    it('holds a role before a hyphenated name to the one the source gives it', () => {
      const squad = sourceFrom('# Team home\n\nWomen won 15 of the 27 medals, a rise that performance director Daniel Okonjo-Reyes credited to a squad set up in 2022.');
      assert.deepStrictEqual(mismatches('Women won 15 of the 27 medals, which head coach Daniel Okonjo-Reyes credited to a squad set up in 2022.', [squad]), [
        ['head coach Daniel Okonjo-Reyes', 'performance director Daniel Okonjo-Reyes'],
      ]);
    });

    it("fixes a rank joined by a hyphen with the office, a bare office with the source's words for it, and a role held before whole", () => {
      const board = sourceFrom(
        "The two votes against came from Rasmus Kettil, 39, the board's treasurer, and Odile Farrant, 66, a former headteacher who has sat on the board for 14 years. Tobias Reinholt, 47, the finance director, told analysts on a call at 10am that income would reach €930 million.",
      );
      // Were "board's vice-treasurer", "Director Tobias Reinholt" and "Odile Farrant, the board's headteacher".
      assert.deepStrictEqual(mismatches("Voting against were Rasmus Kettil, 39, the board's vice-president, and Odile Farrant, 66, who has sat on the board for 14 years.", [board]), [
        ["board's vice-president", "board's treasurer"],
      ]);
      assert.deepStrictEqual(mismatches('Chief operating officer Tobias Reinholt told analysts that income would reach €930 million.', [board]), [
        ['Chief operating officer Tobias Reinholt', 'Finance director Tobias Reinholt'],
      ]);
      assert.deepStrictEqual(mismatches("Odile Farrant, the board's treasurer, has sat on the board for 14 years.", [board]), [
        ["Odile Farrant, the board's treasurer", 'Odile Farrant, a former headteacher'],
      ]);
    });

    it("keeps the draft's owner of a role where the source names the same body or none, and gives the source's office", () => {
      const firm = sourceFrom(
        "Declan Aspinall, 58, managing director of Moorline Buses, said drivers would be recruited. Helen Stroud, 48, the club's chief executive, said 1,200 jobs would follow. Henrik Vaage, health spokesman for the opposition Centre Party, said the deal was late. Priya Ramaswamy, a media analyst at Halvorsen Capital, said sales fell 4 per cent.",
      );
      const check = (draft: string) => mismatches(draft, [firm]);
      // Were "the managing director of Moorline Buses", "club's finance chief executive" and "health spokesman for the opposition Centre Party Henrik Vaage".
      assert.deepStrictEqual(check("Declan Aspinall, 58, Moorline's operations director, said drivers would be recruited."), [["Moorline's operations director", "Moorline's managing director"]]);
      assert.deepStrictEqual(check("Helen Stroud, 48, the club's finance director, said 1,200 jobs would follow."), [["club's finance director", "club's chief executive"]]);
      assert.deepStrictEqual(check('Centre Party leader Henrik Vaage said the deal was late, as sales fell 4 per cent.'), [['Centre Party leader Henrik Vaage', 'Centre Party health spokesman Henrik Vaage']]);
      // Another body's analyst is no analyst of the draft's owner.
      assert.deepStrictEqual(check("Priya Ramaswamy, the label's chief financial officer, said sales fell 4 per cent."), [["Priya Ramaswamy, the label's chief financial officer", 'Priya Ramaswamy, a media analyst at Halvorsen Capital']]);
    });

    it('reads a sports official as an office', () => {
      const regatta = sourceFrom('Fiona Bellweather, 58, chair of the regatta\'s organising committee, said 38 crews had entered. Chief umpire Desmond Pryce, 67, disqualified one crew.');
      assert.deepStrictEqual(mismatches("Fiona Bellweather, the regatta's chief umpire, said 38 crews had entered.", [regatta]), [
        ["Fiona Bellweather, the regatta's chief umpire", "Fiona Bellweather, the chair of the regatta's organising committee"],
      ]);
      assert.deepStrictEqual(mismatches('Desmond Pryce, 67, the chief umpire, disqualified one of the 38 crews.', [regatta]), []);
    });

    it('reads kin as a role that contradicts other kin only, and coordinators, coxswains, vets, harbour masters and convenors as offices', () => {
      const station = sourceFrom(
        "Mr Bosanko's granddaughter, Tamsin Ellery, 34, named the boat before 600 people. Her nephew and executor, Daniel Hume, 64, said 3 offers came. Dr Isolde Penhaligon, 41, the trust's survey coordinator, counted 611 beaches. Deputy coxswain Jory Keast, 35, said the trip takes 34 minutes.",
      );
      assert.deepStrictEqual(mismatches("Bosanko's daughter, Tamsin Ellery, 34, named the boat before 600 people.", [station]), [["Bosanko's daughter, Tamsin Ellery", "Bosanko's granddaughter, Tamsin Ellery"]]);
      assert.deepStrictEqual(mismatches("Daniel Hume, the gallery's trustee, said 3 offers came.", [station]), []);
      assert.deepStrictEqual(mismatches("Dr Isolde Penhaligon, the trust's chief executive, counted 611 beaches.", [station]), [["Isolde Penhaligon, the trust's chief executive", "Isolde Penhaligon, the trust's survey coordinator"]]);
      assert.deepStrictEqual(mismatches('Coxswain Jory Keast said the trip takes 34 minutes.', [station]), [['Coxswain Jory Keast', 'Deputy coxswain Jory Keast']]);
      const harbour = sourceFrom('Captain Ruairi Malone, 44, the harbour master, said 42 ships were turned away. Peter Haldane, convener of the Marrach Community Council, said 12 homes were empty.');
      assert.deepStrictEqual(mismatches("Captain Ruairi Malone, the board's deputy chief executive, said 42 ships were turned away.", [harbour]), [["Ruairi Malone, the board's deputy chief executive", "Ruairi Malone, the board's harbour master"]]);
      assert.deepStrictEqual(mismatches('Peter Haldane, who chairs the Marrach Community Council, said 12 homes were empty.', [harbour]).length, 1);
    });

    it('reads drivers, fishermen, firefighters, police officers and other trades, and commodores and medallists', () => {
      const club = sourceFrom('Gareth Penhallow, 68, a retired bus driver from Kelsbury, made his 150th donation. Gregor Ainslie, 69, commodore of the Port Carrick Yacht Club, which has 420 members, welcomed it. Anna Sell, a former Olympic bronze medallist, has led the federation since 2003.');
      assert.deepStrictEqual(mismatches('Gareth Penhallow, a retired lorry driver from Kelsbury, made his 150th donation.', [club]), [['Gareth Penhallow, a retired lorry driver', 'Gareth Penhallow, a retired bus driver']]);
      assert.deepStrictEqual(mismatches('Gregor Ainslie, treasurer of the Port Carrick Yacht Club, which has 420 members, welcomed it.', [club]), [['Gregor Ainslie, treasurer of the Port Carrick Yacht Club', 'Gregor Ainslie, commodore of the Port Carrick Yacht Club']]);
      assert.deepStrictEqual(mismatches('Anna Sell, a former Olympic silver medallist, has led the federation since 2003.', [club]), [['Anna Sell, a former Olympic silver medallist', 'Anna Sell, a former Olympic bronze medallist']]);
      assert.deepStrictEqual(mismatches('Anna Sell, a former Olympic bronze medallist, has led the federation since 2003.', [club]), []);
    });

    it('fixes a role whose rank the draft left out with the rank before its office, not put among what the office is of', () => {
      const talks = sourceFrom("Nordmark's chief negotiator, Helena Voss, 44, deputy director of its fisheries agency, said 412 vessels would fish the zone.");
      // Was "director of the deputy's fisheries agency": the rank goes before the draft's office.
      assert.deepStrictEqual(mismatches("Nordmark's chief negotiator, Helena Voss, 44, director of the country's fisheries agency, said 412 vessels would fish the zone.", [talks]), [
        ["director of the country's fisheries agency", "deputy director of the country's fisheries agency"],
      ]);
    });

    it('fixes a role with the office the source gives the person rather than a bare title', () => {
      const council = sourceFrom('Councillor Maureen Oakshott, 58, the cabinet member for highways, defended the 412 gritting runs.');
      // Was "the council's Councillor".
      assert.deepStrictEqual(mismatches("Maureen Oakshott, 58, the council's winter service manager, defended the 412 gritting runs.", [council]), [
        ["council's winter service manager", "council's cabinet member for highways"],
      ]);
    });

    it('reads sheriffs, lieutenants, sergeants, marshals and stewards as offices', () => {
      const county = sourceFrom('The hall was opened by the Lord-Lieutenant of Carrowshire, Margaret Allonby, 71, and the High Sheriff, Peter Quayle, 58, who said 240 guests came.');
      assert.deepStrictEqual(mismatches('The High Sheriff, Margaret Allonby, said 240 guests came.', [county]), [['High Sheriff, Margaret Allonby', 'Lord-Lieutenant of Carrowshire, Margaret Allonby']]);
      assert.deepStrictEqual(mismatches('Peter Quayle, the High Sheriff, said 240 guests came.', [county]), []);
    });

    it('holds the role of a person whose name the draft misspells to the roles the source gives the person of that name', () => {
      const hotel = sourceFrom("Augustin Moreau-Lindqvist, 67, the group's chairman, said 640 jobs were created. Graham Pettifer, 68, secretary of the allotment society, said 140 plots shared 62 butts.");
      assert.deepStrictEqual(mismatches("The group's chief executive, Augustin Moreau-Lindquist, said 640 jobs were created.", [hotel]), [
        ["group's chief executive, Augustin Moreau-Lindquist", "group's chairman, Augustin Moreau-Lindquist"],
        ['Lindquist', 'Lindqvist'],
      ]);
      assert.deepStrictEqual(mismatches('Graham Petifer, chair of the allotment society, said 140 plots shared 62 butts.', [hotel]), [
        ['Graham Petifer, chair of the allotment society', 'Graham Petifer, secretary of the allotment society'],
        ['Petifer', 'Pettifer'],
      ]);
    });

    it('fixes a role held before with the source\'s, its timing word written once', () => {
      const shop = sourceFrom('Tomasz Wierzbicki, 41, a former secondary school teacher, opened the shop in March 2021 with £35,000 of savings.');
      // Was "former former secondary school teacher".
      assert.deepStrictEqual(mismatches('Tomasz Wierzbicki, 41, a former librarian, opened the shop in March 2021 with £35,000 of savings.', [shop]), [['former librarian', 'former secondary school teacher']]);
    });

    it('takes "local" for whatever place the source names, and still flags another body', () => {
      const inns = sourceFrom('Tom Greaves, who chairs the Wrenshire branch of the Campaign for Village Inns, said 412 pubs had closed.');
      assert.deepStrictEqual(mismatches('Tom Greaves, who chairs the local branch of the Campaign for Village Inns, said 412 pubs had closed.', [inns]), []);
      assert.deepStrictEqual(mismatches('Tom Greaves, who chairs the Wrenshire branch of the Licensed Inns Alliance, said 412 pubs had closed.', [inns]).length, 1);
    });

    it("fixes a title before a name with the source's office alone, and a role of the body the draft names with the source's office of it", () => {
      const bridge = sourceFrom(
        "Helen Achterberg, 52, the chief executive of Tarne Crossings, said the money would go to repairs. Councillor Priya Nandakumar, 45, leader of the council, said the district would suffer. The study's senior author, Tomas Bellweather, said the data were clear.",
      );
      // Was "chief executive of Tarne Crossings Helen Achterberg".
      assert.deepStrictEqual(mismatches('Finance director Helen Achterberg, 52, said the money would go to repairs.', [bridge]), [['Finance director Helen Achterberg', 'Chief executive Helen Achterberg']]);
      assert.deepStrictEqual(mismatches('Lead author Tomas Bellweather said the data were clear, and Helen Achterberg, 52, agreed.', [bridge]), [['Lead author Tomas Bellweather', 'Senior author Tomas Bellweather']]);
      // Was "council's Councillor": the title the source gives before her name is no office of the council.
      assert.deepStrictEqual(mismatches("Priya Nandakumar, 45, the council's chief executive, said the district would suffer.", [bridge]), [["council's chief executive", "council's leader"]]);
    });

    it('fixes only what the source says otherwise: the office, or the one word telling the role from the source\'s', () => {
      const other = sourceFrom(
        [
          '# Floods',
          '',
          "Gareth Pryce, the authority's chief executive, said 14 gates were shut.",
          '',
          'Minnesota Agriculture Commissioner Raymond Ostlund said 212 farms were hit.',
          '',
          "Declan Mulcahy, the federation's chairman, said 30 per cent of the crop was lost.",
          '',
          'Federal Emergency Management Minister Dana Whitlock pledged $40 million.',
          '',
          'Treasurer Priya Nandakumar said 9 bridges need repair.',
          '',
          "Ingrid Solberg, the team's coach, said Northwind lost 3 games.",
          '',
          'Daniel Achebe, director of the watchdog Travelwatch, said fares rose 3%.',
          '',
          'Celeste Marchetti, executive director of the Halden County Airport Authority, said cargo would climb to 31 per cent.',
          '',
          "Helena Marsh, the trust's director of science, said 41 species declined.",
        ].join('\n'),
      );
      const draft = [
        // Was "the authority's chief chief executive": the draft's "chief" is the source's office's.
        "Gareth Pryce, the authority's chief engineer, said 14 gates were shut.",
        // Was the source's whole role, "Minnesota Agriculture Commissioner", for the draft's.
        "Wisconsin's agriculture commissioner, Raymond Ostlund, said 212 farms were hit.",
        // Was "Declan Mulcahy, chairman": what the office is of, which the source does not contradict, was lost.
        'Declan Mulcahy, chief executive of the Irish Potato Federation, said 30 per cent of the crop was lost.',
        // Was "Federal Minister": the source's office is more than its last word.
        'Federal Treasurer Dana Whitlock pledged $40 million.',
        // No sentence says the Treasurer's office is of finance: "Finance" goes with the office.
        'Finance Minister Priya Nandakumar said 9 bridges need repair.',
        // The source says only whose the office is, and names Northwind beside her: the draft's owner stays.
        "Northwind's captain Ingrid Solberg said Northwind lost 3 games.",
        // "general" ranks the draft's office: was "general director".
        'Daniel Achebe, general secretary of the watchdog Travelwatch, said fares rose 3%.',
        // What the draft's role is of is the source's, its name told shorter: was the source's whole role.
        'Celeste Marchetti, chair of the airport authority, said cargo would climb to 31 per cent.',
        // "of science" is the office's own: the whole role is the fix.
        "Helena Marsh, the trust's chief executive, said 41 species declined.",
      ].join('\n\n');
      assert.deepStrictEqual(mismatches(draft, [other]), [
        ["Gareth Pryce, the authority's chief engineer", "Gareth Pryce, the authority's chief executive"],
        ["Wisconsin's agriculture commissioner, Raymond Ostlund", "Minnesota's agriculture commissioner, Raymond Ostlund"],
        ['Declan Mulcahy, chief executive of the Irish Potato Federation', 'Declan Mulcahy, chairman of the Irish Potato Federation'],
        ['Federal Treasurer Dana Whitlock', 'Federal Emergency Management Minister Dana Whitlock'],
        ['Finance Minister Priya Nandakumar', 'Treasurer Priya Nandakumar'],
        ["Northwind's captain Ingrid Solberg", "Northwind's coach Ingrid Solberg"],
        ['Daniel Achebe, general secretary of the watchdog Travelwatch', 'Daniel Achebe, director of the watchdog Travelwatch'],
        ['Celeste Marchetti, chair of the airport authority', 'Celeste Marchetti, executive director of the airport authority'],
        ["Helena Marsh, the trust's chief executive", "Helena Marsh, the trust's director of science"],
      ]);
    });

    it('fixes an office with what it is of in its own words, and gives a role whose owner the draft named the source\'s article', () => {
      const centre = sourceFrom(
        [
          '# Blight',
          '',
          "The strain spread to 11,400 hectares, said Dr Aoife Brennan, the centre's head of plant pathology.",
          '',
          "Replanting will cost $21.4 million, said Marcus Oyelaran, Northline's vice president for sustainability.",
          '',
          'An act with 2 million streams will earn about $8,300, said Priya Ramaswamy, a media analyst at Halvorsen Capital in New York.',
        ].join('\n'),
      );
      const draft = [
        // Was "Aoife Brennan, head of plant pathology": the centre the draft names is the source's.
        'Dr Aoife Brennan, chief inspector at the Oakfield Crop Research Centre, says the strain spread to 11,400 hectares.',
        // Was "vice president Marcus Oyelaran": "for sustainability" is of the office.
        'Northline Timber, whose chief executive Marcus Oyelaran put the cost at $21.4 million, has pledged more.',
        // Was "Priya Ramaswamy, media analyst at Halvorsen Capital".
        "Priya Ramaswamy, Resonar's chief financial officer, says an act with 2 million streams will earn about $8,300.",
        // Was "Priya Ramaswamy, the a media analyst at Halvorsen Capital".
        "Priya Ramaswamy, the label's chief financial officer, says an act with 2 million streams will earn about $8,300.",
      ].join('\n\n');
      assert.deepStrictEqual(mismatches(draft, [centre]), [
        ['Aoife Brennan, chief inspector at the Oakfield Crop Research Centre', 'Aoife Brennan, head of plant pathology at the Oakfield Crop Research Centre'],
        ['chief executive Marcus Oyelaran', 'vice president for sustainability Marcus Oyelaran'],
        ["Priya Ramaswamy, Resonar's chief financial officer", 'Priya Ramaswamy, a media analyst at Halvorsen Capital'],
        ["Priya Ramaswamy, the label's chief financial officer", 'Priya Ramaswamy, a media analyst at Halvorsen Capital'],
      ]);
      // The source tells whose office it is before it, the draft after it: was "Sofia Kerrigan, commander".
      const guard = sourceFrom("The ship dragged its anchor for 40 minutes, said Rear Adm. Sofia Kerrigan, the coast guard's commander.\n");
      assert.deepStrictEqual(mismatches('Sofia Kerrigan, commander of the Marvalian Navy, says the ship dragged its anchor for 40 minutes.', [guard]), [
        ['Sofia Kerrigan, commander of the Marvalian Navy', 'Sofia Kerrigan, commander of the coast guard'],
      ]);
      // The draft's office with what it is of is replaced whole: was "vice president for sustainability of communications".
      assert.deepStrictEqual(mismatches("Marcus Oyelaran, Northline's director of communications, put the cost at $21.4 million.", [centre]), [
        ["Marcus Oyelaran, Northline's director of communications", "Marcus Oyelaran, Northline's vice president for sustainability"],
      ]);
    });

    it('swaps no name for a common noun the source gives with its article', () => {
      const institute = sourceFrom('"It is not impossible," said Prof Hannah Okafor, a seismologist at the institute, of the 12 sirens that failed.\n');
      assert.deepStrictEqual(mismatches('Hannah Okafor, a seismologist at NECO, said 12 sirens failed.', [institute]), [['Hannah Okafor, a seismologist at NECO', 'Hannah Okafor, a seismologist at the institute']]);
    });

    it('leaves out the place the source gives a body where the draft gives a body and no place', () => {
      const bank = sourceFrom(
        [
          '# Sales',
          '',
          'Retail sales rose 1.2% in February. Priya Castellane, chief economist at Harbour & Lyle Bank in Port Avery, expects 2 more rises.',
          '',
          'Tom Reyes, a minister in the Cabinet Office, said 14 schemes were cut.',
        ].join('\n'),
      );
      // Was "…at Harbour & Lyle Bank in Port Avery": the draft said nothing of Port Avery.
      assert.deepStrictEqual(mismatches('Retail sales rose 1.2% in February. Priya Castellane, chief economist at the Kesterland Retail Consortium, expects 2 more rises.', [bank]), [
        ['Priya Castellane, chief economist at the Kesterland Retail Consortium', 'Priya Castellane, chief economist at Harbour & Lyle Bank'],
      ]);
      // A draft that places the body gets the source's place too.
      assert.deepStrictEqual(mismatches('Retail sales rose 1.2% in February. Priya Castellane, chief economist at Kesterland Bank in Dunmore, expects 2 more rises.', [bank]), [
        ['Priya Castellane, chief economist at Kesterland Bank in Dunmore', 'Priya Castellane, chief economist at Harbour & Lyle Bank in Port Avery'],
      ]);
    });

    it('holds a role told by a clause to the source\'s, and puts the one in the other\'s place in the draft\'s words', () => {
      const flood = sourceFrom(
        '# Flood\n\nThe flood cost $310 million. "We were warned," said council member Rosa Delgado, who chairs the city council\'s transportation committee. Just 6 stations are done.\n\nDeclan Hartigan, chair of the Lisnacree swimming club, said 4 pools would shut.\n',
      );
      const checked = (draft: string) => mismatches(draft, [flood]);
      assert.deepStrictEqual(checked("The flood cost $310 million. Rosa Delgado, who chairs the council's finance committee, says it was foreseen."), [
        ["Rosa Delgado, who chairs the council's finance committee", "Rosa Delgado, who chairs the city council's transportation committee"],
      ]);
      // Before a name, as a title; after it in an apposition, without its article.
      assert.deepStrictEqual(checked('The flood cost $310 million. Finance committee chair Rosa Delgado says it was foreseen.'), [['Finance committee chair Rosa Delgado', "Chair of the city council's transportation committee Rosa Delgado"]]);
      assert.deepStrictEqual(checked('The flood cost $310 million. Rosa Delgado, the finance committee chair, says it was foreseen.'), [['Rosa Delgado, the finance committee chair', "Rosa Delgado, who chairs the city council's transportation committee"]]);
      // The draft's clause keeps its form where the source's office is one a clause tells.
      assert.deepStrictEqual(checked("Declan Hartigan, who chairs the council's leisure committee, said 4 pools would shut."), [["Declan Hartigan, who chairs the council's leisure committee", 'Declan Hartigan, who chairs the Lisnacree swimming club']]);
      assert.deepStrictEqual(checked("The flood cost $310 million. Rosa Delgado, who chairs the city council's transportation committee, says it was foreseen."), []);
      assert.deepStrictEqual(checked('Declan Hartigan, who chairs the Lisnacree swimming club, said 4 pools would shut.'), []);
    });

    it('replaces a title with an "and" in it whole', () => {
      const police = sourceFrom('# Crime\n\nChief Constable Ruth Adeyemi said knife crime rose 12% last year.');
      assert.deepStrictEqual(mismatches('Police and Crime Commissioner Ruth Adeyemi said knife crime rose 12% last year.', [police]), [
        ['Police and Crime Commissioner Ruth Adeyemi', 'Chief Constable Ruth Adeyemi'],
      ]);
    });

    it('holds a role held before to one the source says the person held before, and an office to the one the draft does not give them already', () => {
      const fund = sourceFrom(
        [
          '# Fund',
          '',
          'Chief executive Ada Marsk said the fund returned 13.8% last year.',
          '',
          'Marsk, 54, a former deputy governor of the Bank of Kestavia, took over in June 2021.',
          '',
          'Councillor Janet Frew, leader of Wexmoor County Council, said the plant brought 420 jobs.',
        ].join('\n'),
      );
      const draft = (marsk: string, frew: string) =>
        mismatches(['Ada Marsk said the fund returned 13.8% last year.', `Marsk, 54, ${marsk}, took charge in June 2021.`, `Councillor Janet Frew, ${frew}, said the plant brought 420 jobs.`].join('\n\n'), [fund]);
      // Were "former deputy finance chief executive", her office now, and "Janet Frew, the Councillor", which the draft gives her.
      assert.deepStrictEqual(draft('a former deputy finance minister', 'the mayor of Pendleford'), [
        ['former deputy finance minister', 'former deputy governor of the Bank of Kestavia'],
        ['Janet Frew, the mayor of Pendleford', 'Janet Frew, the leader of Wexmoor County Council'],
      ]);
      const alone = sourceFrom(['# Fund', '', 'Ada Marsk, the chief executive, said the fund returned 13.8% last year.'].join('\n'));
      assert.deepStrictEqual(mismatches('Ada Marsk, a former finance minister, said the fund returned 13.8% last year.', [alone]), []);
    });

    it('holds a role a sentence without a figure gives to it, and takes the draft\'s word for a body of any name, or its other spelling, for the source\'s', () => {
      const lab = sourceFrom(
        ['# Blight', '', 'Spores were found on 11,400 hectares. Dr Aoife Brennan, the centre\'s head of plant pathology, confirmed the strain.', '', 'The ORC fined the firm £2 million. ORC chief executive Alison Marr said it had waited long enough.'].join('\n'),
      );
      const draft = (brennan: string, marr: string) =>
        mismatches(`Spores were found on 11,400 hectares. Dr Aoife Brennan, ${brennan}, confirmed the strain.\n\nThe ORC fined the firm £2 million. "We waited long enough," said Alison Marr, ${marr}.`, [lab]);
      assert.deepStrictEqual(draft("the centre's chief inspector", "the ORC's chief executive"), [["Aoife Brennan, the centre's chief inspector", "Aoife Brennan, the centre's head of plant pathology"]]);
      // Were flagged: "center" for "centre", and "the regulator's" for the ORC's.
      assert.deepStrictEqual(draft("the center's head of plant pathology", "the regulator's chief executive"), []);
    });

    it('fixes the name where the draft restates the sentence of the one other person the source gives the role', () => {
      const bank = sourceFrom(
        ['# Branches', '', 'Chief Executive Margaret Sowell told analysts the bank would close 14 branches by June.', '', 'Chief Financial Officer Arjun Mehta said costs fell 3% last year.'].join('\n'),
      );
      // The draft tells what the source says of Sowell: Mehta's is the wrong name, not the wrong role.
      assert.deepStrictEqual(mismatches('Chief Executive Arjun Mehta told analysts the bank would close 14 branches by June.', [bank]), [
        ['Chief Executive Arjun Mehta', 'Chief Executive Margaret Sowell'],
      ]);
      const finding = checkDocument('Chief Executive Arjun Mehta told analysts the bank would close 14 branches by June.', 'markdown', new FactIndex([bank])).findings.find((f) => f.code === FindingCode.RoleMismatch)!;
      assert.strictEqual(finding.sourceSays, 'Chief Executive Margaret Sowell');
      // What the source says of Mehta, with Sowell's role: the role is wrong.
      assert.deepStrictEqual(mismatches('Chief Executive Arjun Mehta said costs fell 3% last year.', [bank]), [['Chief Executive Arjun Mehta', 'Chief Financial Officer Arjun Mehta']]);
      // A last name alone is replaced by a last name.
      assert.deepStrictEqual(mismatches('Chief Executive Mehta told analysts the bank would close 14 branches by June.', [bank]), [['Chief Executive Mehta', 'Chief Executive Sowell']]);
    });

    it('gives roles in UTF-16 code units after emoji and non-Latin text, with CRLF line breaks', () => {
      const draft = '😀 Привет.\r\n\r\nThe budget 🎉 of €41 billion passed, said Trade Minister Tobias Wrenfield.\r\n';
      const finding = checkDocument(draft, 'markdown', new FactIndex([source])).findings.find((f) => f.code === FindingCode.RoleMismatch)!;
      assert.strictEqual(draft.slice(finding.claim.start, finding.claim.end), 'Trade Minister Tobias Wrenfield');
    });

    it('flags a role the seed gives otherwise, and none in a draft about something else', () => {
      const seed = seedSource();
      assert.deepStrictEqual(mismatches('More than 100,000 people fled, Armenian Prime Minister Ilham Aliyev said on Monday.', [seed]), [['Armenian Prime Minister Ilham Aliyev', 'Azerbaijani President Ilham Aliyev']]);
      assert.deepStrictEqual(mismatches('Our club of 40 members met Armenian Prime Minister Ilham Aliyev.', [seed]), []);
    });

    it('gives what a fresh check gives as roles are typed and edited, incrementally', () => {
      const roles = findingsOverRandomEdits('More than 100,000 people fled by 1 October.\n\nArmenian Prime Minister Ilham Aliyev spoke on Monday.\n\nKanani’s comments came during a visit by Foreign Minister Armen Grigoryan.\n', new FactIndex([seedSource()]), 47, 200, FindingCode.RoleMismatch);
      assert.ok(roles > 10, `only ${roles} wrong roles met in 200 steps`);
    });
  });
});
