import type { Mention } from '../extract/mention';
import type { Context } from './context';
import type { ClaimMatch } from './matchClaim';

/**
 * `matches` (of one block's `claims`) with each mismatch against a fact that another claim of its
 * sentence rightly restates left unverified: a sentence gives a figure once, and the claim beside
 * it is of something else whose words looked like the fact's. "Palma … accounts for roughly one in
 * nine of everyone using the airport, with 318,400 passengers, nearly a third more than Dublin"
 * beside the source's "roughly one in nine passengers": the third is Palma's lead on Dublin. Not
 * a figure beside its conversion ("20 to 32 feet (6 to 7 meters)"), nor the other end of a range
 * ("20 to 32 feet" for the source's 20 to 23): either may be the slip.
 */
/**
 * The figures a sentence gives once. A date and its weekday, or a time and the date it runs to, are
 * of one fact, each of which may be the slip: "on Sunday, 12 March" for the source's Saturday.
 */
const BESIDE_KINDS: ReadonlySet<Mention['kind']> = new Set(['count', 'money', 'percent']);

export function verifiedBeside(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>): Array<ClaimMatch | undefined> {
  matches.forEach((match, k) => {
    // The ends of a range or tally are held to their source's ends (see `heldToRangeEnds`, `pairedFigures`).
    if (match?.verdict !== 'mismatch' || !match.fact || !BESIDE_KINDS.has(claims[k].kind) || contexts[k].range !== undefined || contexts[k].tally !== undefined) return;
    const restated = matches.some((other, j) => other !== match && other?.verdict === 'verified' && other.fact === match.fact && sameMeasure(claims[j], claims[k]) && !isPaired(claims[j], claims[k]) && contexts[k].beside.sentence.includes(claims[j]));
    if (restated) matches[k] = { verdict: 'unverified', score: match.score };
  });
  return matches;
}

function sameMeasure(a: Mention, b: Mention): boolean {
  return a.kind === b.kind && a.number?.unit === b.number?.unit;
}

/** How far apart two figures of a range or pair stand: " to ", " and ", "-". */
const PAIR_GAP = 5;

/** Whether two figures stand as a range or pair, a few characters apart ("20 to 32", "6-7"). */
function isPaired(a: Mention, b: Mention): boolean {
  return Math.max(a.start, b.start) - Math.min(a.end, b.end) <= PAIR_GAP;
}
