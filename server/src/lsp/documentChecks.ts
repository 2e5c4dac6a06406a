import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding } from '../core/check/finding';
import { failureReason } from '../core/failure';
import { IncrementalCheck } from '../core/check/incrementalCheck';
import type { FactIndex } from '../core/match/factIndex';
import type { DocumentFormat } from '../core/text/prose';
import type { LineIndex } from '../core/text/lineIndex';
import type { TextLike } from '../core/text/pieceText';
import { textEdit } from '../core/text/textEdit';
import { DocumentDiagnostics } from '../convert/toDiagnostic';
import { toUnknownIdDiagnostic } from '../convert/toUnknownIdDiagnostic';
import { TimeSlices } from '../node/timeSlices';
import { checkDraft, checkDraftInSteps, DraftCheck } from './checkDraft';
import type { StatusParams } from './protocol';
import type { ServerTrace } from './serverTrace';
import { Settings, severityOf } from './settings';

/** How long a mismatch on the figure being typed waits, so `1`, `15`, `130,000` does not flash warnings. */
export const TYPING_HOLD_MS = 1000;

/** From how many diagnostics a publication's JSON is made ahead, in slices (see `publishInSlices`); a megabyte's 650 are made with the rest of the check's last step. */
const ENCODE_AHEAD_FROM = 2000;

export interface OpenDocument {
  text: TextLike;
  /** The text's line index, if kept: the check then need not make its own. */
  lines?: LineIndex;
  version: number;
  format: DocumentFormat;
}

export interface CheckContext {
  index: FactIndex;
  settings: Settings;
}

/** What the checks need from the editor connection; the server wires it, tests may fake it. */
export interface DocumentChecksHost {
  document(uri: string): OpenDocument | undefined;
  /** Settings and facts for a document; resolves only once its configuration has been read. */
  contextFor(uri: string): Promise<CheckContext>;
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[], status?: StatusParams): void;
  /**
   * Makes a diagnostic's JSON now, where the transport keeps it for when the diagnostic is
   * published (see `diagnosticsWriter`): a large publication is made ahead in slices.
   */
  encodeAhead?(diagnostic: Diagnostic): void;
  error(message: string): void;
  /** Whether the client takes a diagnostic's `relatedInformation` (see `toDiagnostic`); true unless said. */
  relatedInformation?: boolean;
  /** Where the time from a text's arrival to its diagnostics is said, when the client traces the server. */
  trace?: ServerTrace;
}

export interface CheckedVersion {
  version: number;
  check: DraftCheck;
  context: CheckContext;
}

/** A publication made, to be sent. */
interface Publication {
  uri: string;
  state: DocumentState;
  /** Its number among the document's publications made (see `DocumentState.publications`). */
  number: number;
  version: number;
  diagnostics: Diagnostic[];
  status: StatusParams;
}

interface DocumentState {
  text: TextLike;
  /** Cancels the scheduled check. */
  cancel?: () => void;
  holdTimer?: ReturnType<typeof setTimeout>;
  /** Bumped by every schedule: a check that started under an older one is dropped. */
  generation: number;
  /** Where the latest edit left text (offsets in the latest version), and when. */
  lastEdit?: { start: number; end: number; at: number };
  result?: CheckedVersion;
  /** How many publications were made of the document: one made later than another is sent instead of it. */
  publications: number;
  /** Keeps the document's per-paragraph results between versions, for one format and fact index. */
  checker?: IncrementalCheck;
  diagnostics: DocumentDiagnostics;
  /** For the trace: when the latest text arrived, on the trace's clock, and how long its check took; unset once said. */
  arrivedAt?: number;
  checkMs?: number;
  /** The failures logged (see `logFailures`), by `left` and `failureReason`. */
  logged?: Set<string>;
}

/**
 * When each open document is checked and what is published: debounced after edits, at once on open
 * and on rechecks, never for a superseded version, and holding back a mismatch on the figure
 * under the cursor until typing pauses.
 */
export class DocumentChecks {
  private readonly states = new Map<string, DocumentState>();

