/**
 * An offset shift with -0 (minus a zero offset) made 0. -0 is no small integer but a boxed double,
 * and so is an offset it is added to: one such offset stored in an object makes V8 keep that field
 * as a boxed double in every object of the same shape from then on (every word, figure and date part
 * of every text read), two more objects each for the garbage collector to copy, and slower to read.
 */
export function noNegativeZero(by: number): number {
  return by === 0 ? 0 : by;
}
