/**
 * Runs `run` at the first pause of `ms` in the writer's work (`pausedFor`, asked every `ms`): for
 * work that holds the event loop a while and can wait, so that it does not fall between keystrokes.
 * The timer does not keep the process alive.
 */
export function atFirstPause(pausedFor: (ms: number) => boolean, ms: number, run: () => void): void {
  setTimeout(function whenPaused() {
    if (pausedFor(ms)) run();
    else setTimeout(whenPaused, ms).unref();
  }, ms).unref();
}
