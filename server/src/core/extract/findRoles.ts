import type { Sentence } from '../text/sentences';
import { normalizeWord, tokenizeWords, type Word } from '../text/words';
import { foldName } from '../text/foldName';
import { isCalendarWord, withoutPossessive } from './findNames';
import type { Mention } from './mention';

/**
 * A person's role as a sentence gives it, beside their name: "Finance Minister Tobias Wrenfield",
 * "former finance minister Pavel Brenner", "Helen Strand, a toxicologist at Eastern Ardell
 * University", "its president, Raymond Tull". The span is the role's words and the name's: a role
 * given to the wrong person is as wrong as a wrong role.
 */
export interface RoleMention extends Mention {
  kind: 'role';
  role: Role;
}

export interface Role {
  /** The person's last name, folded (see `foldName`), and their first when given. */
  person: string;
  given?: string;
  /** What the role is (see `HEADS`): "minister", "chief executive", "toxicologist". */
  head: string;
  /** The role's other words, stemmed, but for those that only time it ("former", "acting"): what it is head of. */
  qualifiers: string[];
  /** The first letters of its capitalised words, which an acronym may stand for ("aans": Aldmere Air Navigation Services). */
  initials: string;
  /** Where the role's own words stand in the span, from its start, and its head's words ("chief executive"). */
  offset: number;
  length: number;
  headOffset: number;
  headLength: number;
  /** The stemmed words of the sentence but its stop words and the role's and name's own: what it tells of the person. */
  said: readonly string[];
  /** A role the person held before ("a former finance minister"): only another they held before contradicts it. */
  former?: true;
  /** Told by a clause of its own after the name ("who chairs the council's finance committee"). */
  clause?: true;
  /** The draft's common noun for whose office it is, stemmed: "cours" of "the course's chief executive". */
  ownerNoun?: string;
}

/**
 * Trades a person follows, which they may follow beside any office: a physicist may be the rector.
 * One contradicts another trade, not an office.
 */
const TRADE_WORDS =
  'dentist orthodontist pharmacist therapist psychiatrist physicist chemist midwife paramedic producer cinematographer novelist journalist ' +
  'photographer architect historian composer conductor playwright designer broadcaster trainer jockey pilot farmer campaigner activist ' +
  'broker accountant solicitor barrister valuer driver fisherman fisherwoman gamekeeper shepherd firefighter policeman policewoman ' +
  'miner builder plumber electrician mechanic carpenter chef baker butcher gardener nanny carer';
const TRADES: ReadonlySet<string> = new Set(TRADE_WORDS.split(' '));

/** Kin a person is of another ("her nephew and executor"), beside any office or trade: one contradicts other kin only. */
const KIN_WORDS = 'son daughter nephew niece grandson granddaughter father mother grandfather grandmother brother sister husband wife widow widower uncle aunt cousin';
const KIN: ReadonlySet<string> = new Set(KIN_WORDS.split(' '));

/** What kind of role a head is: an office, a trade (see `TRADES`) or kin (see `KIN`). A role contradicts another of its kind only. */
export function roleClass(head: string): 'office' | 'trade' | 'kin' {
  return TRADES.has(head) ? 'trade' : KIN.has(head) ? 'kin' : 'office';
}

/**
 * The nouns a role ends in (or, before "of", starts with), by what they are: words of one role are
 * one ("chairwoman", "chair"). Offices and trades a news article gives a person beside their name.
 */
