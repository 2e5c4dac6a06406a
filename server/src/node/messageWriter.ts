import { format } from 'util';
import type { Message, MessageWriter, NotificationMessage, PublishDiagnosticsParams } from 'vscode-languageserver/node';
// Required, not imported: see server.ts.
import lsp = require('vscode-languageserver/node');
import { asciiJsonBytes } from './asciiJson';

/**
 * The message writer of a stream transport (stdio), writing each diagnostic's JSON once. A megabyte
 * draft has over a thousand diagnostics, about 600 KB of JSON, published again on every keystroke
 * while few of them change: serialising and encoding it all took longer than the check.
 */
export function diagnosticsWriter(stream: NodeJS.WritableStream): MessageWriter {
  return new FramedMessageWriter(stream);
}

/**
 * Writes each message, its header and its JSON, in one write (corked: one `writev`), at once.
 * vscode-jsonrpc's stream writer writes them in two and waits for the first; and it starts each
 * message from a `setImmediate`. Timed from both ends, the header and the body then reached the
 * editor as two reads, often a tenth of a millisecond apart and at times milliseconds, when
 * the other process was not at once woken; a hover's whole answer takes ~0.3 ms. Encoding is
 * synchronous, so messages are written in the order they are sent without a queue.
 */
class FramedMessageWriter extends lsp.AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => {
        this.fireError(error, message, ++this.errorCount);
        reject(error);
      };
      const socket = this.stream as NodeJS.WritableStream & { cork?(): void; uncork?(): void };
      try {
        const body = encodeMessage(message);
        beingWritten.add(body.buffer);
        socket.cork?.();
        this.stream.write(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii');
        this.stream.write(body, (error?: Error | null) => {
          beingWritten.delete(body.buffer);
          if (error) failed(error);
          else resolve();
        });
      } catch (error) {
        failed(error as Error);
      } finally {
        socket.uncork?.();
      }
    });
  }

  end(): void {
    this.stream.end();
  }
}

/**
 * A message as UTF-8 JSON; a publication of diagnostics joined from each diagnostic's bytes, made
 * once per diagnostic object. So a diagnostic must not be changed once published: the checks make
 * a new one when a finding's range or severity changed. A keystroke changes few of a document's
 * diagnostics: the runs it shares with the document's latest publication, at its start and at its
 * end, are copied from that publication's bytes whole rather than diagnostic by diagnostic.
 *
 * A publication is written into the memory of the document's publication before its latest (see
 * `Publication.spare`), not into a new buffer: a megabyte's 600 KB buffer per keystroke, memory
 * outside the JS heap, made V8 start a full collection every ~25 keystrokes (6-24 ms on the
 * keystroke's path; in one run of 300 keystrokes 12 with a new buffer each, 2 with the memory reused). So the bytes returned for a
 * publication hold until the document's second publication after it, unless being written
 * (`beingWritten`).
 */
export function encodeMessage(message: Message): Uint8Array {
  if (!isPublication(message)) return Buffer.from(JSON.stringify(message), 'utf8');
  const { diagnostics, ...rest } = message.params;
  const head = JSON.stringify({ jsonrpc: message.jsonrpc, method: message.method, params: { ...rest, diagnostics: [] } });
  const before = latest.get(rest.uri);
  const { prefix, suffix } = before ? sharedEnds(before.diagnostics, diagnostics) : { prefix: 0, suffix: 0 };
  const parts: Uint8Array[] = [];
  const spare = before?.spare;
  // Numbers kept flat: the lists of a megabyte's diagnostics were a good part of a keystroke's garbage.
  const positions = spare && spare.starts.length >= diagnostics.length ? spare : { starts: new Float64Array(withRoomToGrow(diagnostics.length)), ends: new Float64Array(withRoomToGrow(diagnostics.length)) };
  const { starts, ends } = positions;
  let n = 0;
  let size = 0;
  const add = (bytes: Uint8Array) => {
    parts.push(bytes);
    size += bytes.length;
  };
  // Diagnostics [from, to) of the latest publication, with the commas between them.
  const copy = (from: number, to: number) => {
    const shift = size - before!.starts[from];
    add(before!.bytes.subarray(before!.starts[from], before!.ends[to - 1]));
    for (let i = from; i < to; i++, n++) {
      starts[n] = before!.starts[i] + shift;
      ends[n] = before!.ends[i] + shift;
    }
  };
  // `head` ends with `[]}}`: the diagnostics go between its brackets.
  add(Buffer.from(head.slice(0, -3), 'utf8'));
  if (prefix) copy(0, prefix);
  for (let i = prefix; i < diagnostics.length - suffix; i++) {
    if (i) add(COMMA);
    starts[n] = size;
    add(bytesOf(diagnostics[i]));
    ends[n++] = size;
  }
  if (suffix) {
    if (diagnostics.length > suffix) add(COMMA);
    copy(before!.diagnostics.length - suffix, before!.diagnostics.length);
  }
  add(Buffer.from(head.slice(-3), 'utf8'));
  const memory = spare && spare.memory.length >= size && !beingWritten.has(spare.memory.buffer) ? spare.memory : Buffer.allocUnsafeSlow(withRoomToGrow(size));
  let at = 0;
  for (const part of parts) {
    memory.set(part, at);
    at += part.length;
  }
  const bytes = memory.subarray(0, size);
  if (diagnostics.length) latest.set(rest.uri, { diagnostics: diagnostics.slice(), memory, bytes, starts, ends, spare: before && { memory: before.memory, starts: before.starts, ends: before.ends } });
  else latest.delete(rest.uri);
  return bytes;
}

/** A size a little larger than a publication needs (bytes, or diagnostics): inserts make the next ones grow. */
function withRoomToGrow(size: number): number {
  return Math.ceil(size * 1.25) + 64;
}

/** A document's latest publication: its diagnostics, its bytes, and where each diagnostic's JSON lies in them. */
interface Publication {
  diagnostics: readonly object[];
  /** The bytes' memory, with room to spare. */
  memory: Buffer;
  bytes: Buffer;
  starts: Float64Array;
  ends: Float64Array;
  /** The memory of the publication before it, which the next one is written into. */
  spare?: { memory: Buffer; starts: Float64Array; ends: Float64Array };
}

/** By document URI; a document whose diagnostics are cleared (closed, say) is dropped. */
const latest = new Map<string, Publication>();

/** The memory of publications handed to the stream and not yet written out: not to be written into. */
const beingWritten = new WeakSet<ArrayBufferLike>();

/** How many diagnostics, as the same objects, two lists share at their start and (after that) at their end. */
function sharedEnds(before: readonly object[], now: readonly object[]): { prefix: number; suffix: number } {
  const most = Math.min(before.length, now.length);
  let prefix = 0;
  while (prefix < most && before[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && before[before.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

const COMMA = Buffer.from(',');
const encoded = new WeakMap<object, Buffer>();

function bytesOf(diagnostic: object): Buffer {
  let bytes = encoded.get(diagnostic);
  if (!bytes) encoded.set(diagnostic, (bytes = asciiJsonBytes(JSON.stringify(diagnostic))));
  return bytes;
}

/** Makes a diagnostic's JSON ahead of its publication, which then joins it as made. */
export function encodeDiagnostic(diagnostic: object): void {
  bytesOf(diagnostic);
}

function isPublication(message: Message): message is NotificationMessage & { params: PublishDiagnosticsParams } {
  const params = (message as NotificationMessage).params as PublishDiagnosticsParams | undefined;
  return (message as NotificationMessage).method === lsp.PublishDiagnosticsNotification.method && Array.isArray(params?.diagnostics);
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
