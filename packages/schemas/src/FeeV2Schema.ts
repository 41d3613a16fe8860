import { type InferOutput, looseObject, optional } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { MoneySchema } from "./MoneySchema.ts";

/**
 * The schema of an Orders v2 fee (`freightFee`, `handlingFee`, `totalRoundOff`): a `value`
 * that counts towards `totalGrossPrice`, and optionally its `tax` and `taxPercent`.
 */
export const FeeV2Schema = /* @__PURE__ */ looseObject(
  {
    value: MoneySchema,
    tax: /* @__PURE__ */ optional(MoneySchema),
    taxPercent: /* @__PURE__ */ optional(MoneySchema),
  },
  issueMessage,
);

/** An Orders v2 fee. */
export type FeeV2 = InferOutput<typeof FeeV2Schema>;
