import type { TimeAnchor } from '../extract/timeAnchor';
import type { Fact } from '../facts/fact';
import { factJson, parseFactJson } from '../facts/factJson';
import { Numbering } from './numbering';

/** What judging a claim against a fact reads of it: its kind and value, and (a date's) time anchor. */
export interface JudgedFact extends Pick<Fact, 'kind' | 'value'> {
  anchor?: TimeAnchor;
}

/**
 * An index's judgement keys as kept between sessions: the keys one after another in UTF-8 (key `k`
 * from `starts[k]` to `starts[k + 1]` of `text`), and by fact (in source order) the number of its key.
 * Bytes, not a list of strings: a thousand articles' 17,000 keys took ~15 ms of a warm start's first
 * check to parse and look through, which reads a few dozen of them.
 */
export interface KeptJudgementKeys {
  text: Uint8Array;
  starts: Uint32Array;
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
    return (this.judged[id] ??= parseJudgementKey(keptKey(this.keptOnes()!, id)));
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
    const keys = this.keys.values;
    const starts = new Uint32Array(keys.length + 1);
    for (let k = 0; k < keys.length; k++) starts[k + 1] = starts[k] + utf8Length(keys[k]);
    return { text: new TextEncoder().encode(keys.join('')), starts, ofFact: Uint32Array.from(this.ofFact) };
  }
}

/** Key `id` of kept keys. */
function keptKey(kept: KeptJudgementKeys, id: number): string {
  return decoder.decode(kept.text.subarray(kept.starts[id], kept.starts[id + 1]));
}

const decoder = new TextDecoder();

/** How many bytes `text` takes in UTF-8 (a lone surrogate as the three of U+FFFD, as encoders write it). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function parseJudgementKey(key: string): JudgedFact {
  // Kinds and anchors are single words: the value's JSON starts after the second space.
  const first = key.indexOf(' ');
  const second = key.indexOf(' ', first + 1);
  const anchor = key.slice(first + 1, second) as TimeAnchor | '';
  return { kind: key.slice(0, first) as Fact['kind'], value: parseFactJson(key.slice(second + 1)) as Fact['value'], ...(anchor ? { anchor } : {}) };
}
