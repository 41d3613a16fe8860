import { type InferOutput, looseObject, optional, picklist } from "valibot";
import { ArticleSchema } from "./ArticleSchema.ts";
import { issueMessage } from "./issueMessage.ts";
import { MoneySchema } from "./MoneySchema.ts";
import { OpenObjectOrListSchema } from "./OpenObjectOrListSchema.ts";
import { OpenObjectSchema } from "./OpenObjectSchema.ts";
import { ReturnDetailsSchema } from "./ReturnDetailsSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of one line item of an order request: `quantity`, `article.sku` and `totalPrice`
 * are required; `type` is `Purchase` (Engage's default when absent) or `Return`.
 */
export const LineItemSchema = /* @__PURE__ */ looseObject(
  {
    id: /* @__PURE__ */ optional(TextSchema),
    type: /* @__PURE__ */ optional(/* @__PURE__ */ picklist(["Purchase", "Return"], issueMessage)),
    externalStatus: /* @__PURE__ */ optional(TextSchema),
    quantity: MoneySchema,
    article: ArticleSchema,
    discounts: /* @__PURE__ */ optional(OpenObjectOrListSchema),
    returnDetails: /* @__PURE__ */ optional(ReturnDetailsSchema),
    pricePerUnit: /* @__PURE__ */ optional(MoneySchema),
    originalPricePerUnit: /* @__PURE__ */ optional(MoneySchema),
    totalPrice: MoneySchema,
    originalTotalPrice: /* @__PURE__ */ optional(MoneySchema),
    taxes: /* @__PURE__ */ optional(OpenObjectOrListSchema),
    group: /* @__PURE__ */ optional(OpenObjectSchema),
  },
  issueMessage,
);

/** One line item of an order request. */
export type LineItem = InferOutput<typeof LineItemSchema>;
