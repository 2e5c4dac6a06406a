import { endsStep, runSteps } from '../steps';
import type { SourceFacts } from './buildFacts';
import { closestIds } from './closestIds';
import type { Fact, FactLocation } from './fact';
import type { FactAmendment, FactFileProblem, FactFileProblemCode, FactReference } from './factFile';

/** What one loaded file adds to the fact base: an article's extracted facts, or a fact file's entries. */
export interface FactContribution {
  /** The article or fact file as loaded: problems in a fact file's entries name it. */
  file: string;
  /** A fact file, whose facts replace facts of the same id extracted from articles. */
  curated: boolean;
  /** Factline's built-in fact base: a fact file, but not the writer's own (see `SourceFacts.curated`). */
  builtIn?: true;
  sources: SourceFacts[];
  amendments?: FactAmendment[];
  silenced?: FactReference[];
}

type ReportProblem = (file: string, range: FactFileProblem['range'], code: FactFileProblemCode, message: string) => void;

/** A problem of the fact base as a whole (a duplicate id, an amendment of no fact), in the file that has it. */
export interface FactBaseProblem extends FactFileProblem {
  file: string;
}

export interface MergedFacts {
  /** The sources with the facts that stand: overridden, amended and silenced facts resolved. */
  sources: SourceFacts[];
  problems: FactBaseProblem[];
}

/**
 * Puts the facts of every loaded file together, by id:
 * - a fact file's fact replaces an article's fact of the same id (a writer's correction wins);
 * - an entry without `source` amends the fact of its id (new value, quote, aliases, note);
 * - `"silence": true` removes the fact of its id;
 * - any other id given twice is a duplicate: the first stands, the later one is reported where it is
 *   written (for a fact file, at its id), and so is an amendment or silence that names no fact.
 */
export function mergeFactBase(contributions: readonly FactContribution[]): MergedFacts {
  return runSteps(mergingFactBase(contributions));
}

/** `mergeFactBase` a step at a time (see `runSteps`): a thousand articles took 130 ms to merge in one go. */
export function* mergingFactBase(contributions: readonly FactContribution[]): Generator<void, MergedFacts> {
  const problems: FactBaseProblem[] = [];
  const report: ReportProblem = (file, range, code, message) =>
    problems.push({ file, range, code, severity: 'warning', message, line: range.start.line, character: range.start.character });
  /**
   * By id: the fact that stands, as its source gives it (the output keeps it in that place); the
   * ids a fact file gives; and the facts as amended. Plain maps of facts: a thousand sources hold
   * a hundred thousand of them.
   */
  const standing = new Map<string, Fact>();
  const curatedIds = new Set<string>();
  const current = new Map<string, Fact>();

  // Articles first, so that a fact file's fact finds the extracted one it replaces whatever the order.
  // Facts counted for the steps: a source of megabytes has tens of thousands.
  let seen = 0;
  const sharedIds = new SharedIds();
  for (const curated of [false, true]) {
    for (const c of contributions) {
      if (c.curated !== curated) continue;
      for (const source of c.sources) {
        for (const fact of source.facts) {
          if (endsStep(seen++)) yield;
          const held = standing.get(fact.id);
          if (held && !curated) sharedIds.add(fact, held);
          else if (held && curatedIds.has(fact.id)) {
            const at = locationOf(fact);
            report(at.file, at.range, 'duplicate-fact-id', givenTwice(fact.id, held));
          } else {
            standing.set(fact.id, fact);
            if (curated) curatedIds.add(fact.id);
          }
        }
      }
    }
  }
  sharedIds.report(report);

  const amended = new Map<string, FactLocation>();
  for (const c of contributions) {
    for (const amendment of c.amendments ?? []) {
      const held = standing.get(amendment.id);
      if (!held) {
        report(c.file, amendment.range, 'unknown-fact-id', `"${amendment.id}" amends no fact of the loaded sources${suggest(amendment.id, standing.keys())}`);
        continue;
      }
      const earlier = amended.get(amendment.id);
      if (earlier) {
        report(c.file, amendment.range, 'duplicate-fact-id', `fact "${amendment.id}" is already amended at ${describe(earlier)}; this amendment is ignored`);
        continue;
      }
      const declaredAt = { file: c.file, range: amendment.range };
      amended.set(amendment.id, declaredAt);
      current.set(amendment.id, amend(held, amendment, declaredAt));
    }
  }

  for (const c of contributions) {
    for (const silence of c.silenced ?? []) {
      if (!standing.delete(silence.id)) report(c.file, silence.range, 'unknown-fact-id', `"${silence.id}" silences no fact of the loaded sources${suggest(silence.id, standing.keys())}`);
    }
  }

  const sources: SourceFacts[] = [];
  for (const c of contributions) {
    for (const s of c.sources) {
      const facts: Fact[] = [];
      for (const f of s.facts) {
        if (endsStep(seen++)) yield;
        if (standing.get(f.id) === f) facts.push(current.get(f.id) ?? f);
      }
      // A reading is of the facts it was made for: once one is amended or silenced, the source is read again.
      const { reading, ...rest } = s;
      const merged: SourceFacts = sameFacts(facts, s.facts) ? { ...rest, ...(reading ? { reading } : {}), facts } : { ...rest, facts };
      if (c.curated && !c.builtIn) merged.curated = true;
      sources.push(merged);
    }
  }
  return { sources, problems };
}

