import type { SourceFacts } from '../core/facts/buildFacts';
import type { FactCache } from './factCache';
import type { SourceCache } from './loadSource';

/**
 * A fact cache whose new entries are written after the sources are loaded, not as each is read:
 * writing a thousand entries took ~2 s of a cold start, before the first diagnostics. An entry waits
 * in memory (its source is held by the fact base anyway) until `writeWhenIdle` writes the waiting
 * ones a slice at a time, or `flush` writes them all at once (at shutdown and exit).
 */
export class LaterFactCache implements SourceCache {
  private readonly waiting = new Map<string, SourceFacts>();
  private writing: NodeJS.Timeout | undefined;

  constructor(
    private readonly cache: FactCache,
    /** Longest stretch of writing, in ms, before other work gets the event loop. */
    private readonly sliceMs = 8,
  ) {}

  key(bytes: Uint8Array, name: string): string {
    return this.cache.key(bytes, name);
  }

  get(key: string): SourceFacts | undefined {
    return this.waiting.get(key) ?? this.cache.get(key);
  }

  set(key: string, source: SourceFacts): boolean {
    this.waiting.set(key, source);
    return true;
  }

  /** Writes the waiting entries in slices between other work; the timer does not keep the process alive. */
  writeWhenIdle(): void {
    if (this.writing || !this.waiting.size) return;
    this.writing = setTimeout(() => {
      this.writing = undefined;
      const started = Date.now();
      for (const [key, source] of this.waiting) {
        this.waiting.delete(key);
        this.cache.set(key, source);
        if (Date.now() - started >= this.sliceMs) break;
      }
      this.writeWhenIdle();
    });
    this.writing.unref();
  }

  /** Writes every waiting entry now. */
  flush(): void {
    for (const [key, source] of this.waiting) this.cache.set(key, source);
    this.waiting.clear();
  }
}
