import { youngGenerationKeptSmall } from './heapGrowth';

/**
 * Imported by the server before its other modules: V8's young generation is kept small from before
 * they are evaluated (see `youngGenerationKeptSmall`) until this is called, at its first
 * diagnostics. Grown at the start, it stayed at 2 × 16 MB through a cold load that followed.
 */
export const startHeapOver = youngGenerationKeptSmall();
