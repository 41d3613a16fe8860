import type { Order } from "@engage-orders/core";

/** The contact every soak order belongs to (seeded in the emulator). */
export const SOAK_CONTACT = "soak@example.com";

/** A valid order whose content varies with its index (so a mix-up would show). */
export function soakOrder(index: number, runId: string): Order {
  const quantity = 1 + (index % 4);
  const price = 10 + (index % 17);
  return {
    orderId: `${runId}-${index}`,
    contact: { matchKey: SOAK_CONTACT, matchKeyType: "Email" },
    status: "InProgress",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2025-12-03T15:15:19+01:00",
    references: [`ref-${index}`],
    lineItems: {
      items: [
        {
          quantity,
          article: { sku: `SKU-${index % 97}`, name: `Article ${index % 97}` },
          totalPrice: quantity * price,
        },
      ],
      subTotal: quantity * price,
    },
  };
}