const HEADS = new Map<string, string>(
  (
    'minister president speaker chancellor secretary mayor governor treasurer ambassador envoy senator commissioner constable ' +
    'administrator director manager editor founder coach captain engineer economist analyst strategist researcher scientist ' +
    'professor lecturer student forecaster lawyer attorney judge justice prosecutor officer consultant auditor surgeon physician nurse ' +
    'doctor teacher principal dean rector registrar curator trustee planner agent commander inspector superintendent head chief leader ' +
    'official executive expert specialist author keeper warden ranger umpire referee librarian archivist member ' +
    'vicar curate priest pastor chaplain bishop archbishop rabbi imam ' +
    'batsman batter bowler striker midfielder defender ' +
    'coordinator supervisor technician clerk coxswain apprentice veterinarian convenor master sheriff lieutenant sergeant marshal steward commodore medallist medalist ' +
    TRADE_WORDS +
    ' ' +
    KIN_WORDS
  )
    .split(' ')
    .map((w) => [w, w] as [string, string])
    .concat([
      ['premier', 'prime minister'],
      // A keeper of goal or wicket is a "keeper" in the same report.
      ['goalkeeper', 'keeper'],
      ['wicketkeeper', 'keeper'],
      ['chair', 'chair'],
      ['chairman', 'chair'],
      ['chairwoman', 'chair'],
      ['chairperson', 'chair'],
      ['ceo', 'chief executive'],
      ['spokesman', 'spokesperson'],
      ['spokeswoman', 'spokesperson'],
      ['spokesperson', 'spokesperson'],
      ['councillor', 'councillor'],
      ['councilor', 'councillor'],
      ['adviser', 'adviser'],
      ['organiser', 'organiser'],
      ['organizer', 'organiser'],
      ['vet', 'veterinarian'],
      ['convener', 'convenor'],
      ['advisor', 'adviser'],
      // A school's head, in British and American words.
      ['headteacher', 'principal'],
      ['headmaster', 'principal'],
      ['headmistress', 'principal'],
    ]),
);
/**
 * By role, the stemmed words a sentence that gives it uses: its nouns ("chair", "chairman"), and for
 * a role of two words, the one that tells it from others ("prime", not "minister").
 */
const HEADS_BY_ROLE = new Map<string, string[]>();
for (const [word, role] of HEADS) HEADS_BY_ROLE.set(role, [...(HEADS_BY_ROLE.get(role) ?? []), normalizeWord(word)]);
HEADS_BY_ROLE.set('prime minister', ['prime', normalizeWord('premier')]);
HEADS_BY_ROLE.set('chief executive', [normalizeWord('executive'), 'ceo']);

/** Words that rank an office, standing right before it as part of it: "deputy mayor", "general secretary", "executive director". */
export const OFFICE_RANKS: readonly string[] = ['chief', 'deputy', 'vice', 'assistant', 'associate', 'general', 'managing', 'executive'];

/** Roles that say someone leads, without saying what: no other role contradicts them. */
export const VAGUE_HEADS = new Set(['head', 'chief', 'leader', 'official', 'executive', 'analyst', 'expert', 'specialist']);
/** Ranks held beside an office ("Professor Henrik Albers", the rector): neither contradicts the other. */
export const RANKS = new Set(['professor', 'doctor']);
/** Words that time a role, or rank it, rather than say what it is of. */
const TIMING = new Set(['former', 'formerly', 'previously', 'currently', 'now', 'then', 'new', 'acting', 'interim', 'outgoing', 'incoming', 'current', 'longtime', 'veteran', 'senior', 'junior', 'top']);
/** The words of an age before a role ("a 34-year-old postdoctoral researcher"): a figure's, and no part of the role. */
const AGE_WORDS = new Set(['year', 'years', 'old', 'aged']);
/** Titles before a name that are no role to check ("Dr Helena Marsh"). */
export const HONORIFICS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'lord', 'lady', 'rev']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'one', 'another', 'some', 'each', 'every', 'many', 'several', 'two', 'three', 'four']);
/** What ends a role told after a name: another clause. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'said', 'says', 'told', 'and', 'but', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'when', 'after', 'before', 'while']);
const LINKS = new Set(['of', 'for', 'on', 'at', 'in', 'to', 'and', '&']);
/** What joins an office to what it is of, before the holder's name: "Minister for Public Expenditure Ciarán Devlin". */
const OBJECT_LINKS = new Set(['of', 'for', 'on']);
const VERB_ENDING = /(?:ing|ed)$/;
const PARTICIPLE = /ing$/;
const COMMA_BEFORE = /,[ \u00a0]$/;
const DIGIT = /\d/;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const SPACE = 0x20;
/**
 * Between a name and a role told after it: a comma, with an age between commas ("Pavel Brenner, 61,
 * a former foreign minister") and perhaps a clause that says the person holds it now ("who has been
 * the hospital's head vet since 2019"); or a verb that keeps the person in a role, and "as".
 */
