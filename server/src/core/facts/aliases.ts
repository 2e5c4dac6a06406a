import type { Context, Passage } from '../match/context';
import { tokenizeWords } from '../text/words';

/** An alias names the figure as plainly as the words right beside it in its own sentence. */
const ALIAS_WEIGHT = 1;

/** A fact's aliases as a passage of source text: `text` is what its offsets point into. */
export interface AliasPassage extends Passage {
  text: string;
  source: string;
}

/**
 * A fact's aliases ("refugees", "displaced Armenians") read as one passage. The vocabulary must
 * count their words too: a word no source uses would weigh in a claim's total but never match.
 */
export function readAliases(aliases: readonly string[] | undefined): AliasPassage | undefined {
  if (!aliases?.length) return undefined;
  const text = aliases.join('; ');
  return { text, source: text, words: tokenizeWords(text, 0, text.length), mentions: [] };
}

/** A fact's context with its aliases' words weighed as words of its own sentence that name the figure. */
export function withAliases(context: Context, aliases: AliasPassage | undefined): Context {
  if (!aliases) return context;
  for (const word of aliases.words) {
    if (word.stop) continue;
    for (const weights of [context.weights, context.sentence]) weights.set(word.norm, Math.max(weights.get(word.norm) ?? 0, ALIAS_WEIGHT));
  }
  return context;
}
