import { findNodeAtLocation, getNodeValue, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { SourceFacts } from './buildFacts';
import type { Fact } from './fact';

/** A fact file (`*.facts.json`): the facts of one or more sources, as `factline extract` writes them. */
export interface FactFile {
  version: 1;
  sources: Array<{ file: string; title: string; date?: string }>;
  facts: Fact[];
}

/** A problem in a fact file, with the line (0-based) it stands on when known. */
export interface FactFileProblem {
  message: string;
  line?: number;
  character?: number;
}

export function serializeFactFile(sources: SourceFacts[]): string {
  const file: FactFile = {
    version: 1,
    sources: sources.map((s) => ({
      file: s.file,
      title: s.title,
      ...(s.date ? { date: `${s.date.year}-${String(s.date.month).padStart(2, '0')}-${String(s.date.day).padStart(2, '0')}` } : {}),
    })),
    facts: sources.flatMap((s) => s.facts),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

const KINDS = new Set(['count', 'percent', 'money', 'ordinal', 'year', 'date', 'duration', 'time']);

/**
 * Reads a fact file, keeping every valid fact: one malformed fact is reported (at its line) and
 * skipped, never the whole file. Facts are grouped by the source file they name.
 */
export function parseFactFile(text: string): { sources: SourceFacts[]; problems: FactFileProblem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = (before.match(/\n/g) ?? []).length;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  if (errors.length || !tree) {
    const e = errors[0];
    return { sources: [], problems: [{ message: `not valid JSON: ${e ? printParseErrorCode(e.error) : 'empty file'}`, ...(e ? at(e.offset) : { line: 0 }) }] };
  }
  const factsNode = findNodeAtLocation(tree, ['facts']);
  if (tree.type !== 'object' || factsNode?.type !== 'array') {
    return { sources: [], problems: [{ message: 'a fact file is an object with a "facts" array', line: 0 }] };
  }
  const data = getNodeValue(tree) as Record<string, any>;
  const titles = new Map<string, string>();
  if (Array.isArray(data.sources)) {
    for (const s of data.sources) if (isObject(s) && typeof s.file === 'string' && typeof s.title === 'string') titles.set(s.file, s.title);
  }
  const problems: FactFileProblem[] = [];
  const bySource = new Map<string, SourceFacts>();
  (factsNode.children ?? []).forEach((node, i) => {
    const raw: unknown = getNodeValue(node);
    const problem = factProblem(raw);
    if (problem) {
      const name = isObject(raw) && typeof raw.id === 'string' ? ` (${raw.id})` : '';
      problems.push({ message: `fact #${i + 1}${name}: ${problem}`, ...at(node.offset) });
      return;
    }
    const fact = raw as Fact;
    let source = bySource.get(fact.source.file);
    if (!source) bySource.set(fact.source.file, (source = { file: fact.source.file, title: titles.get(fact.source.file) ?? fact.source.title, facts: [] }));
    source.facts.push(fact);
  });
  return { sources: [...bySource.values()], problems };
}

function factProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return 'not an object';
  if (typeof raw.id !== 'string' || !raw.id) return '"id" must be a non-empty string';
  if (typeof raw.kind !== 'string' || !KINDS.has(raw.kind)) return `"kind" must be one of ${[...KINDS].join(', ')}`;
  if (!isObject(raw.value)) return '"value" must be an object';
  const v = raw.value;
  if (v.number !== undefined && !(isObject(v.number) && Array.isArray(v.number.values) && v.number.values.every((x: unknown) => typeof x === 'number') && typeof v.number.precision === 'number')) {
    return '"value.number" needs "values" (numbers) and "precision"';
  }
  if (v.date !== undefined && !isObject(v.date)) return '"value.date" must be an object';
  if (v.duration !== undefined && !(isObject(v.duration) && typeof v.duration.amount === 'number' && typeof v.duration.unit === 'string')) {
    return '"value.duration" needs "amount" and "unit"';
  }
  if (v.number === undefined && v.date === undefined && v.duration === undefined) return '"value" needs "number", "date" or "duration"';
  if (typeof raw.text !== 'string' || typeof raw.quote !== 'string') return '"text" and "quote" must be strings';
  if (typeof raw.quoteOffset !== 'number') return '"quoteOffset" must be a number';
  const s = raw.source;
  if (!isObject(s) || typeof s.file !== 'string' || typeof s.paragraph !== 'number' || !isObject(s.range)) return '"source" needs "file", "paragraph" and "range"';
  return undefined;
}

function isObject(x: unknown): x is Record<string, any> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
