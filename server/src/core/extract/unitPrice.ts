import { hedgedStart, type Mention } from './mention';
import { unitAfter } from './units';

/** The unit a price is reckoned per, as written right after its amount: " a pound", " per litre", "/kg". */
export interface WrittenUnitPrice {
  /** The unit's key (see `MeasureUnit.key`). */
  unit: string;
  /** The words as written, from the amount's end. */
  written: string;
}

/** Before the unit: "a", "an", "per", "each", or a slash. Sticky: read where an amount ends. */
const PER_BEFORE = /[ \u00a0]*\/[ \u00a0]*|[ \u00a0]+(?:a|an|per|each)[ \u00a0]+/iuy;
/** "a pound" after an amount is a price per pound weight: the currency is the amount's own. */
const POUND = /^pounds?(?![\p{L}])/iu;

/** The unit `text` gives a price whose amount ends at `at` as reckoned per, if it gives one right there: "$4.38 a pound", "24 cents a mile". */
export function unitPriceAfter(text: string, at: number): WrittenUnitPrice | undefined {
  PER_BEFORE.lastIndex = at;
  const per = PER_BEFORE.exec(text);
  if (!per) return undefined;
  const from = at + per[0].length;
  const rest = text.slice(from, from + MOST_UNIT);
  const pound = POUND.exec(rest);
  if (pound) return { unit: 'lb', written: per[0] + pound[0] };
  // `unitAfter` reads what follows a figure, a space before a unit's word.
  const found = unitAfter(` ${rest}`);
  return found && found.unit.dimension !== 'celsius' && found.unit.dimension !== 'fahrenheit' ? { unit: found.unit.key, written: per[0] + found.written.slice(1) } : undefined;
}

/** The most characters a unit's words take ("square kilometres"). */
const MOST_UNIT = 24;

/**
 * What links a price per unit to the same price per another unit after it: ", or", "(", a dash;
 * ", or" after a few words of where or when without a figure ("$4.38 a pound on the Westbrook
 * Commodities Exchange, or about $9.66 a kilogram").
 */
const CONVERSION_LINK = /^(?:(?:[ \u00a0]+(?:on|at|in)(?:[ \u00a0]+[\p{L}'’&-]+){1,5})?,?[ \u00a0]+or[ \u00a0]+|[ \u00a0]*\([ \u00a0]*|[ \u00a0]*[—–][ \u00a0]*)$/u;

/** Whether `price`, a price per unit right after `before`, another, gives it again per another unit: "$4.38 a pound, or about $9.66 a kilogram". */
export function convertsPrice(text: string, before: Mention, price: Mention): boolean {
  if (!before.unitPrice || !price.unitPrice || before.unitPrice.unit === price.unitPrice.unit) return false;
  return CONVERSION_LINK.test(text.slice(before.end + before.unitPrice.written.length, hedgedStart(price)));
}
