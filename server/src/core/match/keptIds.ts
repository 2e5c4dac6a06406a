import { PackedStrings, packedCount, packedString, packStrings } from '../text/packedStrings';

/**
 * The ids of an index's facts as kept between sessions: packed (fact `n`'s id is string `n`, in
 * source order), with a hash table of the facts' numbers by id (`table`: open addressing, each slot
 * 0 or a fact's number + 1). An id is looked up in a few byte comparisons: making a thousand
 * articles' 146,000 ids into strings and a map took ~260 ms of the first check of a draft naming a
 * fact, at a warm start.
 */
export interface KeptIds extends PackedStrings {
  table: Uint32Array;
}

const encoder = new TextEncoder();

/** `ids` (by fact, in source order) as kept; of ids given twice, the later one's fact is found, as a map keeps it. */
export function keepIds(ids: readonly string[]): KeptIds {
  const { text, starts } = packStrings(ids);
  const kept = { text, starts, table: new Uint32Array(tableSize(ids.length)) };
  const mask = kept.table.length - 1;
  for (let n = 0; n < ids.length; n++) {
    let slot = hashOf(text, starts[n], starts[n + 1]) & mask;
    while (kept.table[slot] && !sameId(kept, kept.table[slot] - 1, text, starts[n], starts[n + 1])) slot = (slot + 1) & mask;
    kept.table[slot] = n + 1;
  }
  return kept;
}

/** The number of the fact whose id is `id`, if any. */
export function findKeptId(kept: KeptIds, id: string): number | undefined {
  const bytes = encoder.encode(id);
  const mask = kept.table.length - 1;
  for (let slot = hashOf(bytes, 0, bytes.length) & mask; kept.table[slot]; slot = (slot + 1) & mask) {
    const n = kept.table[slot] - 1;
    if (sameId(kept, n, bytes, 0, bytes.length)) return n;
  }
  return undefined;
}

export function keptIdAt(kept: KeptIds, n: number): string {
  return packedString(kept, n);
}

/**
 * Whether `v` holds kept ids of `facts` facts: offsets within its bytes, and a table of the size made
 * for them whose slots name only facts it has, one slot each at most, so that a lookup reads no id
 * out of place and ends at an empty slot. (That its bytes are those written, the file's digest says.)
 */
export function isKeptIds(v: unknown, facts: number): v is KeptIds {
  const k = v as Partial<KeptIds> | undefined;
  if (packedCount(k) !== facts || !(k!.table instanceof Uint32Array) || k!.table.length !== tableSize(facts)) return false;
  const table = k!.table;
  let used = 0;
  for (let slot = 0; slot < table.length; slot++) {
    if (table[slot] > facts) return false;
    if (table[slot]) used++;
  }
  // At most one slot per fact: half the table at least is empty, where every lookup ends.
  return used <= facts;
}

/** A power of two at least twice `count`: a lookup meets an empty slot within a few steps. */
function tableSize(count: number): number {
  let size = 8;
  while (size < count * 2) size *= 2;
  return size;
}

/** FNV-1a of bytes [from, to). */
function hashOf(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash >>> 0;
}

function sameId(kept: KeptIds, n: number, bytes: Uint8Array, from: number, to: number): boolean {
  const start = kept.starts[n];
  if (kept.starts[n + 1] - start !== to - from) return false;
  for (let i = 0; i < to - from; i++) if (kept.text[start + i] !== bytes[from + i]) return false;
  return true;
}
