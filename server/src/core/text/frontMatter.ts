import { load as parseYaml } from 'js-yaml';
import type { CalendarDate } from '../calendar';

/** YAML front matter at the very top of a Markdown file, delimited by `---` lines. */
export interface FrontMatter {
  /** Offset just past the closing delimiter line. */
  end: number;
  data: Record<string, unknown>;
  /** Set when the YAML inside could not be read; the block is still skipped as non-prose. */
  error?: string;
}

const OPEN = /^---[ \t]*(\r\n|\r|\n)/;
const CLOSE = /^(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/m;

export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const bodyStart = open[0].length;
  const close = CLOSE.exec(text.slice(bodyStart));
  if (!close) return undefined;
  const yamlText = text.slice(bodyStart, bodyStart + close.index);
  const end = bodyStart + close.index + close[0].length;
  try {
    const data = parseYaml(yamlText);
    return { end, data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (e) {
    return { end, data: {}, error: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** A front-matter value as a calendar date (YAML may give a Date or a string). */
export function frontMatterDate(value: unknown): CalendarDate | undefined {
  if (value instanceof Date && !isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  }
  return undefined;
}

