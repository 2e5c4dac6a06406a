/**
 * The most decimal places a fix is written with: a step finer than this would be rounded away, so
 * a figure given to one could never be written back as it was read.
 */
export const MAX_DECIMALS = 6;

/** The finest step a figure is given to (see `MAX_DECIMALS`). */
export const FINEST_PRECISION = 10 ** -MAX_DECIMALS;

/**
 * Whether a figure can be written back in digits: `toFixed` writes 1e21 and above in exponent
 * notation ("1e+21"), and a numeral too long for a double is Infinity. Beyond this it is no
 * figure, neither a claim nor a fact nor a fix, rather than a wrong one.
 */
export function isWritableFigure(value: number): boolean {
  return Math.abs(value) < WRITABLE_BOUND;
}

/** The size from which `isWritableFigure` refuses a figure. */
export const WRITABLE_BOUND = 1e21;
