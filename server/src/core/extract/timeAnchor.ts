import { allOf, isAsciiDigit, isWhiteSpace, startsUpperCase, wordsBefore, type Word } from '../text/words';
import type { Span } from './mention';

/**
 * What a date dates: the statement that reports something ("the ministry said on Monday") or an
 * event ("there had been casualties on Sunday"). A time expression belongs to the nearest verb; a
 * date inside a reported clause is not the date of the report, so the two never contradict.
 */
export type TimeAnchor = 'statement' | 'event';

// Verbs of saying that news writing attaches dates to ("X said on Monday").
const SPEECH = new Set(
  (
    'say says said saying tell tells told telling state states stated stating announce announces announced announcing ' +
    'report reports reported reporting stress stresses stressed stressing speak speaks spoke spoken speaking add adds added ' +
    'warn warns warned warning claim claims claimed declare declares declared insist insisted note noted confirm confirms confirmed ' +
    'deny denies denied accuse accuses accused remark remarked comment commented write writes wrote written tweet tweeted ' +
    'explain explained argue argued describe described quote quoted urge urged pledge pledged vow vowed promise promised ' +
    'inform informs informed informing notify notifies notified notifying'
  ).split(' '),
);

// Common verbs that do not end in -ed or -ing; the rest are recognised by those endings.
const OTHER_VERBS = new Set(
  (
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'made make makes took take takes went go goes came come comes left leave leaves fled flee flees won win wins lost lose ' +
    'met meet meets began begin begins held hold holds led lead leads set put got get gave give saw see sent send kept keep ' +
    'built brought bought sold paid spent struck hit cut fell rose ran run found became become chose told sat stood'
  ).split(' '),
);

const NOT_VERBS = new Set(['during', 'morning', 'evening', 'including', 'according', 'building', 'following', 'red', 'bed', 'need', 'united', 'hundred', 'speed']);

const VERB_ENDING = /(?:[^e]ed|[^aeiou]ing)$/;

function verbClass(w: Word, sentenceStart: boolean): 'speech' | 'verb' | undefined {
  const lower = w.lower;
  if (SPEECH.has(lower)) return 'speech';
  if (OTHER_VERBS.has(lower)) return 'verb';
  if (NOT_VERBS.has(lower) || (!sentenceStart && startsUpperCase(w.text))) return undefined;
  return VERB_ENDING.test(lower) && lower.length >= 5 ? 'verb' : undefined;
}

const CLAUSE_OPENERS = new Set(['when', 'while', 'where', 'as', 'after', 'before', 'until', 'since', 'because', 'which', 'who', 'that']);

const PERIOD_BOUNDS = new Set(['from', 'until', 'till', 'since']);

const WINDOW_BEFORE = 12;
const WINDOW_AFTER = 3;

/** The anchor of a date among `words` (its sentence), or undefined when no verb stands near it. */
export function timeAnchor(text: string, mention: Span, words: Word[]): TimeAnchor | undefined {
  if (isDateline(text, mention, words)) return 'statement';
  const before = wordsBefore(words, mention.start) - 1;
  // "ban hosepipes from 19 August": a date that opens or closes a period is an event's, never a report's.
  if (before >= 0 && PERIOD_BOUNDS.has(words[before].lower) && allOf(text, words[before].end, mention.start, isWhiteSpace)) return 'event';
  // The nearest verb before the date within its clause, then after it; the nearer wins, the one before when tied.
  let found: 'speech' | 'verb' | undefined;
  let distance = Infinity;
  for (let i = before, d = 0; i >= 0 && d < WINDOW_BEFORE; i--, d++) {
    if (!noClauseEnd(text, words[i].end, i === before ? mention.start : words[i + 1].start)) break;
    const kind = verbClass(words[i], i === 0);
    if (kind) {
      found = kind;
      distance = d;
      break;
    }
  }
  let firstAfter = 0;
  while (firstAfter < words.length && words[firstAfter].start < mention.end) firstAfter++;
  let comma = false;
  for (let i = firstAfter, d = 0; i < words.length && d < WINDOW_AFTER && d < distance; i++, d++) {
    const from = i === firstAfter ? mention.end : words[i - 1].end;
    if (!noClauseEnd(text, from, words[i].start)) break;
    comma ||= text.slice(from, words[i].start).includes(',');
    // "unblinded the data on 9 June, when it announced …": a verb of a clause that opens after the date is not its verb.
    if (CLAUSE_OPENERS.has(words[i].lower)) break;
    const kind = verbClass(words[i], false);
    // "will rise to €13.15 on 1 July, the government announced": an attribution after a comma
    // reports the clause before it, whose own verb the date belongs to.
    if (kind === 'speech' && comma && found) break;
    if (kind) {
      found = kind;
      break;
    }
  }
  return found && (found === 'speech' ? 'statement' : 'event');
}

/** After a dateline's date: a wire's name in brackets, then a dash; either may close emphasis the dateline is set in ("*PORT SELENA, Thursday 13 February 2025* —"). */
const DATELINE_END = /^[*_]*\s*(?:\([^)\n]{1,40}\)\s*)?[*_]*\s*(?:—|–|--|-\s)/;

