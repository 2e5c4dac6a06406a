import { findNodeAtLocation, getNodeValue, Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { CalendarDate, daysInMonth, isoDate, MONTHS } from '../calendar';
import type { MentionKind } from '../extract/mention';
import { isTemperature, UNIT_KEYS, unitOf } from '../extract/units';
import { FINEST_PRECISION, isWritableFigure, MAX_DECIMALS, WRITABLE_BOUND } from '../extract/writableFigure';
import { isRange, LineIndex, Range } from '../text/lineIndex';
import type { SourceFacts } from './buildFacts';
import { closestIds } from './closestIds';
import { DateParts, Fact, FACT_KINDS, FactValue } from './fact';
import { parseFactValue } from './parseFactValue';

/**
 * A fact file (`*.facts.json`): the facts of one or more sources, as `factline extract` writes them
 * or a writer curates them. Besides complete facts, an entry can amend a fact that another source
 * states (an entry without `source`: new value, quote, aliases or note) or silence it
 * (`"silence": true`). `facts/facts.schema.json` describes the same format for editors.
 */
export interface FactFile {
  version: 1;
  sources: Array<{ file?: string; url?: string; title: string; date?: string }>;
  facts: object[];
}

export type FactFileProblemCode =
  | 'invalid-json'
  | 'invalid-fact-file'
  | 'invalid-fact'
  | 'unknown-property'
  | 'duplicate-fact-id'
  | 'unknown-fact-id'
  | 'source-not-found'
  | 'quote-not-found'
  /** In an article: a sentence whose reading threw, its facts left out (see `Failure`). */
  | 'unread-sentence';

/** A problem in a fact file, at the exact place that is wrong. */
export interface FactFileProblem {
  code: FactFileProblemCode;
  /** An error leaves a fact (or the whole file) out; a warning keeps it. */
  severity: 'error' | 'warning';
  message: string;
  /** LSP range in the fact file. */
  range: Range;
  /** `range.start`, for line-oriented reports (`file:line:col`). */
  line: number;
  character: number;
}

/** An id as an entry of a fact file writes it: `range` covers the id's string, quotes included. */
export interface FactReference {
  id: string;
  range: Range;
}

/** What an entry without `source` sets on the fact of that id, which another source states. */
export type FactChanges = Partial<Pick<Fact, 'kind' | 'text' | 'value' | 'subject' | 'quote' | 'quoteOffset' | 'aliases' | 'note'>>;

export interface FactAmendment extends FactReference {
  changes: FactChanges;
}

export interface ParsedFactFile {
  /** Complete facts, grouped by the source they cite (the article path as written, or the URL). */
  sources: SourceFacts[];
  amendments: FactAmendment[];
  silenced: FactReference[];
  /** Facts that name their article but no range in it: a loader finds them there by their quote. */
  unplaced: Fact[];
  problems: FactFileProblem[];
}

/** A fact file listing the facts of the given sources (what `factline extract` writes). */
export function serializeFactFile(sources: SourceFacts[]): string {
  const file: FactFile = {
    version: 1,
    sources: sources.map((s) => ({
      file: s.file,
      title: s.title,
      ...(s.date ? { date: isoDate(s.date) } : {}),
    })),
    facts: sources.flatMap((s) => s.facts.map(entryOf)),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** A fact as a fact file lists it: only the fields of the format, in a fixed order. */
function entryOf(f: Fact): object {
  const { file, url, title, paragraph, range } = f.source;
  return {
    id: f.id,
    kind: f.kind,
    text: f.text,
    value: f.value,
    subject: f.subject,
    ...(f.aliases?.length ? { aliases: f.aliases } : {}),
    quote: f.quote,
    quoteOffset: f.quoteOffset,
    source: { ...(url ? { url } : { file }), title, paragraph, range },
    ...(f.derived ? { derived: f.derived } : {}),
    ...(f.note ? { note: f.note } : {}),
  };
}

const TOP_LEVEL = ['$schema', 'version', 'sources', 'facts'];
const ENTRY = ['id', 'kind', 'value', 'text', 'subject', 'aliases', 'quote', 'quoteOffset', 'source', 'derived', 'note', 'silence'];
const SOURCE_ENTRY = ['file', 'url', 'title', 'date'];
const FACT_SOURCE = ['file', 'url', 'title', 'paragraph', 'range'];

/**
 * Reads a fact file, keeping every fact it can: each problem is reported at the place that is
 * wrong (a syntax error, the property with a bad value, the entry that lacks one) and leaves out
 * at most its own fact. `file` is the fact file's path as facts should name it: `declaredAt`
 * points there, and so does the source of a fact from a URL.
 */
export function parseFactFile(text: string, file = ''): ParsedFactFile {
  const reader = new FactFileReader(text, file);
  return reader.read();
}

interface SourceInfo {
  title: string;
  date?: CalendarDate;
}

class FactFileReader {
  private readonly lines: LineIndex;
  private readonly problems: FactFileProblem[] = [];
  private readonly bySource = new Map<string, SourceFacts>();
  private readonly sourceInfo = new Map<string, SourceInfo>();
  private readonly amendments: FactAmendment[] = [];
  private readonly silenced: FactReference[] = [];
  private readonly unplaced: Fact[] = [];

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.lines = new LineIndex(text);
  }

  read(): ParsedFactFile {
    // jsonc-parser recurses once per level: a file nested thousands deep would overflow the stack.
    const tooDeep = tooDeeplyNested(this.text);
    if (tooDeep !== undefined) {
      this.problem('invalid-fact-file', 'error', `nested more than ${MAX_NESTING} levels deep; not a fact file`, tooDeep, 1);
      return this.result();
    }
    const errors: ParseError[] = [];
    const tree = parseTree(this.text, errors, { allowTrailingComma: false, disallowComments: true });
    // jsonc-parser recovers from syntax errors: report each, and keep what it could read.
    for (const e of errors) this.problem('invalid-json', 'error', `not valid JSON: ${describeParseError(e)}`, e.offset, e.length);
    if (!tree) {
      if (!errors.length) this.problem('invalid-json', 'error', 'not valid JSON: the file is empty', 0, 0);
      return this.result();
    }
    if (tree.type !== 'object') {
      this.problem('invalid-fact-file', 'error', 'a fact file is an object with a "facts" array', tree.offset, tree.length);
      return this.result();
    }
    this.unknownProperties(tree, TOP_LEVEL, 'a fact file');
    const version = findNodeAtLocation(tree, ['version']);
    if (version && version.value !== 1) this.problemAt(version, 'invalid-fact-file', 'error', '"version" must be 1');
    const sources = findNodeAtLocation(tree, ['sources']);
    if (sources) this.readSources(sources);
    const facts = findNodeAtLocation(tree, ['facts']);
    if (facts?.type !== 'array') {
      const where = facts ?? tree;
      this.problem('invalid-fact-file', 'error', 'a fact file is an object with a "facts" array', where.offset, facts ? facts.length : 1);
      return this.result();
    }
    (facts.children ?? []).forEach((node, i) => this.readEntry(node, i));
    return this.result();
  }

  private result(): ParsedFactFile {
    return { sources: [...this.bySource.values()], amendments: this.amendments, silenced: this.silenced, unplaced: this.unplaced, problems: this.problems };
  }

  private readSources(node: Node): void {
    if (node.type !== 'array') return this.problemAt(node, 'invalid-fact-file', 'error', '"sources" must be an array');
    for (const entry of node.children ?? []) {
      if (entry.type !== 'object') {
        this.problemAt(entry, 'invalid-fact-file', 'error', 'a source is an object with "file" (or "url") and "title"');
        continue;
      }
      this.unknownProperties(entry, SOURCE_ENTRY, 'a source');
      const where = stringAt(entry, 'file') ?? stringAt(entry, 'url');
      const title = stringAt(entry, 'title');
      if (where === undefined || title === undefined) {
        this.problemAt(entry, 'invalid-fact-file', 'error', 'a source needs "file" (or "url") and "title" strings');
        continue;
      }
      const dateNode = findNodeAtLocation(entry, ['date']);
      const date = dateNode ? parseIsoDate(dateNode.value) : undefined;
      if (dateNode && !date) this.problemAt(dateNode, 'invalid-fact-file', 'error', '"date" must be a date written YYYY-MM-DD');
      this.sourceInfo.set(where, { title, ...(date ? { date } : {}) });
    }
  }

  private readEntry(node: Node, index: number): void {
    const label = `fact #${index + 1}`;
    if (node.type !== 'object') return this.problemAt(node, 'invalid-fact', 'error', `${label}: a fact is an object`);
    const idNode = findNodeAtLocation(node, ['id']);
    if (idNode?.type !== 'string' || !/^\S+$/.test(idNode.value)) {
      return this.problemAt(idNode ?? node, 'invalid-fact', 'error', `${label}: "id" must be a non-empty string without spaces`, !idNode);
    }
    const id: string = idNode.value;
    const named = `${label} (${id})`;
    this.unknownProperties(node, ENTRY, named);
    const reference = { id, range: this.rangeOfNode(idNode) };
    const silence = findNodeAtLocation(node, ['silence']);
    if (silence) {
      if (silence.value !== true) return this.problemAt(silence, 'invalid-fact', 'error', `${named}: "silence" can only be true (leave it out to keep the fact)`);
      this.silenced.push(reference);
      return;
    }
    const fields = this.readFields(node, named);
    if (!fields) return;
    const sourceNode = findNodeAtLocation(node, ['source']);
    if (!sourceNode) {
      if (!Object.keys(fields).length) {
        return this.problemAt(node, 'invalid-fact', 'error', `${named}: an entry without "source" amends a fact of another source, so it needs "value", "quote", "aliases" or "note" (or "silence": true)`, true);
      }
      this.amendments.push({ ...reference, changes: fields });
      return;
    }
    // readFields gives a value with its kind and text, or none.
    if (!fields.value || !fields.kind || fields.text === undefined) {
      return this.problemAt(node, 'invalid-fact', 'error', `${named}: a fact with a "source" needs "value"`, true);
    }
    const source = this.readFactSource(sourceNode, named, reference.range);
    if (!source) return;
    const quote = fields.quote ?? '';
    const fact: Fact = {
      id,
      kind: fields.kind,
      text: fields.text,
      value: fields.value,
      // A hand-written fact says what it is about through its aliases, or else its id.
      subject: fields.subject ?? fields.aliases?.[0] ?? id.slice(id.lastIndexOf('/') + 1).replace(/-/g, ' '),
      ...(fields.aliases ? { aliases: fields.aliases } : {}),
      quote,
      quoteOffset: fields.quoteOffset ?? Math.max(0, quote.indexOf(fields.text)),
      source: source.source,
      ...(stringAt(node, 'derived') !== undefined ? { derived: stringAt(node, 'derived') } : {}),
      ...(fields.note !== undefined ? { note: fields.note } : {}),
      declaredAt: { file: this.file, range: reference.range },
    };
    if (!source.placed) this.unplaced.push(fact);
    // Facts from pages outside the workspace are grouped by their URL, articles by their path.
    const key = source.page ? fact.source.url! : fact.source.file;
    let group = this.bySource.get(key);
    if (!group) {
      const info = this.sourceInfo.get(key);
      this.bySource.set(key, (group = { file: key, title: info?.title ?? fact.source.title, ...(info?.date ? { date: info.date } : {}), facts: [] }));
    }
    group.facts.push(fact);
  }

  /** The fields an entry sets besides `id` and `source`; undefined (and a problem) when one is malformed. */
  private readFields(node: Node, named: string): FactChanges | undefined {
    const fields: FactChanges = {};
    const kindNode = findNodeAtLocation(node, ['kind']);
    if (kindNode) {
      if (!(FACT_KINDS as readonly unknown[]).includes(kindNode.value)) {
        return this.problemAt(kindNode, 'invalid-fact', 'error', `${named}: "kind" must be one of ${FACT_KINDS.join(', ')}`);
      }
      fields.kind = kindNode.value as MentionKind;
    }
    const valueNode = findNodeAtLocation(node, ['value']);
    if (valueNode?.type === 'string') {
      const sourceKey = stringAt(node, 'source', 'file') ?? stringAt(node, 'source', 'url');
      const read = parseFactValue(valueNode.value, fields.kind, sourceKey ? this.sourceInfo.get(sourceKey)?.date : undefined);
      if ('error' in read) return this.problemAt(valueNode, 'invalid-fact', 'error', `${named}: "value" ${read.error}`);
      Object.assign(fields, read);
    } else if (valueNode) {
      const problem = structuredValueProblem(plainValue(valueNode));
      if (problem) return this.problemAt(valueNode, 'invalid-fact', 'error', `${named}: ${problem}`);
      if (!fields.kind) return this.problemAt(valueNode, 'invalid-fact', 'error', `${named}: a "value" written as an object needs "kind"`);
      fields.value = plainValue(valueNode) as FactValue;
    }
    for (const key of ['text', 'subject', 'quote', 'note'] as const) {
      const at = findNodeAtLocation(node, [key]);
      if (!at) continue;
      if (at.type !== 'string') return this.problemAt(at, 'invalid-fact', 'error', `${named}: "${key}" must be a string`);
      fields[key] = at.value;
    }
    if (fields.value && fields.text === undefined) return this.problemAt(valueNode!, 'invalid-fact', 'error', `${named}: a "value" written as an object needs "text", the value as the source writes it`);
    const aliases = findNodeAtLocation(node, ['aliases']);
    if (aliases) {
      const list = plainValue(aliases);
      if (!Array.isArray(list) || !list.every((a) => typeof a === 'string' && a.trim())) {
        return this.problemAt(aliases, 'invalid-fact', 'error', `${named}: "aliases" must be an array of words or phrases`);
      }
      fields.aliases = list;
    }
    const offset = findNodeAtLocation(node, ['quoteOffset']);
    if (offset) {
      const quoteLength = (fields.quote ?? '').length;
      if (!Number.isInteger(offset.value) || offset.value < 0 || offset.value > quoteLength) {
        return this.problemAt(offset, 'invalid-fact', 'error', `${named}: "quoteOffset" must be where the value starts in "quote" (0 to ${quoteLength})`);
      }
      fields.quoteOffset = offset.value;
    }
    return fields;
  }

  /** Where a fact stands: an article (`file`, with `range` when known) or a page outside the workspace (`url`). */
  private readFactSource(node: Node, named: string, idRange: Range): { source: Fact['source']; placed: boolean; page: boolean } | undefined {
    if (node.type !== 'object') return this.problemAt(node, 'invalid-fact', 'error', `${named}: "source" must be an object with "file" or "url"`);
    this.unknownProperties(node, FACT_SOURCE, `${named} "source"`);
    const file = stringAt(node, 'file');
    const url = stringAt(node, 'url');
    if (file === undefined && url === undefined) return this.problemAt(node, 'invalid-fact', 'error', `${named}: "source" needs "file" (an article) or "url" (a page outside the workspace)`);
    const title = stringAt(node, 'title') ?? this.sourceInfo.get((file ?? url)!)?.title;
    if (title === undefined) return this.problemAt(node, 'invalid-fact', 'error', `${named}: "source" needs "title" (or a "sources" entry for it)`);
    const paragraphNode = findNodeAtLocation(node, ['paragraph']);
    if (paragraphNode && !(Number.isInteger(paragraphNode.value) && paragraphNode.value >= 0)) {
      return this.problemAt(paragraphNode, 'invalid-fact', 'error', `${named}: "paragraph" must be a paragraph number (1 for the first; 0 for a heading)`);
    }
    const rangeNode = findNodeAtLocation(node, ['range']);
    const range = rangeNode ? plainValue(rangeNode) : undefined;
    if (range !== undefined && !isRange(range)) {
      return this.problemAt(rangeNode!, 'invalid-fact', 'error', `${named}: "range" must be {"start": {"line", "character"}, "end": {…}} (0-based)`);
    }
    const paragraph: number = paragraphNode?.value ?? 0;
    // A page outside the workspace cannot be opened at the fact: its entry here stands for it.
    if (file === undefined) return { source: { file: this.file, url, title, paragraph, range: idRange }, placed: true, page: true };
    const where = range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { source: { file, ...(url ? { url } : {}), title, paragraph, range: where }, placed: !!range, page: false };
  }

  private unknownProperties(node: Node, known: string[], what: string): void {
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key || known.includes(key.value)) continue;
      const [suggestion] = closestIds(key.value, known, 1);
      this.problemAt(key, 'unknown-property', 'warning', `${what}: unknown property "${key.value}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; it is ignored`);
    }
  }

  /** Reports a problem on a node (or, with `opening`, on an object's opening brace only). Returns undefined for `return this.problemAt(…)`. */
  private problemAt(node: Node, code: FactFileProblemCode, severity: FactFileProblem['severity'], message: string, opening = false): undefined {
    this.problem(code, severity, message, node.offset, opening ? 1 : node.length);
    return undefined;
  }

  private problem(code: FactFileProblemCode, severity: FactFileProblem['severity'], message: string, offset: number, length: number): void {
    const range = this.lines.rangeOf(offset, offset + length);
    this.problems.push({ code, severity, message, range, line: range.start.line, character: range.start.character });
  }

  private rangeOfNode(node: Node): Range {
    return this.lines.rangeOf(node.offset, node.offset + node.length);
  }
}

