import * as assert from 'assert';
import { ServerTrace } from '../../server/src/lsp/serverTrace';

/** A trace on a clock the test moves, writing down what would go out as `$/logTrace`. */
function traced(): { said: string[]; trace: ServerTrace; advance: (ms: number) => void } {
  const said: string[] = [];
  let now = 1000;
  const trace = new ServerTrace({ log: (message, verbose) => void said.push(verbose ? `${message} | ${verbose}` : message) }, () => now);
  return { said, trace, advance: (ms) => void (now += ms) };
}

/** The next turn of the event loop, when a trace goes out. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('ServerTrace', () => {
  it('times a handler from its call to its answer, in hundredths of a millisecond below 10 ms', async () => {
    const { said, trace, advance } = traced();
    const hover = trace.timed('hover', async (at: number) => {
      await Promise.resolve();
      advance(at);
      return at * 2;
    });
    assert.strictEqual(await hover(0.256, undefined), 0.512);
    assert.strictEqual(await hover(12.4, undefined), 24.8);
    await turn();
    assert.deepStrictEqual(said, ['hover answered in 0.26 ms', 'hover answered in 12 ms']);
  });

  it('says how long a handler that failed took, and lets the error through', async () => {
    const { said, trace, advance } = traced();
    const failing = trace.timed('completion', async () => {
      advance(3);
      throw new Error('no index');
    });
    await assert.rejects(failing(undefined, undefined), /no index/);
    await turn();
    assert.deepStrictEqual(said, ['completion answered in 3.00 ms']);
  });

  it('says the time since a moment read from its clock, with a detail for a verbose trace, after the work it times', async () => {
    const { said, trace, advance } = traced();
    const started = trace.now();
    advance(41.6);
    trace.since(started, 'published 2 diagnostics', 'the check 1.20 ms');
    assert.deepStrictEqual(said, [], 'not sent before the answer it times');
    await turn();
    assert.deepStrictEqual(said, ['published 2 diagnostics in 42 ms | the check 1.20 ms']);
  });
});
