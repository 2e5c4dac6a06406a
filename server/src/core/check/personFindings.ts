import type { PlaceMention } from '../extract/findPlaces';
import { clauseAsTitle, isTitleWord, titleAsClause, OFFICE_RANKS, officeComplement, type Role, type RoleMention } from '../extract/findRoles';
import type { LocatedMention } from '../extract/readDocument';
import type { FactIndex } from '../match/factIndex';
import type { Fact } from '../facts/fact';
import { matchGivenBefore, matchName, matchNameAfter, matchWordOfName, namesAnother, SHORTEST_NAME_RUN, usesName } from '../match/matchName';
import { matchPlace } from '../match/matchPlace';
import { DEPUTY_RANKS, matchRole, type RoleContradiction } from '../match/matchRole';
import type { SpelledNames } from '../facts/spelledNames';
import type { StatedPlaces } from '../facts/statedPlaces';
import type { StatedRoles } from '../facts/statedRoles';
import { withoutPossessive } from '../extract/findNames';
import { foldName } from '../text/foldName';
import { matchCase, tokenizeWords } from '../text/words';
import { FindingCode } from './codes';
import type { Finding } from './finding';

/**
 * A finding for each of a block's `people` (its names, and the roles and places it gives them, see
 * `readBlock`) that contradicts the `sources`: a name that misspells one of theirs (see
 * `matchName`), a role they give the person otherwise (see `matchRole`), a place they give the
 * firm or person otherwise (see `matchPlace`). With no sources given, those of the index,
 * which has one source at most (see `RelevantSources`).
 */
export function personFindings(people: readonly LocatedMention[], index: FactIndex, sources: ReadonlySet<number> | undefined): Finding[] {
  if (!people.length) return [];
  const findings: Finding[] = [];
  // Read when first needed, once for all the block's people.
  let known: SpelledNames[] | undefined;
  let roles: StatedRoles[] | undefined;
  let places: StatedPlaces[] | undefined;
  // The names alone, each word beside the next: a role or place spanning a name stands among its
  // words in `people` ("Pieter Rademakers, its director" between "Pieter" and "Rademakers").
  const names = people.filter((p) => p.kind === 'name');
  // The words of a role's office tell the name they stand before ("Council President Marisol Vega"),
  // but are held by the role's check ("Trade Minister Tobias Wrenfield").
  const offices = people.filter((p) => p.kind === 'role').map((p) => officeSpan(p as unknown as RoleMention));
  for (let i = 0, n = 0; i < people.length; i++) {
    const claim = people[i];
    if (claim.kind === 'role') {
      const { role } = claim as unknown as RoleMention;
      // A person whose name the draft misspells is the source's person of that name, whose roles hold theirs.
      const spelt = matchName(role.person, (known ??= index.spelledNames(sources)), !role.given);
      const contradiction = matchRole(spelt ? { ...role, person: spelt.folded } : role, (roles ??= index.statedRoles(sources)), otherHeads(people, i));
      if (contradiction) findings.push(roleFinding(claim, role, contradiction));
      continue;
    }
    if (claim.kind === 'place') {
      const stated = matchPlace((claim as unknown as PlaceMention).place, (places ??= index.statedPlaces(sources)));
      if (stated) findings.push({ claim, verdict: 'mismatch', fact: stated.fact, code: FindingCode.PlaceMismatch, fix: stated.fact.text, sourceSays: stated.phrase });
      continue;
    }
    const at = n++;
    // A short first name tells the last name after it (see `givenBefore`), and is checked by none.
    if (claim.short || offices.some((o) => claim.start >= o.start && claim.end <= o.end)) continue;
    known ??= index.spelledNames(sources);
    const { first, last } = nameRun(names, at);
    const spelt = matchName(claim.text, known, first === last);
    const given = spelt ? undefined : givenBefore(names, at);
    const family = spelt || given ? undefined : lastAfter(names, at);
    const name = (spelt && !namesAnother(otherParts(names, at), known) ? spelt : given ? matchNameAfter(given, claim.text, known) : family ? matchGivenBefore(claim.text, family, known) : undefined) ?? wordOfName(names, at, first, last, known);
    if (name) findings.push({ claim, verdict: 'mismatch', fact: name.fact, code: FindingCode.NameMismatch, fix: inCapitalsOf(name.fact.text, claim.text), sourceSays: name.fact.text });
  }
  return findings;
}

