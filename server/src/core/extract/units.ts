/**
 * Units of measure written after a figure ("380 km", "236 miles", "a 7.12-metre record"). A writer
 * converting a source's units restates its figure in other numbers: 236 miles is the source's
 * 380 km, and only a unit read with the figure keeps that from being flagged as a wrong figure
 * (and "fixed" to "380 miles").
 */
/**
 * The key a percentage written in points keeps ("2.4 percentage points"): a difference of two
 * percentages, which no share in per cent restates. No unit of measure: it converts to nothing.
 */
export const PERCENTAGE_POINTS = 'pp';

/**
 * The key a multiple keeps ("tripled", "sevenfold", "twice", "three times"): how many times another
 * amount it is, which only another multiple restates. No unit of measure either.
 */
export const MULTIPLE = 'x';

/** A figure's unit of measure, if it has one: not points or a multiple, which tell how it is told. */
export function measureUnit(unit: string | undefined): string | undefined {
  return unit === PERCENTAGE_POINTS || unit === MULTIPLE ? undefined : unit;
}

export type Dimension = 'length' | 'mass' | 'area' | 'volume' | 'speed' | 'power' | 'energy' | 'bitrate' | 'data' | 'celsius' | 'fahrenheit';

export interface MeasureUnit {
  /** The key a fact keeps (`value.number.unit`). */
  key: string;
  dimension: Dimension;
  /** How many of its dimension's base unit (metre, gram, square metre, litre, km/h, watt, watt-hour, bit per second, byte) one of it is. */
  factor: number;
  /** Miles and feet are a writer's conversion of kilometres and metres; kilometres for metres, a slip. */
  imperial?: boolean;
  /** Nautical miles and knots: converted to either of the other systems, never a slip of scale of one. */
  nautical?: boolean;
  /** Written short ("km"); none for a unit only ever written out ("mile"). */
  abbreviation?: string;
  /** Written out, British spelling, singular and plural ("kilometre", "kilometres"). */
  singular: string;
  plural: string;
}

/** Other ways to write a unit: short forms beside its abbreviation, and words beside its own. */
interface UnitForms extends MeasureUnit {
  shortForms?: string[];
  words?: string[];
}

