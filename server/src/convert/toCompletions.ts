import { CompletionItem, CompletionItemKind, CompletionList, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import type { FactAnnotation } from '../core/annotations/annotation';
import { annotationIdAt } from '../core/annotations/parseAnnotations';
import type { Finding } from '../core/check/finding';
import { findingsWithin } from '../core/check/findingAt';
import type { Fact } from '../core/facts/fact';
import { citationLabel } from '../core/format/message';
import { firstAtOrAfter, itself, type LineIndex } from '../core/text/lineIndex';
import { citation } from './toHover';

/** More items than this are cut, and the list says it is incomplete, so typing narrows it on the server. */
export const MAX_COMPLETIONS = 200;

export interface CompletionRequest {
  /** The document completed in: resolving an item needs its fact base. */
  uri: string;
  text: string;
  offset: number;
  lines: LineIndex;
  annotations: readonly FactAnnotation[];
  findings: readonly Finding[];
  facts: readonly Fact[];
}

/** What an item carries to `completionItem/resolve`, which names no document: the fact is its label, looked up in this document's fact base. */
export interface CompletionData {
  uri: string;
}

/**
 * Fact ids after `[@fact:`: those containing what is typed, the facts of the sentence's own claims
 * first (the writer most likely cites one of them), then by id. The items leave out their
 * documentation, which `resolveCompletion` adds to the one the editor shows: made for all of them,
 * it cost more than finding them.
 */
export function toCompletions({ uri, text, offset, lines, annotations, findings, facts }: CompletionRequest): CompletionList | null {
  const at = annotationIdAt(annotations, offset);
  if (!at) return null;
  const typed = text.slice(at.id.start, offset).toLowerCase();
  const near = new Set(claimsBefore(text, at.annotation.start, findings).flatMap((f) => (f.fact ? [f.fact.id] : [])));
  const { matching, more } = firstMatching(idOrder(facts), typed, near);
  const range = lines.rangeOf(at.id.start, at.id.end);
  const data: CompletionData = { uri };
  const items: CompletionItem[] = matching.map((fact, i) => ({
    label: fact.id,
    kind: CompletionItemKind.Reference,
    detail: `${fact.text} — ${citationLabel(fact)}`,
    sortText: String(i).padStart(5, '0'),
    textEdit: TextEdit.replace(range, fact.id),
    data,
    ...(near.has(fact.id) ? { preselect: i === 0 } : {}),
  }));
  return { isIncomplete: more, items };
}

/** An item with its documentation: the fact's source sentence and links (unchanged if the fact is gone). */
export function resolveCompletion(item: CompletionItem, fact: Fact | undefined): CompletionItem {
  return fact ? { ...item, documentation: { kind: MarkupKind.Markdown, value: citation(fact) } } : item;
}

/**
 * A fact base's facts sorted by id, and their ids in lower case joined in that order (`starts` says
 * where each begins): one search through the joined ids finds the matches far faster than a search
 * in each of a hundred thousand ids.
 */
interface IdOrder {
  sorted: readonly Fact[];
  joined: string;
  starts: Int32Array;
}

/**
 * Sorting a hundred thousand ids on every keystroke costs more than the whole request may: the order
 * is made once per fact base (the same array while its facts are unchanged).
 */
const orders = new WeakMap<readonly Fact[], IdOrder>();

function idOrder(facts: readonly Fact[]): IdOrder {
  let order = orders.get(facts);
  if (!order) {
    const sorted = [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const lowered = sorted.map((f) => f.id.toLowerCase());
    const starts = new Int32Array(sorted.length + 1);
    lowered.forEach((id, i) => (starts[i + 1] = starts[i] + id.length + 1));
    orders.set(facts, (order = { sorted, joined: lowered.map((id) => `${id}\n`).join(''), starts }));
  }
  return order;
}

/**
 * The first `MAX_COMPLETIONS` facts whose id contains `typed`, those of `near` first, each group by
 * id; `more` says whether others match too. The search stops once the list is full.
 */
function firstMatching(order: IdOrder, typed: string, near: ReadonlySet<string>): { matching: Fact[]; more: boolean } {
  const { sorted } = order;
  const matching: Fact[] = [];
  for (const id of [...near].sort()) {
    for (let i = firstAtOrAfter(sorted, id, idOf); i < sorted.length && sorted[i].id === id; i++) if (id.toLowerCase().includes(typed)) matching.push(sorted[i]);
  }
  for (const i of matchingIds(order, typed)) {
    if (near.has(sorted[i].id)) continue;
    if (matching.length >= MAX_COMPLETIONS) return { matching: matching.slice(0, MAX_COMPLETIONS), more: true };
    matching.push(sorted[i]);
  }
  return { matching: matching.slice(0, MAX_COMPLETIONS), more: matching.length > MAX_COMPLETIONS };
}

/** The numbers (in id order) of the ids containing `typed`. */
function* matchingIds({ sorted, joined, starts }: IdOrder, typed: string): Generator<number> {
  let i = 0;
  let from = 0;
  while (i < sorted.length) {
    const at = joined.indexOf(typed, from);
    if (at < 0) return;
    // The id `at` falls in: the last one starting at or before it.
    i = firstAtOrAfter(starts, at + 1, itself) - 1;
    // A match running over the end of an id (`typed` holding the separator) is no match.
    if (at + typed.length < starts[i + 1]) {
      yield i;
      from = starts[++i];
    } else from = at + 1;
  }
}

const idOf = (fact: Fact) => fact.id;

/** The checked claims of the sentence an annotation closes: from the last sentence break before it. */
function claimsBefore(text: string, annotationStart: number, findings: readonly Finding[]): Finding[] {
  const before = text.slice(Math.max(0, annotationStart - 2000), annotationStart);
  const breaks = [...before.matchAll(/[.!?]\s+(?=\S)|\n\s*\n/g)];
  const last = breaks.length ? breaks[breaks.length - 1] : undefined;
  const sentenceStart = last ? annotationStart - before.length + last.index! + last[0].length : annotationStart - before.length;
  return findingsWithin(findings, sentenceStart, annotationStart);
}
