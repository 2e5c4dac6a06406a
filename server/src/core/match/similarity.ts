import type { Context } from './context';
import type { Vocabulary } from './vocabulary';

const P = (name: string, d: number) => (process.env[name] ? +process.env[name]! : d);

/**
 * How well a fact's context accounts for a claim's: the evidence both share (each word weighted by
 * its rarity and its closeness on both sides), over what the claim's own sentence says.
 */
export function similarity(claim: Context, fact: Context, vocabulary: Vocabulary): number {
  let shared = 0;
  let total = 0;
  const unknownIdf = P('UNK', 1) * vocabulary.maxIdf;
  for (const [norm, weight] of claim.weights) {
    const resolved = vocabulary.resolve(norm);
    const idf = resolved ? vocabulary.idf(resolved.norm) : unknownIdf;
    if (claim.sentence.has(norm)) total += idf * weight;
    if (!resolved) continue;
    const factWeight = fact.weights.get(resolved.norm);
    if (factWeight) shared += idf * Math.pow(weight * Math.min(1, factWeight), P('EXP', 1)) * resolved.weight;
  }
  return total ? Math.min(1, shared / total) : 0;
}
