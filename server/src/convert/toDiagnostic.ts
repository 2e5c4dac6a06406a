import { pathToFileURL } from 'url';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { Finding } from '../core/check/finding';
import { mismatchMessage } from '../core/format/message';
import type { LineIndex } from '../core/text/lineIndex';

/** What a Factline diagnostic carries for quick fixes and tools (`data` of the LSP Diagnostic). */
export interface DiagnosticData {
  /** Replacement text for the diagnostic's range. */
  fix: string;
  /** The fact contradicted; absent when the calendar alone says the weekday is wrong. */
  factId?: string;
  /**
   * In the CLI's reports only (see `withCitation`). The server leaves it out: its message and
   * `relatedInformation` say the same, and a megabyte's publication, on every keystroke, was a
   * third larger with it.
   */
  citation?: {
    /** Path of the source article. */
    source: string;
    title: string;
    paragraph: number;
    /** 0-based line of the fact in the source. */
    line: number;
    quote: string;
  };
}

export const DIAGNOSTIC_SOURCE = 'factline';

// A draft keeps most of its findings, as the very same objects, from one keystroke to the next, and
// most keep their line and column too: the diagnostic is made again only when the finding's range
// or the severity changed, so that its serialised form can be kept with it (see `encodeMessage`).
// One map for each kind of client: with `relatedInformation`, and without it.
const made = [new WeakMap<Finding, Diagnostic>(), new WeakMap<Finding, Diagnostic>()] as const;

/**
 * A mismatch finding as an LSP Diagnostic, with its fix and fact id in `data`, and the source's
 * sentence as `relatedInformation` unless `related` is false: LSP sends that only to a client that
 * says it shows it (`textDocument.publishDiagnostics.relatedInformation`). Never change what it returns.
 */
export function toDiagnostic(finding: Finding, lines: LineIndex, severity: DiagnosticSeverity = DiagnosticSeverity.Warning, related = true): Diagnostic {
  return toDiagnosticAt(finding, lines.rangeOf((finding.span ?? finding.claim).start, (finding.span ?? finding.claim).end), severity, related);
}

/** `toDiagnostic` of a finding now at `range`, which may lie elsewhere than its offsets (see `Verdicts.moves`). */
function toDiagnosticAt(finding: Finding, range: Range, severity: DiagnosticSeverity, related: boolean): Diagnostic {
  const kept = made[related ? 0 : 1];
  let diagnostic = kept.get(finding);
  if (diagnostic?.severity !== severity) diagnostic = diagnosticOf(finding, severity, related);
  else if (!sameRange(diagnostic.range, range)) diagnostic = { ...diagnostic, range };
  else return diagnostic;
  diagnostic.range = range;
  kept.set(finding, diagnostic);
  return diagnostic;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function diagnosticOf(finding: Finding, severity: DiagnosticSeverity, related: boolean): Diagnostic {
  const fact = finding.fact;
  const diagnostic: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: mismatchMessage(finding),
  };
  const data: DiagnosticData = { fix: finding.fix! };
  if (fact) {
    if (related) diagnostic.relatedInformation = [{ location: { uri: pathToFileURL(fact.source.file).href, range: fact.source.range }, message: `source: ${fact.quote}` }];
    // A name the check found in the source is no fact of the fact base, and has no id.
    if (fact.id) data.factId = fact.id;
  }
  diagnostic.data = data;
  return diagnostic;
}

/** `diagnostic`, made of `finding`, with the fact's citation in its `data`, for a report read without the source at hand. */
export function withCitation(diagnostic: Diagnostic, finding: Finding): Diagnostic {
  const fact = finding.fact;
  if (!fact) return diagnostic;
  const citation = { source: fact.source.file, title: fact.source.title, paragraph: fact.source.paragraph, line: fact.source.range.start.line, quote: fact.quote };
  return { ...diagnostic, data: { ...(diagnostic.data as DiagnosticData), citation } };
}

/**
 * The diagnostics of successive checks of one document. After an insert every finding after it is
 * a new object at new offsets, yet most keep their line and column: a diagnostic published last time
 * at the same range for the same content is published again as the same object, its JSON kept.
 */
export class DocumentDiagnostics {
  /** The latest findings published and their diagnostics, by where they start, as the next ones come. */
  private findings: readonly Finding[] = [];
  private diagnostics: readonly Diagnostic[] = [];

  /** `related`: whether the client takes `relatedInformation` (see `toDiagnostic`). */
  constructor(private readonly related = true) {}

  /**
   * `moves[i]`: how far finding `i` now stands from its offsets; `leftOut`: the numbers of findings
   * not to publish now (held back while typed). Lists made at their size, not filtered copies: a
   * megabyte's findings are listed on every keystroke, and the garbage brings the collections that
   * make its slowest answers.
   */
  of(findings: readonly Finding[], moves: readonly number[], lines: LineIndex, severity: DiagnosticSeverity, leftOut: ReadonlySet<number> = NONE): Diagnostic[] {
    const count = findings.length - leftOut.size;
    const shown: Finding[] = leftOut.size ? new Array(count) : (findings as Finding[]);
    const diagnostics: Diagnostic[] = new Array(count);
    let e = 0;
    let n = 0;
    for (let i = 0; i < findings.length; i++) {
      if (leftOut.has(i)) continue;
      const finding = findings[i];
      const { start, end } = finding.span ?? finding.claim;
      const d = moves[i];
      // Both lists run by where their diagnostics start: the earlier one at this start, if any, is
      // found by walking on, not by a lookup (a megabyte's 650 are matched on every keystroke), and
      // compared without making its range.
      while (e < this.diagnostics.length && lines.isBefore(this.diagnostics[e].range.start, start + d)) e++;
      const earlier = this.diagnostics[e];
      shown[n] = finding;
      diagnostics[n++] =
        earlier && earlier.severity === severity && sameContent(this.findings[e], finding) && lines.isAt(earlier.range.start, start + d) && lines.isAt(earlier.range.end, end + d)
          ? earlier
          : toDiagnosticAt(finding, lines.rangeOf(start + d, end + d), severity, this.related);
    }
    this.findings = shown;
    this.diagnostics = diagnostics;
    return diagnostics;
  }
}

const NONE: ReadonlySet<number> = new Set();

/** Whether two findings make the same diagnostic but for its range (see `diagnosticOf`). */
function sameContent(a: Finding, b: Finding): boolean {
  return a.fact === b.fact && a.code === b.code && a.fix === b.fix && a.sourceSays === b.sourceSays && a.claim.text === b.claim.text;
}