/** How deep a fact file's brackets may nest: a valid one nests six levels (a fact's `source.range.start`). */
export const MAX_NESTING = 64;

/** The offset of the first `[` or `{` nested deeper than `MAX_NESTING`, outside strings; undefined if none is. */
function tooDeeplyNested(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

function describeParseError(e: ParseError): string {
  // "CommaExpected" → "comma expected"
  return printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** A node's value as plain JSON data (jsonc-parser builds objects without a prototype). */
function plainValue(node: Node): unknown {
  return JSON.parse(JSON.stringify(getNodeValue(node)));
}

function stringAt(node: Node, ...path: string[]): string | undefined {
  const at = findNodeAtLocation(node, path);
  return at?.type === 'string' ? at.value : undefined;
}

function parseIsoDate(value: unknown): CalendarDate | undefined {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : undefined;
}

/** What is wrong with a value written as extract writes it (`{"number": {"values": […], "precision": 1}}`). */
function structuredValueProblem(v: unknown): string | undefined {
  if (!isObject(v)) return '"value" must be a figure or date as text ("120,000", "1 January 2024") or an object';
  if (v.number !== undefined && !(isObject(v.number) && Array.isArray(v.number.values) && v.number.values.length && v.number.values.every((x: unknown) => typeof x === 'number') && typeof v.number.precision === 'number')) {
    return '"value.number" needs "values" (numbers) and "precision"';
  }
  if (v.number && v.number.values.length > MAX_READINGS) return `"value.number.values" holds at most ${MAX_READINGS} readings of one figure`;
  if (v.number && !v.number.values.every(isWritableFigure)) return `"value.number.values" must be figures below ${WRITABLE_BOUND} in size`;
  if (v.number && !(v.number.precision >= FINEST_PRECISION && isWritableFigure(v.number.precision))) return `"value.number.precision" must be a step from ${FINEST_PRECISION} (${MAX_DECIMALS} decimals) to below ${WRITABLE_BOUND}`;
  if (v.number?.difference !== undefined && v.number.difference !== true) return '"value.number.difference" must be true, or left out';
  if (v.number?.range !== undefined && !(Array.isArray(v.number.range) && v.number.range.length === 2 && v.number.range[0] < v.number.range[1] && v.number.range.includes(v.number.values[0]))) {
    return '"value.number.range" must be the two ends of a range, low then high, one of them the figure\'s own value, or left out';
  }
  if (v.number?.unit !== undefined && !UNIT_KEYS.includes(v.number.unit)) return `"value.number.unit" must be one of ${UNIT_KEYS.map((k) => `"${k}"`).join(', ')}`;
  if (v.number && !mayBeBelowZero(v.number.unit) && v.number.values.some((x: number) => x < 0)) {
    return `"value.number.values" must be 0 or above: only a temperature ("unit": "C" or "F") is below zero`;
  }
  if (v.date !== undefined && !isObject(v.date)) return '"value.date" must be an object';
  if (v.date) {
    const problem = datePartsProblem(v.date);
    if (problem) return problem;
  }
  if (v.duration !== undefined && !(isObject(v.duration) && typeof v.duration.amount === 'number' && typeof v.duration.unit === 'string')) {
    return '"value.duration" needs "amount" and "unit"';
  }
  if (v.duration && !(v.duration.amount >= 0 && isWritableFigure(v.duration.amount))) return `"value.duration.amount" must be from 0 to below ${WRITABLE_BOUND}`;
  if (v.duration?.difference !== undefined && v.duration.difference !== true) return '"value.duration.difference" must be true, or left out';
  if (v.number === undefined && v.date === undefined && v.duration === undefined) return '"value" needs "number", "date" or "duration"';
  return undefined;
}

/**
 * Whether a figure in this unit (a key, or none) may be below zero. The extractor reads a sign only
 * before a temperature: any other figure written below zero is no figure at all, and a difference is
 * told by its words ("21 fewer seats"), never by its sign. A count of -120000 still met the claims
 * its digits match, and flagged a right "120,000" with the fix "minus 120,000".
 */
function mayBeBelowZero(unit: string | undefined): boolean {
  const measure = unit === undefined ? undefined : unitOf(unit);
  return measure !== undefined && isTemperature(measure);
}

/**
 * The most readings a figure has: "120.000 tons" is 120,000 or 120 tonnes, each of which may be
 * short tons (see `findNumbers`).
 */
const MAX_READINGS = 4;

/** The range of each date part: the years a date is written with (four digits at most), 0 for Sunday. */
const DATE_PART_RANGES: ReadonlyArray<[keyof DateParts, number, number]> = [['year', 1, 9999], ['month', 1, 12], ['day', 1, 31], ['weekday', 0, 6]];

/** A leap year, for a day of February given without its year. */
const LEAP_YEAR = 2000;

/**
 * What is wrong with a value's date parts, written or implied: each an integer in its range, and
 * each day one its month has (in its year, when given): a month 13 was written "undefined".
 */
function datePartsProblem(date: Record<string, any>): string | undefined {
  if (date.implied !== undefined && !isObject(date.implied)) return '"value.date.implied" must be an object';
  const implied: Record<string, any> = date.implied ?? {};
  for (const [parts, at] of [[date, 'value.date'], [implied, 'value.date.implied']] as const) {
    for (const [name, min, max] of DATE_PART_RANGES) {
      const value = parts[name];
      if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) return `"${at}.${name}" must be an integer from ${min} to ${max}${name === 'weekday' ? ' (0 for Sunday)' : ''}`;
    }
  }
  if (date.through !== undefined && !(Number.isInteger(date.through) && date.through > (date.day ?? implied.day))) return '"value.date.through" must be a day of the month after "day"';
  const month: number | undefined = date.month ?? implied.month;
  if (month === undefined) return undefined;
  const year: number | undefined = date.year ?? implied.year;
  const last = daysInMonth(year ?? LEAP_YEAR, month);
  for (const [day, at] of [[date.day, 'value.date.day'], [implied.day, 'value.date.implied.day'], [date.through, 'value.date.through']] as const) {
    if (day > last) return `"${at}" must be a day of ${MONTHS[month - 1]}${year === undefined ? '' : ` ${year}`} (1 to ${last})`;
  }
  return undefined;
}

function isObject(x: unknown): x is Record<string, any> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