const ROLE_GAP = /^(?:(?:,[ \u00a0]+who)?[ \u00a0]+(?:stays[ \u00a0]+on|stayed[ \u00a0]+on|remains|continues|serves|will[ \u00a0]+(?:stay[ \u00a0]+on|remain|continue|serve))[ \u00a0]+as[ \u00a0]+|,[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?(?:who[ \u00a0]+(?:is|has[ \u00a0]+been|became|has[ \u00a0]+become)[ \u00a0]+(?=the[ \u00a0]|an?[ \u00a0]))?)/;
/** The most characters `ROLE_GAP` reads. */
const MOST_GAP = 40;
const APPOSITION_END = /[,.;)]/;
/** Of the words of what an office is of, the most a role before a name takes ("Minister of Foreign Affairs"). */
const MOST_OBJECT = 5;
/** Of the words of a role told after a name, the most it takes. */
const MOST_AFTER = 10;

/** The class of role `lower` names, or undefined: "-ologists" are each their own. */
export function headOf(lower: string): string | undefined {
  return HEADS.get(lower) ?? (lower.length > 7 && lower.endsWith('ologist') ? lower : undefined);
}

/** Whether a word is a title written before a name, and no name itself: an office ("Auditor General", "Minister"), a rank of one, an honorific. */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return headOf(lower) !== undefined || OFFICE_RANKS.includes(lower) || HONORIFICS.has(lower) || RANKS.has(lower);
}

/**
 * The stemmed words that name `role` (see `HEADS_BY_ROLE`): an "-ologist" is named by itself, a
 * "chief operating officer" by what tells it from other officers.
 */
export function wordsOfRole(role: string): readonly string[] {
  const words = HEADS_BY_ROLE.get(role);
  if (words) return words;
  const telling = role.split(' ').filter((word) => !HEADS.has(word));
  return (telling.length ? telling : [role]).map(normalizeWord);
}

/**
 * Where an office's own words after its head end in `text`, the head ending at `headEnd` and the
 * role at `end`: what it is of in lower case ("head of plant pathology", "vice president for
 * sustainability", "director of leisure and communities"), which is part of the office as its head
 * is; not a body's name ("dean of the Faculty of Engineering") or "the" anything, which says whose
 * office it is. With those words stemmed; `headEnd` and none where no such words follow.
 */
export function officeComplement(text: string, headEnd: number, end = text.length): { end: number; words: string[] } {
  const words = tokenizeWords(text, headEnd, end);
  const none = { end: headEnd, words: [] };
  if (words.length < 2 || words[0].start !== headEnd + 1 || !OBJECT_LINKS.has(words[0].lower)) return none;
  const taken: string[] = [];
  let last = 0;
  for (let k = 1; k < words.length && joined(text, words[k - 1], words[k]); k++) {
    const word = words[k];
    // "of leisure and communities": an "and" between two of its words.
    if (word.lower === 'and' && k > 1 && k + 1 < words.length && isComplementWord(words[k + 1])) continue;
    if (!isComplementWord(word)) break;
    taken.push(word.norm);
    last = k;
  }
  return last ? { end: words[last].end, words: taken } : none;
}

/** A word of what an office is of, in lower case: no name, function word, clause's word or figure. */
function isComplementWord(word: Word): boolean {
  return word.text === word.lower && !LINKS.has(word.lower) && isObjectWord(word);
}

