import { isKey } from './context';
import { RelevantSources } from './relevantSources';
import { sentenceTerms, type SourceReading } from './sourceReading';
import { rawParagraphs, wordsIn } from './unreadSource';
import { Vocabulary } from './vocabulary';

/**
 * Which of many sources some drafts restate, told from the words of the drafts' paragraphs (text
 * between blank lines, Markdown left as it is) and of the sources' sentences, before any source's
 * facts are extracted (see `unreadSource`): extracting a thousand articles takes seconds, and the
 * drafts open when a workspace loads can be checked as soon as the few they restate are in. Each
 * paragraph of a draft points to sources as `RelevantSources` would, weighing words by their rarity
 * among the sources' sentences; a paragraph that says too little points to none, since it is
 * compared with what the rest of its draft restates. Gives, for each draft, the numbers of the
 * sources it points to (in the order given), or undefined when it points to none, so that it would
 * be compared with every source; all undefined when there are too few sources to choose from.
 *
 * The choice is made from words alone, not from the index's reading (which counts figures too), so
 * it may differ from the one a check makes; a check against the sources chosen here is provisional.
 */
export function sourcesToReadFirst(sources: readonly SourceReading[], drafts: readonly string[]): Array<Set<number> | undefined> {
  if (sources.length < 2) return drafts.map(() => undefined);
  const sentences: string[][] = [];
  const sourceWords = sources.map((reading) => {
    for (let d = 0; d < reading.documents.texts.length; d++) sentences.push(sentenceTerms(reading, d).filter((term) => !isKey(term)));
    return reading.terms.filter((term) => !isKey(term));
  });
  const vocabulary = Vocabulary.of(sentences);
  const relevance = new RelevantSources(sourceWords, sources.length);
  return drafts.map((draft) => sourcesRestated(relevance, vocabulary, draft));
}

/**
 * The sources a draft's paragraphs point to (see `sourcesToReadFirst`), by `relevance` and the
 * rarity of words in `vocabulary`; undefined when they point to none, or there are too few sources
 * to choose from, so that the draft would be compared with every source.
 */
export function sourcesRestated(relevance: RelevantSources, vocabulary: Vocabulary, draft: string): Set<number> | undefined {
  const chosen = new Set<number>();
  for (const paragraph of rawParagraphs(draft)) {
    const about = relevance.of(new Set(wordsIn(paragraph, 0, paragraph.length)), (word) => vocabulary.idf(word));
    if (about) for (const k of about) chosen.add(k);
  }
  return chosen.size ? chosen : undefined;
}
