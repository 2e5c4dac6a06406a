/**
 * V8 makes a slice of a long string as a pointer into it, so that a slice a few characters long
 * keeps the whole string it was cut from alive. What is kept across versions of a draft (a block's
 * reading) must not keep a megabyte of prose per version it was read in: these copy out.
 */

/** `text` as a string of its own (a copy when it may be a slice). */
export function unsliced(text: string): string {
  // Shorter slices are copies already. Joining forces a fresh string of the full length; slicing
  // that keeps it, not the original.
  return text.length < SHORTEST_SLICE ? text : (' ' + text).slice(1);
}

/** V8 copies out slices shorter than this (`SlicedString::kMinLength`). */
const SHORTEST_SLICE = 13;

/** Replaces, in place, every string held by `value`'s plain objects and arrays with an unsliced copy. */
export function unsliceAll<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = typeof value[i] === 'string' ? unsliced(value[i]) : unsliceAll(value[i]);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = typeof record[key] === 'string' ? unsliced(record[key] as string) : unsliceAll(record[key]);
  }
  return value;
}
