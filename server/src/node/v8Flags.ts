import v8 = require('v8');

/**
 * V8 flags set for a while, across turns of the event loop (a load, a collection), and what unsets
 * each. V8 keys its code cache to its flags: a cache taken while one is set is refused by the next
 * start, which then compiles all afresh (a thousand articles' warm start ~100 ms longer).
 */
const held = new Set<{ on: string; off: string }>();

// As the process exits every flag still held is unset, before the launcher takes the code cache
// (its listener was added before this bundle ran).
process.prependListener('exit', () => {
  for (const { off } of held) v8.setFlagsFromString(off);
  held.clear();
});

/** Sets `on` until the function returned is called, which sets `off` (once, however often called). */
export function setFlagFor(on: string, off: string): () => void {
  const flag = { on, off };
  v8.setFlagsFromString(on);
  held.add(flag);
  return () => {
    if (held.delete(flag)) v8.setFlagsFromString(off);
  };
}

/** Runs `run` with every flag `setFlagFor` holds unset, then set again: for taking the code cache. */
export function withFlagsAsStarted<T>(run: () => T): T {
  for (const { off } of held) v8.setFlagsFromString(off);
  try {
    return run();
  } finally {
    for (const { on } of held) v8.setFlagsFromString(on);
  }
}