/**
 * `office` without its first word where the draft's words kept before it end with that word: "a
 * former librarian" fixed to the source's "former secondary school teacher" is no "former former".
 */
function withoutWordBefore(office: string, kept: string): string {
  const first = /^(\p{L}+)[ \u00a0]+/u.exec(office);
  return first && new RegExp(`(?<![\\p{L}])${first[1]}[ \\u00a0]+$`, 'iu').test(kept) ? office.slice(first[0].length) : office;
}

/**
 * The finding for a role the sources contradict: when they give the draft's role to one other person,
 * that person's name in the draft's name's place, cited where they give it; else the role they
 * give the draft's person in the draft's role's place.
 */
function roleFinding(claim: LocatedMention, role: Role, contradiction: RoleContradiction): Finding {
  const { holder } = contradiction;
  const draftName = holder && writtenName(claim.text, role.person, role.given);
  const holderName = holder && writtenName(holder.fact.quote, holder.role.person, holder.role.given);
  if (holder && draftName && holderName) {
    // A name written without its first name is replaced by the last name alone.
    const name = draftName.given ? holderName.text : holderName.text.slice(holderName.lastOffset);
    const fix = claim.text.slice(0, draftName.start) + name + claim.text.slice(draftName.end);
    // The source's name and role in its order: "Gary Whitcomb, president of the Chamber of Commerce".
    const sourceSays = holderName.start < holder.fact.quoteOffset ? `${holderName.text}, ${holder.fact.text}` : `${holder.fact.text} ${holderName.text}`;
    return { claim, verdict: 'mismatch', fact: holder.fact, code: FindingCode.RoleMismatch, fix, sourceSays };
  }
  const { fact } = contradiction.stated;
  return { claim, verdict: 'mismatch', fact, code: FindingCode.RoleMismatch, fix: roleFix(claim.text, role, contradiction), sourceSays: fact.text };
}

/**
 * Where `text` writes the person whose last name folds to `person` (with the first name folding to
 * `given` before it, when it does): the first such name.
 */
function writtenName(text: string, person: string, given: string | undefined): { start: number; end: number; text: string; lastOffset: number; given: boolean } | undefined {
  const words = tokenizeWords(text, 0, text.length);
  const last = words.findIndex((w) => foldName(withoutPossessive(w.text)) === person);
  if (last < 0) return undefined;
  const end = words[last].start + withoutPossessive(words[last].text).length;
  const first = given !== undefined && last > 0 && foldName(words[last - 1].text) === given ? last - 1 : last;
  const start = words[first].start;
  return { start, end, text: text.slice(start, end), lastOffset: words[last].start - start, given: first < last };
}

/**
 * The draft's words with the source's role in its role's place, the name and its commas kept, and
 * the source's "X's" left out where the draft does not say whose role it is ("the Marvalia's"); the
 * source's office only in the draft's office's place where only the office differs ("a former
 * chairman", "chief executive of the Irish Potato Federation").
 */
