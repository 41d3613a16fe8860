import { array, type GenericSchema, type InferOutput, looseObject, nullish } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import type { MatchKeyType } from "./MatchKeyType.ts";
import { MoneySchema } from "./MoneySchema.ts";
import type { OpenString } from "./OpenString.ts";
import type { OrderStatus } from "./OrderStatusSchema.ts";
import { maybeAnything, maybeText } from "./responseFields.ts";
import { StoredLineItemSchema } from "./StoredLineItemSchema.ts";
import { TextSchema } from "./TextSchema.ts";

/**
 * The schema of an order as Engage returns it (`GET /api/v3/orders/{orderId}`, the items of a
 * contact's orders page, the target of a 302 job completion): the order document plus the
 * `versionTag` of the processed version. Open like every response: unknown keys and enum
 * values are accepted, optional fields may be `null`, dates are not re-checked.
 */
export const StoredOrderSchema = /* @__PURE__ */ looseObject(
  {
    orderId: TextSchema,
    versionTag: TextSchema,
    contact: /* @__PURE__ */ looseObject(
      { matchKey: TextSchema, matchKeyType: TextSchema as GenericSchema<MatchKeyType> },
      issueMessage,
    ),
    externalStoreId: maybeText,
    status: TextSchema as GenericSchema<OpenString<OrderStatus>>,
    externalStatus: maybeText,
    references: /* @__PURE__ */ nullish(/* @__PURE__ */ array(TextSchema, issueMessage)),
    currencyCode: TextSchema,
    channel: maybeText,
    createdAt: TextSchema,
    lastChangedAt: maybeText,
    lineItems: /* @__PURE__ */ looseObject(
      { items: /* @__PURE__ */ array(StoredLineItemSchema, issueMessage), subTotal: MoneySchema },
      issueMessage,
    ),
    payments: maybeAnything,
    fees: maybeAnything,
    discounts: maybeAnything,
    delivery: /* @__PURE__ */ nullish(
      /* @__PURE__ */ looseObject(
        {
          method: maybeText,
          trackingNumber: maybeText,
          trackingUri: maybeText,
          deliveryDate: maybeText,
        },
        issueMessage,
      ),
    ),
    billingAddress: /* @__PURE__ */ nullish(
      /* @__PURE__ */ looseObject({ title: maybeText, firstname: maybeText }, issueMessage),
    ),
  },
  issueMessage,
);

/** An order as Engage stores and returns it, with its `versionTag`. */
export type StoredOrder = InferOutput<typeof StoredOrderSchema>;
