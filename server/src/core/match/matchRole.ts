import { OFFICE_RANKS, officeComplement, RANKS, roleClass, VAGUE_HEADS, wordsOfRole, type Role } from '../extract/findRoles';
import type { StatedRole, StatedRoles } from '../facts/statedRoles';
import { sharesStem, spelledAlike } from './matchName';
import { normalizeWord, tokenizeWords } from '../text/words';

/** A role the sources give a person otherwise than a draft does. */
export interface RoleContradiction {
  stated: StatedRole;
  /**
   * Whether only the office differs: the source's role says nothing of what it is of that the
   * draft's does not ("chief executive of the Irish Potato Federation" for "the federation's chairman").
   */
  officeOnly: boolean;
  /**
   * For one office of another thing, when one word of each tells them apart (stemmed, as `Role.qualifiers`):
   * the draft's and the source's ("Wisconsin's agriculture commissioner" for Minnesota's).
   */
  swapped?: { draft: string; source: string };
  /**
   * The one other person the sources give the draft's role, when there is one: the draft has most
   * likely put the wrong name to the role ("Chief Executive Arjun Mehta", where Margaret Sowell is).
   */
  holder?: StatedRole;
}

/**
 * The role the `sources` give the person a draft gives `role`, where they contradict it: one of the
 * same office of something else ("Agriculture Minister" for Environment Minister), a word of the
 * draft's that no sentence naming the person uses; or another office ("Speaker" for President),
 * when no such sentence uses a word of the draft's (a rank, "Professor", is no office), and the
 * draft gives the person none of their offices elsewhere (`alsoGiven`, heads: "Councillor Janet Frew,
 * the mayor" is held to the source's other office of hers). A role held before is held to those the
 * sources say the person held before. Undefined when the sources give that person no role, or name
 * two people so, or tell of them what the draft does.
 */
export function matchRole(role: Role, sources: readonly StatedRoles[], alsoGiven?: ReadonlySet<string>): RoleContradiction | undefined {
  const stated: StatedRole[] = [];
  let given: string | undefined;
  for (const source of sources) {
    for (const candidate of source.roles) {
      const { person, given: theirs } = candidate.role;
      if (person !== role.person || (role.given && theirs && theirs !== role.given) || (role.former && !candidate.role.former)) continue;
      // Two people of one last name: which the draft means is unknown.
      if (theirs && given && theirs !== given) return undefined;
      given ??= theirs;
      stated.push(candidate);
    }
  }
  if (!stated.length) return undefined;
  const told: Array<readonly string[]> = [];
  // A word told of the person that is another's office of the draft's is no word of theirs: "her
  // side's defence" beside "defence coach Martin Quayle" does not make her the defence coach.
  if (!heldByAnother(role, stated, sources)) {
    for (const source of sources) {
      const words = source.toldOf.get(role.person);
      if (words) told.push(words);
    }
  }
  const named = (word: string) => sources.some((source) => source.named.has(word));
  const contradiction = contradictionOf(role, stated, told, named, alsoGiven);
  const holder = contradiction && otherHolder(role, sources);
  // Whose sentence the draft's restates tells which it got wrong: the role of the person it names,
  // or the name of the person whose role it gives.
  return contradiction && (holder && restatesRather(role, holder.role, contradiction.stated.role) ? { ...contradiction, holder } : contradiction);
}

/** The fewest words a draft's sentence shares with the other holder's for the name to be taken for the slip. */
const LEAST_SHARED = 3;

/**
 * Whether the draft's sentence clearly restates the sentence giving `other` the role rather than the
 * one giving the draft's person theirs: it shares some words with it, and more than twice as many.
 */
function restatesRather(role: Role, other: Role, own: Role): boolean {
  const theirs = sharedWords(role, other);
  return theirs >= LEAST_SHARED && theirs > 2 * sharedWords(role, own);
}

/** How many of the words said beside one role are said beside the other. */
function sharedWords(role: Role, other: Role): number {
  return role.said.filter((word) => other.said.includes(word)).length;
}

