import { CodeAction, CodeActionKind, DiagnosticSeverity, TextEdit } from 'vscode-languageserver-types';
import type { UnknownFactId } from '../core/annotations/citeClaims';
import type { Finding } from '../core/check/finding';
import { IGNORE_COMMENT } from '../core/check/suppressions';
import { fixOrigin } from '../core/format/message';
import type { LineIndex, Range } from '../core/text/lineIndex';
import { toDiagnostic } from './toDiagnostic';
import { toUnknownIdDiagnostic } from './toUnknownIdDiagnostic';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.factline`;
/** Citing is a change of the writer's text that fixes nothing, hence a refactoring, not a quick fix. */
export const CITE_KIND = `${CodeActionKind.Refactor}.cite.factline`;

export interface CodeActionRequest {
  uri: string;
  range: Range;
  /** The kinds the editor asked for (`context.only`); all when absent. */
  only?: string[];
}

/**
 * The actions on a stretch of a draft: for each mismatch in it, the replacement by the source's
 * value (preferred) and an inline ignore comment; for an unknown annotation id, the closest ids;
 * for a checked claim, citing its fact; and, for the whole file, fix-all. Fix-all is offered as a
 * quick fix too, so it shows in the lightbulb menu, not only on save.
 */
export function toCodeActions(
  { findings, unknownIds }: { findings: readonly Finding[]; unknownIds: readonly UnknownFactId[] },
  lines: LineIndex,
  request: CodeActionRequest,
  severity: DiagnosticSeverity = DiagnosticSeverity.Warning,
  /** Whether the client takes a diagnostic's `relatedInformation`: the actions name the diagnostics as they were published. */
  related = true,
): CodeAction[] {
  const wants = (kind: string) => !request.only || request.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const touches = (start: number, end: number) => overlaps(lines.rangeOf(start, end), request.range);
  if (wants(CodeActionKind.QuickFix)) {
    for (const unknown of unknownIds.filter((u) => touches(u.start, u.end))) {
      const diagnostic = toUnknownIdDiagnostic(unknown, lines, severity);
      unknown.suggestions.forEach((id, i) =>
        actions.push({
          title: `Change to '${id}'`,
          kind: CodeActionKind.QuickFix,
          isPreferred: i === 0,
          diagnostics: [diagnostic],
          edit: { changes: { [request.uri]: [TextEdit.replace(lines.rangeOf(unknown.start, unknown.end), id)] } },
        }),
      );
    }
  }
  if (wants(CodeActionKind.Refactor)) {
    for (const finding of findings.filter((f) => f.fact?.id && f.verdict !== 'unverified' && touches(f.claim.start, f.claim.end))) {
      actions.push({
        title: `Cite source: [@fact:${finding.fact!.id}]`,
        kind: CITE_KIND,
        edit: { changes: { [request.uri]: [TextEdit.insert(lines.positionAt(finding.claim.end), ` [@fact:${finding.fact!.id}]`)] } },
      });
    }
  }
  const mismatches = findings.filter((f) => f.verdict === 'mismatch' && f.fix !== undefined);
  if (!mismatches.length) return actions;
  const here = mismatches.filter((f) => touches(spanOf(f).start, spanOf(f).end));
  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of here) {
      const diagnostic = toDiagnostic(finding, lines, severity, related);
      actions.push({
        title: `Replace with '${finding.fix}' (${fixOrigin(finding.code)})`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [diagnostic],
        edit: { changes: { [request.uri]: [replacement(finding, lines)] } },
      });
      actions.push({
        title: `Ignore this ${finding.claim.kind === 'name' || finding.claim.kind === 'role' || finding.claim.kind === 'place' ? finding.claim.kind : 'figure'}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [request.uri]: [TextEdit.insert(lines.positionAt(finding.claim.end), ` ${IGNORE_COMMENT}`)] } },
      });
    }
    if (here.length && mismatches.length > 1) actions.push(fixAll(mismatches, lines, request.uri, CodeActionKind.QuickFix));
  }
  if (wants(FIX_ALL_KIND) && (request.only || here.length)) actions.push(fixAll(mismatches, lines, request.uri, FIX_ALL_KIND));
  return actions;
}

function fixAll(mismatches: readonly Finding[], lines: LineIndex, uri: string, kind: string): CodeAction {
  return {
    title: 'Fix all Factline mismatches in this file',
    kind,
    edit: { changes: { [uri]: mismatches.map((f) => replacement(f, lines)) } },
  };
}

function replacement(finding: Finding, lines: LineIndex): TextEdit {
  const span = spanOf(finding);
  return TextEdit.replace(lines.rangeOf(span.start, span.end), finding.fix!);
}

function spanOf(finding: Finding): { start: number; end: number } {
  return finding.span ?? finding.claim;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
