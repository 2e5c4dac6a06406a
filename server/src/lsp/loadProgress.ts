/**
 * LSP work-done progress as vscode-languageserver reports it (`connection.window.createWorkDoneProgress`):
 * begin, report and done send `$/progress`; a client that did not announce `window.workDoneProgress`
 * gets a reporter that sends nothing.
 */
export interface WorkDoneReporter {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

/** From how many articles a load is shown: a handful is read before an editor could draw a spinner. */
export const PROGRESS_FROM = 20;

/**
 * What the editor shows while the articles of a source set are read and extracted ("Factline:
 * reading sources 340 of 1,000", VS Code in its status bar): a cold load of a thousand takes
 * seconds, and without it the writer sees no diagnostics and no reason. Reports go out only when the
 * percentage moves, so a thousand articles make at most a hundred messages. The reporter is asked of
 * the client, which answers later: a load may advance, or end, before it can begin.
 */
export class SourceLoadProgress {
  private reporter: WorkDoneReporter | undefined;
  private read = 0;
  private shown = 0;
  private ended = false;

  constructor(
    private readonly total: number,
    create: () => Promise<WorkDoneReporter>,
    failed: (e: Error) => void,
  ) {
    create().then(
      (reporter) => {
        this.reporter = reporter;
        reporter.begin('Factline', this.percentage(), this.message(), false);
        this.shown = this.percentage();
        if (this.ended) reporter.done();
      },
      (e: Error) => failed(new Error(`could not show the progress of reading ${total} sources: ${e.message}`)),
    );
  }

  /** `read` of the articles are in. */
  advanced(read: number): void {
    this.read = read;
    if (!this.reporter || this.ended || this.percentage() === this.shown) return;
    this.shown = this.percentage();
    this.reporter.report(this.shown, this.message());
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.reporter?.done();
  }

  private percentage(): number {
    return Math.floor((this.read * 100) / this.total);
  }

  private message(): string {
    return `reading sources ${this.read.toLocaleString('en')} of ${this.total.toLocaleString('en')}`;
  }
}