/** How the roles `stated` for the draft's person contradict `role`, as `matchRole` says, if they do. */
function contradictionOf(role: Role, stated: readonly StatedRole[], told: ReadonlyArray<readonly string[]>, named: (word: string) => boolean, alsoGiven: ReadonlySet<string> | undefined): RoleContradiction | undefined {
  const same = stated.filter((s) => s.role.head === role.head);
  if (same.length) return same.every((s) => contradicts(role, s.role, told, named) || deputyDiffers(role, s.role)) ? { stated: same[0], officeOnly: false, swapped: swappedWord(role, same[0].role) } : undefined;
  const offices = stated.filter((s) => !RANKS.has(s.role.head) && !alsoGiven?.has(s.role.head));
  if (!offices.length || RANKS.has(role.head) || wordsOfRole(role.head).some((word) => holds(told, word))) return undefined;
  // Of several, the one of the body the draft names ("leader of the council", not the title
  // "Councillor", for "the council's chief executive"); else one that says what it is of rather
  // than a bare title ("the cabinet member for highways", not "Councillor", for "the council's
  // winter service manager").
  const definite = (s: StatedRole) => !VAGUE_HEADS.has(s.role.head);
  const chosen = offices.find((s) => s.role.qualifiers.some((word) => role.qualifiers.includes(word))) ?? offices.find((s) => definite(s) && s.role.qualifiers.length > 0) ?? offices.find(definite) ?? offices[0];
  if (VAGUE_HEADS.has(role.head) && !vagueContradicts(role, chosen.role)) return undefined;
  // A trade is followed beside an office, and kin is kin beside either: "rector" is no slip of "a
  // physicist who has led the university", nor "executor" of "her nephew".
  if (roleClass(role.head) !== roleClass(chosen.role.head)) return undefined;
  return { stated: chosen, officeOnly: onlyOfficeDiffers(role, chosen, told) };
}

/**
 * Whether a role of a vague office ("chief", "leader", "head") contradicts the office a source gives:
 * only when the draft says what it is the head of ("fire chief", "council leader", "head of
 * research"), and the source's office is no other word for heading something ("union leader" for
 * the union's president, "Borealis chief" for its CEO, "Ex-Asia chief" for the head of Asian
 * operations), or one of them is a deputy.
 */
function vagueContradicts(role: Role, stated: Role): boolean {
  // A deputy heads nothing: "the party's deputy leader" is no other word for its chairman.
  return role.qualifiers.length > 0 && !VAGUE_HEADS.has(stated.head) && (!HEADING_OFFICES.has(stated.head) || deputyDiffers(role, stated));
}

/** Offices that head what they are of, which a vague office of the same thing may name. */
const HEADING_OFFICES = new Set(['president', 'chief executive', 'chair', 'director', 'secretary', 'mayor', 'governor', 'premier', 'prime minister', 'founder', 'owner', 'dean', 'principal', 'rector', 'chancellor']);

/**
 * Whether the roles differ in their office alone: the source's says what it is of, and the draft's
 * says that too ("chief executive of the Irish Potato Federation" for "the federation's chairman"),
 * or part of it, leaving out only words of a name the source's gives after its office ("chair of the
 * airport authority" for "executive director of the Halden County Airport Authority", but not "the
 * trust's director" for "the trust's director of science"); or the draft's other words are told
 * of the person and the source's says no more than whose office it is ("Northwind's captain" for
 * "the team's coach"). Not "Federal Treasurer" for "Federal Emergency Management Minister", whose
 * office is all three words, nor "Finance Minister" for "Treasurer", which no sentence says is of finance.
 */
