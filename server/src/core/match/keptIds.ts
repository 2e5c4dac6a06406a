import { areHashSlots, findInSlots, hashOfBytes, hashSlots } from '../text/hashSlots';
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
  const packed = packStrings(ids);
  const { text, starts } = packed;
  const table = hashSlots(ids.length, (n) => hashOfBytes(text, starts[n], starts[n + 1]), (a, b) => sameId(packed, a, text, starts[b], starts[b + 1]));
  return { text, starts, table };
}

/** The number of the fact whose id is `id`, if any. */
export function findKeptId(kept: KeptIds, id: string): number | undefined {
  const bytes = encoder.encode(id);
  return findInSlots(kept.table, hashOfBytes(bytes, 0, bytes.length), (n) => sameId(kept, n, bytes, 0, bytes.length));
}

export function keptIdAt(kept: KeptIds, n: number): string {
  return packedString(kept, n);
}

/** Whether `v` holds kept ids of `facts` facts: offsets within its bytes, and a table of them (see `areHashSlots`). */
export function isKeptIds(v: unknown, facts: number): v is KeptIds {
  const k = v as Partial<KeptIds> | undefined;
  return packedCount(k) === facts && areHashSlots(k!.table, facts);
}

function sameId(kept: PackedStrings, n: number, bytes: Uint8Array, from: number, to: number): boolean {
  // A slot read back may name a fact past the ids (see `areHashSlots`).
  if (n + 1 >= kept.starts.length) return false;
  const start = kept.starts[n];
  if (kept.starts[n + 1] - start !== to - from) return false;
  for (let i = 0; i < to - from; i++) if (kept.text[start + i] !== bytes[from + i]) return false;
  return true;
}