function roleFix(text: string, role: Role, { stated, officeOnly, swapped }: RoleContradiction): string {
  const swap = swapped && wordSwapped(text, role, stated.fact.text, stated.role, swapped);
  if (swap !== undefined) return swap;
  // A role told by a clause ("who chairs the finance committee") takes or gives the other's words
  // whole: before a name the clause's as a title, and after it without the apposition's article;
  // the draft's clause keeps its form where the source's office is one a clause tells ("chair of X").
  if (role.clause || stated.role.clause) {
    const before = role.offset === 0 && role.length < text.length;
    const said = before ? matchCase(clauseAsTitle(stated.fact.text), text) : role.clause ? titleAsClause(stated.fact.text) : stated.fact.text;
    const lead = stated.role.clause && !before ? text.slice(0, role.offset).replace(ARTICLE_END, '') : text.slice(0, role.offset);
    return lead + said + text.slice(role.offset + role.length);
  }
  const heldBefore = stated.role.former && !role.former;
  const owned = heldBefore ? undefined : withDraftOwner(text, role, stated.fact, stated.role);
  if (owned !== undefined) return owned;
  const from = officeStart(text, role.headOffset, role.offset);
  // "the union's general secretary" for the source's bare "its president": the draft's owner stays.
  const ownedOnly = !stated.role.qualifiers.length && OWNED.test(text.slice(role.offset, from));
  // A role the source says the person held before is another than any the draft's owner gives them now:
  // "the board's treasurer" for "a former headteacher" takes the source's words whole.
  if ((officeOnly || !role.qualifiers.length || ownedOnly) && !heldBefore) {
    const head = stated.role.headOffset - stated.role.offset;
    // An office with its ranks and what it is of in its own words: "Chief engineer" for the chief
    // executive is no "Chief chief executive", "general secretary" for the director no "general
    // director", and the vice president for sustainability no "vice president".
    // A draft's role of no words but its office ("Chief operating officer Tobias Reinholt") takes
    // the source's whole but for whose it is: "Finance director", not "Director".
    const office = !role.qualifiers.length && stated.role.qualifiers.length && !ownedOnly ? stated.fact.text.replace(LEADING_POSSESSIVE, '').replace(ARTICLE_START, '') : stated.fact.text.slice(officeStart(stated.fact.text, head), officeComplement(stated.fact.text, head + stated.role.headLength).end);
    const to = officeComplement(text, role.headOffset + role.headLength, role.offset + role.length).end;
    const kept = text.slice(0, from);
    return kept + matchCase(withoutWordBefore(office, kept), text.slice(from)) + text.slice(to);
  }
  const own = text.slice(role.offset, role.headOffset);
  const roleEnd = role.offset + role.length;
  const said = OWNER.test(own) ? stated.fact.text : ownedAfter(stated.fact.text, text.slice(officeComplement(text, role.headOffset + role.headLength, roleEnd).end, roleEnd));
  // "Priya Ramaswamy, Resonar's chief financial officer" for the source's "Priya Ramaswamy, a media
  // analyst at Halvorsen Capital": a role whose owner the draft gave takes the source's article.
  const article = LEADING_POSSESSIVE.test(own) && !LEADING_POSSESSIVE.test(said) ? articleBefore(stated.fact) : '';
  // The source's role with its own article takes the draft's place: "Callum Fraser, the expedition's
  // chief scientist" for "a postdoctoral researcher" is no "the a postdoctoral researcher".
  const lead = article || ARTICLE_START.test(said) ? text.slice(0, role.offset).replace(ARTICLE_END, '') : text.slice(0, role.offset);
  // A title right before the name takes the source's office without the body it is of:
  // "Chief executive Helen Achterberg" for "Finance director Helen Achterberg", not "chief executive
  // of Tarne Crossings Helen Achterberg".
  // Not where the draft's title names a body of its own ("Brennholm Messe chief executive"): the
  // source's body is then what the fix must say.
  if (NAME_AFTER_TITLE.test(text.slice(roleEnd)) && !NAME_WITHIN.test(own) && !article && !ARTICLE_START.test(said)) return lead + matchCase(said.replace(LEADING_POSSESSIVE, '').replace(BODY_AFTER_OFFICE, ''), text.slice(role.offset)) + text.slice(roleEnd);
  return lead + article + withoutPlace(said, text.slice(role.offset, roleEnd)) + text.slice(roleEnd);
}

/** After a title, the name it is of, with no comma between: " Helen Achterberg". */
const NAME_AFTER_TITLE = /^[ \u00a0]+\p{Lu}/u;
/** A named body an office is of, after it: " of Tarne Crossings", " at the Northern Mills Trust" (not " for Public Expenditure", a minister's). */
const BODY_AFTER_OFFICE = /\s+(?:of|at)\s+(?:the\s+)?\p{Lu}.*$/u;
/** A capitalised word after the first: a name among a title's words. */
const NAME_WITHIN = /\s\p{Lu}/u;

