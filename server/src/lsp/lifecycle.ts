// Required, not imported: see server.ts.
import lsp = require('vscode-languageserver/node');
import type { Message, MessageStrategy, RequestMessage, ResponseError } from 'vscode-languageserver/node';

const { ErrorCodes } = lsp;
type Handled = ReturnType<MessageStrategy['handleMessage']>;

/** What a request refused by the lifecycle is answered with. */
export interface Refusal {
  code: number;
  message: string;
}

/**
 * The method a refused request is handed on as, its refusal as its params: the connection answers
 * it with the request's id as it answers any request, over any transport, where the strategy alone
 * could only drop it.
 */
const REFUSED_REQUEST = 'factline/refused';

/** The part of the connection that answers refused requests. */
export interface RefusalAnswerer {
  onRequest(method: string, handler: (refusal: Refusal) => ResponseError<void>): unknown;
}

type Stage = 'starting' | 'serving' | 'shutDown';

/**
 * The LSP lifecycle, which vscode-languageserver leaves to the server: before `initialize` it ran
 * the handlers on the state `initialize` makes and answered their TypeError as an internal error
 * (-32603), and after `shutdown` it went on serving. Here a request before `initialize` is refused
 * with ServerNotInitialized, one after `shutdown` (or a second `initialize`) with InvalidRequest;
 * notifications are dropped before `initialize` and after `shutdown`, all but `exit`.
 */
export class Lifecycle {
  private stage: Stage = 'starting';

  /** What the connection is made with: every message it reads passes here before its handler. */
  readonly messageStrategy: MessageStrategy = { handleMessage: (message, next) => this.handle(message, next) };

  /** Whether `shutdown` was asked: stdin ending then is the expected end (see `stdinReader`). */
  get shutDown(): boolean {
    return this.stage === 'shutDown';
  }

  /** Has `connection` answer the requests this lifecycle refuses. */
  answerRefusals(connection: RefusalAnswerer): void {
    connection.onRequest(REFUSED_REQUEST, ({ code, message }) => new lsp.ResponseError(code, message));
  }

  /** Why a request of `method` is not served now; undefined when it is. */
  private refusal(method: string): Refusal | undefined {
    if (this.stage === 'shutDown') return { code: ErrorCodes.InvalidRequest, message: `the server is shut down: "${method}" came after "shutdown"; only "exit" is taken now` };
    if (method === 'initialize') return this.stage === 'serving' ? { code: ErrorCodes.InvalidRequest, message: '"initialize" came a second time; the server is initialized once' } : undefined;
    if (this.stage === 'starting') return { code: ErrorCodes.ServerNotInitialized, message: `the server is not initialized: "${method}" came before "initialize"` };
    return undefined;
  }

  private handle(message: Message, next: (message: Message) => Handled): Handled {
    if (lsp.Message.isRequest(message)) {
      const refused = this.refusal(message.method);
      if (refused) {
        const answered: RequestMessage = { ...message, method: REFUSED_REQUEST, params: refused };
        return next(answered);
      }
      if (message.method === 'initialize') this.stage = 'serving';
      else if (message.method === 'shutdown') this.stage = 'shutDown';
    } else if (lsp.Message.isNotification(message) && this.stage !== 'serving' && message.method !== 'exit') {
      return;
    }
    return next(message);
  }
}