function onlyOfficeDiffers(role: Role, stated: StatedRole, told: ReadonlyArray<readonly string[]>): boolean {
  // What the source's office is of in its own words ("of plant pathology") is of the office, not
  // whose it is: "the centre's head of plant pathology" for "chief inspector at the Oakfield Crop
  // Research Centre" differs in the office alone.
  const own = officeComplement(stated.fact.text, stated.role.headOffset - stated.role.offset + stated.role.headLength).words;
  const owned = stated.role.qualifiers.filter((q) => !own.includes(q));
  const extra = owned.filter((q) => !holds([role.qualifiers], q) && !role.initials.includes(q));
  if (!extra.length && owned.length) return true;
  if (role.qualifiers.length && role.qualifiers.every((q) => holds([stated.role.qualifiers], q))) {
    const named = namedAfterOffice(stated);
    if (extra.every((q) => named.includes(q) || RANKS_OF_OFFICE.has(q))) return true;
  }
  if (!role.qualifiers.every((q) => holds(told, q))) return false;
  const owner = ownerWords(stated.fact.text);
  return extra.every((q) => owner.includes(q));
}

/** `OFFICE_RANKS` stemmed as `Role.qualifiers`: part of the office ("executive director"). */
const RANKS_OF_OFFICE = new Set(OFFICE_RANKS.map(normalizeWord));

/** The stemmed capitalised words a stated role gives after its office: the name of what it is of ("halden", "counti" … of "director of the Halden County Airport Authority"). */
function namedAfterOffice({ role, fact }: StatedRole): string[] {
  const from = role.headOffset - role.offset + role.headLength;
  return tokenizeWords(fact.text, from, fact.text.length)
    .filter((w) => w.text !== w.lower)
    .map((w) => w.norm);
}

/** The stemmed words of a role's owner, before its possessive ("team" of "the team's coach"). */
function ownerWords(role: string): string[] {
  const owner = OWNER.exec(role);
  return owner ? tokenizeWords(owner[1], 0, owner[1].length).map((w) => w.norm) : [];
}

