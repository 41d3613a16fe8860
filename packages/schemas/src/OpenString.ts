/**
 * A string type that offers the known values in editors while still accepting any other
 * string, because Engage may add values at any time.
 *
 * @example
 * type Status = OpenString<"Completed" | "Pending">; // "Completed" | "Pending" | (string & {})
 */
export type OpenString<Known extends string> = Known | (string & {});
