import * as assert from 'assert';
import { clockDigits, clockMinutes, formatClockTime } from '../../server/src/core/extract/clockTime';
import { mentionsOf, mismatches, sourceFrom } from '../helpers/core';

describe('clock times', () => {
  it('are read as minutes after midnight, with both readings when the clock is not said', () => {
    assert.deepStrictEqual(clockMinutes('9:30 p.m.'), [21 * 60 + 30]);
    assert.deepStrictEqual(clockMinutes('5.37pm'), [17 * 60 + 37]);
    assert.deepStrictEqual(clockMinutes('12 a.m.'), [0]);
    assert.deepStrictEqual(clockMinutes('12:15 PM'), [12 * 60 + 15]);
    assert.deepStrictEqual(clockMinutes('15:12'), [15 * 60 + 12]);
    assert.deepStrictEqual(clockMinutes('8:30'), [8 * 60 + 30, 20 * 60 + 30]);
    assert.deepStrictEqual(clockMinutes('08:30'), [8 * 60 + 30]);
    assert.deepStrictEqual(clockMinutes("9 o'clock"), [9 * 60, 21 * 60]);
    assert.strictEqual(clockMinutes('9:75'), undefined);
    assert.strictEqual(clockMinutes('13 p.m.'), undefined);
    assert.strictEqual(clockDigits(21 * 60 + 30), 2130);
  });

  it('take the meridiem after the minutes into their span', () => {
    assert.deepStrictEqual(
      mentionsOf('The vote came at 10:42 p.m., the call at 5.37pm and the landing at 15:12; trains ran from 08:30.').map((m) => [m.kind, m.text, m.number?.values]),
      [
        ['time', '10:42 p.m.', [22 * 60 + 42]],
        ['time', '5.37pm', [17 * 60 + 37]],
        ['time', '15:12', [15 * 60 + 12]],
        ['time', '08:30', [8 * 60 + 30]],
      ],
    );
  });

  it('are written back in the draft’s own style', () => {
    assert.strictEqual(formatClockTime(17 * 60 + 35, '5.37pm'), '5.35pm');
    assert.strictEqual(formatClockTime(20 * 60 + 30, '9:30 p.m.'), '8:30 p.m.');
    assert.strictEqual(formatClockTime(10 * 60, '9 a.m.'), '10 a.m.');
    assert.strictEqual(formatClockTime(10 * 60 + 5, '9 a.m.'), '10:05 a.m.');
    assert.strictEqual(formatClockTime(18 * 60, '6 AM'), '6 PM');
    assert.strictEqual(formatClockTime(7 * 60 + 30, '08:30'), '07:30');
    assert.strictEqual(formatClockTime(15 * 60 + 2, '15:12'), '15:02');
    assert.strictEqual(formatClockTime(10 * 60, "9 o'clock"), "10 o'clock");
    assert.strictEqual(formatClockTime(10 * 60 + 30, "9 o'clock"), undefined);
  });

  it('are checked against the source’s, and a miscopied one is fixed', () => {
    const source = [sourceFrom('---\ndate: 2025-03-20\n---\nThe first rescue helicopter landed at 15:02, and the last survivor was flown out at 6:50 p.m.\n')];
    assert.deepStrictEqual(mismatches('The first rescue helicopter landed at 15:12, and the last survivor was flown out at 6:50 p.m.', source), [['15:12', '15:02']]);
    assert.deepStrictEqual(mismatches('The first rescue helicopter landed at 3:02 p.m., and the last survivor was flown out at 18:50.', source), []);
  });

  it('take a time in the other half of the day for a slip of the source\'s', () => {
    const ferry = [sourceFrom('---\ndate: 2025-03-14\n---\nThe first sailing, the 06:40 from Port Caddan to Inchlarran, will leave on Saturday 15 March.\n')];
    // Was unchecked: "6:40 p.m." and 06:40 share few digits as a clock's.
    assert.deepStrictEqual(mismatches('The first boat, the 6:40 p.m. departure from Port Caddan to Inchlarran, leaves Saturday, March 15.', ferry), [['6:40 p.m.', '6:40 a.m.']]);
  });
});