  constructor(
    private readonly host: DocumentChecksHost,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * A document was opened or edited; `debounceMs` is 0 for a fresh open. `arrivedAt` is when its
   * text came in, on the clock of the host's trace (now, if not given).
   */
  changed(uri: string, text: TextLike, debounceMs: number, arrivedAt = this.host.trace?.now()): void {
    let state = this.states.get(uri);
    if (!state) {
      this.states.set(uri, (state = { text, generation: 0, publications: 0, diagnostics: new DocumentDiagnostics(this.host.relatedInformation !== false) }));
      debounceMs = 0;
    } else {
      const edit = textEdit(state.text, text);
      state.lastEdit = { start: edit.start, end: edit.endAfter, at: this.now() };
      state.text = text;
    }
    state.arrivedAt = arrivedAt;
    this.schedule(uri, state, debounceMs);
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (state) {
      state.cancel?.();
      clearTimeout(state.holdTimer);
      this.states.delete(uri);
    }
    this.host.publish(uri, undefined, []);
  }

  /** Checks every open document again at once (settings or sources changed). */
  recheckAll(): void {
    for (const [uri, state] of this.states) this.schedule(uri, state, 0);
  }

  /**
   * Whether the writer has paused: every open document is checked in its current version and none
   * was edited in the last `ms`.
   */
  pausedFor(ms: number): boolean {
    const now = this.now();
    for (const [uri, state] of this.states) {
      if (state.result?.version !== this.host.document(uri)?.version) return false;
      if (state.lastEdit && now - state.lastEdit.at < ms) return false;
    }
    return true;
  }

  openUris(): string[] {
    return [...this.states.keys()];
  }

  /** Whether the document's current version has been checked (against whatever facts were ready). */
  hasCurrent(uri: string): boolean {
    const version = this.host.document(uri)?.version;
    return version !== undefined && this.states.get(uri)?.result?.version === version;
  }

  /**
   * Whether a long check of the document (a first one, read a slice at a time) is under way or was
   * given up for a newer version, whose check goes on from it: a request then gets an empty answer
   * rather than waiting for, or making, the rest of the check.
   */
  checking(uri: string): boolean {
    return !!this.states.get(uri)?.checker?.unfinished;
  }

  /** The check of the document's current version, made now if the debounced one has not run yet. */
  async current(uri: string): Promise<CheckedVersion | undefined> {
    const doc = this.host.document(uri);
    const state = this.states.get(uri);
    if (!doc || !state) return undefined;
    if (state.result?.version === doc.version) return state.result;
    const context = await this.host.contextFor(uri);
    const now = this.host.document(uri);
    if (!now || now.version !== doc.version) return undefined;
    if (state.result?.version !== doc.version) state.result = this.checkVersion(state, doc, context);
    return state.result;
  }

  private schedule(uri: string, state: DocumentState, delay: number): void {
    state.cancel?.();
    const generation = ++state.generation;
    state.cancel = delay > 0 ? after(delay, () => void this.run(uri, generation)) : soon(() => void this.run(uri, generation));
  }

  private async run(uri: string, generation: number): Promise<void> {
    const stillCurrent = () => this.states.get(uri)?.generation === generation;
    try {
      const context = await this.host.contextFor(uri);
      const doc = this.host.document(uri);
      const state = this.states.get(uri);
      if (!doc || !state || !stillCurrent()) return;
      if (state.result?.version !== doc.version || state.result.context !== context) {
        const result = await this.checkInSlices(state, doc, context, stillCurrent);
        if (!result) return;
        state.result = result;
        this.logFailures(uri, state, result.check);
      }
      await this.publishInSlices(uri, stillCurrent);
    } catch (e) {
      this.host.error(`checking ${uri} failed: ${(e as Error).stack ?? e}`);
      // Never leave diagnostics of an older text standing over a failed check.
      if (stillCurrent()) this.host.publish(uri, this.host.document(uri)?.version, []);
    }
  }

  /**
   * Logs what a check left out because reading or matching it threw: a bug, which the rest of the
   * draft's check survives. Each once for the document, not at every keystroke that keeps or reads
   * its block again: told by what threw where, not by the whole stack, which is of the way there.
   */
  private logFailures(uri: string, state: DocumentState, check: DraftCheck): void {
    if (!check.checked) return;
    for (const failure of check.failures) {
      const key = `${failure.left}\n${failureReason(failure)}`;
      if (state.logged?.has(key)) continue;
      (state.logged ??= new Set()).add(key);
      const line = check.lines.positionAt(failure.start).line + 1;
      this.host.error(`checking ${uri}: ${failure.left} left unchecked at line ${line}, as checking them threw (a bug in Factline: please report it): ${failure.error}`);
    }
  }

  /**
   * Checks a version a slice of time at a time (see `TimeSlices`), handing the event loop back between
   * slices: a first check of a draft of megabytes takes seconds, and edits and requests are answered
   * meanwhile; a keystroke's check reads the blocks it touched in one step. Gives
   * up (undefined) for a newer version, whose check finds the blocks read so far; takes the check a
   * request made meanwhile of the same version.
   */
  private async checkInSlices(state: DocumentState, doc: OpenDocument, context: CheckContext, stillCurrent: () => boolean): Promise<CheckedVersion | undefined> {
    const started = this.host.trace?.now();
    const steps = checkDraftInSteps(doc.text, this.checkerFor(state, doc, context), context.settings, doc.lines);
    const slices = new TimeSlices();
    let check: DraftCheck | undefined;
    while (!(check = steps.step(() => slices.due))) {
      await slices.next();
      if (!stillCurrent()) return undefined;
      if (!steps.current) return state.result?.version === doc.version && state.result.context === context ? state.result : undefined;
    }
    if (started !== undefined) state.checkMs = this.host.trace!.now() - started;
    return { version: doc.version, check, context };
  }

  private publish(uri: string): void {
    const publication = this.publicationOf(uri);
    if (publication) this.send(publication);
  }

  /**
   * `publish`, the JSON of a publication with many diagnostics new made a slice of time at a time
   * first (`encodeAhead`): the first publication of a draft of ten megabytes, 6,600 diagnostics,
   * took 150-320 ms to write at once. Given up for a newer version meanwhile, or for a publication
   * made meanwhile (a mismatch held back while typing, released).
   */
  private async publishInSlices(uri: string, stillCurrent: () => boolean): Promise<void> {
    const publication = this.publicationOf(uri);
    if (!publication) return;
    const { encodeAhead } = this.host;
    if (encodeAhead && publication.diagnostics.length >= ENCODE_AHEAD_FROM) {
      const slices = new TimeSlices();
      for (const diagnostic of publication.diagnostics) {
        encodeAhead(diagnostic);
        if (slices.due) {
          await slices.next();
          if (!stillCurrent() || publication.number !== publication.state.publications) return;
        }
      }
    }
    this.send(publication);
  }

  /** What the document's current check publishes; undefined when that is not the current version's. */
  private publicationOf(uri: string): Publication | undefined {
    const state = this.states.get(uri);
    const doc = this.host.document(uri);
    const result = state?.result;
    if (!state || !doc || !result || result.version !== doc.version) return undefined;
    clearTimeout(state.holdTimer);
    const { check, version } = result;
    if (!check.checked) {
      const diagnostic: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'factline', code: 'not-checked', message: check.reason };
      return { uri, state, number: ++state.publications, version, diagnostics: [diagnostic], status: { uri, version, mismatches: 0, verified: 0, unverified: 0, skipped: check.reason } };
    }
    const { mismatches, moves, verified, unverified } = check.verdicts;
    const held = this.heldBack(state, mismatches, moves);
    if (held.size) {
      const wait = state.lastEdit!.at + TYPING_HOLD_MS - this.now();
      state.holdTimer = setTimeout(() => this.publish(uri), Math.max(0, wait));
    }
    const severity = severityOf(result.context.settings);
    const shown = state.diagnostics.of(mismatches, moves, check.lines, severity, held);
    const diagnostics = check.unknownIds.length ? [...shown, ...check.unknownIds.map((u) => toUnknownIdDiagnostic(u, check.lines, severity))] : shown;
    return { uri, state, number: ++state.publications, version, diagnostics, status: { uri, version, mismatches: diagnostics.length - check.unknownIds.length, verified, unverified } };
  }

