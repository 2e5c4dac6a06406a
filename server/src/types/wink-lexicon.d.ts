declare module 'wink-lexicon/src/irregular-verbs.js' {
  /** Every form of the English irregular verbs ("rose", "risen") mapped to its base ("rise"). */
  const irregularVerbs: Readonly<Record<string, string>>;
  export default irregularVerbs;
}
