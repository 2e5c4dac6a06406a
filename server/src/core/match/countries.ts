import countryNames from 'countries-list/minimal/countries.en.min.json';
import { withoutPossessive } from '../extract/findNames';
import { foldName } from '../text/foldName';

// The United Kingdom's nations, which ISO 3166 lists as one country, and the everyday names of two.
const OTHER_NAMES = ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'UK', 'US', 'USA', 'America'];

const COUNTRIES = new Set([...Object.values(countryNames), ...OTHER_NAMES].map((name) => name.split(' ').map(foldName).join(' ')));

/** Whether a place's words (folded, see `foldName`) name a country: "england", "united states", "chile's" (of "Chile's Atacama region"). */
export function isCountry(words: readonly string[]): boolean {
  return COUNTRIES.has(withoutPossessive(words.join(' ')));
}