function sameFacts(a: readonly Fact[], b: readonly Fact[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

function amend(fact: Fact, amendment: FactAmendment, declaredAt: FactLocation): Fact {
  const { changes } = amendment;
  const out: Fact = { ...fact, ...changes, declaredAt };
  // A new quote without an offset: find the value in it, so matching reads the words around it.
  if (changes.quote !== undefined && changes.quoteOffset === undefined) out.quoteOffset = Math.max(0, changes.quote.indexOf(out.text));
  return out;
}

/**
 * Articles' facts whose ids an earlier article's facts have, by the pair of files. An article's ids
 * begin with a prefix no other article loaded with it has (see `articlePrefixes`), so two that share
 * them are one article loaded twice (`a.md` and `./a.md` on a command line): a warning per fact was
 * thousands of diagnostics for a long article, and the one that says why drowned among them.
 */
class SharedIds {
  private readonly byFiles = new Map<string, { first: Fact; held: Fact; count: number }>();

  add(fact: Fact, held: Fact): void {
    const key = `${fact.source.file}\0${held.source.file}`;
    const shared = this.byFiles.get(key);
    if (shared) shared.count++;
    else this.byFiles.set(key, { first: fact, held, count: 1 });
  }

  /** One problem per pair of files, at the first fact of the later article whose id the earlier one has. */
  report(report: ReportProblem): void {
    for (const { first, held, count } of this.byFiles.values()) {
      const at = locationOf(first);
      const message =
        count === 1
          ? givenTwice(first.id, held)
          : `${count} facts of this article have ids that facts of ${held.source.file} have too (the first, "${first.id}", also at ${describe(locationOf(held))}); they are ignored: is one article given twice?`;
      report(at.file, at.range, 'duplicate-fact-id', message);
    }
  }
}

/** The problem of a fact whose id `held`, which stands, has too. */
function givenTwice(id: string, held: Fact): string {
  return `fact id "${id}" is also given at ${describe(locationOf(held))}; this one is ignored`;
}

/** Where a fact is written: its fact-file entry, or its place in the article it was extracted from. */
function locationOf(fact: Fact): FactLocation {
  return fact.declaredAt ?? { file: fact.source.file, range: fact.source.range };
}

function describe(at: FactLocation): string {
  return `${at.file}:${at.range.start.line + 1}:${at.range.start.character + 1}`;
}

function suggest(id: string, known: Iterable<string>): string {
  const closest = closestIds(id, known);
  return closest.length ? ` (did you mean ${closest.map((c) => `"${c}"`).join(' or ')}?)` : '';
}
