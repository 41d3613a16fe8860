import * as v from "valibot";

// Stand-ins used until @engage-orders/schemas exports the request schemas.
const text = v.string();
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"));
const money = v.pipe(v.number(), v.finite());
const open = v.looseObject({});

const orderActionSchema = v.looseObject({
  action: nonEmpty,
  language: v.optional(text),
  data: v.optional(v.unknown()),
});

/** The v3 order request (create and replace). */
export const localOrderSchema = v.looseObject({
  orderId: nonEmpty,
  contact: v.looseObject({ matchKey: nonEmpty, matchKeyType: nonEmpty }),
  status: v.optional(v.picklist(["InProgress", "Completed", "Cancelled"])),
  lineItems: v.looseObject({
    items: v.array(
      v.looseObject({
        quantity: money,
        totalPrice: money,
        article: v.looseObject({ sku: nonEmpty }),
        type: v.optional(v.picklist(["Purchase", "Return"])),
      }),
    ),
    subTotal: money,
  }),
  delivery: v.optional(open),
  orderAction: v.optional(orderActionSchema),
});

/** The action request. */
export const localActionSchema = v.looseObject({
  action: nonEmpty,
  versionTag: nonEmpty,
  language: v.optional(text),
  data: v.optional(v.unknown()),
});

/** The change-status request. */
export const localChangeStatusSchema = v.looseObject({
  status: v.optional(v.picklist(["InProgress", "Completed", "Cancelled"])),
  externalStatus: v.optional(text),
  lastChangedAt: v.optional(text),
  orderAction: v.optional(orderActionSchema),
});

/** The change-delivery request. */
export const localChangeDeliverySchema = v.looseObject({
  method: v.optional(text),
  trackingNumber: v.optional(text),
  trackingUri: v.optional(text),
  deliveryDate: v.optional(text),
  lastChangedAt: v.optional(text),
  orderAction: v.optional(orderActionSchema),
});

/** The v2 order communication request. */
export const localOrderV2Schema = v.looseObject({
  contact: v.looseObject({ matchKey: nonEmpty, matchKeyType: nonEmpty }),
  orderNumber: nonEmpty,
  orderStatus: nonEmpty,
  paymentStatus: nonEmpty,
  createdDate: nonEmpty,
  storeId: nonEmpty,
  currency: nonEmpty,
  totalGrossPrice: money,
  items: v.array(
    v.looseObject({
      type: v.picklist(["PURCHASE", "RETURN"]),
      sku: nonEmpty,
      quantity: money,
      grossPaidPrice: money,
      description: text,
    }),
  ),
});
