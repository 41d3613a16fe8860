import { check, pipe, string } from "valibot";
import { isIsoDateTime } from "./isIsoDateTime.ts";
import { issueMessage } from "./issueMessage.ts";

/**
 * The schema of a request date: ISO 8601 with a UTC offset, as Engage requires,
 * e.g. `2025-12-03T15:15:19+01:00` or `2025-12-03T14:15:19Z`.
 */
export const IsoDateTimeSchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ string(issueMessage),
  /* @__PURE__ */ check(
    isIsoDateTime,
    (issue) =>
      `must be an ISO 8601 date with a UTC offset, e.g. 2025-12-03T15:15:19+01:00 (received ${issue.received})`,
  ),
);