const UNITS: UnitForms[] = [
  { key: 'mm', dimension: 'length', factor: 0.001, abbreviation: 'mm', singular: 'millimetre', plural: 'millimetres' },
  { key: 'cm', dimension: 'length', factor: 0.01, abbreviation: 'cm', singular: 'centimetre', plural: 'centimetres' },
  { key: 'm', dimension: 'length', factor: 1, abbreviation: 'm', singular: 'metre', plural: 'metres' },
  { key: 'km', dimension: 'length', factor: 1000, abbreviation: 'km', singular: 'kilometre', plural: 'kilometres' },
  { key: 'ft', dimension: 'length', factor: 0.3048, imperial: true, abbreviation: 'ft', singular: 'foot', plural: 'feet' },
  { key: 'mi', dimension: 'length', factor: 1609.344, imperial: true, singular: 'mile', plural: 'miles' },
  { key: 'yd', dimension: 'length', factor: 0.9144, imperial: true, singular: 'yard', plural: 'yards' },
  // No "in" after a space: it is a word before it is an inch. Run on ("31in"), it is an inch (see `unitAfter`).
  { key: 'in', dimension: 'length', factor: 0.0254, imperial: true, singular: 'inch', plural: 'inches' },
  // At sea and in the air: "6.5 nautical miles (about 12 km, 7.5 miles)".
  { key: 'nmi', dimension: 'length', factor: 1852, nautical: true, abbreviation: 'nmi', singular: 'nautical mile', plural: 'nautical miles' },
  { key: 'g', dimension: 'mass', factor: 1, abbreviation: 'g', singular: 'gram', plural: 'grams', words: ['gramme', 'grammes'] },
  { key: 'kg', dimension: 'mass', factor: 1000, abbreviation: 'kg', singular: 'kilogram', plural: 'kilograms', words: ['kilogramme', 'kilogrammes', 'kilo', 'kilos'] },
  // Tons are taken for tonnes: news copy uses both for the same figure, a tenth apart at most (and
  // `findNumbers` keeps the US short ton as a second reading).
  { key: 't', dimension: 'mass', factor: 1e6, singular: 'tonne', plural: 'tonnes', words: ['ton', 'tons', 'metric ton', 'metric tons'] },
  { key: 'lb', dimension: 'mass', factor: 453.592, imperial: true, abbreviation: 'lb', singular: 'lb', plural: 'lb', shortForms: ['lbs'] },
  { key: 'oz', dimension: 'mass', factor: 28.349523125, imperial: true, abbreviation: 'oz', singular: 'ounce', plural: 'ounces' },
  { key: 'm2', dimension: 'area', factor: 1, abbreviation: 'sq m', singular: 'square metre', plural: 'square metres', shortForms: ['m²', 'm2'] },
  { key: 'km2', dimension: 'area', factor: 1e6, abbreviation: 'sq km', singular: 'square kilometre', plural: 'square kilometres', shortForms: ['km²', 'km2'] },
  { key: 'mi2', dimension: 'area', factor: 2_589_988, imperial: true, abbreviation: 'sq mi', singular: 'square mile', plural: 'square miles' },
  { key: 'ft2', dimension: 'area', factor: 0.09290304, imperial: true, abbreviation: 'sq ft', singular: 'square foot', plural: 'square feet', shortForms: ['ft²', 'ft2'] },
  { key: 'ha', dimension: 'area', factor: 1e4, abbreviation: 'ha', singular: 'hectare', plural: 'hectares' },
  { key: 'acre', dimension: 'area', factor: 4046.86, imperial: true, singular: 'acre', plural: 'acres' },
  { key: 'l', dimension: 'volume', factor: 1, singular: 'litre', plural: 'litres' },
  { key: 'ml', dimension: 'volume', factor: 0.001, abbreviation: 'ml', singular: 'millilitre', plural: 'millilitres' },
  // The US gallon: the imperial one (4.546 litres) is rare in news copy now.
  { key: 'gal', dimension: 'volume', factor: 3.785411784, imperial: true, singular: 'gallon', plural: 'gallons' },
  { key: 'm3', dimension: 'volume', factor: 1000, abbreviation: 'cu m', singular: 'cubic metre', plural: 'cubic metres', shortForms: ['m³', 'm3'] },
  // Earth moved and concrete poured, in American copy: "1.8 million cubic yards".
  { key: 'yd3', dimension: 'volume', factor: 764.554857984, imperial: true, singular: 'cubic yard', plural: 'cubic yards' },
  { key: 'kmh', dimension: 'speed', factor: 1, abbreviation: 'km/h', singular: 'kilometre per hour', plural: 'kilometres per hour', shortForms: ['kph', 'kmh', 'km/hr'] },
  { key: 'mph', dimension: 'speed', factor: 1.609344, imperial: true, abbreviation: 'mph', singular: 'mile per hour', plural: 'miles per hour' },
  { key: 'kn', dimension: 'speed', factor: 1.852, nautical: true, singular: 'knot', plural: 'knots' },
  // Currents, winds and projectiles in science copy: "4.2 metres per second, or about 8 knots".
  { key: 'ms', dimension: 'speed', factor: 3.6, abbreviation: 'm/s', singular: 'metre per second', plural: 'metres per second' },
  // Power plants, wind farms and data centres in MW and GW, energy in kWh to TWh: a writer converts
  // between them ("1.4GW" for 1,400 megawatts). No bare "W" or "Wh": "5 W" is as often west.
  { key: 'kW', dimension: 'power', factor: 1e3, abbreviation: 'kW', singular: 'kilowatt', plural: 'kilowatts' },
  { key: 'MW', dimension: 'power', factor: 1e6, abbreviation: 'MW', singular: 'megawatt', plural: 'megawatts' },
  { key: 'GW', dimension: 'power', factor: 1e9, abbreviation: 'GW', singular: 'gigawatt', plural: 'gigawatts' },
  { key: 'kWh', dimension: 'energy', factor: 1e3, abbreviation: 'kWh', singular: 'kilowatt-hour', plural: 'kilowatt-hours', words: ['kilowatt hour', 'kilowatt hours'] },
  { key: 'MWh', dimension: 'energy', factor: 1e6, abbreviation: 'MWh', singular: 'megawatt-hour', plural: 'megawatt-hours', words: ['megawatt hour', 'megawatt hours'] },
  { key: 'GWh', dimension: 'energy', factor: 1e9, abbreviation: 'GWh', singular: 'gigawatt-hour', plural: 'gigawatt-hours', words: ['gigawatt hour', 'gigawatt hours'] },
  { key: 'TWh', dimension: 'energy', factor: 1e12, abbreviation: 'TWh', singular: 'terawatt-hour', plural: 'terawatt-hours', words: ['terawatt hour', 'terawatt hours'] },
  // Links and cables in Mbps to Tbps: "12.3Mbps" restates "12.3 megabits per second".
  { key: 'kbps', dimension: 'bitrate', factor: 1e3, abbreviation: 'kbps', singular: 'kilobit per second', plural: 'kilobits per second', shortForms: ['kbit/s', 'kb/s'] },
  { key: 'Mbps', dimension: 'bitrate', factor: 1e6, abbreviation: 'Mbps', singular: 'megabit per second', plural: 'megabits per second', shortForms: ['Mbit/s', 'Mb/s'] },
  { key: 'Gbps', dimension: 'bitrate', factor: 1e9, abbreviation: 'Gbps', singular: 'gigabit per second', plural: 'gigabits per second', shortForms: ['Gbit/s', 'Gb/s'] },
  { key: 'Tbps', dimension: 'bitrate', factor: 1e12, abbreviation: 'Tbps', singular: 'terabit per second', plural: 'terabits per second', shortForms: ['Tbit/s', 'Tb/s'] },
  // Stolen or stored data in MB to PB: "1.2 gigabytes" is no restatement of 1.2 terabytes. Decimal,
  // as news copy and storage makers count them.
  { key: 'kB', dimension: 'data', factor: 1e3, abbreviation: 'KB', singular: 'kilobyte', plural: 'kilobytes', shortForms: ['kB'] },
  { key: 'MB', dimension: 'data', factor: 1e6, abbreviation: 'MB', singular: 'megabyte', plural: 'megabytes' },
  { key: 'GB', dimension: 'data', factor: 1e9, abbreviation: 'GB', singular: 'gigabyte', plural: 'gigabytes' },
  { key: 'TB', dimension: 'data', factor: 1e12, abbreviation: 'TB', singular: 'terabyte', plural: 'terabytes' },
  { key: 'PB', dimension: 'data', factor: 1e15, abbreviation: 'PB', singular: 'petabyte', plural: 'petabytes' },
  // Temperatures are not converted (the scales do not share a zero): each compares only with itself,
  // but for a conversion written beside its figure ("33.8 C (92.8 F)", see `otherScale`).
  // "33.8C" without its degree sign is one only in a sentence that speaks of temperature (see `degreesRunOn`).
  // The scale's name alone names its degrees: "minus 17 Celsius, or about 1 Fahrenheit".
  { key: 'C', dimension: 'celsius', factor: 1, abbreviation: '°C', singular: 'degree Celsius', plural: 'degrees Celsius', shortForms: ['ºC', '° C'], words: ['celsius', 'centigrade', 'degrees centigrade', 'degree centigrade'] },
  { key: 'F', dimension: 'fahrenheit', factor: 1, abbreviation: '°F', singular: 'degree Fahrenheit', plural: 'degrees Fahrenheit', shortForms: ['ºF', '° F'], words: ['fahrenheit'] },
];

