import type { Diagnostic } from 'vscode-languageserver-types';
import { FindingCode } from '../../core/check/codes';
import type { Finding } from '../../core/check/finding';

/** One checked draft, as every output format receives it. */
export interface DraftReport {
  /** The path as given on the command line (or found in a given folder). */
  path: string;
  findings: Finding[];
  /** The mismatches as LSP diagnostics, in document order. */
  diagnostics: Diagnostic[];
}

export function summary(reports: DraftReport[]): string {
  const count = (verdict: Finding['verdict']) => reports.reduce((n, r) => n + r.findings.filter((f) => f.verdict === verdict).length, 0);
  const mismatches = count('mismatch');
  const files = reports.filter((r) => r.findings.some((f) => f.verdict === 'mismatch')).length;
  const drafts = `${reports.length} draft${reports.length === 1 ? '' : 's'}`;
  const what = mismatches ? `${mismatches} mismatch${mismatches === 1 ? '' : 'es'} in ${files} of ${drafts}` : `no mismatches in ${drafts}`;
  const unknown = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.code === FindingCode.UnknownFactId).length, 0);
  const unknownIds = unknown ? `; ${unknown} unknown fact id${unknown === 1 ? '' : 's'}` : '';
  return `${what} (${count('verified')} verified, ${count('unverified')} without a matching fact)${unknownIds}`;
}
