import { type InferOutput, looseObject, optional } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { MoneySchema } from "./MoneySchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of an Orders v2 tax detail: the tax `value` at one `percent`, with the totals
 * including and excluding it. Engage does not say which members are required.
 */
export const TaxDetailV2Schema = /* @__PURE__ */ looseObject(
  {
    description: /* @__PURE__ */ optional(TextSchema),
    value: /* @__PURE__ */ optional(MoneySchema),
    percent: /* @__PURE__ */ optional(MoneySchema),
    totalIncludingTax: /* @__PURE__ */ optional(MoneySchema),
    totalExcludingTax: /* @__PURE__ */ optional(MoneySchema),
  },
  issueMessage,
);

/** An Orders v2 tax detail. */
export type TaxDetailV2 = InferOutput<typeof TaxDetailV2Schema>;
