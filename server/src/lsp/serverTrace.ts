/**
 * How long the server itself took, for LSP's `$/logTrace`: a client asks for it with the trace value
 * `verbose` or `messages` (VS Code: the `factline.trace.server` setting, shown in the Factline output
 * channel). An editor's own trace times a request from its side, which includes the pipe and the
 * scheduling of two processes; this says how much of that was the server's work.
 */
export interface TraceLog {
  /** vscode-languageserver's `connection.tracer.log`: sends nothing while the client's trace is off. */
  log(message: string, verbose?: string): void;
}

export class ServerTrace {
  constructor(
    private readonly tracer: TraceLog,
    private readonly clock: () => number = monotonicMs,
  ) {}

  /** Now, on the clock that `since` reads. */
  now(): number {
    return this.clock();
  }

  /**
   * Says that `what` took the time since `started` (a `now()`), with `detail` for a verbose trace.
   * It is sent on the next turn of the event loop: after the answer or diagnostics it times, which
   * it would otherwise delay.
   */
  since(started: number, what: string, detail?: string): void {
    const message = `${what} in ${formatMs(this.clock() - started)}`;
    setImmediate(() => this.tracer.log(message, detail));
  }

  /** A request handler that says how long each of its answers took, cancelled or not. */
  timed<P, T, R>(what: string, handler: (params: P, token: T) => Promise<R>): (params: P, token: T) => Promise<R> {
    return async (params, token) => {
      const started = this.clock();
      try {
        return await handler(params, token);
      } finally {
        this.since(started, `${what} answered`);
      }
    };
  }
}

/**
 * Milliseconds on a clock that only goes forward. Not `performance.now()`: the first reading of
 * Node's global `performance` loads its timing modules, ~2-4 ms on the way to a start's first
 * diagnostics (each draft's arrival is timed).
 */
function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Hundredths of a millisecond below 10 ms, where a keystroke's budget is counted. */
function formatMs(ms: number): string {
  return `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms`;
}
