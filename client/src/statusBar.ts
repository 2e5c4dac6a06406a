import * as vscode from 'vscode';
import type { FactBaseSummary, StatusParams } from '../../server/src/lsp/protocol';

/**
 * The status bar item: the active document's counts ("Factline: 2 mismatches · 14 verified"), the
 * loaded sources in its tooltip, and a click that opens the Problems view.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factline.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private shown: string | undefined;

  constructor(private readonly sources: () => Promise<FactBaseSummary | undefined>) {
    this.item.name = 'Factline';
    this.item.command = 'workbench.actions.view.problems';
  }

  get text(): string {
    return this.item.text;
  }

  update(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    if (status.uri === this.shown) void this.render(status);
  }

  /** Shows the counts of a document, or hides the item when Factline does not check it. */
  show(document: vscode.TextDocument | undefined): void {
    this.shown = document?.uri.toString();
    const status = this.shown ? this.byUri.get(this.shown) : undefined;
    if (!document || !['markdown', 'plaintext'].includes(document.languageId)) {
      this.item.hide();
      return;
    }
    void this.render(status);
  }

  clear(): void {
    this.byUri.clear();
    this.show(vscode.window.activeTextEditor?.document);
  }

  private async render(status: StatusParams | undefined): Promise<void> {
    this.item.text = !status ? 'Factline: checking…' : status.skipped ? 'Factline: not checked' : `Factline: ${plural(status.mismatches, 'mismatch', 'mismatches')} · ${status.verified} verified`;
    this.item.backgroundColor = status?.mismatches ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    const tooltip = new vscode.MarkdownString(status?.skipped ? `${status.skipped}\n\n` : '');
    try {
      const base = await this.sources();
      if (base) {
        tooltip.appendMarkdown(`**Sources** (${base.sources.length})\n\n`);
        for (const s of base.sources) tooltip.appendMarkdown(`- ${s.title}: ${plural(s.facts, 'fact', 'facts')}\n`);
        for (const p of base.problems) tooltip.appendMarkdown(`- ⚠ ${p}\n`);
      }
    } catch {
      // The tooltip is a convenience: a server restarting right now must not break the counts.
    }
    tooltip.appendMarkdown('\n\nClick to open the Problems view.');
    this.item.tooltip = tooltip;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
