/*
 * What this machine charges for work every row above pays for, whatever the server does: memory
 * touched for the first time, and a Node process's own start. On the 2-core VM the targets were set
 * on, a minor page fault took ~10 µs, so every megabyte a check or
 * a start touches afresh costs some 2.5 ms. Counted there: a server's start → first diagnostics
 * faulted ~6,500 pages (an empty Node process ~2,150); a 1 MB draft's check ~1,150, 512 of them its
 * prose (two bytes a character); the server's 300 keystrokes on 100 KB ~2,000-2,500, of which the
 * three or four collections of the young generation among them made some 1,000, promoting what
 * survived into new pages of the old generation: 6-8 ms each, against 2-5 ms for those that found
 * room in pages the old generation held (traced with strace beside the server's GC events).
 */
import { spawnSync } from 'child_process';
import { BenchRow, elapsedMs, median } from './measure';

const PAGE = 4096;
const MEMORY = 64 * 1024 * 1024;
const RUNS = 5;

/** Microseconds per page of memory touched for the first time, as the system counts its faults. */
function pageFaultMicroseconds(): { us: number; faults: number } {
  const each: number[] = [];
  let faults = 0;
  for (let run = 0; run < RUNS; run++) {
    // Outside the JS heap, and not from Buffer's pool: pages the process never touched.
    const memory = Buffer.allocUnsafeSlow(MEMORY);
    const before = process.resourceUsage().minorPageFault;
    const started = process.hrtime.bigint();
    for (let i = 0; i < memory.length; i += PAGE) memory[i] = 1;
    const ms = elapsedMs(started);
    const made = process.resourceUsage().minorPageFault - before;
    faults = made;
    if (made > 0) each.push((ms * 1000) / made);
  }
  return { us: median(each), faults };
}

/** An empty Node process, from spawn to exit, and the page faults it made: the floor of any server's start. */
function emptyNode(): { ms: number; faults: number } {
  const times: number[] = [];
  let faults = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().minorPageFault))'], { encoding: 'utf8' });
    times.push(elapsedMs(started));
    faults = Number(child.stdout);
  }
  return { ms: median(times), faults };
}

export async function machineRows(): Promise<BenchRow[]> {
  const fault = pageFaultMicroseconds();
  const node = emptyNode();
  return [
    [`memory touched for the first time: a minor page fault (${PAGE / 1024} KB), ${MEMORY / 2 ** 20} MB at a time`, Number.isFinite(fault.us) ? `median ${fault.us.toFixed(2)} µs (${fault.faults} faults a run, ${RUNS} runs)` : 'not counted on this system', ''],
    ['an empty Node process: spawn → exit, and its page faults', `median ${node.ms.toFixed(0)} ms (${RUNS} runs); ${node.faults} faults`, ''],
  ];
}