  private send({ uri, state, version, diagnostics, status }: Publication): void {
    this.host.publish(uri, version, diagnostics, status);
    this.traceArrival(state, uri, version, diagnostics.length);
  }

  private checkVersion(state: DocumentState, doc: OpenDocument, context: CheckContext): CheckedVersion {
    const started = this.host.trace?.now();
    const result = { version: doc.version, check: checkDraft(doc.text, this.checkerFor(state, doc, context), context.settings, doc.lines), context };
    if (started !== undefined) state.checkMs = this.host.trace!.now() - started;
    return result;
  }

  /** The document's checker for this fact index and format: a new one when either changed. */
  private checkerFor(state: DocumentState, doc: OpenDocument, context: CheckContext): IncrementalCheck {
    if (state.checker?.index !== context.index || state.checker.format !== doc.format) state.checker = new IncrementalCheck(doc.format, context.index);
    return state.checker;
  }

  /** Says once per text how long it took from its arrival to its diagnostics (a held-back mismatch published later is not a new text). */
  private traceArrival(state: DocumentState, uri: string, version: number, count: number): void {
    const { trace } = this.host;
    if (!trace || state.arrivedAt === undefined) return;
    const check = state.checkMs === undefined ? '' : `, the check ${state.checkMs.toFixed(2)} ms`;
    trace.since(state.arrivedAt, `published ${count} diagnostic${count === 1 ? '' : 's'} for ${uri} version ${version}`, `from the text's arrival (any debounce and wait for the fact base included)${check}`);
    state.arrivedAt = undefined;
    state.checkMs = undefined;
  }

  /** The numbers of the mismatches on the figure the latest edit is still touching, while typing has not paused. */
  private heldBack(state: DocumentState, mismatches: readonly Finding[], moves: readonly number[]): Set<number> {
    const held = new Set<number>();
    const edit = state.lastEdit;
    if (!edit || this.now() - edit.at >= TYPING_HOLD_MS) return held;
    mismatches.forEach((f, i) => {
      if (f.claim.start + moves[i] <= edit.end && f.claim.end + moves[i] >= edit.start) held.add(i);
    });
    return held;
  }
}

function after(delay: number, run: () => void): () => void {
  const timer = setTimeout(run, delay);
  return () => clearTimeout(timer);
}

/**
 * At once, but after the message the connection handles next: it handles one per turn of the event
 * loop, so a burst of edits already received is checked once, at its end. (`setTimeout` would wait
 * at least a millisecond, a fifth of a keystroke's budget on a 100 KB draft.)
 */
function soon(run: () => void): () => void {
  let cancelled = false;
  setImmediate(() =>
    setImmediate(() => {
      if (!cancelled) run();
    }),
  );
  return () => (cancelled = true);
}
