import type { DraftReport } from './report';

/** `{"version":1,"files":[{"path","diagnostics":[LSP Diagnostic…]}]}` */
export function formatJson(reports: DraftReport[]): string {
  return JSON.stringify({ version: 1, files: reports.map((r) => ({ path: r.path, diagnostics: r.diagnostics })) }, null, 2) + '\n';
}
