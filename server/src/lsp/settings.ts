import { DiagnosticSeverity } from 'vscode-languageserver-types';

/**
 * Factline's settings: names, defaults and validation in one place. A test checks that
 * package.json's `contributes.configuration` says the same.
 */
export interface Settings {
  /** Paths or globs of source articles and fact files, relative to the workspace folder or absolute. */
  sources: string[];
  useBundledFacts: boolean;
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** Pause after the last edit before a document is checked. */
  debounceMs: number;
  /** Documents over this size get one information diagnostic instead of a check. */
  maxFileSizeKB: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sources: ['sources/**/*.md', 'sources/**/*.txt', 'sources/**/*.facts.json'],
  useBundledFacts: true,
  severity: 'warning',
  debounceMs: 200,
  maxFileSizeKB: 1024,
});

const SEVERITIES: Record<Settings['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The most source patterns read. Each is walked for at each load, and each watched file's change is
 * tested against all: ten thousand held the server for seconds, and a file event for 35 ms.
 */
export const MAX_SOURCE_PATTERNS = 256;

export function severityOf(settings: Settings): DiagnosticSeverity {
  return SEVERITIES[settings.severity];
}

/**
 * Settings from what a client sent (`workspace/configuration`, `didChangeConfiguration` or
 * `initializationOptions`, with or without the `factline` wrapper). A value of the wrong type
 * falls back to its default and is reported, so one typo never switches the checker off.
 */
export function readSettings(raw: unknown, fallback: Readonly<Settings> = DEFAULT_SETTINGS): { settings: Settings; problems: string[] } {
  const object = isObject(raw) && isObject(raw.factline) ? raw.factline : raw;
  const given = isObject(object) ? object : {};
  const problems: string[] = [];
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => boolean, expected: string): Settings[K] => {
    const value = given[key];
    if (value === undefined || value === null) return fallback[key];
    if (valid(value)) return value as Settings[K];
    problems.push(`factline.${key} must be ${expected}; using ${JSON.stringify(fallback[key])}`);
    return fallback[key];
  };
  const sources = pick('sources', (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'), 'an array of paths or globs');
  if (sources.length > MAX_SOURCE_PATTERNS) problems.push(`factline.sources lists ${sources.length} patterns; only the first ${MAX_SOURCE_PATTERNS} are read`);
  return {
    settings: {
      sources: sources.slice(0, MAX_SOURCE_PATTERNS),
      useBundledFacts: pick('useBundledFacts', (v) => typeof v === 'boolean', 'true or false'),
      // Own keys only: "__proto__" or "toString" is `in` every object, and made diagnostics of no severity.
      severity: pick('severity', (v) => typeof v === 'string' && Object.hasOwn(SEVERITIES, v), 'one of error, warning, information, hint'),
      debounceMs: pick('debounceMs', (v) => typeof v === 'number' && v >= 0 && v <= 10_000, 'a number of milliseconds from 0 to 10000'),
      maxFileSizeKB: pick('maxFileSizeKB', (v) => typeof v === 'number' && v > 0, 'a positive number of kilobytes'),
    },
    problems,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