const BY_KEY = new Map(UNITS.map((u) => [u.key, u]));

/** The unit a fact's key names, if Factline knows it. */
export function unitOf(key: string): MeasureUnit | undefined {
  return BY_KEY.get(key);
}

/** The system of measures a unit is of: a writer converts between systems, and slips of scale within one. */
export function systemOf(unit: MeasureUnit): 'metric' | 'imperial' | 'nautical' {
  return unit.nautical ? 'nautical' : unit.imperial ? 'imperial' : 'metric';
}

/** Whether a unit is a temperature's, whose scales share no zero with anything. */
export function isTemperature(unit: MeasureUnit): boolean {
  return unit.dimension === 'celsius' || unit.dimension === 'fahrenheit';
}

/** Whether two units are the two scales of temperature, which convert only as `otherScale` reads them. */
export function inOtherScales(a: MeasureUnit, b: MeasureUnit): boolean {
  return isTemperature(a) && isTemperature(b) && a.dimension !== b.dimension;
}

/**
 * A temperature in one scale read in the other, both ways a writer converts it: as a reading (33.8°C
 * is 92.8°F) and as a difference of readings (2.1°C warmer is 3.8°F warmer). Undefined unless `from`
 * and `to` are the two scales.
 */
export function otherScale(value: number, from: MeasureUnit, to: MeasureUnit): { reading: number; difference: number } | undefined {
  if (!inOtherScales(from, to)) return undefined;
  return from.dimension === 'celsius' ? { reading: (value * 9) / 5 + 32, difference: (value * 9) / 5 } : { reading: ((value - 32) * 5) / 9, difference: (value * 5) / 9 };
}

