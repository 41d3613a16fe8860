import { check, pipe, string } from "valibot";
import { issueMessage } from "./issueMessage.ts";

/** The schema of an ISO 4217 currency code in capitals, e.g. `EUR` or `SEK`. */
export const CurrencyCodeSchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ string(issueMessage),
  /* @__PURE__ */ check(
    (value: string) => /^[A-Z]{3}$/.test(value),
    (issue) =>
      `must be a three-letter ISO 4217 currency code in capitals, e.g. EUR (received ${issue.received})`,
  ),
);
