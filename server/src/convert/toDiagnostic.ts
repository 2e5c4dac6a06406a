import { pathToFileURL } from 'url';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding } from '../core/check/finding';
import { mismatchMessage } from '../core/format/message';
import type { LineIndex } from '../core/text/lineIndex';

/** What a Factline diagnostic carries for quick fixes and tools (`data` of the LSP Diagnostic). */
export interface DiagnosticData {
  /** Replacement text for the diagnostic's range. */
  fix: string;
  /** The fact contradicted; absent when the calendar alone says the weekday is wrong. */
  factId?: string;
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

/** A mismatch finding as an LSP Diagnostic, with its fix and citation in `data`. */
export function toDiagnostic(finding: Finding, lines: LineIndex, severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  const fact = finding.fact;
  const diagnostic: Diagnostic = {
    range: lines.rangeOf((finding.span ?? finding.claim).start, (finding.span ?? finding.claim).end),
    severity,
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: mismatchMessage(finding),
  };
  const data: DiagnosticData = { fix: finding.fix! };
  if (fact) {
    diagnostic.relatedInformation = [
      { location: { uri: pathToFileURL(fact.source.file).href, range: fact.source.range }, message: `source: ${fact.quote}` },
    ];
    data.factId = fact.id;
    data.citation = { source: fact.source.file, title: fact.source.title, paragraph: fact.source.paragraph, line: fact.source.range.start.line, quote: fact.quote };
  }
  diagnostic.data = data;
  return diagnostic;
}
