// The feed's dates (src/feed/date.ts) in four time zones: the deadline
// instant and the closing day shown must not depend on the reader's zone.
// Node applies a change of process.env.TZ at once, to Date and to Intl.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { instant, isInstant, writtenDay } from '../../src/feed/date.js';
import { formatDate } from '../../src/i18n/runtime.js';

const ZONES = ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const saved = process.env.TZ;
after(() => (saved === undefined ? delete process.env.TZ : (process.env.TZ = saved)));

for (const zone of ZONES)
  describe(`dates in ${zone}`, () => {
    const inZone = (f: () => void) => () => {
      process.env.TZ = zone;
      f();
    };

    it('runs in that zone', inZone(() => assert.notEqual(new Date(0).getTimezoneOffset(), 0)));

    it('a date alone closes at the end of that day Anywhere on Earth (UTC−12)', inZone(() => {
      assert.equal(instant('2026-12-01'), Date.UTC(2026, 11, 2, 12));
      assert.equal(new Date(instant('2026-12-31')).toISOString(), '2027-01-01T12:00:00.000Z');
    }));

    it('a date-time is its own instant, in any case, with any offset', inZone(() => {
      assert.equal(instant('2026-12-01T00:00:00Z'), Date.UTC(2026, 11, 1));
      assert.equal(instant('2026-12-01t00:00:00z'), Date.UTC(2026, 11, 1));
      assert.equal(instant('2026-12-01T05:30:00.250+05:30'), Date.UTC(2026, 11, 1, 0, 0, 0, 250));
      assert.equal(instant('2026-11-30T12:00:00-12:00'), Date.UTC(2026, 11, 1));
    }));

    it('a leap second is the instant after 23:59:59 UTC, and only there', inZone(() => {
      assert.equal(instant('2016-12-31T23:59:60Z'), Date.UTC(2017, 0, 1));
      assert.equal(instant('2017-01-01T05:29:60+05:30'), Date.UTC(2017, 0, 1));
      assert.ok(Number.isNaN(instant('2016-12-31T12:59:60Z')));
    }));

    it('refuses days the calendar does not have, instead of rolling into the next month', inZone(() => {
      for (const bad of ['2026-02-29', '2026-02-30', '2026-04-31', '2100-02-29', '2026-13-01', '2026-00-10', '2026-01-01T24:00:00Z', '2026-01-01T00:00:00+24:00'])
        assert.equal(isInstant(bad), false, bad);
      for (const good of ['2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01'])
        assert.equal(isInstant(good), true, good);
    }));

    it('shows the closing day as written, not shifted into the reader\'s zone', inZone(() => {
      for (const closes of ['2026-12-01T00:00:00Z', '2026-12-01T23:59:59-12:00', '2026-12-01T00:00:00+14:00', '2026-12-01'])
        assert.equal(formatDate('en', writtenDay(closes)), 'December 1, 2026', closes);
    }));
  });
