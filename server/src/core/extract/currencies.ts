/** Currency symbols and words as they stand before or after an amount ("32p" too), with their ISO codes. */

export const CURRENCY_PREFIX = /(US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|[$£€¥₹₽₺₩₴₼֏₾]|\b(?:USD|EUR|GBP|JPY|CHF|CNY|RUB|AMD|AZN|GEL|INR|TRY|UAH|CAD|AUD)\s?)$/;

// Joined by a hyphen, as an adjective: "a 20-cent levy", "a 54-pence gap", "a 5-euro fee"; "pound"
// only before a noun of money ("a 650,000-pound loan"), as "a 10-pound turkey" may be a weight.
const MONEY_NOUNS =
  'loan|fund|grant|contract|deal|budget|bill|fine|investment|scheme|project|package|prize|bonus|salary|fee|payment|donation|pledge|appeal|overhaul|refit|repair|upgrade|renovation|restoration|bid|offer|settlement|subsidy|levy|tax|charge|price|cost|deficit|shortfall|surplus|debt|award|contingency|bailout|pay|payout|rise|cut|overspend|endowment|bequest|gift';
export const CURRENCY_WORD_AFTER = new RegExp(
  String.raw`^(?:\s(euro cents?|US cents?|cents?|euros?|dollars?|pounds(?: sterling)?|sterling|pence|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?|drams?|manats?|lari|liras?|hryvnias?|zlotys?|kronor|kroner|krone|krona|crowns?|korun[ay]?|forints?|(?:Canadian|Australian|New Zealand|Hong Kong|Singapore|US) dollars?|USD|EUR|GBP|JPY|CHF|CNY|RUB|AMD|AZN|INR|TRY)|-(cent|pence|penny|euro|dollar|pound(?=[ \u00a0]+(?:${MONEY_NOUNS})s?(?![\p{L}])))|(p))(?![\p{L}\p{N}])`,
  'u',
);

/** The code of plain "cents", of no one currency; and the codes of cents of one. */
const ANY_CENTS = 'XCENT';
const CENTS = new Set(['USX', 'EUX']);

const CODES: Record<string, string> = {
  $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', 'R$': 'BRL',
  '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₩': 'KRW', '₴': 'UAH', '₼': 'AZN', '֏': 'AMD', '₾': 'GEL',
  euro: 'EUR', dollar: 'USD', pound: 'GBP', sterling: 'GBP', 'pound sterling': 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rouble: 'RUB', ruble: 'RUB', franc: 'CHF', dram: 'AMD', manat: 'AZN', lari: 'GEL', lira: 'TRY',
  hryvnia: 'UAH', zloty: 'PLN', kronor: 'SEK', kroner: 'NOK', krone: 'NOK', krona: 'SEK', koruna: 'CZK', korun: 'CZK', koruny: 'CZK', forint: 'HUF',
  'canadian dollar': 'CAD', 'australian dollar': 'AUD', 'new zealand dollar': 'NZD', 'hong kong dollar': 'HKD', 'singapore dollar': 'SGD', 'us dollar': 'USD',
  // "Crowns" is the English of several currencies (the Swedish, Norwegian, Danish, Czech, Icelandic): an article's own.
  crown: 'XCROWN',
  // Pence ("21.5p", "32 pence") and cents are money of their own: a share price in pence is no sum
  // in pounds. Markets write US cents USX; euro cents have no code of their own and take EUX. Plain
  // "cents" are whichever the article's are (see `sameCurrency`).
  p: 'GBX', pence: 'GBX', penny: 'GBX', cent: ANY_CENTS, 'euro cent': 'EUX', 'us cent': 'USX',
};

/** Whether two currency codes may be one currency: the same, or plain cents and a currency's cents ("75 cents" in an article in euros). */
export function sameCurrency(a: string, b: string): boolean {
  return a === b || (a === ANY_CENTS && CENTS.has(b)) || (b === ANY_CENTS && CENTS.has(a));
}

/** Each code of cents or pence with the currency it is the hundredth of; plain "cents" are of any currency written in cents. */
const HUNDREDTH_OF: Record<string, ReadonlySet<string>> = {
  GBX: new Set(['GBP']),
  USX: new Set(['USD']),
  EUX: new Set(['EUR']),
  [ANY_CENTS]: new Set(['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']),
};

/**
 * What an amount in currency `b` is multiplied by to be told in `a`, where one is the other's cents
 * or pence: 100 for "15 cents" against €0.10, 0.01 for "£0.44" against 44p; undefined otherwise.
 */
export function centsFactor(a: string, b: string): number | undefined {
  if (HUNDREDTH_OF[a]?.has(b)) return 100;
  return HUNDREDTH_OF[b]?.has(a) ? 0.01 : undefined;
}

/** ISO code of a symbol, code or currency word as written ("€", "euros", "USD "). */
export function currencyCode(written: string): string {
  const w = written.trim();
  if (/^[A-Z]{3}$/.test(w)) return w;
  const lower = w.toLowerCase().replace(/s$/, '').replace(/s sterling$/, ' sterling');
  return CODES[w] ?? CODES[lower] ?? w.toUpperCase();
}
