import type { TimeAnchor } from '../extract/timeAnchor';
import type { Fact } from '../facts/fact';
import { factJson, parseFactJson } from '../facts/factJson';
import { PackedStrings, packedCount, packedString, packStrings } from '../text/packedStrings';
import { isAsciiDigit, isAsciiLetter } from '../text/words';
import { Numbering } from './numbering';

/** What judging a claim against a fact reads of it: its kind and value, and (a date's) time anchor. */
export interface JudgedFact extends Pick<Fact, 'kind' | 'value'> {
  anchor?: TimeAnchor;
}

/** An index's judgement keys as kept between sessions: the keys packed, and by fact (in source order) the number of its key. */
export interface KeptJudgementKeys extends PackedStrings {
  ofFact: Uint32Array;
}

/**
 * Numbers the facts of an index by what judging a claim against one reads of it, facts alike
 * sharing a number (see `IndexedFact.judgementId`). A restored index takes the numbers kept with it
 * (`kept`), so that a claim is judged against a fact without its source being read: among look-alike
 * sources a claim judges facts of every one, and reading them all was most of a first check. An
 * index built, or restored without them, numbers its facts as they are first judged.
 */
export class JudgementKeys {
  private readonly numbering = new Numbering<string>();
  private readonly judged: JudgedFact[] = [];
  /** Undefined until looked for; null when there are none. */
  private keptKeys: KeptJudgementKeys | null | undefined;

  constructor(private readonly kept?: () => KeptJudgementKeys | undefined) {}

  /** The number of fact `n` (in source order): kept, or found from what `judged` makes of it. */
  idOf(n: number, judged: () => JudgedFact): number {
    const kept = this.keptOnes();
    if (kept) return kept.ofFact[n];
    const fact = judged();
    const id = this.numbering.of(judgementKey(fact));
    this.judged[id] ??= fact;
    return id;
  }

  /** What judging reads of the facts numbered `id`. */
  judgedOf(id: number): JudgedFact {
    return (this.judged[id] ??= parseJudgementKey(packedString(this.keptOnes()!, id)));
  }

  private keptOnes(): KeptJudgementKeys | null {
    if (this.keptKeys === undefined) this.keptKeys = this.kept?.() ?? null;
    return this.keptKeys;
  }
}

/** A fact's judgement key: kind, anchor and value, as `parseJudgementKey` reads it back. */
export function judgementKey(fact: JudgedFact): string {
  return `${fact.kind} ${fact.anchor ?? ''} ${factJson(fact.value)}`;
}

/**
 * The judgement keys of facts given one by one (in source order), each with its time anchor, to be
 * kept with their index: one at a time, so that a hundred thousand can be keyed between other work.
 */
export class JudgementKeysToKeep {
  private readonly keys = new Numbering<string>();
  private readonly ofFact: number[] = [];

  add(fact: JudgedFact): void {
    this.ofFact.push(this.keys.of(judgementKey(fact)));
  }

  kept(): KeptJudgementKeys {
    return { ...packStrings(this.keys.values), ofFact: Uint32Array.from(this.ofFact) };
  }
}

/**
 * Whether `v` holds kept judgement keys of `facts` facts: each key one the index could read (kind
 * and anchor, then the value's JSON), and each fact numbered with one of them.
 */
export function isKeptJudgementKeys(v: unknown, facts: number): v is KeptJudgementKeys {
  const k = v as Partial<KeptJudgementKeys> | undefined;
  const count = packedCount(k);
  if (count < 0 || !(k!.ofFact instanceof Uint32Array) || k!.ofFact.length !== facts) return false;
  const { text, starts, ofFact } = k as KeptJudgementKeys;
  if (!allKeyShaped(text, starts, count)) return false;
  for (let n = 0; n < ofFact.length; n++) if (ofFact[n] >= count) return false;
  return true;
}

/**
 * Whether each of the `count` keys packed in `text` opens as `judgementKey` writes one,
 * /^\w+ \w* [[{]/, read byte by byte. One loop, with no closure made per key: it runs
 * once per warm start, over some 17,000 keys for a thousand articles, before V8 has optimized
 * anything; a helper per key and per word took ~13 ms of a first check there, this ~6.
 */
function allKeyShaped(text: Uint8Array, starts: Uint32Array, count: number): boolean {
  for (let key = 0; key < count; key++) {
    const to = starts[key + 1];
    let at = starts[key];
    while (at < to && isWordByte(text[at])) at++;
    if (at === starts[key] || at >= to || text[at++] !== 0x20) return false;
    while (at < to && isWordByte(text[at])) at++;
    if (at + 1 >= to || text[at] !== 0x20 || (text[at + 1] !== 0x5b && text[at + 1] !== 0x7b)) return false;
  }
  return true;
}

function isWordByte(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x5f;
}

function parseJudgementKey(key: string): JudgedFact {
  // Kinds and anchors are single words: the value's JSON starts after the second space.
  const first = key.indexOf(' ');
  const second = key.indexOf(' ', first + 1);
  const anchor = key.slice(first + 1, second) as TimeAnchor | '';
  return { kind: key.slice(0, first) as Fact['kind'], value: parseFactJson(key.slice(second + 1)) as Fact['value'], ...(anchor ? { anchor } : {}) };
}
