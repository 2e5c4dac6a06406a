/**
 * A stretch of a document whose reading or matching threw: a bug, not bad input. What threw is left
 * out (a sentence's figures and names, or a block's claims) and the rest of the document is read and
 * checked as if that stretch held none, so that one sentence that trips a rule costs that sentence,
 * not the draft, nor in the CLI every draft of the run. The fronts say what was left out.
 */
export interface Failure {
  /** Offsets of the stretch left out, in the document's text. */
  start: number;
  end: number;
  /** What was left out, to end "… left out": "the figures and names of this sentence were". */
  left: string;
  /** The error, with its stack where it has one. */
  error: string;
}

/**
 * An error of where facts are kept (a cache file found damaged, an article changed since its facts
 * were kept), not of the check: it ends the whole check, as the facts it would be made against are
 * no longer to be had, and the front reads them anew.
 */
export class FactsUnavailable extends Error {}

/** `work()` for the stretch `span`; if it throws, `fallback()`, the error kept in `failures` (but for `FactsUnavailable`, thrown on). */
export function guarded<T>(span: { start: number; end: number }, left: string, failures: Failure[], work: () => T, fallback: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof FactsUnavailable) throw e;
    failures.push({ start: span.start, end: span.end, left, error: e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e) });
    return fallback();
  }
}

/** The first line of a failure's error and the first frame of its stack: a reason on one line. */
export function failureReason({ error }: Failure): string {
  const [message, frame] = error.split('\n');
  return frame ? `${message} (${frame.trim()})` : message;
}
