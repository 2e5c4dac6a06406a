import { setFlagFor } from './v8Flags';

/**
 * Has V8 grow the heap by a third at most at each of its collections, until the function returned
 * is called: for a load that builds much that lives long (a thousand articles' facts: ~150 MB). V8
 * sets when it collects next by how much lived after the last collection and how quickly it
 * collected: over such a load it collected twice in the first three seconds and then not at all,
 * and the heap in use reached 190-240 MB, of which ~150 lived (the server's RSS 290-340 MB at the
 * end of the load). With a third, it collects about every second, as usual concurrently with the
 * load (its pauses ≤ 26 ms; nine full collections asked for instead paused it 30-110 ms each).
 * Its young generation is kept small meanwhile too (see `youngGenerationKeptSmall`). Loads may
 * overlap: V8 grows the heap as it chooses again once the last has ended, or as the process exits
 * (see `v8Flags`), since V8 keys its code cache to its flags (see `codeCache`).
 */
export function heapGrowingSlowly(): () => void {
  const releaseOld = oldGrowingSlowly();
  const releaseYoung = youngGenerationKeptSmall();
  return () => {
    releaseOld();
    releaseYoung();
  };
}

/**
 * Keeps V8's young generation from growing until the function returned is called, as long as any
 * holds it. V8 doubles it, up to 2 × 16 MB, while much of what is made survives, as at a server's
 * start and through a load. Kept small from the start (see `startHeap`) through a cold load of a
 * thousand articles, the server's RSS peaked at 277-284 MB against 295-310; reading them all took
 * ~10% longer (more, smaller collections), the first diagnostics no longer, and a warm start was
 * as quick (331 ms against 332 over 80 alternated starts). Not for a whole session: a writer's
 * hovers and keystrokes were collected that much more often (hover p99 1.2-2.0 ms against 0.3-0.4
 * on a megabyte's draft).
 */
export const youngGenerationKeptSmall = sharedFlag('--semi-space-growth-factor=1', '--semi-space-growth-factor=2');

/** By how much of what lived after a collection V8 lets the heap grow before the next. */
const GROWING_PERCENT = 33;

const oldGrowingSlowly = sharedFlag(`--heap-growing-percent=${GROWING_PERCENT}`, '--heap-growing-percent=0');

/**
 * What holds V8 flag `on` until the last holder lets go, which sets `off`: each holder's release
 * counts once, however often called.
 */
function sharedFlag(on: string, off: string): () => () => void {
  let holders = 0;
  let releaseFlag: (() => void) | undefined;
  return () => {
    if (holders++ === 0) releaseFlag = setFlagFor(on, off);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--holders === 0) releaseFlag!();
    };
  };
}
