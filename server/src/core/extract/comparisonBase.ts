/** The words a figure compared with stands after: "up 7% from 2023", "9.4 per cent on 2023", "more than in 2023", "compared with a year earlier". */
const COMPARED_WITH = /(?<![\p{L}])(?:from|on|than|over|against|versus|vs\.?|compared[ \u00a0]+(?:with|to))[ \u00a0]+(?:(?:in|that[ \u00a0]+of|those[ \u00a0]+of)[ \u00a0]+)?$/iu;

/**
 * Whether the figure at `start` in `text` is what something is compared with, not when it happened:
 * "passengers rose 7 per cent from 2023" against "handled 21.6 million passengers in 2023".
 */
export function isComparisonBase(text: string, start: number): boolean {
  return COMPARED_WITH.test(text.slice(Math.max(0, start - 32), start));
}

/** A figure: "100,000", "£3.8 million", "23.6 per cent", and a word after it ("pounds", "entries"). */
const FIGURE = String.raw`[£$€¥]?\d[\d,.]*(?:[ \u00a0]*(?:%|per[ \u00a0]+cent|percent|million|billion|bn|m|k)(?![\p{L}]))?(?:[ \u00a0]+\p{L}+)?`;

/** A change that is from a level: "up from", "fell 3% from"; not the "from" of where ("came from 34 countries"). */
const CHANGE = String.raw`(?:up|down|rose|risen|rising|fell|fallen|falling|increased?|decreased?|dropped|climbed|grew|grown|jumped)`;

/** Figures compared with, then the words a time of them may stand after: "up from 100,000 pounds ", "than 87,000 in ", "up from 16,905 entries and 209 breeds ". */
const BASE_FIGURE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${CHANGE}(?:[ \u00a0]+[^\s]+){0,3}?[ \u00a0]+from|than|against|versus|vs\.?|compared[ \u00a0]+(?:with|to))[ \u00a0]+(?:the[ \u00a0]+)?${FIGURE}(?:[ \u00a0]+and[ \u00a0]+${FIGURE})?[ \u00a0]+(?:in[ \u00a0]+)?$`, 'iu');

/** Whether the year at `start` in `text` is the time of a figure something is compared with: "up from 100,000 pounds last year", "than 87,000 in 2023". */
export function datesBaseFigure(text: string, start: number): boolean {
  return BASE_FIGURE_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
