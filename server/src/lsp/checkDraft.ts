import type { FactAnnotation } from '../core/annotations/annotation';
import type { UnknownFactId } from '../core/annotations/citeClaims';
import type { Finding } from '../core/check/finding';
import type { Failure } from '../core/failure';
import type { IncrementalCheck, IncrementalResult, Verdicts } from '../core/check/incrementalCheck';
import type { LineIndex } from '../core/text/lineIndex';
import type { TextLike } from '../core/text/pieceText';
import { StepsWhileCurrent } from '../core/steps';
import type { Settings } from './settings';

/** The outcome of checking one version of an open document. */
export type DraftCheck =
  | {
      checked: true;
      lines: LineIndex;
      /** Made when first read (see `IncrementalResult`); a publication needs only `verdicts`. */
      findings: Finding[];
      verdicts: Verdicts;
      /** The finding at an offset (see `IncrementalResult.findingAt`). */
      findingAt(offset: number): Finding | undefined;
      annotations: FactAnnotation[];
      unknownIds: UnknownFactId[];
      /** What reading or matching left out because it threw (see `Failure`). */
      failures: Failure[];
    }
  | { checked: false; reason: string };

/** A draft's check made a few blocks at a time (see `IncrementalCheck.checkInSteps`). */
export interface DraftCheckInSteps {
  /** Whether no later check of the draft has begun: only then may this one go on. */
  readonly current: boolean;
  /** Reads blocks until `due` says the caller's time is up; the check once every block is read. */
  step(due: () => boolean): DraftCheck | undefined;
}

/**
 * Checks a draft unless it is one a writer would not want checked on every keystroke: over the
 * size limit, or binary. Those are said, never silently skipped. `checker` is the document's own,
 * so that an edit re-reads only the paragraphs it touched.
 */
export function checkDraft(text: TextLike, checker: IncrementalCheck, settings: Settings, lines?: LineIndex): DraftCheck {
  return checkDraftInSteps(text, checker, settings, lines).step(() => false)!;
}

/** `checkDraft`, made a few blocks at a time. */
export function checkDraftInSteps(text: TextLike, checker: IncrementalCheck, settings: Settings, lines?: LineIndex): DraftCheckInSteps {
  const refused = refusal(text, settings);
  if (refused) return { current: true, step: () => refused };
  const steps = checker.checkInSteps(text, lines);
  return new StepsWhileCurrent(
    () => steps.current,
    (due) => {
      const result = steps.step(due);
      return result && new CheckedDraft(result);
    },
  );
}

function refusal(text: TextLike, settings: Settings): DraftCheck | undefined {
  const kb = Math.ceil(text.length / 1024);
  if (kb > settings.maxFileSizeKB) {
    return { checked: false, reason: `Factline did not check this document: ${kb} KB is over factline.maxFileSizeKB (${settings.maxFileSizeKB} KB)` };
  }
  if (text.includes('\0')) return { checked: false, reason: 'Factline did not check this document: it holds binary data (NUL characters)' };
  return undefined;
}

/**
 * A draft checked, whose findings are made when first read. A class, made at every keystroke: an
 * object literal with a getter kept all its closures reached past every scavenge (see `PiecedProse`).
 */
class CheckedDraft {
  readonly checked = true;
  readonly lines: LineIndex;
  readonly verdicts: Verdicts;
  readonly annotations: FactAnnotation[];
  readonly unknownIds: UnknownFactId[];
  readonly failures: Failure[];

  constructor(private readonly result: IncrementalResult) {
    const { prose } = result.reading;
    this.lines = prose.lines;
    this.verdicts = result.verdicts();
    this.annotations = prose.annotations;
    this.unknownIds = result.unknownIds ?? [];
    this.failures = result.failures ?? [];
  }

  get findings(): Finding[] {
    return this.result.findings;
  }

  findingAt(offset: number): Finding | undefined {
    return this.result.findingAt(offset);
  }
}
