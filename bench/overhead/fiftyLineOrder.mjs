// A realistic order with 50 line items, valid against the shared request schema.

/** Builds the 50-line order with the given id. */
export function fiftyLineOrder(orderId) {
  const items = Array.from({ length: 50 }, (_, index) => ({
    id: `line-${index + 1}`,
    type: index % 10 === 9 ? "Return" : "Purchase",
    quantity: index % 10 === 9 ? -1 : 1 + (index % 3),
    article: {
      sku: `SKU-${1000 + index}`,
      name: `Article ${index + 1}`,
      description: "A sturdy everyday thing.",
      imageUri: `https://images.example.com/sku/${1000 + index}.jpg`,
      targetUri: `https://shop.example.com/p/${1000 + index}`,
    },
    ...(index % 10 === 9 ? { returnDetails: { type: "Normal", reason: "Too small" } } : {}),
    pricePerUnit: 99.5,
    totalPrice: (index % 10 === 9 ? -1 : 1 + (index % 3)) * 99.5,
  }));
  const subTotal = items.reduce((sum, item) => sum + item.totalPrice, 0);
  return {
    orderId,
    contact: { matchKey: "customer@example.com", matchKeyType: "Email" },
    externalStoreId: "web-se",
    status: "InProgress",
    externalStatus: "Reserved",
    references: ["basket-77", "campaign-spring"],
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2025-12-03T15:15:19+01:00",
    lastChangedAt: "2025-12-03T15:20:00+01:00",
    lineItems: { items, subTotal },
    delivery: {
      method: "Home delivery",
      trackingNumber: "TRK123",
      deliveryDate: "2025-12-05T12:00:00+01:00",
    },
    billingAddress: { title: "Ms", firstname: "Ada" },
  };
}
