import { array, boolean, type InferOutput, looseObject, optional, picklist } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import { MoneySchema } from "./MoneySchema.ts";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema.ts";
import { OpenObjectSchema } from "./OpenObjectSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of an Orders v2 item: `type`, `sku`, `quantity`, `grossPaidPrice` and
 * `description` are required. Signs and tax amounts are checked by `checkOrderV2Totals`.
 */
export const ItemV2Schema = /* @__PURE__ */ looseObject(
  {
    type: /* @__PURE__ */ picklist(["PURCHASE", "RETURN"], issueMessage),
    sku: NonEmptyTextSchema,
    quantity: MoneySchema,
    grossPaidPrice: MoneySchema,
    grossPaidPricePerUnit: /* @__PURE__ */ optional(MoneySchema),
    taxAmount: /* @__PURE__ */ optional(MoneySchema),
    taxPercent: /* @__PURE__ */ optional(MoneySchema),
    description: TextSchema,
    imageUrl: /* @__PURE__ */ optional(TextSchema),
    targetUrl: /* @__PURE__ */ optional(TextSchema),
    extraData: /* @__PURE__ */ optional(OpenObjectSchema),
    totalDiscount: /* @__PURE__ */ optional(MoneySchema),
    originalPrice: /* @__PURE__ */ optional(MoneySchema),
    originalPricePerUnit: /* @__PURE__ */ optional(MoneySchema),
    discounts: /* @__PURE__ */ optional(
      /* @__PURE__ */ array(
        /* @__PURE__ */ looseObject(
          {
            value: MoneySchema,
            type: /* @__PURE__ */ optional(TextSchema),
            description: /* @__PURE__ */ optional(TextSchema),
            extraData: /* @__PURE__ */ optional(OpenObjectSchema),
          },
          issueMessage,
        ),
        issueMessage,
      ),
    ),
    discounted: /* @__PURE__ */ optional(/* @__PURE__ */ boolean(issueMessage)),
  },
  issueMessage,
);

/** An Orders v2 item. */
export type ItemV2 = InferOutput<typeof ItemV2Schema>;
