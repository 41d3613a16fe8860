const pad = (value: number): string => String(Math.trunc(Math.abs(value))).padStart(2, "0");

/**
 * The ISO 8601 form of a date in the local time zone with its UTC offset and whole seconds,
 * e.g. `2025-12-03T15:15:19+01:00`, the form Engage's examples use.
 */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/**
 * The value a `datetime-local` input shows for an ISO date (local time, minutes), or `""`
 * when the text is not a date.
 */
export function toDateTimeLocal(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return isoWithOffset(date).slice(0, 16);
}

/** The ISO date with offset for a `datetime-local` value, or `""` when it is empty or invalid. */
export function fromDateTimeLocal(value: string): string {
  if (value === "") return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : isoWithOffset(date);
}
