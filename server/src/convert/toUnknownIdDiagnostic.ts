import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { UnknownFactId } from '../core/annotations/citeClaims';
import { FindingCode } from '../core/check/codes';
import type { LineIndex } from '../core/text/lineIndex';
import { DIAGNOSTIC_SOURCE } from './toDiagnostic';

/** What an `unknown-fact-id` diagnostic carries (`data`): the ids a quick fix can put in its place. */
export interface UnknownIdData {
  factId: string;
  /** The closest known ids, best first. */
  suggestions: string[];
  /** The best suggestion, as the CLI's text output shows fixes. */
  fix?: string;
}

/** An annotation id that names no fact, as an LSP Diagnostic on the id. */
export function toUnknownIdDiagnostic(unknown: UnknownFactId, lines: LineIndex, severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  const { id, suggestions } = unknown;
  const didYouMean = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
  const data: UnknownIdData = { factId: id, suggestions, ...(suggestions.length ? { fix: suggestions[0] } : {}) };
  return {
    range: lines.rangeOf(unknown.start, unknown.end),
    severity,
    code: FindingCode.UnknownFactId,
    source: DIAGNOSTIC_SOURCE,
    message: id ? `no loaded fact has the id "${id}"${didYouMean}` : 'the annotation names no fact id',
    data,
  };
}
