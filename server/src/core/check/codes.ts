import type { MentionKind } from '../extract/mention';

/** Stable diagnostic codes: tools and ignore comments rely on them. */
export enum FindingCode {
  FigureMismatch = 'figure-mismatch',
  PercentMismatch = 'percent-mismatch',
  MoneyMismatch = 'money-mismatch',
  DateMismatch = 'date-mismatch',
  WeekdayMismatch = 'weekday-mismatch',
  DurationMismatch = 'duration-mismatch',
  TimeMismatch = 'time-mismatch',
  /** A name a letter or two from one the source spells, which the source never writes so. */
  NameMismatch = 'name-mismatch',
  /** A role the draft gives a person beside their name that the source gives them otherwise. */
  RoleMismatch = 'role-mismatch',
  /** A place or nationality the draft gives a named firm, body or person that the source gives them otherwise. */
  PlaceMismatch = 'place-mismatch',
  /** A share, change or multiple that the two figures of its sentence it is of do not give. */
  RatioMismatch = 'ratio-mismatch',
  /** A figure converted into another unit beside the figure it converts that the conversion does not give. */
  ConversionMismatch = 'conversion-mismatch',
  /** A time after or before a date that the two dates of its sentence do not give, or a date that a time on from another does not give. */
  SpanMismatch = 'span-mismatch',
  /** A `[@fact:ID]` annotation names no loaded fact. */
  UnknownFactId = 'unknown-fact-id',
}

export function mismatchCode(kind: MentionKind, weekdayOnly: boolean): FindingCode {
  switch (kind) {
    case 'percent':
      return FindingCode.PercentMismatch;
    case 'money':
      return FindingCode.MoneyMismatch;
    case 'date':
      return weekdayOnly ? FindingCode.WeekdayMismatch : FindingCode.DateMismatch;
    case 'year':
      return FindingCode.DateMismatch;
    case 'duration':
      return FindingCode.DurationMismatch;
    case 'time':
      return FindingCode.TimeMismatch;
    default:
      return FindingCode.FigureMismatch;
  }
}
