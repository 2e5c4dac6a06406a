import type { Finding } from '../check/finding';
import type { Fact } from '../facts/fact';

/** Where a fact stands, for people: "Nagorno-Karabakh after the Azerbaijani offensive, ¶7". */
export function citationLabel(fact: Fact): string {
  return `${fact.source.title}, ${fact.source.paragraph > 0 ? `¶${fact.source.paragraph}` : 'heading'}`;
}

/** `"130,000" — source says 120,000 (Nagorno-Karabakh after the Azerbaijani offensive, ¶7)` */
export function mismatchMessage(finding: Finding): string {
  const where = finding.fact ? ` (${citationLabel(finding.fact)})` : '';
  return `"${finding.claim.text}" — source says ${finding.sourceSays}${where}`;
}
