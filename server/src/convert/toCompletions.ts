import { CompletionItem, CompletionItemKind, CompletionList, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import type { FactAnnotation } from '../core/annotations/annotation';
import { annotationIdAt } from '../core/annotations/parseAnnotations';
import type { Finding } from '../core/check/finding';
import type { Fact } from '../core/facts/fact';
import { citationLabel } from '../core/format/message';
import type { LineIndex } from '../core/text/lineIndex';
import { citation } from './toHover';

/** More items than this are cut, and the list says it is incomplete, so typing narrows it on the server. */
export const MAX_COMPLETIONS = 200;

export interface CompletionRequest {
  text: string;
  offset: number;
  lines: LineIndex;
  annotations: readonly FactAnnotation[];
  findings: readonly Finding[];
  facts: readonly Fact[];
}

/**
 * Fact ids after `[@fact:`: those containing what is typed, the facts of the sentence's own claims
 * first (the writer most likely cites one of them), then by id.
 */
export function toCompletions({ text, offset, lines, annotations, findings, facts }: CompletionRequest): CompletionList | null {
  const at = annotationIdAt(annotations, offset);
  if (!at) return null;
  const typed = text.slice(at.id.start, offset).toLowerCase();
  const near = new Set(claimsBefore(text, at.annotation.start, findings).flatMap((f) => (f.fact ? [f.fact.id] : [])));
  const matching = facts.filter((f) => f.id.toLowerCase().includes(typed));
  matching.sort((a, b) => Number(near.has(b.id)) - Number(near.has(a.id)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const range = lines.rangeOf(at.id.start, at.id.end);
  const items: CompletionItem[] = matching.slice(0, MAX_COMPLETIONS).map((fact, i) => ({
    label: fact.id,
    kind: CompletionItemKind.Reference,
    detail: `${fact.text} — ${citationLabel(fact)}`,
    documentation: { kind: MarkupKind.Markdown, value: citation(fact) },
    sortText: String(i).padStart(5, '0'),
    filterText: fact.id,
    textEdit: TextEdit.replace(range, fact.id),
    ...(near.has(fact.id) ? { preselect: i === 0 } : {}),
  }));
  return { isIncomplete: matching.length > MAX_COMPLETIONS, items };
}

/** The checked claims of the sentence an annotation closes: from the last sentence break before it. */
function claimsBefore(text: string, annotationStart: number, findings: readonly Finding[]): Finding[] {
  const before = text.slice(Math.max(0, annotationStart - 2000), annotationStart);
  const breaks = [...before.matchAll(/[.!?]\s+(?=\S)|\n\s*\n/g)];
  const last = breaks.length ? breaks[breaks.length - 1] : undefined;
  const sentenceStart = last ? annotationStart - before.length + last.index! + last[0].length : annotationStart - before.length;
  return findings.filter((f) => f.claim.start >= sentenceStart && f.claim.end <= annotationStart);
}
