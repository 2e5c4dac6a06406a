import { distance } from 'fastest-levenshtein';

/**
 * The known fact ids nearest to one that names no fact, best first: what a quick fix offers. An id
 * typed without its source ("former-armenian-residents") is also compared with the part after the
 * slash. Ids too far off to be a typo of it are left out.
 */
export function closestIds(id: string, known: Iterable<string>, limit = 3): string[] {
  const typed = id.toLowerCase();
  const withinReach = Math.max(2, Math.ceil(typed.length * 0.4));
  const scored: Array<{ id: string; score: number }> = [];
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    const subject = lower.slice(lower.indexOf('/') + 1);
    const score = Math.min(distance(typed, lower), typed.includes('/') ? Infinity : distance(typed, subject));
    if (score <= withinReach) scored.push({ id: candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((s) => s.id);
}
