#!/usr/bin/env node
import '../node/regexpTiers';
import path = require('path');
import { checkDocument } from '../core/check/checkDocument';
import { failureReason } from '../core/failure';
import { formatOf } from '../core/facts/buildFacts';
import { serializeFactFile } from '../core/facts/factFile';
import { FactBaseProblem, FactContribution, MergedFacts, mergeFactBase } from '../core/facts/mergeFactBase';
import { FactIndex } from '../core/match/factIndex';
import { toDiagnostic, withCitation } from '../convert/toDiagnostic';
import { toUnknownIdDiagnostic } from '../convert/toUnknownIdDiagnostic';
import { bundledContribution } from '../node/bundledFacts';
import { FactCache } from '../node/factCache';
import { loadSource, sourceFromBytes } from '../node/loadSource';
import { readDraft } from '../node/readDraft';
import { sourceNames } from '../node/sourceNames';
import { readArticle, restoreSet, saveSet, SetArticle, StatedArticle, statArticle } from '../node/sourceSet';
import { buildVersion, packageVersion } from '../node/packageRoot';
import { InputError, systemReason } from '../node/readTextFile';
import { Command, parseCommand, USAGE, UsageError } from './args';
import { collectDrafts } from './collectDrafts';
import { errorLine } from './errorLine';
import { refuseSourceAsOut, writeOutFile } from './outFile';
import { formatJson } from './formats/json';
import { DraftReport } from './formats/report';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';

/** Runs one command line; returns the exit code. Output goes only to the given streams, each message to `err` as one line. */
export function run(argv: string[], out: (s: string) => void, errLines: (s: string) => void): number {
  const err = (message: string) => errLines(errorLine(message));
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      return 2;
    }
    throw e;
  }
  try {
    switch (command.name) {
      case 'help':
        out(USAGE + '\n');
        return 0;
      case 'usage':
        errLines(USAGE + '\n');
        return 2;
      case 'version':
        out(packageVersion() + '\n');
        return 0;
      case 'extract':
        return extract(command, out, err);
      case 'check':
        return check(command, out, err);
    }
  } catch (e) {
    if (e instanceof InputError) {
      err(e.message);
      return 2;
    }
    throw e;
  }
}

/**
 * The sources' facts, merged as `mergeFactBase` does. An error in a fact file is bad input (exit 2,
 * naming the file, line and column); warnings (an unknown property, a duplicate id) go to stderr.
 */
function loadFacts(
  files: string[],
  err: (s: string) => void,
  options: { bundled?: FactContribution; relativeTo?: string; cache?: FactCache; read?: readonly SetArticle[]; forIndex?: boolean },
): { loaded: FactContribution[]; merged: MergedFacts } {
  const loaded: FactContribution[] = [];
  const warnings: string[] = [];
  const named = sourceNames(files, (file) => (options.relativeTo ? path.relative(options.relativeTo, file).split(path.sep).join('/') : file));
  named.forEach(({ file, name, prefix }, i) => {
    // Articles read and hashed already (to look for their set in the cache) are not read or hashed again.
    const read = options.read?.[i];
    const source = read?.bytes
      ? sourceFromBytes(file, read.bytes, name, options.cache, { known: read.name === name ? read.key : undefined, forIndex: options.forIndex, prefix })
      : loadSource(file, name, options.cache, { forIndex: options.forIndex, prefix });
    const error = source.problems.find((p) => p.severity === 'error');
    if (error) throw new InputError(problemLine({ ...error, file }));
    warnings.push(...source.problems.map((p) => problemLine({ ...p, file })));
    loaded.push(source);
  });
  const merged = mergeFactBase([...(options.bundled ? [options.bundled] : []), ...loaded]);
  for (const warning of [...warnings, ...merged.problems.map(problemLine)]) err(`warning: ${warning}`);
  return { loaded, merged };
}

