import stem from 'wink-porter2-stemmer';

/** A word of running text with its offsets and its normal form for matching. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, accent-folded, possessive-stripped, stemmed. */
  norm: string;
  stop: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

// Function words carry no frame: they neither identify a claim nor tell two claims apart.
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at by for to from with without into onto upon over under about ' +
    'as than then that this these those there here it its it’s they them their theirs he him his she her hers we us our ' +
    'you your i me my who whom whose which what when where why how is are was were be been being am do does did ' +
    'have has had having will would shall should can could may might must not no also just only very too more most ' +
    'some any all each every both either neither other such own same up down out off again further once ' +
    'if while because until since before after during through between against among per via whether'
  ).split(' '),
);

export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower);
}

const normCache = new Map<string, string>();

export function normalizeWord(text: string): string {
  let norm = normCache.get(text);
  if (norm === undefined) {
    const folded = text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]s?$/, '');
    norm = stem(folded);
    if (normCache.size > 100_000) normCache.clear();
    normCache.set(text, norm);
  }
  return norm;
}

// A word's normal form and stopword flag, by its text: drafts repeat their words, and a megabyte
// of text has some 170,000 of them. The entry's text is the one string every Word of that text
// holds, rather than a string of its own per occurrence.
const lexicon = new Map<string, Pick<Word, 'text' | 'norm' | 'stop'>>();

function lexiconEntry(text: string): Pick<Word, 'text' | 'norm' | 'stop'> {
  let entry = lexicon.get(text);
  if (!entry) {
    entry = { text, norm: normalizeWord(text), stop: isStopword(text.toLowerCase()) };
    if (lexicon.size > 100_000) lexicon.clear();
    lexicon.set(text, entry);
  }
  return entry;
}

export function tokenizeWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const entry = lexiconEntry(m[0]);
    words.push({ start: start + m.index, end: start + m.index + m[0].length, text: entry.text, norm: entry.norm, stop: entry.stop });
  }
  return words;
}
