import type { Mention } from '../extract/mention';
import { type LocatedMention, sentenceRunEnd } from '../extract/readDocument';
import { systemOf, unitOf } from '../extract/units';
import { FixedFrom, formatFix } from '../format/formatFix';
import { Agreement, boundSide, compareConvertedTemperature, compareValues, isApproximate } from '../match/compareValues';
import { convertedFigure, convertsScale } from '../match/conversions';
import { FindingCode } from './codes';
import type { Finding } from './finding';

/**
 * Holds each figure a draft converts into another unit right after it ("40F (7C)", "a 12-mile (30
 * km) walk") to that figure: a conversion it does not give is wrong whatever the
 * sources say, as a weekday beside its date is. `findings` run beside `mentions` (undefined where a
 * mention is not checked); a conversion no source decides (see `undecided`) is replaced by the
 * finding against its figure, unless that figure is itself a mismatch, and so the likelier slip.
 * Only a conversion between scales or between systems of measures: "150 million litres, or 150
 * million cubic metres" is fixed by the source's figure, a slip of scale as a source's fact would
 * be (see `formatFix`).
 */
export function checkConversions(mentions: readonly LocatedMention[], findings: Array<Finding | undefined>): void {
  for (let from = 0; from < mentions.length; ) {
    const to = sentenceRunEnd(mentions, from);
    // The whole sentence, made for the first conversion tried: a range converted end to end ("26 to
    // 27C (79 to 81F)") is told by what follows.
    let sentence: LocatedMention[] | undefined;
    for (let i = from + 1; i < to; i++) {
      const claim = mentions[i];
      // Most figures have no unit, and a conversion comes right after its figure.
      if (!claim.number?.unit || !mentions[i - 1].number?.unit) continue;
      const decided = !undecided(findings[i]);
      const restated = decided && findings[i]?.verdict === 'verified';
      if (decided && !restated) continue;
      sentence ??= mentions.slice(from, to);
      const figure = convertedFigure(claim, sentence);
      if (!figure || figure.end > claim.start || !betweenSystems(claim, figure)) continue;
      const at = from + sentence.indexOf(figure as LocatedMention);
      if (restated) {
        // A conversion that restates the source holds the figure it converts, which none decides:
        // "53.8 degrees (13.2 Celsius)" for the source's "13.2C (55.8F)".
        if (undecided(findings[at])) findings[at] = conversionFinding(figure as LocatedMention, claim) ?? findings[at];
        continue;
      }
      if (findings[at]?.verdict === 'mismatch') continue;
      findings[i] = conversionFinding(claim, figure) ?? findings[i];
    }
    from = to;
  }
}

/** The finding for `claim` where it is not `figure` converted into its unit, else undefined. */
function conversionFinding(claim: LocatedMention, figure: Mention): Finding | undefined {
  const written = asFact(figure);
  if (agreementOf(claim, figure, written) !== 'disagree') return undefined;
  const fix = formatFix(claim, written);
  if (fix === undefined || fix === claim.text) return undefined;
  return { claim, verdict: 'mismatch', code: FindingCode.ConversionMismatch, fix, sourceSays: `${figure.text} is ${finer(claim, written) ?? fix}` };
}

/**
 * Holds each price a draft gives again per another unit right after it ("$4.38 a pound, or about
 * $9.66 a kilogram", "24 cents a mile (15 cents a kilometre)") to that price, as `checkConversions`
 * holds a measure's conversion: the price per the other unit is the first times how many of the
 * first unit the other is. Where the sources decide it, or the price it converts is a mismatch, it
 * is theirs.
 */
export function checkPriceConversions(mentions: readonly LocatedMention[], findings: Array<Finding | undefined>): void {
  for (let i = 1; i < mentions.length; i++) {
    const [price, claim] = [mentions[i - 1], mentions[i]];
    if (!claim.convertsPrice || !undecided(findings[i]) || findings[i - 1]?.verdict === 'mismatch' || price.number?.currency !== claim.number?.currency) continue;
    const [per, perOther] = [unitOf(price.unitPrice!.unit), unitOf(claim.unitPrice!.unit)];
    if (!per || !perOther || per.dimension !== perOther.dimension || price.number!.values.length !== 1) continue;
    // To a step finer than the price converted: "$4.38" a pound is $9.656 a kilogram.
    const worked: FixedFrom = { kind: 'money', text: price.text, value: { number: { ...price.number!, values: [(price.number!.values[0] * perOther.factor) / per.factor], precision: price.number!.precision / 10 } } };
    if (compareValues(claim, worked) !== 'disagree') continue;
    // Fixed to the claim's own step: "$8.76" for $9.656 is "$9.66".
    const fix = formatFix(claim, { ...worked, value: { number: { ...worked.value.number!, precision: claim.number!.precision } } });
    if (fix === undefined || fix === claim.text) continue;
    findings[i] = { claim, verdict: 'mismatch', code: FindingCode.ConversionMismatch, fix, sourceSays: `${price.text}${price.unitPrice!.written} is ${fix}${claim.unitPrice!.written}` };
  }
}

/**
 * Whether the sources leave a conversion undecided: none checks it, or one only bounds it ("never
 * above 9°C" holds 43°F as well as the 48°F that 9°C is).
 */
function undecided(finding: Finding | undefined): boolean {
  return finding?.verdict === 'unverified' || (finding?.verdict === 'verified' && boundSide(finding.fact?.value.qualifier) !== undefined);
}

/** The figure a conversion converts as a fact for judging it: its bound is not the conversion's ("up to 120 km/h (75 mph)"). */
function asFact(figure: Mention): FixedFrom {
  const qualifier = figure.qualifier && isApproximate(figure.qualifier.kind) ? figure.qualifier.kind : undefined;
  return { kind: figure.kind, text: figure.text, value: { number: figure.number, ...(qualifier ? { qualifier } : {}) } };
}

/** The conversion written a step finer than a fix is, both figures taken a step finer: "40F is 4.4C", "12 miles is 19.3 km". */
function finer(claim: Mention, written: FixedFrom): string | undefined {
  const finerOf = <T extends { precision: number }>(n: T): T => ({ ...n, precision: n.precision / 10 });
  return formatFix({ ...claim, number: finerOf(claim.number!) }, { ...written, value: { ...written.value, number: finerOf(written.value.number!) } });
}

function agreementOf(claim: Mention, figure: Mention, written: FixedFrom): Agreement {
  return convertsScale(claim, figure) ? compareConvertedTemperature(claim, written) : compareValues(claim, written);
}

/** Whether a claim converts a figure into the other temperature scale, or between systems of measures (see `systemOf`). */
function betweenSystems(claim: Mention, figure: Mention): boolean {
  if (convertsScale(claim, figure)) return true;
  const a = unitOf(claim.number!.unit!);
  const b = unitOf(figure.number!.unit!);
  return !!a && !!b && systemOf(a) !== systemOf(b);
}