/**
 * The draft's role with its own owner kept and the source's office, without the source's owner, in
 * place of the rest, where the draft names whose office it is and the source names the same body:
 * "Moorline's managing director" for "Moorline's operations director" (the source's "managing
 * director of Moorline Buses"), "Centre Party health spokesman Henrik Vaage" for "health spokesman
 * for the opposition Centre Party". A common noun's possessive ("the center's", "the club's")
 * stands for a body the source names only by its own possessive ("ASWC's lead forecaster") or not
 * at all: "a media analyst at Halvorsen Capital" works for another body than "the label's", and
 * "chair of the regatta's organising committee" for a narrower one. The office keeps what it is of
 * in its own words ("director of transport"). Undefined where the draft names no owner, or another
 * body, or words after its office the fix must replace.
 */
function withDraftOwner(text: string, role: Role, fact: Fact, stated: Role): string | undefined {
  const said = fact.text;
  const before = text.slice(role.offset, role.headOffset);
  const possessive = LEADING_POSSESSIVE.exec(before)?.[0];
  const owner = possessive ?? TITLE_BODY.exec(before)?.[0];
  const roleEnd = role.offset + role.length;
  const draftTo = officeComplement(text, role.headOffset + role.headLength, roleEnd).end;
  // "a postdoctoral researcher" is no office of a body; "Minister of Foreign Affairs" ends in words the fix must replace.
  if (!owner || INDEFINITE_START.test(said) || INDEFINITE_START.test(articleBefore(fact)) || draftTo < roleEnd) return undefined;
  const headEnd = stated.headOffset - stated.offset + stated.headLength;
  const lead = SOURCE_OWNER.exec(said)?.[0] ?? ARTICLE_START.exec(said)?.[0] ?? '';
  const officeFrom = lead.length;
  const officeTo = officeComplement(said, headEnd).end;
  // A capitalised office names its own body or portfolio ("Council leader", "Federal Emergency Management Minister").
  if (officeFrom >= headEnd || CAPITALISED_START.test(said.slice(officeFrom))) return undefined;
  const after = said.slice(officeTo);
  const theirs = (said.slice(0, officeFrom) + after).toLowerCase();
  const names = owner.match(NAME_WORDS) ?? [];
  const sameBody = names.length ? names.every((name) => theirs.includes(withoutPossessive(name).toLowerCase())) : !after;
  if (!sameBody) return undefined;
  const office = said.slice(officeFrom, officeTo);
  return text.slice(0, role.offset) + owner + (possessive ? matchCase(office, text.slice(role.offset + owner.length)) : office) + text.slice(roleEnd);
}

/** The article the source writes right before a role it states ("a ", "the "), or none. */
function articleBefore(fact: Fact): string {
  return ARTICLE_BEFORE.exec(fact.quote.slice(0, fact.quoteOffset))?.[0].trimStart() ?? '';
}

