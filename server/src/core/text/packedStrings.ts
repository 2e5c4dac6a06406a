/**
 * Strings kept as UTF-8 bytes one after another (string `k` from `starts[k]` to `starts[k + 1]` of
 * `text`), each made into a string only when read: tens of thousands of fact ids or judgement keys
 * kept with an index were parsed and looked through at every warm start, where a check reads a few.
 */
export interface PackedStrings {
  text: Uint8Array;
  starts: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * `strings` packed, written into one array: an array encoded for each of 146,000 ids took 250-370
 * ms, and joining them to encode at once ~25 ms, of a step that a server keeping a set takes
 * between keystrokes. An ASCII string (nearly all) is copied code by code.
 */
export function packStrings(strings: readonly string[]): PackedStrings {
  const starts = new Uint32Array(strings.length + 1);
  for (let k = 0; k < strings.length; k++) starts[k + 1] = starts[k] + utf8Length(strings[k]);
  const text = new Uint8Array(starts[strings.length]);
  for (let k = 0; k < strings.length; k++) {
    const s = strings[k];
    const at = starts[k];
    if (starts[k + 1] - at === s.length) for (let i = 0; i < s.length; i++) text[at + i] = s.charCodeAt(i);
    else encoder.encodeInto(s, text.subarray(at, starts[k + 1]));
  }
  return { text, starts };
}

export function packedString(packed: PackedStrings, k: number): string {
  return decoder.decode(packed.text.subarray(packed.starts[k], packed.starts[k + 1]));
}

/** How many strings `v` packs, when it is packed strings whose every string lies within its bytes; else -1. */
export function packedCount(v: Partial<PackedStrings> | undefined): number {
  if (!v || !(v.text instanceof Uint8Array) || !(v.starts instanceof Uint32Array) || !v.starts.length) return -1;
  const { text, starts } = v;
  const count = starts.length - 1;
  if (starts[0] !== 0 || starts[count] !== text.length) return -1;
  for (let k = 0; k < count; k++) if (starts[k] > starts[k + 1]) return -1;
  return count;
}

/** How many bytes `text` takes in UTF-8 (a lone surrogate as the three of U+FFFD, as encoders write it). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // Two code units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
