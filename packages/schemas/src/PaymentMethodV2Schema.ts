import { type InferOutput, looseObject, optional } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { MoneySchema } from "./MoneySchema.ts";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema.ts";
import { OpenObjectSchema } from "./OpenObjectSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/** The schema of an Orders v2 payment method: its `type` and the `value` paid with it. */
export const PaymentMethodV2Schema = /* @__PURE__ */ looseObject(
  {
    type: NonEmptyTextSchema,
    description: /* @__PURE__ */ optional(TextSchema),
    value: MoneySchema,
    extraData: /* @__PURE__ */ optional(OpenObjectSchema),
  },
  issueMessage,
);

/** An Orders v2 payment method. */
export type PaymentMethodV2 = InferOutput<typeof PaymentMethodV2Schema>;
