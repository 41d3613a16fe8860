/** Date, time (seconds and fractions optional) and a mandatory offset (`Z` or `±hh:mm`). */
const isoDateTimePattern =
  /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether `value` is an ISO 8601 date-time with a UTC offset that names a real calendar day,
 * e.g. `2025-12-03T15:15:19+01:00` (and not `2025-02-30T…`, which `Date.parse` rolls over).
 */
export const isIsoDateTime = (value: string): boolean => {
  const match = isoDateTimePattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
};
