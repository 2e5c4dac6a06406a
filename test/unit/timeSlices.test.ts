import * as assert from 'assert';
import { runSteps } from '../../server/src/core/steps';
import { inSlices, mapInSlices, TimeSlices } from '../../server/src/node/timeSlices';

/** Steps that note each one taken, and return how many there were. */
function* counted(taken: string[], count: number): Generator<void, number> {
  for (let i = 0; i < count; i++) {
    taken.push(`step ${i}`);
    yield;
  }
  return count;
}

describe('work in steps', () => {
  it('runs steps through at once, or a slice at a time with other work between slices', async () => {
    assert.strictEqual(runSteps(counted([], 5)), 5);
    const taken: string[] = [];
    // Slices of no time: the event loop is handed back after every step.
    const done = inSlices(counted(taken, 3), () => false, new TimeSlices(0));
    setImmediate(() => taken.push('other work'));
    assert.strictEqual(await done, 3);
    assert.ok(taken.indexOf('other work') > 0 && taken.indexOf('other work') < 3, taken.join(', '));
  });

  it('stops between slices once the work is abandoned, taking no further step', async () => {
    const taken: string[] = [];
    let abandoned = false;
    setImmediate(() => (abandoned = true));
    assert.strictEqual(await inSlices(counted(taken, 100), () => abandoned, new TimeSlices(0)), undefined);
    assert.ok(taken.length < 100, `${taken.length} steps taken`);
  });

  it('maps items a slice at a time, giving up on an item it cannot map or once abandoned', async () => {
    const order: string[] = [];
    const mapping = mapInSlices([1, 2, 3], () => false, (n) => (order.push(`item ${n}`), n * 2), new TimeSlices(0));
    setImmediate(() => order.push('other work'));
    assert.deepStrictEqual(await mapping, [2, 4, 6]);
    assert.ok(order.indexOf('other work') > 0 && order.indexOf('other work') < 3, order.join(', '));
    assert.strictEqual(await mapInSlices([1, 2, 3], () => false, (n) => (n === 2 ? undefined : n)), undefined);
    let abandoned = false;
    const mapped: number[] = [];
    setImmediate(() => (abandoned = true));
    assert.strictEqual(await mapInSlices([...Array(100).keys()], () => abandoned, (n) => (mapped.push(n), n), new TimeSlices(0)), undefined);
    assert.ok(mapped.length < 100, `${mapped.length} mapped`);
  });
});
