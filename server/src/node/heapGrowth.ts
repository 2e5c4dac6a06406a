import * as v8 from 'v8';

/**
 * Collects garbage between the steps of a load that builds much that lives long (a thousand
 * articles' facts: ~150 MB), whenever the heap in use has grown by a share since the last
 * collection. V8 sets when it collects next by how much lived after the last collection and how
 * quickly it collected: over such a load it collected twice in the first three seconds and then
 * not at all, and the heap in use reached 190-240 MB, of which ~150 lived. Growth is measured from
 * the last collection, so the collections grow further apart as the load's facts pile up.
 */
export class HeapGrowth {
  private afterLast: number;

  constructor(
    private readonly collect: () => Promise<void>,
    private readonly usedHeap: () => number = () => v8.getHeapStatistics().used_heap_size,
  ) {
    this.afterLast = usedHeap();
  }

  /** Collects when the heap grew by a third since the last collection (or since this was made), and by 32 MB at least. */
  async collectIfGrown(): Promise<void> {
    const used = this.usedHeap();
    if (used < this.afterLast + Math.max(GROWN_AT_LEAST, this.afterLast * GROWN_BY)) return;
    await this.collect();
    this.afterLast = this.usedHeap();
  }
}

/**
 * By how much of what the heap held after the last collection it may grow before the next. Over a
 * thousand articles, nine collections of 30-110 ms each (the full load ~1 s longer; the drafts'
 * first, provisional diagnostics come before it): the server's peak RSS 287-298 MB in six cold
 * starts, 317-362 without; with a half and 48 MB, 288-305 in three, two to four collections fewer.
 */
const GROWN_BY = 1 / 3;
/** The least growth worth a collection: a small heap is collected often enough by V8 itself. */
const GROWN_AT_LEAST = 32 * 1024 * 1024;
