import type { FactAnnotation } from '../core/annotations/annotation';
import type { UnknownFactId } from '../core/annotations/citeClaims';
import type { Finding } from '../core/check/finding';
import type { IncrementalCheck, Verdicts } from '../core/check/incrementalCheck';
import type { LineIndex } from '../core/text/lineIndex';
import type { TextLike } from '../core/text/pieceText';
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
    }
  | { checked: false; reason: string };

/**
 * Checks a draft unless it is one a writer would not want checked on every keystroke: over the
 * size limit, or binary. Those are said, never silently skipped. `checker` is the document's own,
 * so that an edit re-reads only the paragraphs it touched.
 */
export function checkDraft(text: TextLike, checker: IncrementalCheck, settings: Settings, lines?: LineIndex): DraftCheck {
  const kb = Math.ceil(text.length / 1024);
  if (kb > settings.maxFileSizeKB) {
    return { checked: false, reason: `Factline did not check this document: ${kb} KB is over factline.maxFileSizeKB (${settings.maxFileSizeKB} KB)` };
  }
  if (text.includes('\0')) return { checked: false, reason: 'Factline did not check this document: it holds binary data (NUL characters)' };
  const result = checker.check(text, lines);
  const { prose } = result.reading;
  return {
    checked: true,
    lines: prose.lines,
    get findings() {
      return result.findings;
    },
    verdicts: result.verdicts(),
    findingAt: (offset) => result.findingAt(offset),
    annotations: prose.annotations,
    unknownIds: result.unknownIds ?? [],
  };
}
