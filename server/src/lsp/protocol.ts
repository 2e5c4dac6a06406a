/**
 * Factline's own messages beside LSP, shared by the server and the VS Code client. Other editors
 * need none of them: everything a writer sees also travels as standard LSP.
 */
import type { Range } from 'vscode-languageserver-types';

/** Server → client after each publish: counts for the status bar. */
export const STATUS_NOTIFICATION = 'factline/status';
export interface StatusParams {
  uri: string;
  version: number;
  mismatches: number;
  verified: number;
  unverified: number;
  /** Why the document was not checked (too large, binary, switched off), if it was not. */
  skipped?: string;
}

/** Client → server: every fact the given document is checked against, with where each stands. */
export const FACT_BASE_REQUEST = 'factline/factBase';
export interface FactBaseParams {
  /** The document whose workspace folder and settings decide the fact base; none: the bundled facts. */
  uri?: string;
  /** Whether to list the facts themselves, or only count them per source (the status bar's tooltip). */
  withFacts?: boolean;
}
export interface FactBaseSummary {
  sources: Array<{ uri: string; title: string; facts: number }>;
  facts: Array<{ id: string; text: string; quote: string; title: string; paragraph: number; uri: string; range: Range }>;
  problems: string[];
}

/** Client → server: forget what was read from disk and check every open document again. */
export const RECHECK_REQUEST = 'factline/recheck';

/** The client command a hover's link and a citation run; the server only writes links to it. */
export const OPEN_SOURCE_COMMAND = 'factline.openSource';
export interface OpenSourceArgs {
  uri: string;
  range: Range;
}
