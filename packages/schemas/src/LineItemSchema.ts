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
export const LineItemSchema = looseObject(
  {
    id: optional(TextSchema),
    type: optional(picklist(["Purchase", "Return"], issueMessage)),
    externalStatus: optional(TextSchema),
    quantity: MoneySchema,
    article: ArticleSchema,
    discounts: optional(OpenObjectSchema),
    returnDetails: optional(ReturnDetailsSchema),
    pricePerUnit: optional(MoneySchema),
    originalPricePerUnit: optional(MoneySchema),
    totalPrice: MoneySchema,
    originalTotalPrice: optional(MoneySchema),
    taxes: optional(OpenObjectSchema),
    group: optional(OpenObjectSchema),
  },
  issueMessage,
);

/** One line item of an order request. */
export type LineItem = InferOutput<typeof LineItemSchema>;
