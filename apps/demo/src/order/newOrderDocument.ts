import type { Order } from "@engage-orders/core";
import { isoWithOffset } from "./isoWithOffset.ts";

/** What varies between the orders the demo pre-fills or seeds. */
export interface NewOrderOptions {
  /** The integrator's order id. */
  orderId: string;
  /** The contact's e-mail address (the match key). */
  email: string;
  /** When the order was placed. Defaults to now. */
  createdAt?: Date;
  /** How many of the first article. Defaults to `1`. */
  quantity?: number;
  /** The order status. Defaults to `"InProgress"`. */
  status?: "InProgress" | "Completed" | "Cancelled";
}

/**
 * Creates a complete, valid v3 order document (the shape of Engage's documented example): one
 * contact by e-mail, SEK, the web shop channel and two line items whose totals add up.
 */
export function newOrderDocument(options: NewOrderOptions): Order {
  const quantity = options.quantity ?? 1;
  const items = [
    {
      id: "1",
      type: "Purchase",
      quantity,
      article: { sku: "SHIRT-BLUE-M", name: "Oxford shirt, blue, M" },
      pricePerUnit: 499,
      totalPrice: 499 * quantity,
    },
    {
      id: "2",
      type: "Purchase",
      quantity: 1,
      article: { sku: "SOCKS-3PK", name: "Socks, 3-pack" },
      pricePerUnit: 99,
      totalPrice: 99,
    },
  ];
  return {
    orderId: options.orderId,
    contact: { matchKey: options.email, matchKeyType: "Email" },
    externalStoreId: "WEB-SE",
    status: options.status ?? "InProgress",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: isoWithOffset(options.createdAt ?? new Date()),
    lineItems: { items, subTotal: items.reduce((sum, item) => sum + item.totalPrice, 0) },
  };
}
