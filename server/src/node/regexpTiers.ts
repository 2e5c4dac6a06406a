import v8 = require('v8');

/*
 * Imported first by the entries, before any pattern is made. V8 interprets a regular expression the
 * first time it runs and compiles it to machine code the second time. chrono-node's largest patterns
 * (a time unit repeated up to ten times) take ~150 ms to compile: more than all else of a first
 * check, though they only ever run on a few dozen short windows near dates, where the interpreter is
 * as quick. So a pattern is compiled once it has run a thousand times; one run over a long text
 * (1,000 characters or more) is compiled at once by V8 itself.
 */
v8.setFlagsFromString('--regexp-tier-up-ticks=1000');

/**
 * Runs `run` with V8's optimization of the patterns it compiles meanwhile turned off, then on
 * again. Optimizing a pattern (quick checks, look-ahead tables) speeds its runs but costs time to
 * compile: chrono-node's patterns took ~50 ms to compile for a first check, ~5 ms unoptimized,
 * though they only run on a few dozen short windows of a draft. A pattern run 1,000 times is
 * compiled again to machine code (see above), by then optimized.
 */
export function withoutRegExpOptimization<T>(run: () => T): T {
  v8.setFlagsFromString('--no-regexp-optimization');
  try {
    return run();
  } finally {
    v8.setFlagsFromString('--regexp-optimization');
  }
}
