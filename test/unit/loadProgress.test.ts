import * as assert from 'assert';
import { SourceLoadProgress, WorkDoneReporter } from '../../server/src/lsp/loadProgress';

/** A reporter that writes down what the server would send as `$/progress`. */
function recorder(): { sent: string[]; reporter: WorkDoneReporter } {
  const sent: string[] = [];
  return {
    sent,
    reporter: {
      begin: (title, percentage, message) => void sent.push(`begin ${title} ${percentage} ${message}`),
      report: (percentage, message) => void sent.push(`report ${percentage} ${message}`),
      done: () => void sent.push('done'),
    },
  };
}

/** The client's answer to `window/workDoneProgress/create`, given when the test says. */
function answerLater(reporter: WorkDoneReporter): { create: () => Promise<WorkDoneReporter>; answer: () => Promise<void> } {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  return { create: () => answered.then(() => reporter), answer: async () => (answer(), await answered, await Promise.resolve()) };
}

describe('SourceLoadProgress', () => {
  it('begins once the client made the token, then reports only when the percentage moves', async () => {
    const { sent, reporter } = recorder();
    const client = answerLater(reporter);
    const progress = new SourceLoadProgress(1200, client.create, assert.fail);
    progress.advanced(5);
    assert.deepStrictEqual(sent, [], 'nothing before the token exists');
    await client.answer();
    for (let read = 6; read <= 1200; read++) progress.advanced(read);
    progress.end();
    assert.strictEqual(sent[0], 'begin Factline 0 reading sources 5 of 1,200');
    assert.strictEqual(sent.length, 1 + 100 + 1, 'one report per percent, then done');
    assert.strictEqual(sent[1], 'report 1 reading sources 12 of 1,200');
    assert.strictEqual(sent[100], 'report 100 reading sources 1,200 of 1,200');
    assert.strictEqual(sent[101], 'done');
  });

  it('a load over before the client answered still ends what it begins', async () => {
    const { sent, reporter } = recorder();
    const client = answerLater(reporter);
    const progress = new SourceLoadProgress(30, client.create, assert.fail);
    progress.advanced(30);
    progress.end();
    progress.end();
    await client.answer();
    progress.advanced(30);
    assert.deepStrictEqual(sent, ['begin Factline 100 reading sources 30 of 30', 'done']);
  });

  it('a client that refuses the token costs the load nothing but a log line', async () => {
    const failures: string[] = [];
    const progress = new SourceLoadProgress(50, () => Promise.reject(new Error('unknown method')), (e) => failures.push(e.message));
    progress.advanced(10);
    await new Promise((resolve) => setImmediate(resolve));
    progress.advanced(50);
    progress.end();
    assert.deepStrictEqual(failures, ['could not show the progress of reading 50 sources: unknown method']);
  });
});