/**
 * Whether a date is a dateline's, either way round: "KALTENBURG, 21 October 2025 — …" (see
 * `isDateline`) or a line of its own, "HALVERSTOKE, Marrland (AP) — Tuesday, March 25, 2025"; or
 * a byline's, "*By Ruth Calder, 26 March 2025*", or a line's that says when the text came out,
 * "*Opinion column, published 12 April 2025*". In a draft it is the draft's own date, which
 * restates nothing.
 */
export function isDatelineDate(text: string, mention: Span, words: Word[]): boolean {
  if (isDateline(text, mention, words)) return true;
  // Asked for every date of a draft: most have more after them on their line.
  if (!LINE_END_AFTER.test(text.slice(mention.end, mention.end + 24))) return false;
  const before = text.slice(Math.max(0, mention.start - PLACE_CHARACTERS), mention.start);
  const lineStart = before.lastIndexOf('\n') + 1;
  if (lineStart === 0 && mention.start > PLACE_CHARACTERS) return false;
  const line = before.slice(lineStart);
  return DASH_LAST.test(line) ? DATE_AFTER_PLACE.test(line) : DATE_AFTER_BYLINE.test(line) || DATE_AFTER_PUBLISHED.test(line) || DATE_AFTER_LABEL.test(line);
}

/** The most a dateline's place, wire and dash take before its date, or a byline's names. */
const PLACE_CHARACTERS = 128;
const DASH_LAST = /[—–][ \u00a0]*$/;
/** The end of a line, past a clock time ("filed 26 March 2025, 08:15"), a full stop or the emphasis a byline is often set in. */
const LINE_END_AFTER = /^(?:,?[ \u00a0]*(?:at[ \u00a0]+)?\d{1,2}[:.]\d{2}(?:[ \u00a0]*[ap]\.?m\.?)?)?[ \u00a0.*_]*(?:\r?\n|$)/i;
/**
 * "By Helen Marsh, Education Correspondent, ", "*By Petra Anselm · ", "*By Fiona Gallacher, Evening
 * Courier. Published ": a byline's names, then a separator or a word saying it came out, before its date.
 */
const DATE_AFTER_BYLINE = /^[*_ \u00a0]*By[ \u00a0]+[^\n,·|—–]{1,60}(?:,[^\n,·|—–]{1,60})?[ \u00a0]*(?:[,·|][ \u00a0]*|[.,·|]?[ \u00a0]*(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Ff]iled)(?:[ \u00a0]+on)?[ \u00a0]*:?[ \u00a0]*)$/;
/**
 * "*Opinion column, published ", "Updated: ": a line that says when the text itself came out, then
 * its date; set in emphasis when a description comes first (not "The audit, published 12 April").
 */
const DATE_AFTER_PUBLISHED = /^(?:[*_]+[ \u00a0]*(?:[^\n,·|—–*_]{1,60},[ \u00a0]*)?|[ \u00a0]*)(?:published|posted|updated|filed)(?:[ \u00a0]+on)?[ \u00a0]*:?[ \u00a0]*$/i;
/**
 * "*Markets column, ", "_Analysis, Evening Courier, ": a line set in emphasis that names what the text is, then its
 * date: the text's own, as a byline's is (not "*The vote, held on*", whose date needs no comma).
 */
const DATE_AFTER_LABEL = /^[*_]+[ \u00a0]*\p{Lu}[^\n,·|—–*_.]{0,40},(?:[ \u00a0]*\p{Lu}[^\n,·|—–*_.]{0,40},)?[ \u00a0]*$/u;
const DATE_AFTER_PLACE = /^[\p{Lu}][\p{L}\p{M}'’. -]{0,40}(?:,[ \u00a0]*[\p{Lu}][\p{L}\p{M}'’. -]{0,40})?[ \u00a0]*(?:\([^)\n]{1,40}\)[ \u00a0]*)?[—–][ \u00a0]*$/u;

/**
 * "KALTENBURG, 21 October 2025 — At least 11 people have died…": a dateline's date is the report's,
 * not that of the events the lead goes on to tell, whose verbs would otherwise anchor it. A place
 * of a few capitalised words and a comma before the date, a dash (or a wire's name, then a dash) after.
 */
function isDateline(text: string, mention: Span, words: Word[]): boolean {
  const before = wordsBefore(words, mention.start);
  if (before === 0 || before > 5 || !/^,\s*$/.test(text.slice(words[before - 1].end, mention.start))) return false;
  for (let i = 0; i < before; i++) if (!startsUpperCase(words[i].text)) return false;
  return DATELINE_END.test(text.slice(mention.end, mention.end + 48));
}

/**
 * Whether no clause ends between `from` and `to` of a sentence: no semicolon, colon, or mark of
 * exclamation or question. A full stop within a sentence ends none ("€12.40", "a.m.", "U.S."), and
 * neither does a colon between digits ("11:30"): read as ends, they had kept "will rise from €12.40
 * to €13.15 an hour on 1 July" from its verb.
 */
function noClauseEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3b || c === 0x21 || c === 0x3f) return false;
    if (c === 0x3a && !(isAsciiDigit(text.charCodeAt(k - 1)) && isAsciiDigit(text.charCodeAt(k + 1)))) return false;
  }
  return true;
}
