import * as assert from 'assert';
import { Writable } from 'stream';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticsWriter, encodeMessage } from '../../server/src/node/messageWriter';

const diagnostic = (message: string, line: number): Diagnostic => ({
  range: { start: { line, character: 2 }, end: { line, character: 9 } },
  severity: 2,
  code: 'figure-mismatch',
  source: 'factline',
  message,
  data: { fix: '120,000', citation: { quote: 'Some “120,000” fled — 😀 \ud83d' } },
});

describe('encodeMessage', () => {
  it('writes a publication of diagnostics as the JSON of the message, in ASCII, whatever the characters', () => {
    const message = {
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: 'file:///dráft.md', version: 7, diagnostics: [diagnostic('"130,000" — source says 120,000', 0), diagnostic('naïve', 3)] },
    };
    const bytes = Buffer.from(encodeMessage(message));
    assert.deepStrictEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(message)));
    // Only the URI, outside the diagnostics, is written as UTF-8.
    assert.ok(/^[\x00-\x7f]*$/.test(bytes.toString('utf8').replace('dráft', 'draft')));
  });

  it('writes successive publications of a document right when they share diagnostics at their start or end', () => {
    const uri = 'file:///successive.md';
    const made = Array.from({ length: 6 }, (_, i) => diagnostic(`mismatch “${i}”`, i));
    const lists = [made, [made[0], made[1], diagnostic('new', 9), made[4], made[5]], made.slice(2), [made[5]], [], made, [made[0], made[5]], [...made, diagnostic('added', 12)], [diagnostic('first', 0), ...made]];
    lists.forEach((diagnostics, version) => {
      const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } };
      // Another document between two publications of this one must not be mixed into it.
      const other = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///other.md', diagnostics: made.slice(version % 3) } };
      encodeMessage(other);
      assert.deepStrictEqual(JSON.parse(Buffer.from(encodeMessage(message)).toString('utf8')), JSON.parse(JSON.stringify(message)), `publication ${version}`);
    });
  });

  it("writes a document's publication into the memory of the one before its latest, reading runs from the latest", () => {
    const uri = 'file:///reused.md';
    const made = Array.from({ length: 40 }, (_, i) => diagnostic(`mismatch ${i}`, i));
    const publish = (diagnostics: Diagnostic[], version: number) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } });
    const lists = [made, [...made.slice(0, 20), diagnostic('typed', 20), ...made.slice(21)], made, made.slice(5), [...made, diagnostic('added', 50)]];
    const bytes = lists.map((diagnostics, version) => {
      const message = publish(diagnostics, version);
      const encoded = encodeMessage(message);
      assert.deepStrictEqual(JSON.parse(Buffer.from(encoded).toString('utf8')), JSON.parse(JSON.stringify(message)), `publication ${version}`);
      return encoded;
    });
    assert.strictEqual(bytes[2].buffer, bytes[0].buffer);
    assert.strictEqual(bytes[3].buffer, bytes[1].buffer);
    assert.notStrictEqual(bytes[1].buffer, bytes[0].buffer);
  });

  it('writes an empty publication and any other message as JSON', () => {
    const empty = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics: [] } };
    assert.deepStrictEqual(JSON.parse(Buffer.from(encodeMessage(empty)).toString()), empty);
    const other = { jsonrpc: '2.0', id: 3, result: { contents: 'é' } };
    assert.deepStrictEqual(JSON.parse(Buffer.from(encodeMessage(other)).toString()), other);
  });
});

describe('diagnosticsWriter', () => {
  /** A stream that keeps each batch of chunks it is handed to write at once. */
  function recordingStream(fail?: Error): { stream: Writable; batches: string[][] } {
    const batches: string[][] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        batches.push([chunk.toString('utf8')]);
        done(fail);
      },
      writev(chunks, done) {
        batches.push(chunks.map((c) => Buffer.from(c.chunk).toString('utf8')));
        done(fail);
      },
    });
    return { stream, batches };
  }

  it('hands each message, its header and its JSON, to the stream in one batch, before write returns', async () => {
    const { stream, batches } = recordingStream();
    const writer = diagnosticsWriter(stream);
    const publication = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///framed.md', version: 2, diagnostics: [diagnostic('naïve', 1)] } };
    const answer = { jsonrpc: '2.0', id: 4, result: { contents: 'é' } };
    const written = [writer.write(publication), writer.write(answer)];
    // No turn of the event loop between a message sent and its bytes written, and none between its parts.
    assert.strictEqual(batches.length, 2);
    [publication, answer].forEach((message, i) => {
      const framed = batches[i].join('');
      const body = framed.slice(framed.indexOf('\r\n\r\n') + 4);
      assert.strictEqual(framed.slice(0, framed.indexOf('\r\n\r\n')), `Content-Length: ${Buffer.byteLength(body)}`);
      assert.deepStrictEqual(JSON.parse(body), JSON.parse(JSON.stringify(message)));
    });
    await Promise.all(written);
  });

  it('never writes a publication into memory the stream has not written out yet', async () => {
    // A reader that takes the first batch and holds it: the rest wait in the stream, as sent.
    const held: { chunks: Uint8Array[]; done: () => void }[] = [];
    const stream = new Writable({ writev: (chunks, done) => void held.push({ chunks: chunks.map((c) => c.chunk as Uint8Array), done: () => done() }) });
    const writer = diagnosticsWriter(stream);
    const publication = (version: number) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///slow-reader.md', version, diagnostics: [diagnostic(`v${version}`, version)] } });
    const sent = [0, 1, 2, 3].map((version) => writer.write(publication(version)));
    const framed = Buffer.concat(held[0].chunks).toString('utf8');
    assert.deepStrictEqual(JSON.parse(framed.slice(framed.indexOf('\r\n\r\n') + 4)), JSON.parse(JSON.stringify(publication(0))));
    while (held.length) held.shift()!.done();
    await Promise.all(sent);
  });

  it('rejects a write the stream fails, and tells the connection', async () => {
    const { stream } = recordingStream(new Error('pipe closed'));
    stream.on('error', () => undefined);
    const writer = diagnosticsWriter(stream);
    const errors: Error[] = [];
    writer.onError(([error]) => errors.push(error));
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 1, result: null } as never), /pipe closed/);
    assert.ok(errors.some((e) => /pipe closed/.test(e.message)));
  });
});
