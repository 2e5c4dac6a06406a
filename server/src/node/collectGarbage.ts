import v8 = require('v8');
import vm = require('vm');
import { atFirstPause } from './atFirstPause';
import { setFlagFor } from './v8Flags';

/**
 * Asks V8 for one full collection, compacting the heap (see `collectGarbage`), at the first pause
 * of a second in the writer's work (`pausedFor`, asked each second); once, however often it is
 * asked meanwhile. For a server that let go of a large fact base (see `WorkspaceFactsHost.letGo`):
 * V8 starts a full collection when the heap has grown by some share since the last, and a writer's
 * keystrokes make little that lives long, so the ~150 MB of a thousand articles' facts built at a
 * cold start, then given up for their kept set, stayed in the server's memory for the session. The
 * collection holds the event loop (~90 ms then): hence the pause.
 */
export function collectGarbageSoon(pausedFor: (ms: number) => boolean): void {
  if (waiting) return;
  waiting = true;
  atFirstPause(pausedFor, PAUSE_MS, () => {
    waiting = false;
    void collectGarbage();
  });
}

let waiting = false;

/**
 * Full collections, made in a task of V8's own (not in the caller's turn of the event loop),
 * resolved when done; resolved at once where V8 gives no way to ask. The last compacts the heap:
 * V8 returns to the system only pages left empty, and a full collection as V8 makes it by itself
 * moves few objects, so the heap of a thousand articles' facts, 30 MB of it in use once they were
 * collected, kept 140 MB of pages (the server's RSS fell from 320 to 280 MB, and to 165 compacted).
 * A plain one first: compacting copies what lives to fresh pages before the old ones go, and made
 * on a heap still holding all that garbage it was the server's peak (VmHWM 343-397 MB in six cold
 * starts with 1,000 articles, 317-374 with the plain one first; resting the same, ~165).
 */
export async function collectGarbage(): Promise<void> {
  const gc = collector();
  if (!gc) return;
  await collectWithoutCompacting();
  const compactNoMore = setFlagFor('--compact-on-every-full-gc', '--no-compact-on-every-full-gc');
  try {
    await gc({ type: 'major', execution: 'async' });
  } finally {
    compactNoMore();
  }
}

/**
 * One full collection as V8 makes it by itself, made in a task of V8's own, resolved when done
 * (at once where V8 gives no way to ask): for a server about to make much on a heap that still
 * holds a load's garbage (see `WorkspaceFactsOptions.heap`).
 */
export async function collectWithoutCompacting(): Promise<void> {
  await collector()?.({ type: 'major', execution: 'async' });
}

/**
 * V8 offers collections only through `gc`, which it defines in contexts made once `--expose-gc` is
 * set: in one made here for it, so the server's own global gains nothing (and nothing from the
 * workspace is ever run in any). The flag is unset once `gc` is made, which keeps working: V8 keys
 * its code cache to its flags, and the cache the server writes as it exits (see `codeCache`) was
 * refused by the next start whenever the session had collected.
 */
function collector(): Collector | undefined {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as Collector;
    } catch {
      gc = null;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  }
  return gc ?? undefined;
}

type Collector = (options: { type: 'major'; execution: 'async' }) => Promise<void>;

let gc: Collector | null | undefined;

/** A pause in typing; long enough for the documents checked against a base let go to be checked again, and so let go of it too. */
const PAUSE_MS = 1000;
