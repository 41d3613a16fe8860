import { type InferOutput, looseObject, optional } from "valibot";
import { BillingAddressSchema } from "./BillingAddressSchema.ts";
import { ContactSchema } from "./ContactSchema.ts";
import { CurrencyCodeSchema } from "./CurrencyCodeSchema.ts";
import { DeliverySchema } from "./DeliverySchema.ts";
import { IsoDateTimeSchema } from "./IsoDateTimeSchema.ts";
import { issueMessage } from "./issueMessage.ts";
import { LineItemsSchema } from "./LineItemsSchema.ts";
import { NonEmptyTextSchema } from "./NonEmptyTextSchema.ts";
import { OpenObjectOrListSchema } from "./OpenObjectOrListSchema.ts";
import { OrderActionSchema } from "./OrderActionSchema.ts";
import { OrderStatusSchema } from "./OrderStatusSchema.ts";
import { ReferencesSchema } from "./ReferencesSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of the order document sent to create (`POST /api/v3/orders`) or replace
 * (`PUT /api/v3/orders/{orderId}`) an order. Engage's documented rules are enforced; keys it
 * does not document are kept, so nothing the caller sends is dropped.
 *
 * @example
 * const result = safeParse(OrderRequestSchema, body);
 * if (!result.success) console.log(toFieldErrors(result.issues));
 */
export const OrderRequestSchema = /* @__PURE__ */ looseObject(
  {
    orderId: NonEmptyTextSchema,
    contact: ContactSchema,
    externalStoreId: /* @__PURE__ */ optional(TextSchema),
    status: OrderStatusSchema,
    externalStatus: /* @__PURE__ */ optional(TextSchema),
    references: /* @__PURE__ */ optional(ReferencesSchema),
    currencyCode: CurrencyCodeSchema,
    channel: /* @__PURE__ */ optional(TextSchema),
    createdAt: IsoDateTimeSchema,
    lastChangedAt: /* @__PURE__ */ optional(IsoDateTimeSchema),
    lineItems: LineItemsSchema,
    payments: /* @__PURE__ */ optional(OpenObjectOrListSchema),
    fees: /* @__PURE__ */ optional(OpenObjectOrListSchema),
    discounts: /* @__PURE__ */ optional(OpenObjectOrListSchema),
    delivery: /* @__PURE__ */ optional(DeliverySchema),
    billingAddress: /* @__PURE__ */ optional(BillingAddressSchema),
    orderAction: /* @__PURE__ */ optional(OrderActionSchema),
  },
  issueMessage,
);

/** An order document as sent to create or replace an order. */
export type OrderRequest = InferOutput<typeof OrderRequestSchema>;
