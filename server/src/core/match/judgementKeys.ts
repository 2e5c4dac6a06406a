import type { TimeAnchor } from '../extract/timeAnchor';
import type { Fact } from '../facts/fact';
import { factJson, parseFactJson } from '../facts/factJson';
import { PackedStrings, packedCount, packedString, packStrings } from '../text/packedStrings';
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
 * Numbers the facts of an index by what judging a claim reads of them, facts alike sharing a number
 * (see `IndexedFact.judgementId`). A restored index takes the numbers kept with it (`kept`), so that
 * a claim is judged against a fact without its source being read: among look-alike sources a claim
 * judges facts of every one, and reading them all was most of a first check. An index built, or
 * restored without them, numbers its facts as they are first judged. A kept key is read when a fact
 * numbered with it is first judged; one that does not read as a key (or a number past the keys)
 * leaves that fact numbered as if none were kept, past the kept ones: looking through a thousand
 * articles' 17,000 keys and 146,000 numbers at a warm start took ~5 ms, where a check reads a few
 * hundred. (That they are the bytes written, the file's digest says.)
 */
export class JudgementKeys {
  private readonly numbering = new Numbering<string>();
  /** By number, what judging reads of the facts so numbered, once read. */
  private readonly judged: JudgedFact[] = [];
  /** Undefined until looked for; null when there are none. */
  private keptKeys: KeptJudgementKeys | null | undefined;
  /** How many keys are kept: the numbers made here come after theirs. */
  private keptCount = 0;
  /** The kept keys that did not read as keys. */
  private unreadable: Set<number> | undefined;

  constructor(private readonly kept?: () => KeptJudgementKeys | undefined) {}

  /** The number of fact `n` (in source order): kept, or found from what `judged` makes of it. */
  idOf(n: number, judged: () => JudgedFact): number {
    const kept = this.keptOnes();
    if (kept && this.readKept(kept, kept.ofFact[n])) return kept.ofFact[n];
    const fact = judged();
    const id = this.keptCount + this.numbering.of(judgementKey(fact));
    this.judged[id] ??= fact;
    return id;
  }

  /** What judging reads of the facts numbered `id` (a number `idOf` gave). */
  judgedOf(id: number): JudgedFact {
    return this.judged[id];
  }

  /** Whether kept key `id` reads as a key (read into `judged` when first asked). */
  private readKept(kept: KeptJudgementKeys, id: number): boolean {
    if (this.judged[id] !== undefined) return true;
    if (id >= this.keptCount || this.unreadable?.has(id)) return false;
    const judged = readJudgementKey(packedString(kept, id));
    if (judged) this.judged[id] = judged;
    else (this.unreadable ??= new Set()).add(id);
    return judged !== undefined;
  }

  private keptOnes(): KeptJudgementKeys | null {
    if (this.keptKeys === undefined) {
      this.keptKeys = this.kept?.() ?? null;
      // Their count as `isKeptJudgementKeys` found it, which the caller asks of them.
      this.keptCount = this.keptKeys ? this.keptKeys.starts.length - 1 : 0;
    }
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
 * Whether `v` holds kept judgement keys of `facts` facts: keys that lie within its bytes, and a
 * number for each fact. Each key is read, and each number checked, when first used (see `JudgementKeys`).
 */
export function isKeptJudgementKeys(v: unknown, facts: number): v is KeptJudgementKeys {
  const k = v as Partial<KeptJudgementKeys> | undefined;
  return packedCount(k) >= 0 && k!.ofFact instanceof Uint32Array && k!.ofFact.length === facts;
}

/** How `judgementKey` opens a key: its kind, its anchor (or none), then the value's JSON. */
const KEY_SHAPE = /^\w+ \w* [[{]/;

/** What judging reads of a fact, from the key `judgementKey` made of it; undefined when `key` is not one. */
function readJudgementKey(key: string): JudgedFact | undefined {
  if (!KEY_SHAPE.test(key)) return undefined;
  // Kinds and anchors are single words: the value's JSON starts after the second space.
  const first = key.indexOf(' ');
  const second = key.indexOf(' ', first + 1);
  const anchor = key.slice(first + 1, second) as TimeAnchor | '';
  let value: Fact['value'];
  try {
    value = parseFactJson(key.slice(second + 1)) as Fact['value'];
  } catch {
    return undefined;
  }
  return { kind: key.slice(0, first) as Fact['kind'], value, ...(anchor ? { anchor } : {}) };
}
