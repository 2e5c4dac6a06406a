import { setFlagFor } from './v8Flags';

/**
 * Has V8 grow the heap by a third at most at each of its collections, until the function returned
 * is called: for a load that builds much that lives long (a thousand articles' facts: ~150 MB). V8
 * sets when it collects next by how much lived after the last collection and how quickly it
 * collected: over such a load it collected twice in the first three seconds and then not at all,
 * and the heap in use reached 190-240 MB, of which ~150 lived (the server's RSS 290-340 MB at the
 * end of the load). With a third, it collects about every second, as usual concurrently with the
 * load (its pauses ≤ 26 ms; nine full collections asked for instead paused it 30-110 ms each).
 * Loads may overlap: V8 grows the heap as it chooses again once the last has ended, or as the
 * process exits (see `v8Flags`), since V8 keys its code cache to its flags (see `codeCache`).
 */
export function heapGrowingSlowly(): () => void {
  if (holders++ === 0) releaseFlag = setFlagFor(`--heap-growing-percent=${GROWING_PERCENT}`, '--heap-growing-percent=0');
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) releaseFlag!();
  };
}

let holders = 0;
let releaseFlag: (() => void) | undefined;

/** By how much of what lived after a collection V8 lets the heap grow before the next. */
const GROWING_PERCENT = 33;
