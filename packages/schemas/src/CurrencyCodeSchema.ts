import { pipe, regex, string } from "valibot";
import { issueMessage } from "./issueMessage";

/** The schema of an ISO 4217 currency code in capitals, e.g. `EUR` or `SEK`. */
export const CurrencyCodeSchema = pipe(
  string(issueMessage),
  regex(
    /^[A-Z]{3}$/,
    (issue) =>
      `must be a three-letter ISO 4217 currency code in capitals, e.g. EUR (received ${issue.received})`,
  ),
);
