import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/core';
import { LspTestClient, positionOf } from '../helpers/lspClient';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
const URI = 'file:///drafts/draft.md';
const TIME = /in (\d+(?:\.\d+)?) ms$/;

describe("the server's own timings in $/logTrace", function () {
  this.timeout(20000);
  let client: LspTestClient;
  afterEach(async () => client?.stop());

  it('with a verbose trace, says how long a hover and the diagnostics of each version took', async () => {
    client = await LspTestClient.start({ trace: 'verbose' });
    client.open(URI, EXAMPLE);
    const first = await client.waitForCurrent(URI);
    const opened = await client.until(() => client.traces.find((t) => t.message.startsWith(`published ${first.diagnostics.length} diagnostics for ${URI} version 1 in `)), 5000, () => 'the trace of version 1');
    assert.match(opened.message, TIME);
    assert.match(opened.verbose ?? '', /the check \d+\.\d\d ms$/, 'a verbose trace says how long the check itself took');
    const base = client.traces.find((t) => t.message.startsWith('fact base of documents outside any folder ready in '));
    assert.ok(base, 'the fact base is ready before the first diagnostics, and says how long it took');
    assert.match(base.verbose ?? '', /^0 source files, read and extracted$/);

    const version = client.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.waitFor(URI, (p) => p.version === version);
    await client.until(() => client.traces.find((t) => t.message.includes(`version ${version} in `)), 5000, () => `the trace of version ${version}`);

    await client.hover(URI, positionOf(client.text(URI), '130,000'));
    const hover = await client.until(() => client.traces.find((t) => t.message.startsWith('hover answered in ')), 5000, () => 'the hover trace');
    assert.ok(Number(TIME.exec(hover.message)![1]) >= 0);
  });

  it('sends nothing while the trace is off, from the start or after $/setTrace', async () => {
    client = await LspTestClient.start();
    client.open(URI, EXAMPLE);
    await client.waitForCurrent(URI);
    await client.hover(URI, positionOf(EXAMPLE, '130,000'));
    await client.stop();
    assert.deepStrictEqual(client.traces, []);

    client = await LspTestClient.start({ trace: 'messages' });
    client.open(URI, EXAMPLE);
    await client.waitForCurrent(URI);
    await client.hover(URI, positionOf(EXAMPLE, '130,000'));
    await client.until(() => client.traces.find((t) => t.message.startsWith('hover answered')), 5000, () => 'the hover trace');
    assert.ok(client.traces.every((t) => t.verbose === undefined), 'a `messages` trace has no verbose part');
    await client.connection.sendNotification('$/setTrace', { value: 'off' });
    const said = client.traces.length;
    await client.hover(URI, positionOf(EXAMPLE, '130,000'));
    const version = client.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.waitFor(URI, (p) => p.version === version);
    assert.strictEqual(client.traces.length, said);
  });
});
