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

/**
 * The Orders v2 example of seed 004 (a generated Python SDK), translated from snake_case to
 * the camelCase JSON the API takes (`type_` is `type`), every value kept. Its dates, currency
 * and language are the generator's placeholders ("createdDate", "currency"), which Engage's
 * format rules reject; `documentedOrderV2` replaces just those.
 */
export const documentedOrderV2Verbatim = {
  contact: { matchKey: "matchKey", matchKeyType: "Email" },
  orderNumber: "orderNumber",
  orderStatus: "orderStatus",
  paymentStatus: "paymentStatus",
  language: "language",
  createdDate: "createdDate",
  shippingDate: "shippingDate",
  statusChangedDate: "statusChangedDate",
  storeId: "storeId",
  currency: "currency",
  exchangeRateToGroupCurrency: 9.6,
  extraData: {},
  totalGrossPrice: 9.8,
  totalTax: 7.73,
  taxDetails: [
    {
      description: "description",
      value: 5.55,
      percent: 1.96,
      totalIncludingTax: 9.77,
      totalExcludingTax: 8.29,
    },
  ],
  paymentMethods: [{ type: "type", description: "description", value: 7.44, extraData: {} }],
  items: [
    {
      type: "PURCHASE",
      sku: "sku",
      quantity: 0.1,
      grossPaidPrice: 3.23,
      grossPaidPricePerUnit: 2.41,
      taxAmount: 4.68,
      taxPercent: 2.6,
      description: "description",
      imageUrl: "imageUrl",
      targetUrl: "targetUrl",
      extraData: {},
      totalDiscount: 2.06,
      originalPrice: 5.07,
      originalPricePerUnit: 5.96,
      discounts: [
        { value: -273220990.98, type: "type", description: "description", extraData: {} },
      ],
      discounted: true,
    },
  ],
  freightFee: { value: 9.6, tax: 0.26, taxPercent: 9.9 },
  handlingFee: { value: 9.6, tax: 0.26, taxPercent: 9.9 },
  totalRoundOff: { value: 9.6, tax: 0.26, taxPercent: 9.9 },
  totalDiscounts: 1.47,
  totalOriginalPrice: 7.35,
  totalItemsPrice: 2.46,
  totalNetPrice: 1.99,
  anyReturnItems: true,
};

/** Seed 004's v2 order with real dates and a real currency code in place of placeholders. */
export const documentedOrderV2 = {
  ...documentedOrderV2Verbatim,
  language: "sv-SE",
  createdDate: "2017-09-06T15:55:54Z",
  shippingDate: "2017-09-07T10:00:00+02:00",
  statusChangedDate: "2017-09-07T10:00:00+02:00",
  currency: "SEK",
};

/** A stored order as the emulator returns it: the documented order plus its versionTag. */
export const storedOrder = { ...documentedOrder, versionTag: "IXUA3ril8XnZJKUMSfP7dg==" };
