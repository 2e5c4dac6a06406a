/**
 * Work done in steps (a generator yielding between them) runs through at once here; a server runs
 * the same steps a slice of time at a time (see `inSlices` in `node/timeSlices`).
 */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
