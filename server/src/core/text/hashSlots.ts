/**
 * Hash tables of numbered keys (strings, or strings packed as bytes) as plain typed arrays, so that
 * they are kept on disk with the keys and used at once when read back: each slot holds 0 or a key's
 * number plus one, a key hashed to a slot is searched from there one slot at a time (open
 * addressing), and at most half the slots are filled, so a search that misses soon meets an empty one.
 */

/** Slots for `count` keys: the table's size is a power of two at least twice `count` (see `slotCount`). */
export function hashSlots(count: number, hashOfKey: (n: number) => number, sameKeys: (a: number, b: number) => boolean): Uint32Array {
  const slots = new Uint32Array(slotCount(count));
  const mask = slots.length - 1;
  for (let n = 0; n < count; n++) {
    let slot = hashOfKey(n) & mask;
    // Of keys given twice, the later one's number is kept, as a map keeps it.
    while (slots[slot] && !sameKeys(slots[slot] - 1, n)) slot = (slot + 1) & mask;
    slots[slot] = n + 1;
  }
  return slots;
}

/**
 * The number of the key whose hash is `hash` and which `isKey` says is the one sought, if any. At
 * most every slot is read: slots read back are not looked through first (see `areHashSlots`), and
 * a table with none empty must still end a search that misses.
 */
export function findInSlots(slots: Uint32Array, hash: number, isKey: (n: number) => boolean): number | undefined {
  const mask = slots.length - 1;
  for (let slot = hash & mask, read = 0; slots[slot] && read < slots.length; slot = (slot + 1) & mask, read++) if (isKey(slots[slot] - 1)) return slots[slot] - 1;
  return undefined;
}

/**
 * Whether `slots` read back can be the table of `count` keys: of the size `hashSlots` makes. Its
 * numbers are not looked through (two tables of 65,536 slots took ~3 ms of a warm start): that
 * they are the ones written, a file's digest says, and a number past the keys names none, for
 * `isKey` (which must say no to it) and for `findInSlots`.
 */
export function areHashSlots(slots: unknown, count: number): slots is Uint32Array {
  return slots instanceof Uint32Array && slots.length === slotCount(count);
}

function slotCount(count: number): number {
  let size = 8;
  while (size < count * 2) size *= 2;
  return size;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of a string's UTF-16 code units: the same in every session, as a kept table needs. */
export function hashOfString(s: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/** FNV-1a of bytes [from, to). */
export function hashOfBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return hash >>> 0;
}
