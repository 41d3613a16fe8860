import { check, number, pipe } from "valibot";
import { issueMessage } from "./issueMessage.ts";

/**
 * The schema of an amount of money or a quantity: a finite JSON number (`.` decimal
 * separator). `Infinity` is refused: JSON has no such number, so it would be sent as `null`.
 */
export const MoneySchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ number(issueMessage),
  /* @__PURE__ */ check((value: number) => Number.isFinite(value), "must be a finite number"),
);
