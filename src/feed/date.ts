/**
 * Dates of the feed, decided once for every reader's time zone. Pure
 * functions of the string: the reader's zone never enters (tests run them
 * under several `TZ`s to prove it).
 *
 * - Any RFC 3339 `date-time` (`T`/`Z` in either case, any offset, fractions)
 *   names an instant. A leap second (`23:59:60`, RFC 3339 §5.7) is allowed
 *   only where one can fall, at the last minute of a UTC day, as the JSON
 *   Schema validators' `date-time` format says; it is the instant one second
 *   after `23:59:59`.
 * - A `full-date` alone (`2026-12-01`) means the end of that day Anywhere on
 *   Earth (UTC−12), as deadlines are often stated: the instant
 *   `2026-12-02T12:00:00Z`.
 * - A day that the calendar does not have (`2026-02-30`, `2025-02-29`) names
 *   no instant: the value is invalid, never rolled over into March.
 * - The day a value names, as written (`writtenDay`), is the date in front
 *   of the `T`, in the value's own offset: the closing day an organiser wrote
 *   is the one every reader sees.
 */

const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)(?:[Tt](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d):(\d\d)))?$/;

const daysIn = (y: number, m: number) =>
  m == 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);

/** Milliseconds since the epoch of a date or date-time as above; `NaN` when it names no instant. */
export function instant(value: string): number {
  const m = RFC3339.exec(value);
  if (!m) return NaN;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as number[];
  const offset = (m[7] == '-' ? -1 : 1) * (+m[8]! * 60 + +m[9]! || 0);
  const at = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as written.
  at.setUTCFullYear(y!, mo! - 1, d! + (m[4] ? 0 : 1));
  if (!(mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= daysIn(y!, mo!) && (!m[4] || (h! < 24 && mi! < 60 && !(+m[8]! > 23 || +m[9]! > 59))))) return NaN;
  // A leap second ends a UTC day: its minute, moved to UTC, is 23:59.
  if (s! >= 60 && ((((h! * 60 + mi! - offset) % 1440) + 1440) % 1440 != 1439 || s! >= 61)) return NaN;
  return m[4] ? at.setUTCHours(h!, mi! - offset) + s! * 1000 : at.setUTCHours(12);
}

/** Whether a date or date-time names a real instant. */
export const isInstant = (value: string): boolean => instant(value) >= -Infinity;

/** Midnight UTC of the calendar day written in a date or date-time: format it in UTC to show that day in any zone. */
export function writtenDay(value: string): Date {
  const at = new Date(0);
  at.setUTCFullYear(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10));
  return at;
}
