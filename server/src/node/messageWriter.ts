import { format } from 'util';
import { Message, NotificationMessage, PublishDiagnosticsNotification, PublishDiagnosticsParams, StreamMessageWriter } from 'vscode-languageserver/node';
import { asciiJsonBytes } from './asciiJson';

/**
 * The message writer of a stream transport (stdio), writing each diagnostic's JSON once. A megabyte
 * draft has over a thousand diagnostics, about 600 KB of JSON, published again on every keystroke
 * while few of them change: serialising and encoding it all took longer than the check.
 */
export function diagnosticsWriter(stream: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(stream, { contentTypeEncoder: { name: 'application/json', encode: async (message) => encodeMessage(message) } });
}

/**
 * A message as UTF-8 JSON; a publication of diagnostics joined from each diagnostic's bytes, made
 * once per diagnostic object. So a diagnostic must not be changed once published: the checks make
 * a new one when a finding's range or severity changes.
 */
export function encodeMessage(message: Message): Uint8Array {
  if (!isPublication(message)) return Buffer.from(JSON.stringify(message), 'utf8');
  const { diagnostics, ...rest } = message.params;
  const head = JSON.stringify({ jsonrpc: message.jsonrpc, method: message.method, params: { ...rest, diagnostics: [] } });
  // `head` ends with `[]}}`: the diagnostics go between its brackets.
  const parts: Uint8Array[] = [Buffer.from(head.slice(0, -3), 'utf8')];
  diagnostics.forEach((d, i) => {
    if (i) parts.push(COMMA);
    parts.push(bytesOf(d));
  });
  parts.push(Buffer.from(head.slice(-3), 'utf8'));
  return Buffer.concat(parts);
}

const COMMA = Buffer.from(',');
const encoded = new WeakMap<object, Buffer>();

function bytesOf(diagnostic: object): Buffer {
  let bytes = encoded.get(diagnostic);
  if (!bytes) encoded.set(diagnostic, (bytes = asciiJsonBytes(JSON.stringify(diagnostic))));
  return bytes;
}

function isPublication(message: Message): message is NotificationMessage & { params: PublishDiagnosticsParams } {
  const params = (message as NotificationMessage).params as PublishDiagnosticsParams | undefined;
  return (message as NotificationMessage).method === PublishDiagnosticsNotification.method && Array.isArray(params?.diagnostics);
}

/**
 * With stdio as the transport, anything written to the console would break the protocol's stream:
 * vscode-languageserver sends it to the client's log when it makes the stdio connection itself, and
 * so does this when the server makes it with its own writer.
 */
export function consoleToClient(log: { log(message: string): void; info(message: string): void; warn(message: string): void; error(message: string): void }): void {
  console.log = (...args: unknown[]) => log.log(format(...args));
  console.debug = console.log;
  console.info = (...args: unknown[]) => log.info(format(...args));
  console.warn = (...args: unknown[]) => log.warn(format(...args));
  console.error = (...args: unknown[]) => log.error(format(...args));
}
