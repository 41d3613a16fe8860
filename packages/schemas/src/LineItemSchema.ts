import { type InferOutput, looseObject, optional, picklist } from "valibot";
import { ArticleSchema } from "./ArticleSchema";
import { issueMessage } from "./issueMessage";
import { MoneySchema } from "./MoneySchema";
import { OpenObjectSchema } from "./OpenObjectSchema";
import { ReturnDetailsSchema } from "./ReturnDetailsSchema";
import { TextSchema } from "./TextSchema";

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
    discounts: /* @__PURE__ */ optional(OpenObjectSchema),
    returnDetails: /* @__PURE__ */ optional(ReturnDetailsSchema),
    pricePerUnit: /* @__PURE__ */ optional(MoneySchema),
    originalPricePerUnit: /* @__PURE__ */ optional(MoneySchema),
    totalPrice: MoneySchema,
    originalTotalPrice: /* @__PURE__ */ optional(MoneySchema),
    taxes: /* @__PURE__ */ optional(OpenObjectSchema),
    group: /* @__PURE__ */ optional(OpenObjectSchema),
  },
  issueMessage,
);

/** One line item of an order request. */
export type LineItem = InferOutput<typeof LineItemSchema>;