/** Every key a fact's `value.number.unit` may hold: the units of measure, and percentage points. */
export const UNIT_KEYS: readonly string[] = [...UNITS.map((u) => u.key), PERCENTAGE_POINTS];

/** By written form: abbreviations as written (case counts: "M" is millions), words in lower case. */
const SHORT = new Map<string, UnitForms>();
const WORDS = new Map<string, UnitForms>();
for (const unit of UNITS) {
  for (const form of [unit.abbreviation, ...(unit.shortForms ?? [])]) if (form) SHORT.set(form, unit);
  // "76 sq miles", "120 square km": an area's two ways of writing mixed.
  const mixed = unit.abbreviation?.startsWith('sq ') ? [...[unit.singular, unit.plural].map((word) => word.replace(/^square /, 'sq ')), unit.abbreviation.replace(/^sq /, 'square ')] : [];
  for (const word of [unit.singular, unit.plural, ...mixed, ...(unit.words ?? [])]) WORDS.set(word.toLowerCase(), unit);
  // "meter", "liter": American spelling.
  for (const word of [unit.singular, unit.plural, ...mixed]) if (/(?:metre|litre)/.test(word)) WORDS.set(americanSpelling(word), unit);
}
// "a 129,000-square-foot hall": a unit of two words joined as one adjective.
for (const [word, unit] of [...WORDS]) if (word.includes(' ')) WORDS.set(word.replace(/ /g, '-'), unit);

