import { withoutPossessive } from '../extract/findNames';
import { findRoles, type Role } from '../extract/findRoles';
import { foldName } from '../text/foldName';
import { wordsOfSentences } from '../text/words';
import { definedAcronyms } from './acronyms';
import { citingFact, sentenceOfSource, type SentencePlaces } from './citingFact';
import type { Fact } from './fact';

/** A role a source gives a person beside their name, cited where a fact's quote holds it, as a fact of kind `role`. */
export interface StatedRole {
  role: Role;
  fact: Fact;
}

/** What a source says of people's roles: those it gives them, and the words of every sentence that names each. */
export interface StatedRoles {
  roles: StatedRole[];
  /** By person (`Role.person`), the stemmed words of the source's sentences that name them. */
  toldOf: ReadonlyMap<string, readonly string[]>;
  /** The stemmed words the source capitalises within its sentences: those of its names ("bank" of "Kestrava Commercial Bank"). */
  named: ReadonlySet<string>;
}

/**
 * The roles a source's `sentences` (all of them) give people, cited by the first of its `facts`
 * whose quote holds each, or in their sentence by its paragraph's number in `paragraphs` (see `citingFact`).
 */
export function readStatedRoles(sentences: readonly string[], facts: readonly Fact[], sentenceWords = wordsOfSentences(sentences), places: SentencePlaces = {}): StatedRoles {
  const roles: StatedRole[] = [];
  const toldOf = new Map<string, Set<string>>();
  // By sentence, the spans of the roles it gives, each with its person.
  const given: Array<Array<{ start: number; end: number; person: string }> | undefined> = [];
  sentences.forEach((text, s) => {
    for (const mention of findRoles(text, { start: 0, end: text.length }, sentenceWords[s])) {
      const fact = citingFact(mention.text, 'role', facts, mention.role, sentenceOfSource(text, s, places));
      if (fact) roles.push({ role: mention.role, fact });
      if (!toldOf.has(mention.role.person)) toldOf.set(mention.role.person, new Set());
      const start = mention.start + mention.role.offset;
      (given[s] ??= []).push({ start, end: start + mention.role.length, person: mention.role.person });
    }
  });
  if (!toldOf.size) return { roles, toldOf: new Map(), named: new Set() };
  // What else the source tells of each person, in sentences that give them no role ("Brenner, 61,
  // conceded…"); not another person's role beside them ("by the VFF president, Karol Wendt, and
  // the sporting director, Lena Ostrowska" tells no presidency of Ostrowska's).
  sentenceWords.forEach((words, s) => {
    for (const word of words) {
      const person = foldName(withoutPossessive(word.text));
      const told = toldOf.get(person);
      if (!told) continue;
      for (const other of words) if (!othersRole(given[s], person, other)) told.add(other.norm);
    }
  });
  // An acronym told of a person tells what it stands for: "the NSO's chief economist" is the
  // statistics office's, where the source defines "the National Statistics Office (NSO)".
  const acronyms = definedAcronyms(sentences, sentenceWords);
  for (const told of toldOf.values()) for (const [acronym, words] of acronyms) if (told.has(acronym)) for (const word of words) told.add(word);
  const named = new Set<string>();
  for (const words of sentenceWords) for (let k = 1; k < words.length; k++) if (words[k].text !== words[k].lower) named.add(words[k].norm);
  return { roles, toldOf: new Map([...toldOf].map(([person, words]) => [person, [...words]])), named };
}

/** Whether a word lies in a role given to another person than `person` only (a role read twice, for a place after it too, "in Columbus, Ohio", is still theirs). */
function othersRole(given: ReadonlyArray<{ start: number; end: number; person: string }> | undefined, person: string, word: { start: number; end: number }): boolean {
  if (!given) return false;
  const holding = given.filter((r) => word.start >= r.start && word.end <= r.end);
  return holding.length > 0 && holding.every((r) => r.person !== person);
}
