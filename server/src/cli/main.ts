#!/usr/bin/env node
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../core/check/checkDocument';
import { formatOf, SourceFacts } from '../core/facts/buildFacts';
import { serializeFactFile } from '../core/facts/factFile';
import { FactIndex } from '../core/match/factIndex';
import { toDiagnostic } from '../convert/toDiagnostic';
import { loadBundledFacts } from '../node/bundledFacts';
import { loadSource } from '../node/loadSource';
import { packageVersion } from '../node/packageRoot';
import { InputError, readTextFile } from '../node/readTextFile';
import { Command, parseCommand, USAGE, UsageError } from './args';
import { collectDrafts } from './collectDrafts';
import { formatJson } from './formats/json';
import { DraftReport } from './formats/report';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';


/** Runs one command line; returns the exit code. Output goes only to the given streams. */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`factline: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  try {
    switch (command.name) {
      case 'help':
        out(USAGE + '\n');
        return 0;
      case 'version':
        out(packageVersion() + '\n');
        return 0;
      case 'extract':
        return extract(command, out);
      case 'check':
        return check(command, out);
    }
  } catch (e) {
    if (e instanceof InputError) {
      err(`factline: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function loadSources(files: string[], relativeTo?: string): SourceFacts[] {
  return files.flatMap((file) => {
    const name = relativeTo ? path.relative(relativeTo, file).split(path.sep).join('/') : file;
    const loaded = loadSource(file, name);
    if (loaded.problems.length) {
      const p = loaded.problems[0];
      throw new InputError(`${file}${p.line !== undefined ? `:${p.line + 1}` : ''}: ${p.message}`);
    }
    return loaded.sources;
  });
}

function check(command: Extract<Command, { name: 'check' }>, out: (s: string) => void): number {
  // Read every input before printing anything: bad input means exit 2 and an empty stdout.
  const sources = [...(command.bundled ? loadBundledFacts() : []), ...loadSources(command.sources)];
  const drafts = collectDrafts(command.files).map((file) => ({ file, text: readTextFile(file) }));
  const index = new FactIndex(sources);
  const reports: DraftReport[] = drafts.map(({ file, text }) => {
    const { reading, findings } = checkDocument(text, formatOf(file), index);
    const diagnostics = findings.filter((f) => f.verdict === 'mismatch').map((f) => toDiagnostic(f, reading.prose.lines));
    return { path: file, findings, diagnostics };
  });
  out(command.format === 'json' ? formatJson(reports) : command.format === 'sarif' ? formatSarif(reports, packageVersion()) : formatText(reports));
  return reports.some((r) => r.diagnostics.length) ? 1 : 0;
}

function extract(command: Extract<Command, { name: 'extract' }>, out: (s: string) => void): number {
  const target = command.out ? path.resolve(command.out) : undefined;
  const json = serializeFactFile(loadSources(command.files, target ? path.dirname(target) : undefined));
  if (target) fs.writeFileSync(target, json);
  else out(json);
  return 0;
}

if (require.main === module) {
  let code: number;
  try {
    code = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  } catch (e) {
    process.stderr.write(`factline: internal error: ${(e as Error).stack ?? e}\n`);
    code = 2;
  }
  process.exitCode = code;
}
