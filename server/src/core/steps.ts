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

/** How many quick items (mentions, facts, ids) a step takes: one a step would spend more on stepping than on them. */
const ITEMS_A_STEP = 64;

/** Whether the step ends after the `i`th of a list of quick items (see `ITEMS_A_STEP`). */
export function endsStep(i: number): boolean {
  return i % ITEMS_A_STEP === ITEMS_A_STEP - 1;
}

/**
 * Work made a few steps at a time that a later start may overtake: `current` says whether it may
 * still go on, `step` goes on until `due` says the caller's time is up, and gives the result once
 * done. A class, made at every keystroke: an object literal with a getter kept all its closures
 * reached past every scavenge (see `PiecedProse` in `text/incrementalProse`).
 */
export class StepsWhileCurrent<T> {
  constructor(
    private readonly isCurrent: () => boolean,
    readonly step: (due: () => boolean) => T | undefined,
  ) {}

  get current(): boolean {
    return this.isCurrent();
  }
}