const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
// A space (or none, for a short form), or a hyphen before a word ("a 7.12-metre record"); then the
// unit, which no letter or digit may continue.
const SHORT_AFTER = new RegExp(`^[ \\u00a0]?(${[...SHORT.keys()].sort(byLength).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
// Matched against the text in lower case, not with the `i` flag: V8 took ~12 ms to compile this
// pattern case-insensitively (every letter of some hundred words folded through Unicode's cases), at
// the first figure of every start, against ~0.5 ms as it is.
const WORD_AFTER = new RegExp(`^([ \\u00a0]|-)(${[...WORDS.keys()].sort(byLength).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** A unit as written after a figure: the unit, and the text from the figure's end to the unit's. */
export interface WrittenUnit {
  unit: MeasureUnit;
  written: string;
}

/** The unit that `rest` (the text right after a figure) starts with, if any. */
export function unitAfter(rest: string): WrittenUnit | undefined {
  // A unit's words are ASCII, whose lower case keeps every offset; so does any text they match.
  const word = WORD_AFTER.exec(rest.toLowerCase());
  if (word) return { unit: WORDS.get(word[2])!, written: rest.slice(0, word[0].length) };
  const short = SHORT_AFTER.exec(rest);
  if (short) return { unit: SHORT.get(short[1])!, written: short[0] };
  return INCHES_RUN_ON.test(rest) ? { unit: BY_KEY.get('in')!, written: 'in' } : undefined;
}

/** "31in": the word "in" never touches a figure. */
const INCHES_RUN_ON = /^in(?![\p{L}\p{N}])/u;

const RUN_ON_DEGREES = /[ \u00a0]?([CF])(?![\p{L}\p{N}])/uy;
/** "minus" or a minus sign before a figure; before a temperature, a hyphen too ("-2C"). */
const MINUS_BEFORE = /(?<![\p{L}])minus[ \u00a0]*$/iu;
const MINUS_OR_HYPHEN_BEFORE = /(?:minus[ \u00a0]*|[-−])$/i;
const TEMPERATURE_WORDS = new Set(
  'temperature temperatures degree degrees heat heated heatwave hot hotter hottest warm warmed warming warmer warmest cool cooled cooling cooler coolest cold colder coldest chill chilly frost freezing thermometer thermometers celsius fahrenheit mercury minus zero'.split(' '),
);

/** Whether a sentence (its words) speaks of temperature, so that a "C" after a figure may be Celsius. */
export function speaksOfTemperature(words: readonly { lower: string }[]): boolean {
  for (const w of words) if (TEMPERATURE_WORDS.has(w.lower)) return true;
  return false;
}

/**
 * The sign written before a temperature at `from` ("minus ", or "-" or "−" after a space, as in
 * "-2C"), as the draft wrote it; undefined for none, and for a hyphen or minus sign after a letter
 * or a digit, which joins a range or a name ("5-10C"): `belowZero` still says such a figure is no figure.
 */
export function temperatureSign(text: string, from: number, sentenceStart: number): string | undefined {
  const sign = MINUS_OR_HYPHEN_BEFORE.exec(text.slice(Math.max(sentenceStart, from - 8), from))?.[0];
  if (sign !== '-' && sign !== '\u2212') return sign;
  return signsFigure(text, from, sentenceStart) ? sign : undefined;
}

/**
 * Whether the hyphen or minus sign right before the figure at `from` signs it: with no letter or
 * digit before it ("-2C", "(−5)"), where after one it joins a range or a name ("5-10C", "COVID-19").
 */
function signsFigure(text: string, from: number, sentenceStart: number): boolean {
  return from - 1 === sentenceStart || !LETTER_OR_DIGIT.test(text.charAt(from - 2));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Celsius or Fahrenheit after a figure without a degree sign ("reached 33.8C", "temperatures of 2
 * C"), as British papers write it; asked only in a sentence that speaks of temperature (elsewhere
 * "2C" and "Group 1C" are names). `to` is where the figure ends in `text`.
 */
export function degreesRunOn(text: string, to: number): WrittenUnit | undefined {
  const c = text.charCodeAt(to);
  if (c !== 0x43 && c !== 0x46 && c !== 0x20 && c !== 0xa0) return undefined;
  RUN_ON_DEGREES.lastIndex = to;
  const unit = RUN_ON_DEGREES.exec(text);
  return unit ? { unit: BY_KEY.get(unit[1])!, written: unit[0] } : undefined;
}

/**
 * Whether the figure at `from` is below zero, by the text of its sentence before it: "minus 10 F",
 * or "−5" and "-0.3" where no letter or digit stands before the sign, for any figure ("2020-21",
 * "5−10" are ranges, "COVID-19" a name), and "-2C" for a `temperature` anywhere. Only a
 * temperature's sign is read (see `temperatureSign`): any other figure so written is no figure at
 * all, where it was one without its sign, and its fix left the sign before a figure above zero.
 * Asked of every figure: a character is read before any pattern.
 */
export function belowZero(text: string, from: number, sentenceStart: number, temperature = false): boolean {
  if (from <= sentenceStart) return false;
  if (temperature) return MINUS_OR_HYPHEN_BEFORE.test(text.slice(Math.max(sentenceStart, from - 8), from));
  const c = text.charCodeAt(from - 1);
  if (c === 0x2212 || c === 0x2d) return signsFigure(text, from, sentenceStart);
  const mayFollowMinus = (c === 0x20 || c === 0xa0) && (text.charCodeAt(from - 2) | 0x20) === 0x73;
  return mayFollowMinus && MINUS_BEFORE.test(text.slice(Math.max(sentenceStart, from - 7), from));
}

/**
 * `unit` written the way `like` (a unit as a draft wrote it after its figure) is: the same joiner,
 * short or written out, American spelling if `like` has it, plural unless one or joined by a hyphen.
 * A figure whose unit is written after another ("30 to 50 cm") has none of its own to copy: the
 * unit's abbreviation, after a space, is the commonest way.
 */
export function writeUnitLike(unit: MeasureUnit, like: string, value: number): string {
  if (!like) return ` ${unit.abbreviation ?? (value === 1 ? unit.singular : unit.plural)}`;
  const joiner = /^[ \u00a0-]/.test(like) ? like[0] : '';
  const form = like.slice(joiner.length);
  if (SHORT.has(form) && !WORDS.has(form.toLowerCase()) && unit.abbreviation) {
    // Run on only as "5km" or "40°C" are: "5m" would read as five million.
    const runOn = /^(?:[a-z]{2,}|°\w)$/.test(unit.abbreviation);
    return (joiner === '-' || !(joiner || runOn) ? ' ' : joiner) + unit.abbreviation;
  }
  const word = joiner === '-' || value === 1 ? unit.singular : unit.plural;
  const spelled = /meter|liter/i.test(form) ? americanSpelling(word) : word;
  const capital = form[0] !== form[0].toLowerCase();
  return (joiner || ' ') + (capital ? spelled[0].toUpperCase() + spelled.slice(1) : spelled);
}

function americanSpelling(word: string): string {
  return word.replace(/metre/g, 'meter').replace(/litre/g, 'liter');
}
