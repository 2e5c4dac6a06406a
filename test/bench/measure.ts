/** Timing helpers and the row shape every bench section returns. */

/** One row of the bench table: [what, figure, target]. */
export type BenchRow = [string, string, string];

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values: readonly number[]) => percentile(values, 50);

export function ms(value: number): string {
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
}

/** "median 12 ms, p99 30 ms (n runs)". */
export function summary(times: readonly number[]): string {
  return `median ${ms(median(times))}, p99 ${ms(percentile(times, 99))} (${times.length} runs)`;
}

export function elapsedMs(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(elapsedMs(start));
  }
  return times;
}

/** The process's peak resident memory so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export const SIZES: ReadonlyArray<{ label: string; bytes: number; runs: number }> = [
  { label: '4 KB', bytes: 4 * 1024, runs: 50 },
  { label: '100 KB', bytes: 100 * 1024, runs: 20 },
  { label: '1 MB', bytes: 1024 * 1024, runs: 10 },
  { label: '10 MB', bytes: 10 * 1024 * 1024, runs: 3 },
];