/**
 * The index of the sources' facts. With a cache, a set of articles indexed before is restored
 * from it (see `sourceSet`), and a set indexed now is kept there.
 */
function indexSources(files: string[], err: (s: string) => void, bundled: FactContribution | undefined, cache: FactCache | undefined): FactIndex {
  // A kept set vouches for the articles whose stamps are as it kept them: they are not read.
  const named = sourceNames(files);
  const stated = cache ? named.map((source) => statArticle(source)) : [];
  const restored = cache && stated.every((a) => a !== undefined) ? restoreSet(cache, bundled, stated as StatedArticle[]) : undefined;
  if (restored) {
    for (const problem of restored.problems) err(`warning: ${problemLine(problem)}`);
    return restored.index;
  }
  const articles = cache ? named.map((source) => readArticle(cache, source)) : [];
  const known = cache && articles.every((a) => a !== undefined);
  const { loaded, merged } = loadFacts(files, err, { bundled, cache, read: known ? (articles as SetArticle[]) : undefined });
  const index = new FactIndex(merged.sources);
  if (known) saveSet(cache, bundled, articles as SetArticle[], loaded, merged, index);
  return index;
}

function problemLine(p: FactBaseProblem): string {
  return `${p.file}:${p.line + 1}:${p.character + 1}: ${p.message}`;
}

function check(command: Extract<Command, { name: 'check' }>, out: (s: string) => void, err: (s: string) => void): number {
  // Read every input before printing anything: bad input means exit 2 and an empty stdout.
  const cache = command.cache ? FactCache.usable(command.cache, buildVersion(), (reason) => err(`warning: --cache ${command.cache}: ${reason}; checking without a cache`)) : undefined;
  const index = indexSources(command.sources, err, command.bundled ? bundledContribution() : undefined, cache);
  const drafts = collectDrafts(command.files).map((file) => ({ file, text: readDraft(file) }));
  const reports: DraftReport[] = drafts.map(({ file, text }) => {
    const { reading, findings, unknownIds = [], failures = [] } = checkDocument(text, formatOf(file), index);
    const lines = reading.prose.lines;
    for (const failure of failures) {
      const { line, character } = lines.positionAt(failure.start);
      err(`warning: ${file}:${line + 1}:${character + 1}: ${failure.left} left unchecked, as checking them threw (a bug in Factline: please report it): ${failureReason(failure)}`);
    }
    const diagnostics = [
      ...findings.filter((f) => f.verdict === 'mismatch').map((f) => withCitation(toDiagnostic(f, lines), f)),
      ...unknownIds.map((u) => toUnknownIdDiagnostic(u, lines)),
    ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { path: file, findings, diagnostics };
  });
  out(command.format === 'json' ? formatJson(reports) : command.format === 'sarif' ? formatSarif(reports, packageVersion()) : formatText(reports));
  // After the report, which does not wait for it: the process ends when it is done.
  void cache?.sweep();
  return reports.some((r) => r.diagnostics.length) ? 1 : 0;
}

function extract(command: Extract<Command, { name: 'extract' }>, out: (s: string) => void, err: (s: string) => void): number {
  if (command.out) refuseSourceAsOut(command.out, command.files);
  const target = command.out ? path.resolve(command.out) : undefined;
  const facts = loadFacts(command.files, err, { relativeTo: target ? path.dirname(target) : undefined, forIndex: false });
  const json = serializeFactFile(facts.merged.sources);
  if (command.out) writeOutFile(command.out, json);
  else out(json);
  return 0;
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // A reader that has what it wants (`| head`) closes the pipe: stop quietly, as other tools do.
    if (e.code === 'EPIPE') return;
    process.stderr.write(errorLine(`cannot write the output: ${systemReason(e)}`));
    process.exitCode = 2;
  });
  let code: number;
  try {
    code = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  } catch (e) {
    process.stderr.write(`factline: internal error: ${(e as Error).stack ?? e}\n`);
    code = 2;
  }
  process.exitCode = code;
}
