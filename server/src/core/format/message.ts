import { FindingCode } from '../check/codes';
import type { Finding } from '../check/finding';
import type { Fact } from '../facts/fact';

/** Where a fact stands, for people: "Nagorno-Karabakh after the Azerbaijani offensive, ¶7". */
export function citationLabel(fact: Fact): string {
  return `${fact.source.title}, ${fact.source.paragraph > 0 ? `¶${fact.source.paragraph}` : 'heading'}`;
}

/** `"130,000" — source says 120,000 (Nagorno-Karabakh after the Azerbaijani offensive, ¶7)`; `"40 percent" — its figures give 28 percent (…)`. */
export function mismatchMessage(finding: Finding): string {
  if (fixOrigin(finding.code) === 'its figures') return `"${oneLine(finding.claim.text)}" — its figures give ${oneLine(finding.fix ?? '')} (${oneLine(finding.sourceSays ?? '')})`;
  const where = finding.fact ? ` (${citationLabel(finding.fact)})` : '';
  return `"${oneLine(finding.claim.text)}" — source says ${oneLine(finding.sourceSays ?? '')}${where}`;
}

/** Where the fix of a finding of `code` comes from, as a quick fix's title gives it: the source, or the figures of the claim's own sentence. */
export function fixOrigin(code: string | number | undefined): string {
  return code === FindingCode.RatioMismatch || code === FindingCode.ConversionMismatch || code === FindingCode.SpanMismatch ? 'its figures' : 'source';
}

// A date written across a line break ("on 1⏎February 2024") is one claim; quoted on two lines, it
// split a line of the CLI's report, and reads oddly in any list of problems.
const LINE_BREAK = /[ \t]*(?:\r\n?|[\n\u2028\u2029])[ \t]*/g;

function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ');
}
