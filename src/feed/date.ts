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

/** The shape of RFC 3339 `full-date`, then optionally `T` and `full-time`; `instant` checks the ranges. */
const RFC3339 = /^(\d{4}-\d\d-(\d\d))(?:[Tt](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|[+-](\d\d):(\d\d)))?$/;

/** Milliseconds since the epoch of a date or date-time as above; `NaN` when it names no instant. */
export function instant(value: string): number {
  const [, day, d, h, ...rest] = RFC3339.exec(value) || [],
    leap = rest[1] == '60',
    // Date.parse reads RFC 3339 (a profile of ISO 8601) once the letters are
    // upper case and a leap second is read as the second before it, plus one.
    at = h ? Date.parse(value.toUpperCase().replace(':60', ':59')) + +leap * 1e3 : Date.parse(day + 'T12:00Z') + 864e5;
  // A day the month lacks is refused or rolled into the next month, never the
  // day written; Date.parse takes 24:00, we do not; a leap second must end a
  // UTC day (its instant is then midnight, plus any fraction).
  return new Date(day!).getUTCDate() != +d! ||
    [h, ...rest].some((x, i) => +x! > [23, 59, 60, 23, 59][i]!) ||
    (leap && ((at % 864e5) + 864e5) % 864e5 >= 1e3)
    ? NaN
    : at;
}

/** Whether a date or date-time names a real instant. */
export const isInstant = (value: string): boolean => instant(value) >= -Infinity;
/** Whether a date-time (not a date alone, which is 10 characters) names a real instant. */
export const isDateTime = (value: string): boolean => value.length > 10 && isInstant(value);

/** Midnight UTC of the calendar day written in a date or date-time: format it in UTC to show that day in any zone. */
export const writtenDay = (value: string): Date => new Date(value.slice(0, 10));
