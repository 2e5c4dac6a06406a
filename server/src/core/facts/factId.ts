import type { MentionKind } from '../extract/mention';
import { endsStep, runSteps } from '../steps';
import { unsliced } from '../text/unsliced';
import { FACT_KINDS, FactValue, fullDate } from './fact';

/** Lower-case ASCII words joined by hyphens: "Nagorno-Karabakh’s former" → "nagorno-karabakh-s-former". */
export function slug(text: string): string {
  let made = slugs.get(text);
  if (made === undefined) {
    // A slug already (most file names: a server slugs its thousand articles' at every start) is
    // its own. Decomposing an ASCII text changes nothing and leaves no marks: most subjects are ASCII.
    made = SLUG.test(text)
      ? text
      : (NOT_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text)
          .toLowerCase()
          .replace(APOSTROPHES, '')
          .replace(NOT_WORD, '-')
          .replace(EDGE_HYPHENS, '');
    if (slugs.size >= 10_000) slugs.clear();
    slugs.set(unsliced(text), (made = unsliced(made)));
  }
  return made;
}

// Slugs by text: every fact's subject and value are slugged for its id, four regular expressions
// each, and sources written alike repeat their subjects ("turnout", "shares") and values.
const slugs = new Map<string, string>();

// Module constants: a pattern literal in a function is a new object each time, and slug is asked for every fact.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOT_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
const NOT_WORD = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;

/** What an id is made from: the fact's subject, and its kind and value to tell apart facts of one subject. */
export interface IdParts {
  subject: string;
  kind: MentionKind;
  /** The value as written ("120,000", "a day"). */
  text: string;
  value: FactValue;
  /** Set for a fact the source implies ("a day later" → a date): it shares its subject with the stated one. */
  derived?: string;
}

/**
 * Ids are the source's slug and the fact's subject ("karabakh-2023/former-armenian-residents"), so
 * they survive edits elsewhere in the source. Facts that share a subject are told apart by their
 * value ("…/residents-1234567"), then their kind, never by their position, so a paragraph added
 * elsewhere renumbers nothing; a fact derived from another ("a day later" → 20 September) is told
 * apart by its kind ("…/duration-date"). The first fact of a subject keeps the bare subject: only
 * a new fact of the same subject stated before it can take that id. A subject that is only a
 * kind's name ("count": no word says what the figure counts) always carries its value, since
 * "count" alone would name whichever unnamed count comes first.
 */
export function assignIds(sourceSlug: string, facts: readonly IdParts[]): string[] {
  return runSteps(assigningIds(sourceSlug, facts));
}

/** `assignIds` a few facts a step (see `runSteps`): a source of megabytes has tens of thousands. */
export function* assigningIds(sourceSlug: string, facts: readonly IdParts[]): Generator<void, string[]> {
  const taken = new Set<string>();
  // By twin id: the number below which all are taken, so that n twins cost n steps, not n².
  const nextTwin = new Map<string, number>();
  const ids: string[] = [];
  for (const fact of facts) {
    if (endsStep(ids.length)) yield;
    const subject = slug(fact.subject) || 'fact';
    const base = joined(sourceSlug, '/', subject);
    const unnamed = (FACT_KINDS as readonly string[]).includes(subject);
    // The first of these not taken; the value is slugged only when the bare subject is taken, as it is not for most facts.
    let id = unnamed || taken.has(base) ? undefined : base;
    // A derived fact's value follows from other text ("a day after 19 September"): its kind is the steadier mark.
    if (!id && fact.derived) {
      const byKind = joined(base, '-', fact.kind);
      if (!taken.has(byKind)) id = byKind;
    }
    if (!id) {
      const value = valueSlug(fact);
      const byValue = joined(base, '-', value);
      const full = joined(base, '-', fact.kind, '-', value);
      if (!taken.has(byValue)) id = byValue;
      else if (!taken.has(full)) id = full;
      // The same subject, kind and value stated again: the same fact, numbered only among its twins.
      for (let n = nextTwin.get(full) ?? 2; !id; n++) {
        const twin = joined(full, '-', String(n));
        if (!taken.has(twin)) {
          id = twin;
          nextTwin.set(full, n + 1);
        }
      }
    }
    taken.add(id);
    ids.push(id);
  }
  return ids;
}

/**
 * The parts as one string of their characters. Joined with `+` or a template, an id is kept as a
 * tree of its parts (V8's cons strings), about twice its characters' memory: the ids of a thousand
 * sources' facts took 14 MB. An array's join makes one string.
 */
function joined(...parts: string[]): string {
  return parts.join('');
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A fact's value as an id part: a date by its parts ("2023-09-20", also for "a day later"), a figure
 * as written with digit groups joined ("120000", "48-2-million", "thousands").
 */
function valueSlug(fact: IdParts): string {
  if (fact.value.date) {
    const d = fullDate(fact.value.date);
    const parts = [d.year, d.month, d.day].filter((p): p is number => p !== undefined).map((p) => String(p).padStart(2, '0'));
    if (parts.length) return parts.join('-');
    if (d.weekday !== undefined) return WEEKDAYS[d.weekday];
  }
  return slug(fact.text.replace(/(\d)[,.\s\u00a0\u2009\u202f](?=\d{3}(?!\d))/g, '$1')) || fact.kind;
}
