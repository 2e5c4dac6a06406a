import { controlsShown } from '../errorLine';
import { DraftReport, summary } from './report';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** `path:line:col: warning: message [code] → fix`, one line per mismatch (1-based, as compilers print), whatever characters its path or fix holds. */
export function formatText(reports: DraftReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const fix = (d.data as { fix?: string } | undefined)?.fix;
      lines.push(controlsShown(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY[d.severity ?? 2]}: ${d.message} [${d.code}]${fix ? ` → ${fix}` : ''}`));
    }
  }
  lines.push(summary(reports));
  return lines.join('\n') + '\n';
}
