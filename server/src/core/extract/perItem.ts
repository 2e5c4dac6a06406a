/**
 * After a count or an amount, words telling it is a rate per item: "six firefighters to every
 * engine", "£750 for every employee", "about €430 for each of the city's residents", "€12 a head",
 * "€15 per resident", "nearly four launches each". Up to two words of what is counted may come first,
 * and must before an "each" that ends the clause: a measure "each" ("gates of 460 tonnes each") is
 * what each item is. A "per" before a unit of measure or time ("24 cents per mile", "per cent")
 * tells no item, and neither does "a year" or "each year".
 */
const PER_ITEM = /^(?:[ \u00a0]+[\p{L}'’-]+){0,2}?[ \u00a0]+(?:(?:to|for|per)[ \u00a0]+(?:every|each)|(?:a|per)[ \u00a0]+(?:head|person|capita|resident|household|inhabitant|worker|employee|pupil|student|passenger|member)s?)(?![\p{L}])|^(?:[ \u00a0]+[\p{L}'’-]+){1,2}?[ \u00a0]+each(?=[ \u00a0]*(?:[,.;:!?)—–]|$|(?:and|but|or)(?![\p{L}])))/iu;

/** The most characters read after a figure for its rate: two words and "for every". */
const REACH = 48;

/** Whether the figure ending at `end` of `text` is told as a rate per item (see `PER_ITEM`). */
export function isPerItem(text: string, end: number): boolean {
  return PER_ITEM.test(text.slice(end, end + REACH));
}
