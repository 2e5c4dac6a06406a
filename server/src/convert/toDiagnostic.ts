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

// A draft keeps most of its findings, as the very same objects, from one keystroke to the next; all
// of a diagnostic but its range (which moves with the lines before it) is made once per finding.
const made = new WeakMap<Finding, Diagnostic>();

/** A mismatch finding as an LSP Diagnostic, with its fix and citation in `data`. */
export function toDiagnostic(finding: Finding, lines: LineIndex, severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  const range = lines.rangeOf((finding.span ?? finding.claim).start, (finding.span ?? finding.claim).end);
  let diagnostic = made.get(finding);
  if (diagnostic?.severity !== severity) made.set(finding, (diagnostic = diagnosticOf(finding, severity)));
  return { ...diagnostic, range };
}

function diagnosticOf(finding: Finding, severity: DiagnosticSeverity): Diagnostic {
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
    diagnostic.relatedInformation = [
      { location: { uri: pathToFileURL(fact.source.file).href, range: fact.source.range }, message: `source: ${fact.quote}` },
    ];
    data.factId = fact.id;
    data.citation = { source: fact.source.file, title: fact.source.title, paragraph: fact.source.paragraph, line: fact.source.range.start.line, quote: fact.quote };
  }
  diagnostic.data = data;
  return diagnostic;
}