const OWNER = /^(.*)['’]s\s/u;

/**
 * The one person but the draft's whom the sources give the draft's role: its office, and what it is
 * of in their role's words or in their sentences ("Chamber president" for "president of the Chamber
 * of Commerce"); undefined for none or several.
 */
function otherHolder(role: Role, sources: readonly StatedRoles[]): StatedRole | undefined {
  let holder: StatedRole | undefined;
  for (const source of sources) {
    for (const candidate of source.roles) {
      const theirs = candidate.role;
      if (theirs.person === role.person || theirs.head !== role.head) continue;
      const told = [theirs.qualifiers, source.toldOf.get(theirs.person) ?? []];
      if (!role.qualifiers.every((q) => holds(told, q) || theirs.initials.includes(q))) continue;
      if (holder && holder.role.person !== theirs.person) return undefined;
      holder ??= candidate;
    }
  }
  return holder;
}

/**
 * Whether a source telling of the draft's person gives another person the draft's role, all its
 * words in theirs, where none of the roles the sources give the draft's person is of the same office
 * with those words.
 */
function heldByAnother(role: Role, stated: readonly StatedRole[], sources: readonly StatedRoles[]): boolean {
  if (!role.qualifiers.length) return false;
  const within = (theirs: Role) => theirs.head === role.head && role.qualifiers.every((q) => holds([theirs.qualifiers], q));
  if (stated.some((s) => within(s.role))) return false;
  // Another source's people are not told beside the draft's person: only their own source's.
  return sources.some((source) => source.toldOf.has(role.person) && source.roles.some((candidate) => candidate.role.person !== role.person && within(candidate.role)));
}

/** The one word of each role the other does not hold, when each has exactly one. */
function swappedWord(role: Role, stated: Role): RoleContradiction['swapped'] {
  const draft = role.qualifiers.filter((q) => !holds([stated.qualifiers], q));
  const source = stated.qualifiers.filter((q) => !holds([role.qualifiers], q));
  // Whose office it is ("the study's senior author") is no word of the office ("Lead author").
  if (source[0] === stated.ownerNoun && draft[0] !== role.ownerNoun) return undefined;
  return draft.length === 1 && source.length === 1 ? { draft: draft[0], source: source[0] } : undefined;
}

/**
 * Whether a role of one office is of something else than the `stated` one: each says what the
 * other does not, the draft's in words no sentence naming the person uses (`told`). An acronym is
 * the initials it stands for, and the draft's word for a body of any name ("the regulator's chief
 * executive") stands for the one the source names; the source's may be another than the draft's
 * ("a seismologist at the institute", at NECO).
 */
function contradicts(role: Role, stated: Role, told: ReadonlyArray<readonly string[]>, named: (word: string) => boolean): boolean {
  // So is the draft's common noun for whose office it is, unless the source names a body by it
  // ("the course's chief executive" for Kestrel Down's; not "the bank's" beside Kestrava Commercial Bank).
  const own = (q: string) => ANY_BODY.has(q) || q === LOCAL || holds(told, q) || stated.initials.includes(q) || (q === role.ownerNoun && !named(q));
  // The source's common noun for whose office it is stands for the body the draft names: "the
  // party's leader" is the Reform Liberal leader.
  const theirs = (q: string) => holds([role.qualifiers], q) || role.initials.includes(q) || (q === stated.ownerNoun && ANY_BODY.has(q));
  return !role.qualifiers.every(own) && !stated.qualifiers.every(theirs);
}

/** "the local branch" is the Wrenshire branch: of whatever place the source names. */
const LOCAL = normalizeWord('local');

/**
 * Whether one of two roles of one office is the deputy of the other: "FESA administrator" for the
 * source's "FESA deputy administrator" is another person's office, though it says nothing the
 * source's does not.
 */
function deputyDiffers(role: Role, stated: Role): boolean {
  for (const rank of DEPUTY_RANKS) if (role.qualifiers.includes(rank) !== stated.qualifiers.includes(rank)) return true;
  return false;
}

/** Ranks below an office, stemmed as `Role.qualifiers`; not "associate", whose stem is that of "association". */
/** Ranks under an office, stemmed: a deputy's office is another than the office's. */
export const DEPUTY_RANKS = ['deputy', 'vice', 'assistant', 'lieutenant'].map(normalizeWord);

/**
 * Words for a body of any name, stemmed as `Role.qualifiers`. Not those whose stem is another word's
 * ("federation" and "federal", "operator" and "operating", "organization" and "organ").
 */
const ANY_BODY = new Set(
  'group company firm organisation body agency regulator watchdog council board union party team club charity trust fund ministry society committee'.split(' ').map(normalizeWord),
);

/**
 * Words American and British use for one kind of school, stemmed as `Role.qualifiers`: "a high
 * school teacher" is a secondary school teacher.
 */
const SAME_WORDS = new Map(
  [
    ['high', 'secondary'],
    ['elementary', 'primary'],
  ]
    .map((pair) => pair.map(normalizeWord))
    .flatMap(([a, b]) => [
      [a, b],
      [b, a],
    ]),
);

/**
 * Whether the lists of `words` hold `word`, or another form of it: one the start of the other
 * ("armenia", "armenian"), or spelt British or American (stems, which drop a final "e": "defenc",
 * "defens"), or the other country's word (see `SAME_WORDS`). Forms of a word start with its letter:
 * other words are passed over at the first.
 */
function holds(words: ReadonlyArray<readonly string[]>, word: string): boolean {
  const first = word.charCodeAt(0);
  const alike = SAME_WORDS.get(word);
  for (const list of words) {
    for (const other of list) {
      if (other === alike) return true;
      if (other.charCodeAt(0) !== first) continue;
      if (other === word) return true;
      if (sharesStem(other, word)) return true;
      // Stems drop a final "e": "centr" and "center" are "centre" and "center".
      if (Math.abs(other.length - word.length) <= 1 && (spelledAlike(other, word) || spelledAlike(`${other}e`, `${word}e`) || spelledAlike(`${other}e`, word) || spelledAlike(other, `${word}e`))) return true;
    }
  }
  return false;
}
