/** Characters a terminal would act on rather than show: C0 and C1 controls, DEL, and the line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A message as one line of stderr (see `controlsShown`). */
export function errorLine(message: string): string {
  return `factline: ${controlsShown(message)}\n`;
}

/**
 * `text` with its control characters written as JSON writes them (`\n`, `\u001b`). The names a
 * line quotes are the user's (a file named with a newline or an escape sequence): written raw,
 * they would split the line a script reads, or restyle the terminal.
 */
export function controlsShown(text: string): string {
  return text.replace(CONTROL, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
