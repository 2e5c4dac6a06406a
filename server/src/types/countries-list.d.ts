declare module 'countries-list/minimal/countries.en.min.json' {
  /** Every ISO 3166-1 country's English name, by its two-letter code. */
  const countryNames: Readonly<Record<string, string>>;
  export default countryNames;
}
