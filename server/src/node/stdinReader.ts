// Required, not imported: see server.ts.
import lsp = require('vscode-languageserver/node');
import type { MessageReader } from 'vscode-languageserver/node';

/** What vscode-jsonrpc says of a header it cannot read: no or no numeric Content-Length, a line without ':', a length past the data. */
const FRAMING_LOST = /header|content-length|so many bytes/i;

/**
 * The server's reader of its stdin. A header it cannot read loses the framing for good: the reader
 * then takes every later header for the rest of a body, and the server went deaf, answering and
 * saying nothing. It exits then with one line on stderr, so that an editor may start it again; and
 * when stdin ends, with 0 after a shutdown request (`shutDown`) and 1 before, as vscode-languageserver
 * does for a stream it reads itself, and not for a reader it is given.
 */
export function stdinReader(shutDown: () => boolean): MessageReader {
  const reader = new lsp.StreamMessageReader(process.stdin);
  reader.onError((error) => {
    if (!FRAMING_LOST.test(error.message)) return;
    process.stderr.write(`factline-ls: the client's messages cannot be read any more (${error.message.split('\n')[0]}); exiting\n`);
    process.exit(1);
  });
  const ended = () => process.exit(shutDown() ? 0 : 1);
  process.stdin.on('end', ended);
  process.stdin.on('close', ended);
  return reader;
}