/** The roles a sentence gives the people it names (see `RoleMention`). */
export function findRoles(text: string, sentence: Sentence, words: readonly Word[]): RoleMention[] {
  const roles: RoleMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const postNominal = i + 1 < words.length && joined(text, words[i], words[i + 1]) && isPostNominal(words[i + 1]);
    if (!isNameWord(words[i]) || isPostNominal(words[i]) || (i + 1 < words.length && joined(text, words[i], words[i + 1]) && capitalised(words[i + 1]) && !postNominal) || headOf(words[i].lower)) continue;
    // words[i] ends a run of capitalised words: a name, perhaps after a title, and before letters after it ("Niamh Corrigan TD").
    const nameEnd = postNominal ? i + 1 : i;
    let first = i;
    while (first > 0 && joined(text, words[first - 1], words[first]) && capitalised(words[first - 1])) first--;
    const person = personFrom(text, words, first, i);
    if (!person) continue;
    const { from } = person;
    // "Social Democrat leader Pavel Brenner, 61, a former foreign minister": a name may have a role either side.
    // "the city's mayor, Councillor Priya Sandhu": a title before the name, and a role before both.
    const titled = roleBefore(text, words, first, from);
    const apposite = roleAppositeBefore(text, sentence, words, first, nameEnd);
    const before = titled ?? apposite;
    const after = roleAfter(text, sentence, words, nameEnd) ?? roleInClause(text, words, nameEnd);
    if (!before && !after) continue;
    const name = { start: words[from].start, end: words[i].end };
    const given = from < person.surname ? foldName(words[from].text) : undefined;
    for (const role of [before, titled && apposite, after]) {
      if (!role) continue;
      // An abbreviated title's stop is its own: "Gov." is replaced whole.
      const phrase = { start: words[role.from].start, end: words[role.to].end + (role.abbreviated ? 1 : 0) };
      // The name and role as one span, unless a figure stands between them ("Dana Whitcombe, 49, finance chief"): that is a claim of its own.
      const apart = DIGIT.test(text.slice(Math.min(phrase.end, name.end), Math.max(phrase.start, name.start)));
      const start = apart ? phrase.start : Math.min(phrase.start, name.start);
      const end = apart ? phrase.end : Math.max(phrase.end, name.end);
      const { head, qualifiers } = role;
      const headStart = words[role.headFrom].start;
      const told: Role = { person: foldName(withoutPossessive(words[i].text)), given, head, qualifiers, initials: initialsOf(words, role), offset: phrase.start - start, length: phrase.end - phrase.start, headOffset: headStart - start, headLength: words[role.headTo].end - headStart, said: saidBeside(words, start, end) };
      if (isFormer(words, role)) told.former = true;
      if (role.clause) told.clause = true;
      const owner = ownerNounOf(words, role);
      if (owner) told.ownerNoun = owner;
      roles.push({ kind: 'role', text: text.slice(start, end), start, end, role: told });
    }
  }
  return roles;
}

interface RoleWords {
  from: number;
  to: number;
  /** The head's first and last words. */
  headFrom: number;
  headTo: number;
  head: string;
  qualifiers: string[];
  /** Told by a clause of its own ("who chairs the finance committee"), which only another role's whole words replace. */
  clause?: true;
  /** An abbreviated title before a name, its stop after its last word ("Gov. Ellen Marsh"). */
  abbreviated?: true;
}

/** The common noun in lower case whose possessive opens a role's words, after "the" ("the course's chief executive"), stemmed. */
function ownerNounOf(words: readonly Word[], role: RoleWords): string | undefined {
  const first = words[role.from].lower === 'the' ? role.from + 1 : role.from;
  const word = words[first];
  return first < role.headFrom && word.text === word.lower && ENDS_POSSESSIVE.test(word.text) ? word.norm : undefined;
}

