import { parseArgs } from 'util';

export type OutputFormat = 'text' | 'json' | 'sarif';

export type Command =
  | { name: 'check'; sources: string[]; bundled: boolean; format: OutputFormat; files: string[]; cache?: string }
  | { name: 'extract'; files: string[]; out?: string }
  | { name: 'help' }
  /** No command at all: the usage, as the reason for exit 2. */
  | { name: 'usage' }
  | { name: 'version' };

/** A command line that cannot be run as given: exit 2 with this reason. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  factline check [--source FILE]... [--no-bundled] [--format text|json|sarif] [--cache DIR] FILE...
  factline extract [--out FILE] SOURCE...
  factline --help | --version

check    Checks the figures and dates of each draft (FILE, or the .md/.txt files in a folder)
         against the built-in fact base and every --source (.md, .txt or .facts.json).
         --cache DIR keeps the facts extracted from each source article in DIR, keyed by the
         article's content hash, so later runs skip extracting unchanged articles.
         Exit 0: no mismatches; 1: mismatches found; 2: bad usage or unreadable input.
extract  Prints the fact base of the sources as a fact file (JSON); with --out, writes it there
         (a FILE named *.json, not one of the sources) and names sources relative to it.`;

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (!name) return { name: 'usage' };
  if (name === '--help' || name === '-h' || name === 'help') return { name: 'help' };
  if (name === '--version' || name === '-v') return { name: 'version' };
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        source: { type: 'string', multiple: true, short: 's' },
        'no-bundled': { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        cache: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help && (name === 'check' || name === 'extract')) return { name: 'help' };
  if (name === 'check') {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown --format '${format}' (use text, json or sarif)`);
    if (values.out !== undefined) throw new UsageError('--out belongs to extract');
    if (!positionals.length) throw new UsageError('check needs at least one draft FILE');
    if (values.cache === '') throw new UsageError('--cache needs a folder');
    return { name, sources: values.source ?? [], bundled: !values['no-bundled'], format, files: positionals, ...(values.cache ? { cache: values.cache } : {}) };
  }
  if (name === 'extract') {
    if (values.source || values.format || values['no-bundled'] || values.cache !== undefined) throw new UsageError('extract takes only source files and --out');
    if (!positionals.length) throw new UsageError('extract needs at least one SOURCE');
    // A fact file is *.facts.json: a name of another kind may well be an article it would replace.
    if (values.out !== undefined && !/\.json$/i.test(values.out)) throw new UsageError(`--out '${values.out}': a fact file's name ends in .json (name.facts.json)`);
    return { name, files: positionals, ...(values.out ? { out: values.out } : {}) };
  }
  throw new UsageError(`unknown command '${name}' (use check or extract)`);
}
