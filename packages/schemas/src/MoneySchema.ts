import { number } from "valibot";
import { issueMessage } from "./issueMessage.ts";

/** The schema of an amount of money or a quantity: a JSON number (`.` decimal separator). */
export const MoneySchema = /* @__PURE__ */ number(issueMessage);