const INDEFINITE_START = /^an?\s/iu;
const CAPITALISED_START = /^\p{Lu}/u;
/** A title's body before its office: the capitalised words that open it ("Centre Party " of "Centre Party leader"). */
const TITLE_BODY = /^(?:\p{Lu}[\p{L}'’-]*\s+)+/u;
/** A source role's own owner before its office, one possessive: "ASWC's ", "the club's ", "Moorline Buses' ". */
const SOURCE_OWNER = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*[\p{L}.-]+['’]s?\s+/u;
/** The capitalised words of an owner ("Moorline's", "Centre", "Party"). */
const NAME_WORDS = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * The source's role for a draft's that gives no owner before its office: its owner told after the
 * office where the draft tells one there (`after`), "commander of the coast guard" for the source's
 * "coast guard's commander" and the draft's "commander of the Marvalian Navy"; else left out, as the
 * draft leaves whose office it is to the sentences around it.
 */
function ownedAfter(said: string, after: string): string {
  const possessive = LEADING_POSSESSIVE.exec(said);
  if (!possessive) return said;
  const office = said.slice(possessive[0].length);
  if (!OWNER_AFTER.test(after)) return office;
  const owner = possessive[0].trimEnd().replace(/['’]s$/u, '');
  return `${office} of ${/^\p{Ll}/u.test(owner) && !/^the\s/u.test(owner) ? 'the ' : ''}${owner}`;
}

/** A role's words after its office that say whose it is: "of the Marvalian Navy", "at NECO". */
const OWNER_AFTER = /^\s+(?:of|at|for)\s/u;

/**
 * The source's role without the place its body is in, where the draft's role names a body and no
 * place: "an economist at the Institute for Family Policy" for "an economist at the Department of
 * Finance", not "… in Galway", which the draft neither says nor gets wrong. A role that is of a
 * place alone ("minister in the Cabinet Office") keeps it.
 */
function withoutPlace(said: string, draft: string): string {
  if (IN_PLACE.test(draft)) return said;
  const place = PLACE_AT_END.exec(said);
  return place && AT_BODY.test(said.slice(0, place.index)) ? said.slice(0, place.index) : said;
}

const IN_PLACE = /\sin\s/u;
const PLACE_AT_END = /,?\s+in\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|&))*$/u;
const AT_BODY = /\s(?:at|of|for)\s/u;

/** A word that ranks an office (see `OFFICE_RANKS`), at the end of a text, a space or a hyphen before the office ("vice-president"). */
const OFFICE_RANK = new RegExp(`(?:^|\\s)(?:${OFFICE_RANKS.join('|')})[\\s-]$`, 'iu');

/** Where an office whose head starts at `head` in `text` starts, with the ranks right before it (back to `from` at most). */
function officeStart(text: string, head: number, from = 0): number {
  let start = head;
  for (let m = OFFICE_RANK.exec(text.slice(from, start)); m; m = OFFICE_RANK.exec(text.slice(from, start))) start = from + m.index + (m[0].length - m[0].trimStart().length);
  return start;
}

/**
 * The draft's words with its one word that tells its role from the source's replaced by the
 * source's, a possessive kept as the draft writes it ("Millbrook Mayor" for Dunmore's mayor:
 * "Dunmore Mayor"); undefined when either word is not found written.
 */
function wordSwapped(text: string, role: Role, stated: string, statedRole: Role, swapped: NonNullable<RoleContradiction['swapped']>): string | undefined {
  const own = tokenizeWords(text, role.offset, role.offset + role.length).find((w) => w.norm === swapped.draft);
  const theirs = tokenizeWords(stated, 0, stated.length).find((w) => w.norm === swapped.source);
  // A name is no word to swap for the source's common noun, which needs its article: "a
  // seismologist at NECO" is no "a seismologist at Institute" for the source's "at the institute".
  if (!own || !theirs || (isCapitalised(own.text) && !isCapitalised(theirs.text) && ARTICLE_BEFORE.test(stated.slice(0, theirs.start)))) return undefined;
  // Nor a word of what the office is of for one of its rank: "director of the country's fisheries
  // agency" for the source's "deputy director of its fisheries agency" is no "director of the
  // deputy's"; the rank goes before the draft's office, the rest of its words kept.
  const theirsBeforeOffice = theirs.start < statedRole.headOffset - statedRole.offset;
  if (own.start < role.headOffset !== theirsBeforeOffice) {
    if (!theirsBeforeOffice || !DEPUTY_RANKS.includes(swapped.source)) return undefined;
    return text.slice(0, role.headOffset) + matchCase(theirs.text.toLowerCase(), text.slice(role.headOffset)) + ' ' + text.slice(role.headOffset);
  }
  const ownWord = withoutPossessive(own.text);
  const word = matchCase(withoutPossessive(theirs.text), ownWord);
  return text.slice(0, own.start) + word + text.slice(own.start + ownWord.length);
}

const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an)\s+$/iu;
/** An apposition's article right before its role, which a clause put in the role's place leaves out: "Rosa Delgado, the finance committee chair". */
const ARTICLE_END = /(?<=[\s,])(?:the|a|an)\s+$/iu;
const ARTICLE_START = /^(?:the|a|an)\s/iu;

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

/** A word before a role's office that says whose it is: a possessive, or a capitalised name ("Millbrook Mayor"). */
const OWNER = /['’]s\b|\p{Lu}/u;
const LEADING_POSSESSIVE = /^(?:\S+\s)*?\S+['’]s\s+/u;
/** A role's words before its office that say only whose it is: "union's ", "the Chamber's ". */
const OWNED = new RegExp(`${LEADING_POSSESSIVE.source}$`, 'u');

/** The heads of the other roles the block gives the person `people[i]` gives a role ("Councillor Janet Frew, the mayor of…"). */
function otherHeads(people: readonly LocatedMention[], i: number): Set<string> | undefined {
  const { role } = people[i] as unknown as RoleMention;
  let heads: Set<string> | undefined;
  for (let j = 0; j < people.length; j++) {
    const other = j !== i && people[j].kind === 'role' ? (people[j] as unknown as RoleMention).role : undefined;
    if (other?.person === role.person && other.head !== role.head) (heads ??= new Set()).add(other.head);
  }
  return heads;
}

/** Where a role's own words stand, without the name they are told of. */
function officeSpan({ start, role }: RoleMention): { start: number; end: number } {
  return { start: start + role.offset, end: start + role.offset + role.length };
}

/** The first name right before the last word of a name (`names[i]`, among a block's `names`), a space apart, when there is one: "Celeste" of "Celeste Marchese". */
function givenBefore(names: readonly LocatedMention[], i: number): string | undefined {
  const before = names[i - 1];
  const after = names[i + 1];
  if (!before || before.end + 1 !== names[i].start) return undefined;
  // A last word only: the name goes on no further.
  if (after && names[i].end + 1 === after.start) return undefined;
  return before.text;
}

/** The last name right after the first word of a name of two (`names[i]`), a space apart, when there is one: "Vallejo" of "Tamara Vallejo". */
function lastAfter(names: readonly LocatedMention[], i: number): string | undefined {
  const after = names[i + 1];
  // `names[i]` is the first name before it exactly when it is a last word with a first name.
  if (!after || givenBefore(names, i + 1) === undefined) return undefined;
  // A title before the name is no word of it: "Auditor General Marit Holt".
  const before = names[i - 1];
  if (before && before.end + 1 === names[i].start && !isTitleWord(before.text)) return undefined;
  return withoutPossessive(after.text);
}

/** The words of the name `names[i]` is a word of, a space apart, first to last, but for a sentence's first word (see `otherParts`). */
function nameRun(names: readonly LocatedMention[], i: number): { first: number; last: number } {
  let first = i;
  while (first > 0 && names[first - 1].end + 1 === names[first].start && !names[first - 1].opening) first--;
  let last = i;
  while (last + 1 < names.length && names[last].end + 1 === names[last + 1].start) last++;
  return { first, last };
}

/** The one word of the sources' names that `names[i]` stands for among the other words of its name, `names[first…last]` (see `matchWordOfName`). */
function wordOfName(names: readonly LocatedMention[], i: number, first: number, last: number, known: readonly SpelledNames[]): ReturnType<typeof matchWordOfName> {
  // Most words of a long name are the source's own: their run is not made for them.
  if (last - first + 1 < SHORTEST_NAME_RUN || usesName(names[i].text, known)) return undefined;
  return matchWordOfName(names.slice(first, last + 1).map((p) => withoutPossessive(p.text)), i - first, known);
}

/**
 * The other words of the name `names[i]` is a word of: those standing right before and after it, a
 * space or hyphen apart, but for a sentence's first word ("Then Hessler said").
 */
function otherParts(names: readonly LocatedMention[], i: number): string[] {
  const parts: string[] = [];
  for (let j = i - 1, next = names[i]; j >= 0 && names[j].end + 1 === next.start; j--) {
    if (!names[j].opening && !names[j].short) parts.push(names[j].text);
    next = names[j];
  }
  for (let j = i + 1, previous = names[i]; j < names.length && previous.end + 1 === names[j].start; j++) {
    if (!names[j].short) parts.push(names[j].text);
    previous = names[j];
  }
  return parts;
}

/**
 * A source's spelling in the capitals of the draft's: a dateline's place is in capitals ("BRACKNEY,
 * Thursday 13 November"), and so is its fix where the draft's is, not where the draft names the
 * place in its text ("in the town of Brockney").
 */
function inCapitalsOf(spelling: string, written: string): string {
  const shouted = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();
  if (shouted(written)) return spelling.toUpperCase();
  return shouted(spelling) ? spelling.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : spelling;
}
