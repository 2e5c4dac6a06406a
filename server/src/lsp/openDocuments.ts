import type { Position, Range } from 'vscode-languageserver-types';
import { LineIndex } from '../core/text/lineIndex';
import { PieceText } from '../core/text/pieceText';

/** An open document as the editor last sent it. */
export interface SyncedDocument {
  uri: string;
  languageId: string;
  version: number;
  /** In pieces: an edit of a megabyte makes no new megabyte-long string (see `PieceText`). */
  text: PieceText;
  lines: LineIndex;
}

/** One change of `textDocument/didChange`: a range replaced, or (without a range) the whole text. */
export type ContentChange = { range: Range; text: string } | { text: string };

/**
 * The open documents, kept in step with the editor by incremental sync. This does what
 * vscode-languageserver's `TextDocuments` does, but holds each text in pieces: its documents
 * make every edit a new flat string, which on a megabyte costs milliseconds per keystroke.
 */
export class OpenDocuments {
  private readonly documents = new Map<string, SyncedDocument>();

  /** Opens a document; throws a `MalformedSync` for a text that is no string, keeping nothing of it. */
  open(uri: string, languageId: string, version: number, text: string): SyncedDocument {
    if (typeof text !== 'string') throw new MalformedSync(`textDocument/didOpen of ${uri}: its text is ${typeof text}, not a string; not opened`);
    const document = { uri, languageId, version, text: PieceText.of(text), lines: new LineIndex(text) };
    this.documents.set(uri, document);
    return document;
  }

  /**
   * Applies the changes in order; undefined for a document that is not open. A change whose text is
   * no string is a `MalformedSync`, and none of the changes is applied: any text made of it, kept,
   * broke every later request that read the document.
   */
  change(uri: string, version: number, changes: readonly ContentChange[]): SyncedDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const bad = changes.find((change) => typeof change?.text !== 'string');
    if (bad) throw new MalformedSync(`textDocument/didChange of ${uri}: a change's text is ${typeof bad?.text}, not a string; version ${version} not applied`);
    for (const change of changes) {
      if ('range' in change && change.range) {
        const { start, end } = wellFormed(change.range);
        const from = document.lines.offsetAt(start);
        const to = Math.max(from, document.lines.offsetAt(end));
        document.text = document.text.replace(from, to, change.text);
        document.lines = LineIndex.afterEdit(document.lines, document.text, { start: from, endBefore: to, endAfter: from + change.text.length });
      } else {
        document.text = PieceText.of(change.text);
        document.lines = new LineIndex(change.text);
      }
    }
    document.version = version;
    return document;
  }

  close(uri: string): SyncedDocument | undefined {
    const document = this.documents.get(uri);
    this.documents.delete(uri);
    return document;
  }

  get(uri: string): SyncedDocument | undefined {
    return this.documents.get(uri);
  }

  all(): SyncedDocument[] {
    return [...this.documents.values()];
  }
}

/** A range whose end comes before its start is taken the other way round, as editors mean it. */
function wellFormed(range: Range): { start: Position; end: Position } {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** A document notification that cannot be followed: said in the log, and the document left as it was. */
export class MalformedSync extends Error {}
