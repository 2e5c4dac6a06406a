/** Longest stretch of loading work, in ms, before other work (requests, edits) gets the event loop. */
export const SLICE_MS = 8;

/**
 * Work done a slice of time at a time: `next` hands the event loop back once the slice is used up,
 * so that requests are answered while a thousand articles are read, extracted or written.
 */
export class TimeSlices {
  private started = Date.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Whether this slice's time is used up. */
  get due(): boolean {
    return Date.now() - this.started >= this.sliceMs;
  }

  /** Waits for the event loop's next turn when the slice is used up, and starts a new slice. */
  async next(): Promise<void> {
    if (!this.due) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.started = Date.now();
  }
}

/** Runs `steps` (see `runSteps`) to their end a slice of time at a time; undefined once `abandoned` says so between slices. */
export async function inSlices<T>(steps: Generator<void, T>, abandoned: () => boolean = () => false, slices = new TimeSlices()): Promise<T | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slices.due) {
      await slices.next();
      if (abandoned()) return undefined;
    }
  }
}

/**
 * `map` of each of `items`, a slice of time at a time (a thousand articles are read or stated at a
 * start); undefined once `abandoned` says so between slices, or when `map` gives undefined for one.
 */
export function mapInSlices<T, U>(items: readonly T[], abandoned: () => boolean, map: (item: T) => U | undefined, slices = new TimeSlices()): Promise<U[] | undefined> {
  return inSlices(mapping(items, map), abandoned, slices);
}

/** `map` of each of `items` as steps, one item a step; undefined when `map` gives undefined for one. */
function* mapping<T, U>(items: readonly T[], map: (item: T) => U | undefined): Generator<void, U[] | undefined> {
  const mapped: U[] = [];
  for (const item of items) {
    const one = map(item);
    if (one === undefined) return undefined;
    mapped.push(one);
    yield;
  }
  return mapped;
}
