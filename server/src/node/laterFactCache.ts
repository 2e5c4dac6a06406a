import type { SourceFacts } from '../core/facts/buildFacts';
import type { FactCache } from './factCache';
import type { SourceCache } from './loadSource';
import { SLICE_MS, TimeSlices } from './timeSlices';

/**
 * A fact cache whose new entries are written after the sources are loaded, not as each is read:
 * writing a thousand entries took ~2 s of a cold start, before the first diagnostics. An entry waits
 * in memory (its source is held by the fact base anyway) and is written a slice at a time when the
 * server is idle and no load `hold`s the writes back, or with the rest by `flush` (at shutdown and
 * exit). An article read on its own (one a restored set needs) is thus written when idle too, not
 * during the request that needed it.
 */
export class LaterFactCache implements SourceCache {
  private readonly waiting = new Map<string, SourceFacts>();
  private writing: NodeJS.Timeout | undefined;
  /** How many loads hold the writes back until they are done. */
  private holds = 0;

  constructor(
    private readonly cache: FactCache,
    /** Longest stretch of writing, in ms, before other work gets the event loop. */
    private readonly sliceMs = SLICE_MS,
  ) {}

  key(bytes: Uint8Array, name: string, prefix: string): string {
    return this.cache.key(bytes, name, prefix);
  }

  *getting(key: string): Generator<void, SourceFacts | undefined> {
    return this.waiting.get(key) ?? (yield* this.cache.getting(key));
  }

  set(key: string, source: SourceFacts): boolean {
    this.waiting.set(key, source);
    this.writeWhenIdle();
    return true;
  }

  /**
   * Holds the writes back (a load is under way, whose time they would lengthen) until the function
   * returned is called.
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.writeWhenIdle();
    };
  }

  /** Writes the waiting entries in slices between other work; the timer does not keep the process alive. */
  private writeWhenIdle(): void {
    if (this.writing || this.holds || !this.waiting.size) return;
    this.writing = setTimeout(() => {
      this.writing = undefined;
      if (this.holds) return;
      const slice = new TimeSlices(this.sliceMs);
      while (this.writeStep() && !slice.due);
      this.writeWhenIdle();
    });
    this.writing.unref();
  }

  /**
   * The entry being written, a step at a time (see `FactCache.setting`): one of an article of
   * megabytes took seconds. Undefined between entries.
   */
  private current: { key: string; source: SourceFacts; steps: Generator<void, boolean> } | undefined;

  /** Takes a step of writing the waiting entries; false when none is left. */
  private writeStep(): boolean {
    if (!this.current) {
      const next = this.waiting.entries().next();
      if (next.done) return false;
      const [key, source] = next.value;
      this.current = { key, source, steps: this.cache.setting(key, source) };
    }
    const { key, source, steps } = this.current;
    if (!steps.next().done) return true;
    this.current = undefined;
    // Set again while it was written: the newer one waits its turn.
    if (this.waiting.get(key) === source) this.waiting.delete(key);
    return true;
  }

  /** Writes every waiting entry now. */
  flush(): void {
    while (this.writeStep());
  }
}
