// Example payloads from Engage's documentation (the seeds in /work/shared/seeds and the
// contract), used by the tests. Where the documentation elides a part with "…", the part is
// filled with values that follow the documented rules.

/** The action request from "Orders and actions" (seeds 000 and 001, contract §2.2). */
export const documentedActionRequest = {
  action: "ConfirmOrder",
  versionTag: "IXUA3ril8XnZJKUMSfP7dg==",
  language: "en-US",
  data: { custom: "data", list: ["data1", "data2"] },
};

/**
 * The order creation payload from "Orders data structure" (contract §3). Its line items are
 * elided in the documentation; these two add up to the documented `subTotal` of 1597.
 */
export const documentedOrder = {
  orderId: "order-1764771379",
  contact: { matchKey: "john@example.com", matchKeyType: "Email" },
  externalStoreId: "Ecom-Europe",
  status: "InProgress",
  externalStatus: "Picked",
  references: ["order-123"],
  currencyCode: "EUR",
  channel: "Ecom",
  createdAt: "2025-12-03T15:15:19+01:00",
  lastChangedAt: "2025-12-03T15:16:19+01:00",
  lineItems: {
    items: [
      {
        id: "1",
        type: "Purchase",
        quantity: 2,
        article: { sku: "SHOE-42", name: "Running shoe", imageUri: "https://example.com/shoe.png" },
        pricePerUnit: 499,
        totalPrice: 998,
      },
      {
        id: "2",
        type: "Return",
        externalStatus: "Received",
        quantity: 1,
        article: { sku: "JACKET-M" },
        returnDetails: { type: "Change", reason: "Wrong size" },
        pricePerUnit: 599,
        originalPricePerUnit: 699,
        totalPrice: 599,
        originalTotalPrice: 699,
        taxes: { vat: 119.8 },
      },
    ],
    subTotal: 1597,
  },
  payments: { card: { amount: 1597 } },
  fees: {},
  discounts: {},
  delivery: {
    method: "DHL",
    trackingNumber: "1234567890",
    trackingUri: "https://dhl.com/track/1234567890",
    deliveryDate: "2025-12-06T15:16:19+01:00",
  },
  billingAddress: { title: "Mr", firstname: "John", lastname: "Doe" },
};

/** A change-status body with every documented field (seed 003, contract §2.4). */
export const documentedChangeStatus = {
  status: "Completed",
  externalStatus: "Shipped",
  lastChangedAt: "2025-12-04T09:00:00+01:00",
  orderAction: { action: "ConfirmShipment", language: "en-US", data: { carrier: "DHL" } },
};

/** A change-delivery body with every documented field (seed 003, contract §2.4). */
export const documentedChangeDelivery = {
  method: "DHL",
  trackingNumber: "1234567890",
  trackingUri: "https://dhl.com/track/1234567890",
  deliveryDate: "2025-12-06T15:16:19+01:00",
  lastChangedAt: "2025-12-04T09:00:00+01:00",
  orderAction: { action: "ConfirmDelivery" },
};
