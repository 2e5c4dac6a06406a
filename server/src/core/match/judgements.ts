import type { Agreement } from './compareValues';
import { doubled } from './doubled';

/** What a claim makes of a fact's value, whatever its words. */
export interface Judgement {
  agreement: Agreement;
  /** How plausibly the claim's value is a copy of the fact's, as a factor of its score. */
  affinity: number;
  /** The same, from 0 to 1, as the figures beside the claim are weighed against it. */
  plausibility: number;
  /**
   * For a value the claim disagrees with: whether a figure beside the claim restates it, which
   * leaves the fact to that figure, is yet to be decided (see `decideBeside`).
   */
  besideUndecided?: boolean;
}

/**
 * The judgements of the claim being matched, by judgement id (see `IndexedFact.judgementId`), in
 * arrays kept from claim to claim and stamped with the claim's number: a claim among look-alike
 * sources judges thousands of values, and a map of them made for each claim outlived a scavenge
 * or two, to be collected with the old objects.
 */
export class Judgements {
  // Grown to the largest id judged: ids are counted from 0 in each index.
  private stamps = new Uint32Array(64);
  /** 0: the fact cannot be the claim's; else 1 + the place of its agreement in AGREEMENTS. */
  private agreements = new Uint8Array(64);
  private affinities = new Float64Array(64);
  private plausibilities = new Float64Array(64);
  /** 1: whether a figure beside the claim restates the value is undecided; else 0. */
  private besides = new Uint8Array(64);
  private claim = 0;

  forNextClaim(): this {
    if (++this.claim === 0xffffffff) {
      this.stamps.fill(0);
      this.claim = 1;
    }
    return this;
  }

  knows(id: number): boolean {
    return id < this.stamps.length && this.stamps[id] === this.claim;
  }

  keep(id: number, judgement: Judgement | undefined): void {
    while (id >= this.stamps.length) {
      this.stamps = doubled(this.stamps);
      this.agreements = doubled(this.agreements);
      this.affinities = doubled(this.affinities);
      this.plausibilities = doubled(this.plausibilities);
      this.besides = doubled(this.besides);
    }
    this.stamps[id] = this.claim;
    this.agreements[id] = judgement ? 1 + AGREEMENTS.indexOf(judgement.agreement) : 0;
    this.affinities[id] = judgement?.affinity ?? 0;
    this.plausibilities[id] = judgement?.plausibility ?? 0;
    this.besides[id] = judgement?.besideUndecided ? 1 : 0;
  }

  besideUndecided(id: number): boolean {
    return this.besides[id] === 1;
  }

  /** Decides `besideUndecided`: a value restated beside the claim cannot be the claim's. */
  decideBeside(id: number, restated: boolean): void {
    this.besides[id] = 0;
    if (restated) this.agreements[id] = 0;
  }

  plausibilityOf(id: number): number {
    return this.plausibilities[id];
  }

  /** Undefined for a fact that cannot be the claim's. */
  agreementOf(id: number): Agreement | undefined {
    const code = this.agreements[id];
    return code ? AGREEMENTS[code - 1] : undefined;
  }

  affinityOf(id: number): number {
    return this.affinities[id];
  }
}

const AGREEMENTS: readonly Agreement[] = ['agree', 'disagree', 'incomparable'];
