import type { OpenString } from "./OpenString.ts";

/**
 * The status of an asynchronous job: `Pending` and `Processing` while it runs, then
 * `Completed`, `CompletedWithErrors` (stored, but e.g. the contact is unknown) or `Failed`.
 * Engage may add statuses, so any other string is accepted too.
 */
export type JobState = OpenString<
  "Pending" | "Processing" | "Completed" | "CompletedWithErrors" | "Failed"
>;
