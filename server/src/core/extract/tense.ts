import type { Span } from './mention';

export type Tense = 'past' | 'present' | 'future';

/** Where a clause of a sentence ends: the words after a date are read to there. */
export const CLAUSE_END = /[,;:.!?—–()]/;

// "would begin talks on Wednesday": a weekday after a future word is the coming one. "Planned" as a
// verb ("planned for 3 May"), not as a word for what was planned ("planned operations were
// cancelled during January").
const FUTURE = /\b(?:will|would|shall|going to|set to|due to|expected to|scheduled|plans? to|planned (?:for|to)|next)\b/i;
/**
 * Right before a date: a forecast, which told in the past is of a day to come ("warned that another
 * cold night was possible on Saturday", "storms were likely on Sunday").
 */
const FORECAST_BEFORE = /\b(?:is|are|was|were|be)\s+(?:possible|likely|forecast|predicted)(?:\s+(?:on|for|by|from))?$/i;
// "opened on 3 March", "was jailed on": a past form before a date, read when no future word stands
// there. In lower case: "United" is a name.
const PAST = /\b(?:was|were|had|did|said|told|took|made|went|came|left|fled|won|lost|met|began|held|led|gave|saw|sent|kept|built|brought|bought|sold|paid|spent|struck|fell|rose|ran|found|became|chose|stood|[a-z]{2,}[^e\s]ed)\b/g;

/**
 * What tells a deadline past beyond its clause ("By Monday evening, 58 percent had been restored"):
 * a past auxiliary, not a participle ("by 30 June, once supports have been installed").
 */
const PAST_AUXILIARY = /\b(?:had|was|were)\b/;

/** Before a participle: "to be restored by March 29", "could be completed by Friday" tell no past. */
const BE_BEFORE = /\bbe\s+$/;

/** The first past form in `words` (see `PAST`) that is no participle after "be". */
function pastVerb(words: string): RegExpExecArray | null {
  PAST.lastIndex = 0;
  for (let m = PAST.exec(words); m; m = PAST.exec(words)) if (!BE_BEFORE.test(words.slice(0, m.index))) return m;
  return null;
}

// "ordered the company to write to every affected customer by 4 April": a date after an infinitive
// is its action's, which a past verb before it tells nothing of.
const INFINITIVE = /\bto (?!(?:the|a|an|every|all|its|his|her|their|this|that|these|those|some|each|any|no|be)\b)[a-z]{2,}\b/g;

// "talks have been pencilled in for 18 March": a date a plan is for may come after the article as
// well as before, whatever the tense of the planning.
const TARGET_BEFORE = /\bfor$/i;
// "announced a second walkout of three days starting on 7 April": a period a past statement sets
// going has its own time, left to the nearest date (it had been put a year back, and its Monday flagged).
// So has a payment a past statement sets ("raised the dividend to 22 cents, payable Dec. 12").
const START_BEFORE = /\b(?:starting|beginning|effective|payable|due)(?: on| from)?$/i;
// "banned swimming for three weeks, until 25 August": the end of a period a past statement set
// going may be to come, as well as past ("was closed until 3 March"), so it is left to the nearest
// date (the 25 August before an article of 7 August had been taken, and its Monday flagged).
const END_BEFORE = /\b(?:until|till|through)$/i;
const DEADLINE_BEFORE = /\b(?:until|till|by)$/i;

/** Where the last match of a global pattern in `text` starts, or -1. */
function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index;
  return last;
}

/** Words before a date read for its tense: "is expected to make his debut at home to Redmoor Town on Sunday". */
const TENSE_WORDS = 14;
/** Words after a date read for its tense when none before tells it: "Friday's stage is a time trial". */
const TENSE_WORDS_AFTER = 6;
// "The final is on Sunday", "two mountain stages follow on Saturday": a weekday told in the present
// is the coming one. Read only when no past or future word stands near: "who is 27, won on Sunday".
const PRESENT = /\b(?:is|are|follows?|begins?|starts?|opens?|resumes?|ends?|closes?|takes? place)\b(?!\s+\w+ing\b)/;

const PRESENT_ALL = new RegExp(PRESENT.source, 'g');

/** Whether a verb in the present (see `PRESENT`) stands in `words` from `from` on. */
function presentAfter(words: string, from: number): boolean {
  PRESENT_ALL.lastIndex = from;
  return PRESENT_ALL.test(words);
}

/** The tense the words around a date speak in, when a word says it: those before first, then its clause after it. */
export function tenseAround(text: string, sentence: Span, m: Span): Tense | undefined {
  const before = text.slice(sentence.start, m.start).split(/\s+/).filter(Boolean).slice(-TENSE_WORDS).join(' ');
  if (FUTURE.test(before) || FORECAST_BEFORE.test(before)) return 'future';
  const past = pastVerb(before);
  // A verb in the present nearer the date than the past form is its clause's: "a revival directed by
  // Ms Faraday-Lusk, opens on 12 February".
  if (past && !presentAfter(before, past.index + past[0].length)) return past.index < lastIndexOf(INFINITIVE, before) || TARGET_BEFORE.test(before) || START_BEFORE.test(before) || END_BEFORE.test(before) ? undefined : 'past';
  const clause = CLAUSE_END.exec(text.slice(m.end, sentence.end));
  const after = text.slice(m.end, clause ? m.end + clause.index : sentence.end).split(/\s+/).filter(Boolean).slice(0, TENSE_WORDS_AFTER).join(' ');
  if (FUTURE.test(after)) return 'future';
  if (pastVerb(after)) return 'past';
  // "Candidates have until 6 p.m. on Thursday": a deadline is to come when no verb says it has passed
  // ("by Saturday oxygen had recovered", "By Monday evening, 58 percent had been restored").
  if (DEADLINE_BEFORE.test(before)) return PAST_AUXILIARY.test(text.slice(m.end, sentence.end)) ? 'past' : 'future';
  return PRESENT.test(before) || PRESENT.test(after) ? 'present' : undefined;
}
