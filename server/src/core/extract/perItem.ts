/**
 * After a count or an amount, words telling it is a rate per item: "six firefighters to every
 * engine", "£750 for every employee", "about €430 for each of the city's residents", "€12 a head",
 * "€15 per resident". Up to two words of what is counted may come first. A "per" before a unit of
 * measure or time ("24 cents per mile", "per cent") tells no item, and neither does "a year".
 */
const PER_ITEM = /^(?:[ \u00a0]+[\p{L}'’-]+){0,2}?[ \u00a0]+(?:(?:to|for|per)[ \u00a0]+(?:every|each)|(?:a|per)[ \u00a0]+(?:head|person|capita|resident|household|inhabitant|worker|employee|pupil|student|passenger|member)s?)(?![\p{L}])/iu;

/** The most characters read after a figure for its rate: two words and "for every". */
const REACH = 48;

/** Whether the figure ending at `end` of `text` is told as a rate per item (see `PER_ITEM`). */
export function isPerItem(text: string, end: number): boolean {
  return PER_ITEM.test(text.slice(end, end + REACH));
}