const ENDS_POSSESSIVE = /['’]s$/u;

function saidBeside(words: readonly Word[], start: number, end: number): string[] {
  const said = new Set<string>();
  for (const word of words) if (!word.stop && (word.end <= start || word.start >= end)) said.add(word.norm);
  return [...said];
}

/**
 * Where the person a run of capitalised words `first`..`last` names starts: at its last name, or the
 * word before when that is no title; none for no person. A hyphen joins the parts of one last name
 * ("Daniel Okonjo-Reyes"), so the given name is before them all.
 */
function personFrom(text: string, words: readonly Word[], first: number, last: number): { from: number; surname: number } | undefined {
  if (isCalendarWord(words[last].lower)) return undefined;
  let surname = last;
  while (surname > first && words[surname].start === words[surname - 1].end + 1 && text.charCodeAt(words[surname - 1].end) === HYPHEN) surname--;
  const given = surname > first && isNameWord(words[surname - 1]) && !headOf(words[surname - 1].lower) && !HONORIFICS.has(words[surname - 1].lower);
  return { from: given ? surname - 1 : surname, surname };
}

/**
 * "Armenian Foreign Minister Armen Grigoryan", "former finance minister Pavel Brenner", "Minister for
 * Public Expenditure Ciarán Devlin": a role that ends right before the name, or whose "of" or "for"
 * does.
 */
function roleBefore(text: string, words: readonly Word[], runStart: number, personFrom: number): RoleWords | undefined {
  let to = personFrom - 1;
  if (to >= 0 && to === runStart - 1 && abbreviatedTitle(text, words[to], words[to + 1])) return abbreviatedRole(text, words, to);
  if (to < 0 || !joined(text, words[to], words[to + 1])) return undefined;
  // "Minister for Public Expenditure": the role's object is the rest of the run before the name.
  if (!headOf(words[to].lower) && to >= runStart && runStart >= 2 && OBJECT_LINKS.has(words[runStart - 1].lower) && headOf(words[runStart - 2].lower)) {
    const head = roleHead(words, runStart - 2);
    return roleWords(text, words, head, to);
  }
  if (!headOf(words[to].lower)) return undefined;
  return roleWords(text, words, roleHead(words, to), to);
}

/** Titles a writer abbreviates before a name, with a stop ("Gov. Ellen Marsh", "Supt. Gareth Lowe"), by the office they are. */
const TITLE_ABBREVIATIONS = new Map([
  ['Gov', 'governor'],
  ['Sen', 'senator'],
  ['Supt', 'superintendent'],
  ['Insp', 'inspector'],
  ['Capt', 'captain'],
  ['Cmdr', 'commander'],
  ['Pres', 'president'],
]);

/** Whether `word` is an abbreviated title standing before `next`, a stop and a space apart. */
function abbreviatedTitle(text: string, word: Word, next: Word): boolean {
  return TITLE_ABBREVIATIONS.has(word.text) && next.start === word.end + 2 && text.charAt(word.end) === '.' && text.charAt(word.end + 1) === ' ';
}

/** The role an abbreviated title at word `at` gives, with a rank abbreviated before it ("Lt. Gov."). */
function abbreviatedRole(text: string, words: readonly Word[], at: number): RoleWords {
  const from = at > 0 && words[at - 1].text === 'Lt' && words[at].start === words[at - 1].end + 2 && text.charAt(words[at - 1].end) === '.' ? at - 1 : at;
  return { from, to: at, headFrom: at, headTo: at, head: TITLE_ABBREVIATIONS.get(words[at].text)!, qualifiers: from < at ? [normalizeWord('lieutenant')] : [], abbreviated: true };
}

/** "its president, Raymond Tull, said", "Chile's Minister of Culture, Daniela Orrego,": a role, then the name between commas. */
function roleAppositeBefore(text: string, sentence: Sentence, words: readonly Word[], runStart: number, last: number): RoleWords | undefined {
  const to = runStart - 1;
  if (to < 0 || text.charCodeAt(words[to].end) !== COMMA || !/^,[ \u00a0]$/.test(text.slice(words[to].end, words[runStart].start))) return undefined;
  // The name's apposition closes with a comma or the sentence ("…, and the sporting director, Lena Ostrowska.").
  if (words[last].end < sentence.end && !APPOSITION_END.test(text.charAt(words[last].end))) return undefined;
  let at = to;
  // What the office is of, back to its "of" or "for".
  for (let k = to; k > to - MOST_OBJECT && k > 0 && !headOf(words[at].lower); k--) {
    if (!joinedLoosely(text, words[k - 1], words[k])) return undefined;
    if (OBJECT_LINKS.has(words[k - 1].lower) && k >= 2 && headOf(words[k - 2].lower)) at = k - 2;
  }
  return headOf(words[at].lower) ? roleWords(text, words, roleHead(words, at), to) : undefined;
}

/**
 * "Pavel Brenner, 61, a former foreign minister,", "Helen Strand, a toxicologist at Eastern Ardell
 * University": a role told after the name, a comma apart, up to the clause's end; or after a verb
 * that keeps one in it ("Priya Raman stays on as Northway's chief financial officer").
 */
function roleAfter(text: string, sentence: Sentence, words: readonly Word[], last: number): RoleWords | undefined {
  const next = text.charCodeAt(words[last].end);
  if (next !== COMMA && next !== SPACE) return undefined;
  const gap = ROLE_GAP.exec(text.slice(words[last].end, Math.min(sentence.end, words[last].end + MOST_GAP)));
  if (!gap) return undefined;
  let from = last + 1;
  while (from < words.length && words[from].start < words[last].end + gap[0].length) from++;
  if (from < words.length && DETERMINERS.has(words[from].lower)) from++;
  while (from < words.length && AGE_WORDS.has(words[from].lower)) from++;
  let headAt = -1;
  let to = from - 1;
  for (let k = from; k < words.length && k < from + MOST_AFTER; k++) {
    if (k > from && !joinedLoosely(text, words[k - 1], words[k])) break;
    // "director of leisure and communities": an "and" within what the office is of joins two of its words.
    const joinsObject = words[k].lower === 'and' && headAt >= 0 && k > headAt + 1 && OBJECT_LINKS.has(words[headAt + 1].lower) && k + 1 < words.length && isObjectWord(words[k + 1]);
    if ((CLAUSE_WORDS.has(words[k].lower) && !joinsObject) || (headAt < 0 && k > from + 4)) break;
    // The last of a run of role nouns is the head ("chief executive", "Chief Constable"), over one
    // word that qualifies the last ("consultant paediatric dentist").
    if (headOf(words[k].lower) && (headAt < 0 || k === headAt + 1 || (k === headAt + 2 && isQualifierBetween(text, words, k - 1)))) headAt = k;
    else if (k === headAt + 1 && k + 1 < words.length && headOf(words[k + 1].lower) && isQualifierBetween(text, words, k)) continue;
    // "chief financial officer": one office of three words.
    else if (k === headAt + 1 && words[headAt].lower === 'chief' && words[k + 1]?.lower === 'officer') headAt = ++k;
    else if (headAt < 0 && !isModifier(words[k])) return undefined;
    // After its head, a role goes on only with what it is of ("minister of digital affairs").
    else if (k === headAt + 1 && !LINKS.has(words[k].lower)) break;
    to = k;
  }
  if (headAt < 0) return undefined;
  // "Aliyev, Armenian Prime Minister Nikol Pashinyan and…": a title of the next name, not a role of this one.
  if (to === headAt && to + 1 < words.length && joined(text, words[to], words[to + 1]) && capitalised(words[to + 1])) return undefined;
  while (to > headAt && LINKS.has(words[to].lower)) to--;
  const head = roleHead(words, headAt);
  return roleWords(text, words, head, to, Math.min(from, head.from));
}

/**
 * "Rosa Delgado, who chairs the city council's transportation committee,": a role told by a clause
 * of its own right after the name, its verb the office (`CLAUSE_HEADS`) and its object what the
 * office is of, up to the clause's end. The role's words start at "who".
 */
function roleInClause(text: string, words: readonly Word[], last: number): RoleWords | undefined {
  const [who, verb] = [words[last + 1], words[last + 2]];
  const head = verb && CLAUSE_HEADS.get(verb.lower);
  if (!head || who.lower !== 'who' || !CLAUSE_GAP.test(text.slice(words[last].end, who.start)) || !joined(text, who, verb)) return undefined;
  let to = last + 2;
  for (let k = to + 1; k < words.length && k <= last + 2 + MOST_AFTER && joinedLoosely(text, words[k - 1], words[k]); k++) {
    if (CLAUSE_WORDS.has(words[k].lower) || DIGIT.test(words[k].text)) break;
    to = k;
  }
  while (to > last + 2 && (LINKS.has(words[to].lower) || DETERMINERS.has(words[to].lower))) to--;
  if (to === last + 2) return undefined;
  return { from: last + 1, to, headFrom: last + 2, headTo: last + 2, head, qualifiers: qualifiersOf(words, last + 3, to, { from: last + 2, at: last + 2 }), clause: true };
}

/** Between a name and its clause: a comma, and perhaps an age ("Morag Lindqvist, 58, who chairs"). */
const CLAUSE_GAP = /^,[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?$/;

/** The verbs that tell an office in a clause after a name, by the office they tell. */
const CLAUSE_HEADS = new Map([
  ['chairs', 'chair'],
  ['leads', 'leader'],
  ['heads', 'head'],
]);

const CLAUSE_OPENING = /^who[ \u00a0]+(chairs|leads|heads)[ \u00a0]+/i;

/** A role told by a clause (see `roleInClause`) as a title before a name: "chair of the council's finance committee" for "who chairs the council's finance committee". */
export function clauseAsTitle(role: string): string {
  return role.replace(CLAUSE_OPENING, (_, verb: string) => `${CLAUSE_HEADS.get(verb.toLowerCase())} of `);
}

/** An office a clause tells, of something, as that clause: "who chairs Lisnacree Otters Swimming Club" for "chair of Lisnacree Otters Swimming Club"; any other role as it is. */
export function titleAsClause(role: string): string {
  return role.replace(TITLE_OPENING, (_, office: string) => `who ${CLAUSE_VERBS.get(office.toLowerCase())} `);
}

const CLAUSE_VERBS = new Map([...CLAUSE_HEADS].map(([verb, office]) => [office, verb]));
const TITLE_OPENING = /^(?:the[ \u00a0]+)?(chair|leader|head)[ \u00a0]+of[ \u00a0]+/i;

/** A role's words, from `from` (or as far left of its head as its modifiers go) to `to`. */
function roleWords(text: string, words: readonly Word[], head: { from: number; at: number; head: string }, to: number, from = leftEdge(text, words, head.from)): RoleWords {
  return { from, to, headFrom: head.from, headTo: head.at, head: head.head, qualifiers: qualifiersOf(words, from, to, head) };
}

const BODIES_OF_MEMBERS: ReadonlySet<string> = new Set(['cabinet', 'board', 'committee', 'council', 'executive', 'assembly', 'parliament']);

/** The role a head noun at `at` names, with the word before it when the two name one ("Prime Minister", "chief executive"). */
function roleHead(words: readonly Word[], at: number): { from: number; at: number; head: string } {
  const lower = words[at].lower;
  const before = at > 0 ? words[at - 1].lower : '';
  if (lower === 'minister' && before === 'prime') return { from: at - 1, at, head: 'prime minister' };
  if (lower === 'executive' && before === 'chief') return { from: at - 1, at, head: 'chief executive' };
  if (lower === 'teacher' && before === 'head') return { from: at - 1, at, head: 'principal' };
  // "cabinet member for housing", "board member": a member of a body is an office of that body's.
  if (lower === 'member' && BODIES_OF_MEMBERS.has(before)) return { from: at - 1, at, head: `${before} member` };
  // "Chief Financial Officer": an office of its own, as "Chief Operating Officer" is another.
  if (lower === 'officer' && at > 1 && words[at - 2].lower === 'chief') return { from: at - 2, at, head: before === 'executive' ? 'chief executive' : `chief ${before} officer` };
  return { from: at, at, head: headOf(lower)! };
}

/**
 * How far left of a role's head its modifiers go: capitalised words, words that time it, and one noun
 * before the head ("finance minister"), or two where the role's phrase plainly starts before them
 * ("says public works director Helen Marsh", but "met finance minister Pavel Brenner").
 */
function leftEdge(text: string, words: readonly Word[], headFrom: number): number {
  let from = headFrom;
  let nouns = 0;
  while (from > 0 && joined(text, words[from - 1], words[from])) {
    const word = words[from - 1];
    if (joinsTitle(text, words, from - 1)) {
      from -= 2;
      continue;
    }
    if (DETERMINERS.has(word.lower) || CLAUSE_WORDS.has(word.lower) || AGE_WORDS.has(word.lower) || word.stop) break;
    // One noun before the head ("finance minister", "sporting director"), not a verb before a title ("leaving Prime Minister").
    if (!capitalised(word) && !TIMING.has(word.lower) && !headOf(word.lower) && ((++nouns > 1 && !(nouns === 2 && startsPhrase(text, words, from - 1))) || (VERB_ENDING.test(word.lower) && capitalised(words[from])))) break;
    // Nor a participle opening a clause after a comma (", handing trainer Margaret Ashcombe her second win").
    if (PARTICIPLE.test(word.lower) && COMMA_BEFORE.test(text.slice(Math.max(0, word.start - 2), word.start))) break;
    from--;
  }
  return from;
}

/**
 * Whether the "and" at word `at` joins two capitalised words of one title ("Police and Crime
 * Commissioner", "Education and Research Minister"): one capitalised word before it, no office,
 * that opens the sentence or follows a determiner or a possessive ("the county's"). "Competition
 * Bureau and Transport Minister" names a body, then a minister; "met Merkel and Finance Minister
 * Schäuble" two people.
 */
function joinsTitle(text: string, words: readonly Word[], at: number): boolean {
  if (words[at].lower !== 'and' || at < 1 || !capitalised(words[at + 1])) return false;
  const before = words[at - 1];
  if (!isNameWord(before) || headOf(before.lower) || !joined(text, before, words[at])) return false;
  if (at < 2 || !joinedLoosely(text, words[at - 2], before)) return true;
  const opener = words[at - 2];
  return DETERMINERS.has(opener.lower) || POSSESSIVE_END.test(text.slice(opener.start, before.start));
}

const POSSESSIVE_END = /['’]s?\s+$/u;

/** Whether a phrase starts at word `at`: the sentence's or a clause's first word, or one after a determiner, a preposition or a clause's word. */
function startsPhrase(text: string, words: readonly Word[], at: number): boolean {
  if (at === 0 || !joined(text, words[at - 1], words[at])) return true;
  const before = words[at - 1].lower;
  return DETERMINERS.has(before) || CLAUSE_WORDS.has(before) || LINKS.has(before);
}

/** Words that tell a role as one held before. */
const FORMER = new Set(['former', 'formerly', 'previously', 'ex', 'onetime', 'erstwhile']);

function isFormer(words: readonly Word[], role: RoleWords): boolean {
  for (let k = role.from; k < role.headFrom; k++) if (FORMER.has(words[k].lower)) return true;
  return false;
}

/** A word that may go on what an office is of after its "and": no function word, clause's word or figure. */
function isObjectWord(word: Word): boolean {
  return !word.stop && !CLAUSE_WORDS.has(word.lower) && !DETERMINERS.has(word.lower) && !DIGIT.test(word.text);
}

/** Whether the word at `k` stands between two role nouns as a plain word qualifying the second ("paediatric"). */
function isQualifierBetween(text: string, words: readonly Word[], k: number): boolean {
  const word = words[k];
  return word.text === word.lower && !word.stop && !CLAUSE_WORDS.has(word.lower) && !LINKS.has(word.lower) && joined(text, words[k - 1], word) && joined(text, word, words[k + 1]);
}

/** Whether a word may stand in a role before its head: anything but a clause's word or a function word ("of" aside). */
function isModifier(word: Word): boolean {
  return !CLAUSE_WORDS.has(word.lower) && (!word.stop || LINKS.has(word.lower));
}

function qualifiersOf(words: readonly Word[], from: number, to: number, head: { from: number; at: number }): string[] {
  const qualifiers: string[] = [];
  for (let k = from; k <= to; k++) {
    if (k >= head.from && k <= head.at) continue;
    const word = words[k];
    if (word.stop || TIMING.has(word.lower) || DETERMINERS.has(word.lower) || LINKS.has(word.lower)) continue;
    qualifiers.push(word.norm);
  }
  return qualifiers;
}

/** The first letters of a role's capitalised words but its head's. */
function initialsOf(words: readonly Word[], role: RoleWords): string {
  let initials = '';
  for (let k = role.from; k <= role.to; k++) if (capitalised(words[k]) && !headOf(words[k].lower)) initials += words[k].lower.charAt(0);
  return initials;
}

/**
 * Letters after a name that say what the person is or has ("Niamh Corrigan TD", "Jane Ash MP",
 * "Tom Reyes Jr"), written as they are here: no part of the name, and no role of the kind read here.
 */
const POST_NOMINALS = new Set(['MP', 'TD', 'MSP', 'MEP', 'MLA', 'MPP', 'MS', 'QC', 'KC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'PhD', 'Jr', 'Sr']);

function isPostNominal(word: Word): boolean {
  return POST_NOMINALS.has(word.text);
}

/** Two words one space or hyphen apart: of one name, or one role. */
export function joined(text: string, a: Word, b: Word): boolean {
  if (b.start !== a.end + 1) return false;
  const c = text.charCodeAt(a.end);
  return c === 0x20 || c === 0x2d || c === 0xa0;
}

/** Two words of one phrase: apart by spaces, a hyphen, or an apostrophe's "s" (no comma or stop). */
function joinedLoosely(text: string, a: Word, b: Word): boolean {
  return /^['’]?[ \u00a0\-&]+$/.test(text.slice(a.end, b.start));
}

function capitalised(word: Word): boolean {
  return word.text !== word.lower;
}

/** A capitalised word that is not in capitals: a word of a name. Told by code units, before any string is made. */
function isNameWord(word: Word): boolean {
  const text = word.text;
  const c = text.charCodeAt(0);
  if (c < 0x80) {
    if (c < 0x41 || c > 0x5a) return false;
    for (let k = 1; k < text.length; k++) {
      const d = text.charCodeAt(k);
      if ((d >= 0x61 && d <= 0x7a) || d >= 0x80) return true;
    }
    return false;
  }
  return text.charAt(0) !== word.lower.charAt(0);
}
